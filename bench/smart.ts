/* Throughput of the Double-SMART checker on generated, realistic recommendations. */
import { checkRecommendation } from "../src/core/smart";

const AGENTS = [
  "The Director of Northgate Prison",
  "The Ministry of Justice",
  "The head of the medical unit",
  "The National Police Directorate",
  "The authorities",
  "The prison administration",
  "The Chief of Police of the Eastern District",
  "Staff",
];
const ACTIONS = [
  "install a working call bell in every cell",
  "improve conditions in the women's wing",
  "record every use of restraint in a dedicated register",
  "consider ways to reduce overcrowding",
  "allow detainees to telephone their families at least twice a week",
  "adopt a written policy on body searches",
  "repair the broken window in cell 4",
  "provide interpretation to foreign nationals during medical examinations",
  "take appropriate measures to prevent ill-treatment",
  "recruit two additional nurses for the night shift",
];
const TIMES = [
  "",
  " within six months",
  " by 31 December 2027",
  " as soon as possible",
  " immediately",
  " in due course",
];
const TAILS = [
  "",
  ", so that detainees can call for help at night",
  ", for instance by using the maintenance budget",
  ", in line with rule 23 of the Nelson Mandela Rules",
  ", while ensuring that this does not reduce outdoor time",
  " in all police stations",
];
const FINDINGS = [
  "",
  "During its visit the NPM found that several detainees had waited hours for help. ",
  "Prisoners told the delegation that complaints went unanswered. ",
];

/** Deterministic varied recommendations (a small linear congruential generator picks the parts). */
export function benchmarkTexts(count: number): string[] {
  let seed = 12345;
  const pick = <T>(list: T[]): T => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return list[seed % list.length];
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `${pick(FINDINGS)}${pick(AGENTS)} should${pick(TIMES)} ${pick(ACTIONS)}${pick(TAILS)}.`
    );
  }
  return out;
}

/**
 * Seconds of processor time spent by `run` (user and system): the work of
 * one core, not the time spent waiting for one on a busy machine.
 */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export function benchSmart(): { name: string; figure: string; target: string }[] {
  const texts = benchmarkTexts(20_000);
  // Warm up: compile the lexicon and let the JIT settle before timing.
  for (const text of texts.slice(0, 1000)) checkRecommendation({ text });

  let sink = 0;
  const checking = time(() => {
    for (const text of texts) sink += checkRecommendation({ text }).score;
  });
  const plain = time(() => {
    for (const text of texts) sink += text.toLowerCase().split(/[^a-z0-9]+/).length;
  });
  if (sink < 0) console.log(sink); // keeps the loops from being optimised away
  const perSecond = texts.length / checking;
  return [
    {
      name: "Double-SMART: recommendations checked per second (one core)",
      figure: Math.round(perSecond).toLocaleString("en"),
      target: ">= 5,000",
    },
    {
      name: "Double-SMART: checking time / lowercase-and-tokenise time",
      figure: `${(checking / plain).toFixed(0)}x`,
      target: "report",
    },
  ];
}

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

/** The same parts in French and Spanish, with the typography of published reports (’ « » – œ). */
interface Parts {
  readonly findings: string[];
  readonly agents: string[];
  readonly modal: string;
  readonly times: string[];
  readonly actions: string[];
  readonly tails: string[];
}
const ENGLISH: Parts = {
  findings: FINDINGS,
  agents: AGENTS,
  modal: "should",
  times: TIMES,
  actions: ACTIONS,
  tails: TAILS,
};
const FRENCH: Parts = {
  findings: [
    "",
    "Lors de sa visite, le CGLPL a constaté que plusieurs personnes détenues avaient attendu des heures. ",
    "Les personnes retenues ont indiqué à l’équipe que leurs plaintes restaient sans réponse. ",
  ],
  agents: [
    "Le directeur du centre pénitentiaire de Fresnes",
    "Le ministère de la Justice",
    "Le chef de l’unité sanitaire",
    "Les autorités",
    "La direction de l’établissement",
  ],
  modal: "doit",
  times: [
    "",
    " dans un délai de six mois",
    " d’ici au 31 décembre 2027",
    " dès que possible",
    " sans délai",
  ],
  actions: [
    "installer un bouton d’appel en état de marche dans chaque cellule",
    "améliorer les conditions de vie dans le quartier des femmes",
    "consigner chaque mesure de contention dans un registre dédié",
    "permettre aux personnes détenues de téléphoner à leur famille au moins deux fois par semaine",
    "réparer la fenêtre brisée de la cellule 4",
    "prendre les mesures appropriées pour prévenir les mauvais traitements",
  ],
  tails: [
    "",
    ", afin que les personnes détenues puissent appeler à l’aide la nuit",
    ", par exemple en recourant au budget d’entretien",
    ", conformément à la règle 23 des Règles Nelson Mandela",
    " – sans réduire le temps passé à l’extérieur",
    " dans l’ensemble des commissariats et dans le cadre d’une « œuvre » commune",
  ],
};
const SPANISH: Parts = {
  findings: [
    "",
    "Durante la visita, el MNP constató que varias personas detenidas habían esperado horas. ",
    "Los internos manifestaron al equipo que sus quejas quedaban sin respuesta. ",
  ],
  agents: [
    "La Dirección del Centro Penitenciario de Madrid VII",
    "La Secretaría General de Instituciones Penitenciarias",
    "El responsable de la unidad médica",
    "Las autoridades",
    "La Dirección General de la Policía",
  ],
  modal: "debe",
  times: [
    "",
    " en un plazo de seis meses",
    " antes del 31 de diciembre de 2027",
    " lo antes posible",
    " de inmediato",
  ],
  actions: [
    "instalar un timbre de llamada operativo en cada celda",
    "mejorar las condiciones en el módulo de mujeres",
    "anotar cada contención mecánica en un libro registro específico",
    "permitir a los internos telefonear a sus familias al menos dos veces por semana",
    "reparar la ventana rota de la celda 4",
    "adoptar las medidas oportunas para prevenir los malos tratos",
  ],
  tails: [
    "",
    ", para que las personas detenidas puedan pedir ayuda por la noche",
    ", por ejemplo mediante el presupuesto de mantenimiento",
    ", de acuerdo con la regla 23 de las Reglas Nelson Mandela",
    " – sin reducir el tiempo de patio",
    " en todas las comisarías, «sin excepción»",
  ],
};

/** Deterministic varied recommendations (a small linear congruential generator picks the parts). */
export function benchmarkTexts(count: number, parts: Parts = ENGLISH): string[] {
  let seed = 12345;
  const pick = <T>(list: T[]): T => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return list[seed % list.length];
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `${pick(parts.findings)}${pick(parts.agents)} ${parts.modal}${pick(parts.times)} ${pick(parts.actions)}${pick(parts.tails)}.`
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
  // A second and third language in the same session (a French report with Spanish quotes, after
  // an English one): each lexicon compiles apart, and V8 must not slow down the ones compiled last.
  const others = [...benchmarkTexts(10_000, FRENCH), ...benchmarkTexts(10_000, SPANISH)];
  for (const text of others.filter((_, i) => i % 10 === 0)) checkRecommendation({ text });
  const checkingOthers = time(() => {
    for (const text of others) sink += checkRecommendation({ text }).score;
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
      name: "Double-SMART: French and Spanish checked per second after English (one core)",
      figure: Math.round(others.length / checkingOthers).toLocaleString("en"),
      target: ">= 5,000",
    },
    {
      name: "Double-SMART: checking time / lowercase-and-tokenise time",
      figure: `${(checking / plain).toFixed(0)}x`,
      target: "report",
    },
  ];
}

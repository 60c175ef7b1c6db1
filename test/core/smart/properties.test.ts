import fc from "fast-check";
import { checkRecommendation, CRITERION_KEYS, type CheckResult } from "../../../src/core/smart";
import { cpuMillisOf } from "../../support/cpu";

function assertWellFormed(result: CheckResult, text: string, context: string): void {
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(10);
  expect(Object.keys(result.criteria)).toEqual([...CRITERION_KEYS]);
  let met = 0;
  for (const key of CRITERION_KEYS) {
    const c = result.criteria[key];
    if (c.verdict === "met") met++;
    for (const [start, end] of c.evidence) {
      expect(0 <= start && start <= end && end <= text.length).toBe(true);
    }
    for (const [start, end] of c.contextEvidence) {
      expect(0 <= start && start <= end && end <= context.length).toBe(true);
    }
  }
  expect(result.score).toBe(met);
}

const WORDS = [
  "The",
  "Director",
  "of",
  "Northfield",
  "Prison",
  "should",
  "must",
  "immediately",
  "install",
  "every",
  "cell",
  "by",
  "31",
  "December",
  "2026",
  "so",
  "that",
  "detainees",
  "the",
  "authorities",
  "never",
  "consider",
  "within",
  "six",
  "months",
  ",",
  ";",
  ".",
  ":",
  "e.g.",
  "No.",
  "(",
  ")",
  "\n",
  "Ministry",
  "recommends",
  "NPM",
  "found",
  "rule",
  "23",
  "Nelson",
  "Mandela",
  "Rules",
  "all",
  "police",
  "stations",
];

/** Strings made of the checker's own vocabulary, so that the rules actually fire. */
const sentenceLike = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 60 })
  .map((words) => words.join(" "));

const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }), // lone surrogates and control characters included
  sentenceLike,
  fc.constantFrom(
    "",
    " ",
    "\u0000\u0007\u001b",
    "\ud800",
    "\udfff abc \ud83d",
    "שלום עולם. يجب على الوزارة",
    "🚓🔒 ✊🏽 👮‍♀️",
    "...;;;,,,"
  )
);

describe("checkRecommendation on any input", () => {
  it("never throws, scores 0-10 and keeps every span inside its string", () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (text, context) => {
        const result = checkRecommendation({ text, context });
        assertWellFormed(result, text, context ?? "");
      }),
      { numRuns: 300, seed: 20261128 }
    );
  });

  it("handles a 1 MB recommendation in reasonable time", async () => {
    const sentence =
      "The Director of Northfield Prison should, within six months, install a call bell in every cell, so that detainees can call for help; ";
    let text = "";
    while (text.length < 1_000_000) text += sentence;
    const { result, cpuMs } = await cpuMillisOf(() =>
      checkRecommendation({ text, context: "The NPM found that " + "x".repeat(1000) })
    );
    assertWellFormed(result, text, "The NPM found that " + "x".repeat(1000));
    expect(cpuMs).toBeLessThan(20_000);
  });

  it("handles a 1 MB run with no spaces or punctuation", () => {
    const text = "Aa".repeat(500_000);
    assertWellFormed(checkRecommendation({ text }), text, "");
  });
});

export { checkRecommendation, suggestionFor, type CheckOptions, type VerdictLayer } from "./check";
export { suggestionIn, basisName } from "./advice";
export { LEXICONS } from "./lexicon";
export { en as englishLexicon } from "./lexicon/en";
export type { SmartLexicon, CuePatterns, CriterionAdvice } from "./lexicon/types";
export type { Basis } from "./types";
export * from "./types";
export * from "./metrics";
export { entriesFiring, withoutEntries } from "./ablation";

export { checkRecommendation, suggestionFor, type CheckOptions } from "./check";
export { suggestionIn, basisName } from "./advice";
export { LEXICONS } from "./lexicon";
export { en as englishLexicon } from "./lexicon/en";
export type { SmartLexicon, CuePatterns, CriterionAdvice, Basis } from "./lexicon/types";
export * from "./types";
export * from "./metrics";

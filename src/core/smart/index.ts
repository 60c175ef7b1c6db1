export { checkRecommendation, suggestionFor, type CheckOptions } from "./check";
export { en as englishLexicon } from "./lexicon/en";
export type { SmartLexicon, CuePatterns, CriterionSuggestions } from "./lexicon/types";
export * from "./types";
export * from "./metrics";

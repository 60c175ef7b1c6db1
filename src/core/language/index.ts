export type { Language } from "./types";
export { LANGUAGES } from "./types";
export { detectLanguage, isOtherLanguage, languageIfClear } from "./detect";
export { splitSentences, ABBREVIATIONS, type TextSpan } from "./sentences";
export { blankQuotes } from "./quotes";
export { foldAccents } from "./fold";
export { languageFromEnvironment, languageFromLocale, languageOfLocale } from "./locale";
export { createTranslator, type TranslateWith } from "./message";

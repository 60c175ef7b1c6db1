import { Catalogue, MessageKey, en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { createTranslator, type TranslateWith } from "./format";

import { LANGUAGES, languageFromLocale, type Language } from "../../../core/language";

export { LANGUAGES, languageFromLocale, type Language };
export type { MessageKey };
/**
 * Each pane keeps its own catalogues (src/taskpane/<pane>/i18n/{en,fr,es}.ts, the French and Spanish ones
 * typed by the English keys so a missing string does not compile) and makes its translator with
 * createTranslator (core/language/message, shared with the command line).
 */
export { createTranslator, type TranslateWith };
export type Translate = TranslateWith<MessageKey>;

/** The shell's strings (header, status line). */
export function translator(language: Language): Translate {
  return createTranslator<MessageKey>(
    { en, fr, es } satisfies Record<Language, Catalogue>,
    language
  );
}

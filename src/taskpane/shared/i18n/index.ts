import { Catalogue, MessageKey, en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { MessagePart, formatParts, parseMessage } from "./format";

import { LANGUAGES, type Language } from "../../../core/language";

export { LANGUAGES, type Language };
export type { MessageKey };

/** Office gives display languages as "fr-FR", "es-419", "en-GB"; anything we do not have falls back to English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  const primary = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "fr" || primary === "es" ? primary : "en";
}

/**
 * Looks a key up and fills its {placeholders} and {count, plural, one {…} other {…}} forms (see ./format);
 * an unknown placeholder stays visible rather than vanishing.
 */
export type TranslateWith<K extends string> = (key: K, values?: Record<string, string>) => string;
export type Translate = TranslateWith<MessageKey>;

/**
 * Each pane keeps its own catalogues (src/taskpane/<pane>/i18n/{en,fr,es}.ts, the French and Spanish ones
 * typed by the English keys so a missing string does not compile) and makes its translator here.
 */
export function createTranslator<K extends string>(
  catalogues: Record<Language, Record<K, string>>,
  language: Language
): TranslateWith<K> {
  const catalogue = catalogues[language];
  const rules = new Intl.PluralRules(language);
  const parsed = new Map<K, MessagePart[]>();
  return (key, values) => {
    let parts = parsed.get(key);
    if (!parts) {
      try {
        parts = parseMessage(catalogue[key]);
      } catch {
        // The catalogue tests parse every string; should one slip through, the pane shows it rather than failing.
        parts = [{ kind: "text", text: catalogue[key] }];
      }
      parsed.set(key, parts);
    }
    return formatParts(parts, values, rules);
  };
}

/** The shell's strings (header, status line). */
export function translator(language: Language): Translate {
  return createTranslator<MessageKey>(
    { en, fr, es } satisfies Record<Language, Catalogue>,
    language
  );
}

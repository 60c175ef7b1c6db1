import { Catalogue, MessageKey, en } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type Language = "en" | "fr" | "es";
export type { MessageKey };

const catalogues: Record<Language, Catalogue> = { en, fr, es };

/** Office gives display languages as "fr-FR", "es-419", "en-GB"; anything we do not have falls back to English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  const primary = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "fr" || primary === "es" ? primary : "en";
}

export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, values) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? values[name] : whole
    );
}

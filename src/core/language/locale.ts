import type { Language } from "./types";

/**
 * The language of a locale name: Office's display languages ("fr-FR", "es-419", "en-GB") and the
 * system's ("fr_FR.UTF-8", "es_ES", "C.UTF-8"). Anything we do not have falls back to English.
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  return languageOfLocale(locale) ?? "en";
}

/** The language a locale names when it is one of ours; null for another ("de-DE") or none ("C", "POSIX"). */
export function languageOfLocale(locale: string | undefined | null): Language | null {
  const primary = (locale ?? "").toLowerCase().split(/[-_.@]/)[0];
  return primary === "en" || primary === "fr" || primary === "es" ? primary : null;
}

/**
 * The language of the messages a program prints, from the environment as POSIX orders it: LC_ALL, then
 * LC_MESSAGES, then LANG, the first one set and not empty; null when it names none of ours ("C.UTF-8").
 */
export function languageFromEnvironment(
  env: Readonly<Record<string, string | undefined>>
): Language | null {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return languageOfLocale(locale);
}

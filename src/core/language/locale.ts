import type { Language } from "./types";

/**
 * The language of a locale name: Office's display languages ("fr-FR", "es-419", "en-GB") and the
 * system's ("fr_FR.UTF-8", "es_ES", "C.UTF-8"). Anything we do not have falls back to English.
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  const primary = (locale ?? "").toLowerCase().split(/[-_.@]/)[0];
  return primary === "fr" || primary === "es" ? primary : "en";
}

/**
 * The language of the messages a program prints, from the environment as POSIX orders it: LC_ALL, then
 * LC_MESSAGES, then LANG, the first one set and not empty; English when none is.
 */
export function languageFromEnvironment(
  env: Readonly<Record<string, string | undefined>>
): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return languageFromLocale(locale);
}

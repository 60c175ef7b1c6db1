import type { Language } from "../../language";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { DetailsLexicon } from "./types";

export type { DetailsLexicon } from "./types";

/** The details lexicons, one a language. */
export const DETAILS_LEXICONS: Record<Language, DetailsLexicon> = { en, fr, es };

/** The document's language first, then the others: a report quotes names and titles in other languages. */
export function lexiconsFor(language: Language): DetailsLexicon[] {
  const first = DETAILS_LEXICONS[language];
  return [first, ...Object.values(DETAILS_LEXICONS).filter((lex) => lex !== first)];
}

import type { Language } from "../../language";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { FinderLexicon } from "./types";

export type { FinderLexicon } from "./types";

/**
 * The finder's lexicons, one per language a report may be written in.
 * Each report (and each paragraph whose language clearly differs) is read
 * with the lexicon of its own language; headings and labels are recognised
 * in any of them, since a short heading says too little to tell.
 */
export const FINDER_LEXICONS: Readonly<Record<Language, FinderLexicon>> = { en, fr, es };

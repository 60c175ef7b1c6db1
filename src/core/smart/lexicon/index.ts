import type { Language } from "../../language";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { SmartLexicon } from "./types";

/** The checker's lexicon of each language: another language is one more file here. */
export const LEXICONS: Readonly<Record<Language, SmartLexicon>> = { en, fr, es };

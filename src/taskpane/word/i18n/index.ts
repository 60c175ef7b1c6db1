import { Language, TranslateWith, createTranslator } from "../../shared/i18n";
import { WordMessageKey, en } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type WordT = TranslateWith<WordMessageKey>;

export function wordTranslator(language: Language): WordT {
  return createTranslator<WordMessageKey>({ en, fr, es }, language);
}

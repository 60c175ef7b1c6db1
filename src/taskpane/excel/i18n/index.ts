import { createTranslator, Language, TranslateWith } from "../../shared/i18n";
import { en, ExcelMessageKey } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { ExcelMessageKey };
export type ExcelTranslate = TranslateWith<ExcelMessageKey>;

export function excelTranslator(language: Language): ExcelTranslate {
  return createTranslator<ExcelMessageKey>({ en, fr, es }, language);
}

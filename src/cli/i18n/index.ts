/**
 * The language rectrack speaks and its translator. The language is the
 * user's: `--lang en|fr|es` on any command, else the environment (LC_ALL,
 * LC_MESSAGES, LANG: "fr_FR.UTF-8" is French), else English. On the
 * commands that make or read a document in a language (template, adopt,
 * import, letters, check) the same --lang also names that language, as it
 * always has.
 */
import { Problem, type Wording } from "../../core/model/problem";
import { FileProblem } from "../../files/local";
import type { InputProblemCode } from "../../core/model/errors";
import type { MetadataProblem } from "../../core/schema/customxml";
import {
  createTranslator,
  languageFromEnvironment,
  LANGUAGES,
  type Language,
  type TranslateWith,
} from "../../core/language";
import { en, type CliCatalogue, type CliMessageKey } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { CliMessageKey };
export type CliTranslate = TranslateWith<CliMessageKey>;

export const CLI_CATALOGUES = { en, fr, es } satisfies Record<Language, CliCatalogue>;

export function cliTranslator(language: Language): CliTranslate {
  return createTranslator<CliMessageKey>(CLI_CATALOGUES, language);
}

/**
 * The language the user asked for: `--lang X` or `--lang=X` when X is one of ours, else the
 * environment's; null when neither names one (rectrack then speaks English).
 */
export function chosenLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>
): Language | null {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    const value = argv[i] === "--lang" ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
    if (value !== undefined && (LANGUAGES as readonly string[]).includes(value))
      return value as Language;
  }
  return languageFromEnvironment(env);
}

/** The file readers' problems that have a code, each worded in every language (a code without its key does not compile). */
const INPUT_KEYS: { readonly [C in Exclude<InputProblemCode, "sentence">]: CliMessageKey } = {
  notWord: "input_notWord",
  wordDamaged: "input_wordDamaged",
  wordTooBig: "input_wordTooBig",
  wordProtected: "input_wordProtected",
  oldWordFormat: "input_oldWordFormat",
  fileEmpty: "input_fileEmpty",
  notReportOrBatch: "input_notReportOrBatch",
  workbookNotReport: "input_workbookNotReport",
  notWorkbook: "input_notWorkbook",
  workbookDamaged: "input_workbookDamaged",
  workbookTooBig: "input_workbookTooBig",
  workbookProtected: "input_workbookProtected",
  oldExcelFormat: "input_oldExcelFormat",
  noTrackerTable: "input_noTrackerTable",
  tableUnreadable: "input_tableUnreadable",
  tableTotalRow: "input_tableTotalRow",
  rowMoved: "input_rowMoved",
  rowBelowTable: "input_rowBelowTable",
  noHistoryTable: "input_noHistoryTable",
  historyNotOwnSheet: "input_historyNotOwnSheet",
  noSuchSheet: "input_noSuchSheet",
  noSheets: "input_noSheets",
  alreadyTracker: "input_alreadyTracker",
  noTextColumn: "input_noTextColumn",
  cellRightOfTable: "input_cellRightOfTable",
  notUpgradable: "input_notUpgradable",
  sharedFormula: "input_sharedFormula",
  fileInUse: "input_fileInUse",
  createdMeanwhile: "input_createdMeanwhile",
  changedMeanwhile: "input_changedMeanwhile",
  cellTooLong: "input_cellTooLong",
  sourceCellTooLong: "input_sourceCellTooLong",
};

/**
 * An input problem in the user's words: a file the system would not let us
 * use from its trouble; a code from its key (the file it names, else "a file"); a sentence the command line wrote is already in
 * the user's language; one only the file readers wrote (English) is shown
 * as it is in English and as the details of a general sentence otherwise.
 */
export function inputProblemText(error: Problem, t: CliTranslate, own: boolean): string {
  const sentence = error.message;
  if (error instanceof FileProblem)
    return t(`file_${error.trouble}`, {
      ...error.values,
      sentence,
      verb: t(`fileVerb_${error.values.action as "read" | "write" | "use"}`),
    });
  if (error.code !== "sentence" && error.code in INPUT_KEYS)
    return t(INPUT_KEYS[error.code as keyof typeof INPUT_KEYS], {
      file: t("aFile"),
      ...error.values,
      sentence,
    });
  return own ? sentence : t("inputSentence", { sentence });
}

/** Why the tracker settings stored in a workbook could not be read, in the user's words (a code without its key does not compile). */
const METADATA_PROBLEM_KEYS: Wording<MetadataProblem, CliMessageKey> = {
  noTrackerElement: "metadataProblem_noTrackerElement",
  otherFormat: "metadataProblem_otherFormat",
  cutShort: "metadataProblem_cutShort",
  noSchemaVersion: "metadataProblem_noSchemaVersion",
};

/** The warning that the tracker settings could not be read (the header row was used), with why. */
export function metadataProblemText(problem: MetadataProblem, t: CliTranslate): string {
  return t("validateMetadata", { problem: t(METADATA_PROBLEM_KEYS[problem]) });
}

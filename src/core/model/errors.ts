import { Problem, ProblemValues } from "./problem";

/**
 * Files and input the user must fix, by code: what the panes and the
 * command line (src/cli/i18n) word in the user's language; in English the
 * command line prints the sentence.
 */
export type InputProblemCode =
  /** A sentence only (no code yet): the panes show a general message and keep the sentence as details. */
  | "sentence"
  | "notWord"
  | "wordDamaged"
  | "wordTooBig"
  | "wordProtected"
  | "oldWordFormat"
  | "fileEmpty"
  | "notReportOrBatch"
  | "workbookNotReport"
  /** A file given as a workbook that cannot be opened as one (src/files/xlsx/package.ts). */
  | "notWorkbook"
  | "workbookDamaged"
  | "workbookTooBig"
  | "workbookProtected"
  | "oldExcelFormat"
  /** A workbook without the tracker's Recommendations table. */
  | "noTrackerTable"
  /** What in a tracker workbook stops a command from writing it, or adopt from reading a sheet. */
  | "tableUnreadable"
  | "tableTotalRow"
  | "rowMoved"
  | "rowBelowTable"
  | "noHistoryTable"
  | "historyNotOwnSheet"
  | "noSuchSheet"
  | "noSheets"
  | "alreadyTracker"
  | "noTextColumn"
  | "cellRightOfTable"
  | "notUpgradable"
  | "sharedFormula"
  /** Another run or person changing the same file (src/files/local.ts): nothing was written. */
  | "fileInUse"
  | "createdMeanwhile"
  | "changedMeanwhile"
  /** A text longer than an Excel cell holds (32,767 characters): nothing is written. */
  | "cellTooLong"
  | "sourceCellTooLong";

/**
 * Input the user must fix (a file that is not a .docx, a batch of the wrong
 * version, a workbook without the tracker table). The message is in the
 * user's words, one sentence: rectrack prints it on one line with exit
 * status 2. A pane words it from its code (./problem.ts), in the user's
 * language; an InputError with a sentence only is shown by a general
 * message with the sentence as details.
 */
export class InputError extends Problem<InputProblemCode> {
  constructor(message: string, code: InputProblemCode = "sentence", values: ProblemValues = {}) {
    super("input", code, values, message);
    this.name = "InputError";
  }
}

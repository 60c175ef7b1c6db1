import { Problem } from "../../core/model/problem";

/**
 * Problems the user can act on, raised by the Excel adapter with a code and
 * the values to show; the pane words them in the user's language. Errors
 * from Office itself are passed through untouched (the pane explains them by
 * their code), never caught and logged here.
 */
export type ExcelProblemCode =
  | "excelTooOld"
  | "noTracker"
  | "alreadyTracker"
  | "sheetMissing"
  | "sheetEmpty"
  | "noTextColumn"
  | "metadataDamaged"
  | "rowGone"
  | "idRepeated"
  | "rowChanged"
  | "totalsRow"
  | "sheetProtected"
  | "structureProtected";

export class ExcelProblem extends Problem<ExcelProblemCode> {
  constructor(code: ExcelProblemCode, values: Record<string, string> = {}) {
    super("excel", code, values);
    this.name = "ExcelProblem";
  }
}

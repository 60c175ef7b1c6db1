/**
 * What the Excel pane says after each action: errors worded by their code (Office's own words kept
 * as details), and the notices of apply, adopt and import. Pure: the component words the keys.
 */
import type { BatchWarningCode } from "../../core/model/batch-from-report";
import type { InputProblemCode } from "../../core/model/errors";
import { problemOf, Wording } from "../../core/model/problem";
import type { MetadataProblem } from "../../core/schema/customxml";
import type { AdoptResult, ApplyResult, ExcelProblemCode, Feature } from "../../office/excel";
import type { RecordPlan } from "../../core/tracker/observe";
import type { ExcelMessageKey } from "./i18n";
import { ImportOutcome, Notice } from "./drafts";

const FEATURE_KEYS: Record<Feature, ExcelMessageKey> = {
  validation: "featureValidation",
  charts: "featureCharts",
  print: "featurePrint",
  reorder: "featureReorder",
};

export const featureKey = (feature: Feature): ExcelMessageKey => FEATURE_KEYS[feature];

const PROBLEM_KEYS: Wording<ExcelProblemCode, ExcelMessageKey> = {
  excelTooOld: "problemExcelTooOld",
  noTracker: "problemNoTracker",
  alreadyTracker: "problemAlreadyTracker",
  sheetMissing: "problemSheetMissing",
  sheetEmpty: "problemSheetEmpty",
  noTextColumn: "problemNoTextColumn",
  metadataDamaged: "problemMetadataDamaged",
  rowGone: "problemRowGone",
  idRepeated: "problemIdRepeated",
  rowChanged: "problemRowChanged",
  totalsRow: "problemTotalsRow",
  sheetProtected: "problemSheetProtected",
  structureProtected: "problemStructureProtected",
  noHistory: "problemNoHistory",
};

const OFFICE_KEYS: Record<string, ExcelMessageKey> = {
  RequestPayloadSizeLimitExceeded: "officeTooBig",
  ResponsePayloadSizeLimitExceeded: "officeTooBig",
  PayloadTooLarge: "officeTooBig",
  ItemNotFound: "officeNotFound",
  InvalidObjectPath: "officeNotFound",
  InvalidOperationInCellEditMode: "officeBusy",
  AccessDenied: "officeNotAllowed",
  InsertDeleteConflict: "officeNotAllowed",
  ApiNotFound: "officeApiMissing",
};

/** Any error as a message in the user's words, with Office's own text kept as details. */
export function explainError(error: unknown): Omit<Notice, "id"> {
  const e = (error ?? {}) as {
    name?: unknown;
    code?: unknown;
    values?: unknown;
    message?: unknown;
  };
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  const problem = problemOf(error, "excel");
  if (problem) {
    return {
      intent: "error",
      key: PROBLEM_KEYS[problem.code as ExcelProblemCode],
      values: { ...problem.values },
    };
  }
  if (typeof e.code === "string" && OFFICE_KEYS[e.code]) {
    return { intent: "error", key: OFFICE_KEYS[e.code], details: message };
  }
  return { intent: "error", key: "officeOther", details: message };
}

/** What the reader left out or read as it was, in the user's words: a code without its message does not compile. */
const BATCH_WARNING_KEYS: Wording<BatchWarningCode, ExcelMessageKey> = {
  noText: "importWarningNoText",
  tooLong: "importWarningTooLong",
  taggedTextGone: "importWarningTaggedTextGone",
  untaggedLeftOut: "importWarningUntaggedLeftOut",
  trackedChanges: "importWarningTrackedChanges",
  otherLanguage: "importWarningOtherLanguage",
};

export const batchWarningKey = (code: BatchWarningCode): ExcelMessageKey =>
  BATCH_WARNING_KEYS[code];

/** Files the import cannot read, worded by their code (src/core/model/errors.ts). */
const INPUT_KEYS: Wording<InputProblemCode, ExcelMessageKey> = {
  sentence: "importUnreadable",
  notWord: "importNotWord",
  wordDamaged: "importWordDamaged",
  wordTooBig: "importWordTooBig",
  wordProtected: "importWordProtected",
  oldWordFormat: "importOldWordFormat",
  fileEmpty: "importFileEmpty",
  notReportOrBatch: "importNotReportOrBatch",
  workbookNotReport: "importWorkbookNotReport",
  // Problems of a tracker workbook opened as a file (the command line's); the pane reads its tracker through Excel.
  notWorkbook: "importUnreadable",
  workbookDamaged: "importUnreadable",
  workbookTooBig: "importUnreadable",
  workbookProtected: "importUnreadable",
  oldExcelFormat: "importUnreadable",
  noTrackerTable: "importUnreadable",
  tableUnreadable: "importUnreadable",
  tableTotalRow: "importUnreadable",
  rowMoved: "importUnreadable",
  rowBelowTable: "importUnreadable",
  noHistoryTable: "importUnreadable",
  historyNotOwnSheet: "importUnreadable",
  noSuchSheet: "importUnreadable",
  noSheets: "importUnreadable",
  alreadyTracker: "importUnreadable",
  noTextColumn: "importUnreadable",
  cellRightOfTable: "importUnreadable",
  notUpgradable: "importUnreadable",
  sharedFormula: "importUnreadable",
  fileInUse: "importUnreadable",
  createdMeanwhile: "importUnreadable",
  changedMeanwhile: "importUnreadable",
  cellTooLong: "importUnreadable",
  sourceCellTooLong: "importUnreadable",
};

/**
 * A file the import could not read, in the user's words; null for an error
 * that is not about the file. The English sentence of a file problem without
 * a code of its own is kept as details, never as the message.
 */
export function unreadableNotice(fileName: string, error: unknown): Omit<Notice, "id"> | null {
  const problem = problemOf(error, "input");
  if (!problem) return null;
  const key = INPUT_KEYS[problem.code as InputProblemCode];
  return {
    intent: "error",
    key,
    values: { ...problem.values, file: fileName },
    ...(key === "importUnreadable" ? { details: problem.message } : {}),
  };
}

export function applyNotices(result: ApplyResult): Omit<Notice, "id">[] {
  return [
    ...resultNotice(result),
    ...skippedNotice(result.skipped),
    ...metadataNotice(result.metadataProblem),
  ];
}

function resultNotice(result: ApplyResult): Omit<Notice, "id">[] {
  const history: Omit<Notice, "id">[] = result.history
    ? [{ intent: "success", key: "historyAdded", values: { sheet: result.history } }]
    : [];
  if (result.mode === "created")
    return [{ intent: "success", key: "created", values: { ...result.sheets } }, ...history];
  return [
    ...history,
    {
      intent: "success",
      key: result.reordered ? "upgradedReordered" : "upgraded",
      values: {
        added: result.addedColumns.join(", ") || "—",
        extra: result.extraKept.join(", ") || "—",
      },
    },
  ];
}

/** The list of left-out features is worded by the component (it needs the translator); this carries the keys. */
export function skippedNotice(skipped: readonly Feature[]): Omit<Notice, "id">[] {
  return skipped.length === 0
    ? []
    : [{ intent: "warning", key: "skippedFeatures", values: { features: skipped.join(",") } }];
}

/** Why the tracker settings stored in the workbook could not be read, in the user's words: a code without its message does not compile. */
const METADATA_PROBLEM_KEYS: Wording<MetadataProblem, ExcelMessageKey> = {
  noTrackerElement: "metadataProblemNoTrackerElement",
  otherFormat: "metadataProblemOtherFormat",
  cutShort: "metadataProblemCutShort",
  noSchemaVersion: "metadataProblemNoSchemaVersion",
};

export const metadataProblemKey = (problem: MetadataProblem): ExcelMessageKey =>
  METADATA_PROBLEM_KEYS[problem];

/** The notice carries the code; the component words it (paneTexts.tsx, as the left-out features). */
function metadataNotice(problem: MetadataProblem | null): Omit<Notice, "id">[] {
  return problem ? [{ intent: "warning", key: "metadataDamaged", values: { problem } }] : [];
}

export function adoptNotices(result: AdoptResult, sheet: string): Omit<Notice, "id">[] {
  const notices: Omit<Notice, "id">[] = [
    {
      intent: "success",
      key: "adopted",
      values: { records: String(result.records), sheet, ids: String(result.idsMade) },
    },
  ];
  if (result.flagged > 0)
    notices.push({
      intent: "warning",
      key: "adoptKept",
      values: { count: String(result.flagged) },
    });
  const skippedRows = result.notes
    .filter((note) => note.kind === "skipped")
    .map((note) => String(note.row));
  if (skippedRows.length > 0) {
    notices.push({
      intent: "warning",
      key: "adoptSkippedRows",
      values: {
        count: String(skippedRows.length),
        rows: skippedRows.slice(0, 20).join(", ") + (skippedRows.length > 20 ? "…" : ""),
      },
    });
  }
  return [...notices, ...skippedNotice(result.skipped)];
}

/**
 * Above this a file is refused before it is read: a report with thousands of
 * recommendations is a few megabytes; more is not a report, and reading it
 * would only freeze the pane.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The notice for a file the Import section will not read, or null when it can be read. */
export function importFileProblem(file: { name: string; size: number }): Omit<Notice, "id"> | null {
  // What the file is (report or batch) is told by its content, by the reader: a renamed file is read as what it is.
  if (file.size > MAX_IMPORT_BYTES)
    return {
      intent: "error",
      key: "importTooBig",
      values: {
        file: file.name,
        size: String(Math.ceil(file.size / (1024 * 1024))),
        limit: String(MAX_IMPORT_BYTES / (1024 * 1024)),
      },
    };
  return null;
}

/** The notices after an import: the summary is shown in the section, these say what needs a look. */
export function importNotices(outcome: ImportOutcome): Omit<Notice, "id">[] {
  const notices: Omit<Notice, "id">[] = [];
  if (outcome.moved > 0)
    notices.push({
      intent: "warning",
      key: "importMoved",
      values: { count: String(outcome.moved) },
    });
  if (outcome.missingColumns.length > 0)
    notices.push({
      intent: "warning",
      key: "importMissingColumns",
      values: { columns: outcome.missingColumns.join(", ") },
    });
  return notices;
}

/**
 * What the pane says after recording follow-up events (an event or a strategy tried): the History
 * missing, the success worded by the caller, and the Rec IDs not found or given twice.
 */
export function recordNotices(plan: RecordPlan, success: Omit<Notice, "id">): Omit<Notice, "id">[] {
  if (plan.blocked === "noHistory") return [{ intent: "error", key: "problemNoHistory" }];
  const notices: Omit<Notice, "id">[] = plan.events > 0 ? [success] : [];
  const missing = [...plan.unknownIds, ...plan.repeatedIds];
  if (missing.length > 0)
    notices.push({ intent: "warning", key: "eventNotFound", values: { ids: missing.join(", ") } });
  return notices;
}

import type { DetailOrigin } from "../model/batch";
import type { ColumnKey } from "../schema/columns";
import type { Language } from "../schema/plan";
import type { VocabularyKey } from "../schema/vocabularies";
import type { HistoryContent, HistoryRecord } from "./history";
import type { TrackerRecord, TrackerRow } from "./types";

/**
 * The one way every channel reads and writes a tracker
 * (docs/architecture.md): the Excel adapter (src/office/excel), the .xlsx file
 * adapter (src/files/xlsx) and the Graph adapter (src/graph) implement it,
 * and the same upsert (./upsert) decides what to write.
 */
export interface TrackerStore {
  /** Reads the tracker table. Throws InputError (or the adapter's user-worded error) when there is none. */
  read(): Promise<TrackerContent>;
  /**
   * Writes the changes in one batch: all of them or, on failure, none (as a
   * re-read would see it). Must leave every other cell, the user's own
   * columns, sorts and filters as they were. A store shared by several
   * people at once (Graph) may find, just before or after adding them, that
   * someone added the same recommendations meanwhile: it leaves those out
   * and says how many, so the summary counts them as unchanged.
   */
  write(changes: TrackerChanges): Promise<WriteOutcome | void>;
  /**
   * Reads the History table (schema v2) and the reply-deadline setting; a
   * tracker of schema v1 gives NO_HISTORY (`present: false`).
   */
  readHistory?(): Promise<HistoryContent>;
}

export interface WriteOutcome {
  /** Additions left out because the tracker held them by the time they were written. */
  alreadyPresent: number;
}

export interface TrackerContent {
  language: Language;
  /** Rows with at least one filled cell; `row` is the worksheet row number (1-based). */
  rows: TrackerRow[];
  /** Schema columns the table has; a change to a missing column cannot be written and is reported. */
  columns: ColumnKey[];
  /** The tracker has the History table of schema v2 (false or absent: schema v1, or unknown). */
  history?: boolean;
}

/** What an import writes. Updates carry only the fields that change. */
export interface TrackerChanges {
  updates: RowUpdate[];
  /** New rows in schema form, each with its new id; appended to the table in this order. */
  additions: TrackerRecord[];
  /**
   * Entries to take out of the Lists tables (a value merged into another, a
   * combined addressee split): the data check's tidying. New words the rows
   * bring are added to the lists by every write without being asked.
   */
  listRemovals?: Partial<Record<VocabularyKey, string[]>>;
  /**
   * Follow-up events to append to the History table, in this order, in the
   * same write as the updates (src/core/tracker/observe.ts decides both, so
   * the history and the current columns never disagree).
   */
  events?: HistoryRecord[];
}

/** True when `changes` ask nothing of the tracker: no update, addition, list removal or event. */
export function nothingToWrite(changes: TrackerChanges): boolean {
  return (
    changes.updates.length === 0 &&
    changes.additions.length === 0 &&
    Object.keys(changes.listRemovals ?? {}).length === 0 &&
    (changes.events ?? []).length === 0
  );
}

export interface RowUpdate {
  /** Worksheet row number (1-based), as read. */
  row: number;
  /** Id of the row, so an adapter can check it still holds the same recommendation before writing. */
  id: string;
  values: TrackerRecord;
}

export interface ImportSummary {
  added: number;
  updated: number;
  /**
   * Of the updated rows, those whose report-side details an earlier import
   * got wrong and this one corrects (a "Date made" that was the import's day,
   * an empty place or deadline the report states).
   */
  corrected: number;
  unchanged: number;
  /** Recommendations the user must look at: a tracked recommendation whose text changed, a value that could not be written. */
  flagged: number;
}

/** new: not in the tracker; update: in it, report-side fields differ; unchanged: nothing to write. */
export type ImportState = "new" | "update" | "unchanged";

/** Why the user should look at an item before importing; the panes and rectrack word these codes. */
export type ImportFlag =
  /** The text of a recommendation that is already being tracked differs: kept unless the user accepts the new text. */
  | "textChanged"
  /** The same recommendation appears twice in the batch: only the first is imported. */
  | "duplicateInBatch"
  /** The tracker lacks a column this recommendation has a value for (e.g. a deleted "Theme" column). */
  | "missingColumn"
  /**
   * Its Rec ID belongs to a row of another report (a report saved under a new
   * name keeps last year's ids): it is added with a new Rec ID, never written
   * over that row. `ImportItem.idOfReport` says which.
   */
  | "idOfAnotherReport";

/** An earlier recommendation that the incoming one seems to repeat, for the user to confirm. */
export interface RepeatProposal {
  id: string;
  ref: string;
  text: string;
  /** Source document / report of the earlier recommendation. */
  report: string;
  /** 0-1, higher is closer. */
  similarity: number;
}

export interface ImportItem {
  /** Index in batch.recommendations. */
  index: number;
  /** The record the import writes for a new row, or whose report-side fields it compares for an existing one. */
  incoming: TrackerRecord;
  state: ImportState;
  /** The tracker row it matched (update, unchanged). */
  existing?: TrackerRow;
  /** How it matched: by id, by source document and text, or by source document and printed ref. */
  matchedBy?: "id" | "text" | "ref";
  /** Report-side fields whose value would change. */
  changed: ColumnKey[];
  /**
   * Of `changed`, the fields an earlier import left empty or filled wrongly
   * (a "Date made" that is the day of that import) and this import corrects.
   */
  corrected?: ColumnKey[];
  /**
   * Details read from the report's words ("report") or guessed: an import
   * writes them only into empty cells (or cells it corrects), never over a
   * value already in the tracker.
   */
  origin?: Partial<Record<ColumnKey, DetailOrigin>>;
  textChange?: { before: string; after: string };
  repeatProposal?: RepeatProposal;
  flags: ImportFlag[];
  /** With "idOfAnotherReport": the tracker row holding that Rec ID, and its report. */
  idOfReport?: { row: number; report: string };
}

export interface ImportPlan {
  /** The tracker's "Source document" value for this batch (batch.report.id). */
  source: string;
  /** The report's date (ISO), "Date made" of its new rows; "" when the report gives none. */
  reportDate?: string;
  items: ImportItem[];
  /** Ids already in the tracker, so new rows get ids no row uses (filled by planImport). */
  takenIds?: string[];
  /**
   * Rows of this report whose Rec ID is empty (cleared by hand): left out of
   * the matching, so they are never written; the user is told their numbers.
   */
  rowsWithoutId?: number[];
}

/** What the user decided in the preview; the command line uses the defaults or its flags. */
export interface ImportChoices {
  /** Indices (ImportItem.index) the user left out. */
  skip?: number[];
  /** Confirmed repeat links: index -> id of the earlier recommendation. Unconfirmed proposals are not written. */
  confirmRepeats?: Record<number, string>;
  /** Indices whose changed text the user accepts in place of the tracked text. */
  acceptTextChanges?: number[];
  /**
   * Values the user typed in the preview, by item index and field, as text
   * (dates yyyy-mm-dd); they are written as given, also over the tracker's
   * value. An empty text leaves the field empty on a new row and the
   * tracker's value on an existing one.
   */
  edits?: Record<number, Partial<Record<EditableField, string>>>;
}

/** The fields the import preview shows for each recommendation and lets the user change. */
export const EDITABLE_FIELDS = [
  "dateMade",
  "deadline",
  "place",
  "placeType",
  "authority",
  "theme",
] as const satisfies readonly ColumnKey[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * The tracker's records once `changes` are written, for what is computed
 * from all of them in the same write (the Dashboard, the Follow-up list):
 * only the columns the tracker has hold values.
 */
export function recordsAfter(
  rows: readonly TrackerRow[],
  changes: TrackerChanges,
  columns: ReadonlySet<ColumnKey>
): TrackerRecord[] {
  const present = (record: TrackerRecord): TrackerRecord => {
    const kept: TrackerRecord = {};
    for (const key of Object.keys(record) as ColumnKey[])
      if (columns.has(key)) kept[key] = record[key];
    return kept;
  };
  const updates = new Map(changes.updates.map((update) => [update.row, update.values]));
  return [
    ...rows.map((row) => {
      const update = updates.get(row.row);
      return update ? { ...row.values, ...present(update) } : row.values;
    }),
    ...changes.additions.map(present),
  ];
}

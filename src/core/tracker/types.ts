import type { ColumnKey } from "../schema/columns";

/**
 * A field as core stores it: dates "YYYY-MM-DD", date-times
 * "YYYY-MM-DDTHH:MM:SS", yes/no as booleans, fixed-list values as their
 * vocabulary key ("inProgress"), extendable-list values and texts verbatim,
 * the score as a number. A value that could not be normalised stays as the
 * text the user typed, so validation can point at it and nothing is lost.
 */
export type FieldValue = string | number | boolean | null;

export type TrackerRecord = Partial<Record<ColumnKey, FieldValue>>;

/** What a file or host hands to core for one cell (exceljs and Office.js both give these). */
export type CellInput = string | number | boolean | Date | null | undefined;

export interface TrackerRow {
  /** Worksheet row number (1-based), for messages the user can follow. */
  row: number;
  values: TrackerRecord;
  /** The user's own columns, header -> value, kept as they are. */
  extra?: Record<string, string | number | boolean | null>;
}

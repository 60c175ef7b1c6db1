import {
  COLUMN_BY_KEY,
  ownColumn,
  type ColumnDef,
  type ColumnKey,
  type OwnColumnDef,
  type OwnColumnWords,
} from "./columns";
import type { Language } from "./plan";

/**
 * Tracker schema v2 as data: the History table, one row per follow-up event
 * (a draft sent for comment, a reply, a meeting, a follow-up visit...). Keys
 * are stable; headers are display text in the tracker's language. A History
 * column holds its values the way the tracker column named by `like` does
 * (dates as dates, implementation and acceptance as list labels), so one
 * reader and one writer serve both tables.
 */

export const HISTORY_TABLE = "History";
/** The defined name of the reply-deadline setting (days from the report date), a cell on the History sheet. */
export const REPLY_DAYS_NAME = "ReplyDeadlineDays";
/** 1-based row of the History table's header (a title, a note and the reply-deadline setting above it). */
export const HISTORY_HEADER_ROW = 5;
/** The setting's cell on the History sheet (its label is in column A of the same row). */
export const REPLY_DAYS_CELL = "B3";

export type HistoryKey =
  | "date"
  | "recId"
  | "kind"
  | "with"
  | "summary"
  | "status"
  | "accepted"
  | "verified"
  | "link"
  | "staff"
  | "recorded";

export interface HistoryColumnDef extends OwnColumnDef<HistoryKey> {
  /**
   * The tracker column whose values this column holds the same way (reading
   * and writing cells); none for the event's kind, a list of its own.
   */
  like?: ColumnKey;
}

function h(key: HistoryKey, like: ColumnKey | null, ...column: OwnColumnWords): HistoryColumnDef {
  return { ...ownColumn(key, ...column), ...(like ? { like } : {}) };
}

/** A column that is the tracker's own column of that name: its headers, kind, list and width. */
function same(key: HistoryKey, like: ColumnKey): HistoryColumnDef {
  const column = COLUMN_BY_KEY.get(like) as ColumnDef;
  return {
    key,
    kind: column.kind,
    headers: column.headers,
    width: column.width,
    like,
    ...(column.vocabulary ? { vocabulary: column.vocabulary } : {}),
  };
}

/** The History table's columns, in the order a new table has. */
export const HISTORY_COLUMNS: readonly HistoryColumnDef[] = [
  h("date", "dateMade", "date", "Date", "Date", "Fecha", 12),
  same("recId", "id"),
  h("kind", null, "list", "Event", "Événement", "Evento", 22, "eventKind"),
  h("with", "place", "text", "With whom", "Avec qui", "Con quién", 22),
  h("summary", "notes", "longText", "Summary", "Résumé", "Resumen", 48),
  same("status", "status"),
  same("accepted", "accepted"),
  same("verified", "verified"),
  h(
    "link",
    "reportLink",
    "hyperlink",
    "Document link",
    "Lien du document",
    "Enlace al documento",
    24
  ),
  same("staff", "staff"),
  h("recorded", "updated", "dateTime", "Recorded on", "Enregistré le", "Registrado el", 17),
];

export const HISTORY_KEYS: readonly HistoryKey[] = HISTORY_COLUMNS.map((column) => column.key);

export const HISTORY_COLUMN_BY_KEY: ReadonlyMap<HistoryKey, HistoryColumnDef> = new Map(
  HISTORY_COLUMNS.map((column) => [column.key, column])
);

export function historyHeader(key: HistoryKey, language: Language): string {
  return (HISTORY_COLUMN_BY_KEY.get(key) as HistoryColumnDef).headers[language];
}

/** What Set up's adopt step offers: the sheets worth adopting and the column mapping editor's rows and choices. */
import { columnLetter } from "../../core/schema/a1";
import { ColumnKey, TRACKER_COLUMNS } from "../../core/schema/columns";
import type { Language } from "../../core/schema/plan";
import type { CellInput } from "../../core/tracker/types";
import type { WorkbookSummary } from "../../office/excel";
import { AdoptDraft } from "./drafts";

/** Sheets worth adopting: at least a header row and one row of data. */
export function adoptableSheets(summary: WorkbookSummary): WorkbookSummary["sheets"] {
  return summary.sheets.filter((sheet) => sheet.rows > 1);
}

/** The recommendations' text column is the one mapping a tracker cannot do without. */
export function canAdopt(draft: AdoptDraft | null): boolean {
  return !!draft && draft.mapping.columns.some((column) => column.key === "text");
}

/** How many values of a column the mapping editor shows beside it, and how long each may be. */
const SAMPLES = 3;

const SAMPLE_LENGTH = 40;

/** Columns the mapping editor shows: those with a header or some data, each with a few of its values. */
export function mappingRows(draft: AdoptDraft): {
  index: number;
  letter: string;
  header: string;
  key: ColumnKey | null;
  confidence: number;
  byUser: boolean;
  /** A few different values the column holds, so the user can judge the proposal. */
  samples: string[];
}[] {
  const below = draft.rows.slice(draft.mapping.headerRow + 1);
  const text = (cell: CellInput): string => {
    if (cell === null || cell === undefined) return "";
    const value = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
    return value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH - 1)}…` : value;
  };
  return draft.mapping.columns
    .filter(
      (column) =>
        column.header !== "" ||
        below.some(
          (row) =>
            row[column.index] !== null &&
            row[column.index] !== undefined &&
            row[column.index] !== ""
        )
    )
    .map((column) => {
      const samples: string[] = [];
      for (const row of below) {
        const value = text(row[column.index]);
        if (value && !samples.includes(value)) samples.push(value);
        if (samples.length === SAMPLES) break;
      }
      return {
        index: column.index,
        letter: columnLetter(column.index),
        header: column.header,
        key: column.key,
        confidence: column.confidence,
        byUser: column.basis === "user",
        samples,
      };
    });
}

/** Options of each mapping drop-down: the schema columns in the tracker's language. */
export function mappingChoices(language: Language): { key: ColumnKey; label: string }[] {
  return TRACKER_COLUMNS.filter((column) => column.key !== "updated").map((column) => ({
    key: column.key,
    label: column.headers[language],
  }));
}

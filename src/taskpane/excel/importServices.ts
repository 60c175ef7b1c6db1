/**
 * The import as the Excel pane runs it: the shared file reader (a .docx
 * report or a .json batch, told apart by content) and the one upsert every
 * channel uses. Kept apart from the controller so its tests can give their own.
 */
import { planImport, resolveImport } from "../../core/tracker/upsert";
import type { BatchRecommendation, RecommendationBatch } from "../../core/model/batch";
import type { BatchWarning } from "../../core/model/batch-from-report";
import type { ColumnKey } from "../../core/schema/columns";
import type {
  ImportChoices,
  ImportPlan,
  ImportSummary,
  TrackerChanges,
  TrackerContent,
} from "../../core/tracker/store";
import type { ImportDateSource } from "./state";

/** What a read file gives the import: the batch, and what the reader noticed. */
export interface ImportInput {
  batch: RecommendationBatch;
  /** False when a report's recommendations were found by their wording; null for a batch file. */
  tagged: boolean | null;
  warnings: BatchWarning[];
  /** Where the batch's report date came from; null when there is none. */
  dateFrom: ImportDateSource | null;
  /** The report's line the date was read from. */
  dateLine: string;
  /** Nothing was found, and the report is in a language the finder does not read. */
  otherLanguage?: boolean;
  /** Possible recommendations of an untagged report (below the finder's threshold), offered unticked. */
  candidates?: BatchRecommendation[];
}

/** The core and file functions the import composes (./importServices binds them). */
export interface ImportServices {
  readInput(
    data: Uint8Array,
    fileName: string,
    options?: { reportDate?: string }
  ): Promise<ImportInput>;
  planImport(content: TrackerContent, batch: RecommendationBatch): ImportPlan;
  resolveImport(
    plan: ImportPlan,
    choices: ImportChoices,
    columns: readonly ColumnKey[],
    /** ISO date-time, for "Last updated". */
    now: string
  ): { changes: TrackerChanges; summary: ImportSummary };
}

export const importServices: ImportServices = {
  async readInput(data, fileName, options) {
    // The report reader brings the finder and the checker: loaded when a file is read, so the pane
    // opens without them (they are most of its weight).
    const { readBatchInput } = await import("../../files/docx/batch");
    const input = await readBatchInput(data, fileName, options);
    return {
      batch: input.batch,
      tagged: input.kind === "json" ? null : input.tagged,
      warnings: input.warnings,
      dateFrom: input.dateFrom,
      dateLine: input.dateLine,
      otherLanguage: input.otherLanguage,
      candidates: input.candidates,
    };
  },
  // No "today" fallback: a report without a date waits for the user's date in the preview.
  planImport: (content, batch) => planImport(content, batch, {}),
  resolveImport: (plan, choices, columns, now) =>
    resolveImport(plan, choices, { now, columns: [...columns] }),
};

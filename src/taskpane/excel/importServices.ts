/**
 * The import as the Excel pane runs it: the shared file reader (a .docx
 * report or a .json batch, told apart by content) and the one upsert every
 * channel uses. Kept apart from the controller so its tests can give their own.
 */
import { planImport, resolveImport } from "../../core/tracker/upsert";
import { readBatchInput } from "../../files/docx/batch";
import type { ImportServices } from "./controller";

export const importServices: ImportServices = {
  async readInput(data, fileName, options) {
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

/**
 * Adopting a hand-made sheet: read it, let core propose which column is
 * which, and build a tracker from the mapping the user corrected. The
 * original sheet is not touched; the new sheets hold every one of its cells:
 * unmapped columns become the user's own columns, values core cannot read are
 * kept as typed and flagged with a fill.
 */
import type { Language } from "../../core/schema/plan";
import type { RandomSource } from "../../core/tracker/ids";
import { AdoptNote, adoptRows, LegacyMapping } from "../../core/tracker/legacy";
import { ExcelProblem } from "./errors";
import { ExcelHost, Feature, requireExcel } from "./host";
import { createTracker } from "./apply";
import { inspectWorkbook } from "./inspect";
import { adoptedTrackerContent, schemaIndex } from "../../core/tracker/plan-inputs";
import { languageOfLegacySheet } from "../../core/tracker/sheet-language";
import { readSheetIn } from "./read";
import type { Progress } from "./write";

/** Fill of a cell whose value was kept as typed because it could not be read. */
export const KEPT_VALUE_FILL = "#FFEB9C";

export interface AdoptOptions {
  sheet: string;
  /** The mapping core proposed for this sheet, with the user's corrections. */
  mapping: LegacyMapping;
  language?: Language;
  today: string;
  random?: RandomSource;
  progress?: Progress;
}

export interface AdoptResult {
  sheets: Record<"recommendations" | "lists" | "dashboard" | "followUp", string>;
  language: Language;
  records: number;
  idsMade: number;
  extraHeaders: string[];
  /** Values kept as typed, read as empty, approximated, split or rows left out, with their source row. */
  notes: AdoptNote[];
  /** Cells flagged in the new table (values kept as typed). */
  flagged: number;
  skipped: Feature[];
}

export async function adoptSheet(host: ExcelHost, options: AdoptOptions): Promise<AdoptResult> {
  requireExcel(host);
  if (!options.mapping.columns.some((column) => column.key === "text"))
    throw new ExcelProblem("noTextColumn", { sheet: options.sheet });
  return host.run(async (context) => {
    const state = await inspectWorkbook(context);
    if (state.tracker) throw new ExcelProblem("alreadyTracker", { sheet: state.tracker.sheet });
    // Read again inside this request: the mapping is applied to the sheet as it is now.
    const rows = await readSheetIn(context, options.sheet, options.progress);
    const adopted = adoptRows(rows, options.mapping, options.random);
    const language = options.language ?? languageOfLegacySheet(rows, options.mapping);
    const indexOfRow = new Map(adopted.sourceRows.map((row, i) => [row, i]));
    const kept = adopted.notes.filter(
      (note) => note.kind === "kept" && note.column !== null && indexOfRow.has(note.row)
    );
    const { plan, skipped } = await createTracker(context, host, state, {
      language,
      progress: options.progress,
      ...adoptedTrackerContent(adopted, language, options.today),
      decorate: (worksheet, headerRow) => {
        for (const note of kept) {
          const row = headerRow + 1 + (indexOfRow.get(note.row) as number);
          worksheet.getRangeByIndexes(
            row,
            schemaIndex(note.column as NonNullable<AdoptNote["column"]>),
            1,
            1
          ).format.fill.color = KEPT_VALUE_FILL;
        }
      },
    });
    const name = (key: "recommendations" | "lists" | "dashboard" | "followUp") =>
      (plan.sheets.find((sheet) => sheet.key === key) as { name: string }).name;
    return {
      sheets: {
        recommendations: name("recommendations"),
        lists: name("lists"),
        dashboard: name("dashboard"),
        followUp: name("followUp"),
      },
      language,
      records: adopted.records.length,
      idsMade: adopted.idsMade,
      extraHeaders: adopted.extraHeaders,
      notes: adopted.notes,
      flagged: kept.length,
      skipped: [...skipped],
    };
  });
}

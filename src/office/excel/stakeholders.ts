/**
 * A recommendation's actors in the open workbook: the recommendation is
 * the row selected in the Recommendations table, or the one whose Rec ID
 * the user typed; its actors are the Stakeholders table's rows linked to
 * its Rec ID or its theme (src/core/tracker/stakeholders.ts decides, with
 * the quadrant and approach). Three requests whatever the number of rows.
 */
import { parseRange } from "../../core/schema/a1";
import { STAKEHOLDERS_TABLE } from "../../core/schema/stakeholders";
import { locateColumns } from "../../core/schema/upgrade";
import {
  actorsFor,
  readStakeholders,
  type LinkedStakeholder,
} from "../../core/tracker/stakeholders";
import { ExcelHost, requireExcel } from "./host";
import { hasStakeholders, inspectWorkbook } from "./inspect";

export interface RecommendationActors {
  /** What was looked up: the selected row's Rec ID, or the one typed ("" when none). */
  id: string;
  /** The recommendation found (its Rec ID, reference and theme as the table holds them), or null. */
  recommendation: { id: string; ref: string; theme: string } | null;
  /** Why nothing could be looked up, when so. */
  problem: "noTracker" | "noStakeholders" | "noSelection" | "notFound" | null;
  actors: LinkedStakeholder[];
}

const text = (value: unknown): string =>
  value === null || value === undefined ? "" : String(value).trim();

/** The actors of the recommendation `typedId` names, or (empty) of the row selected in the Recommendations sheet. */
export async function recommendationActors(
  host: ExcelHost,
  typedId = ""
): Promise<RecommendationActors> {
  requireExcel(host);
  return host.run(async (context) => {
    const selection = context.workbook.getSelectedRange().load("address,rowIndex");
    const state = await inspectWorkbook(context);
    const tracker = state.tracker;
    const wanted = typedId.trim();
    const none = (problem: RecommendationActors["problem"], id = wanted): RecommendationActors => ({
      id,
      recommendation: null,
      problem,
      actors: [],
    });
    if (!tracker) return none("noTracker");
    if (!hasStakeholders(state)) return none("noStakeholders");
    const { found } = locateColumns(tracker.headers, state.metadata);
    const table = context.workbook.tables.getItem(tracker.table);
    const column = (key: "id" | "ref" | "theme") => {
      const at = found.get(key);
      return at === undefined
        ? null
        : table.columns.getItem(tracker.headers[at]).getDataBodyRange().load("values");
    };
    // The selected row, or the whole Rec ID column to find the typed one: one request either way.
    const ids = column("id");
    const refs = column("ref");
    const themes = column("theme");
    const stakeholders = context.workbook.tables.getItem(STAKEHOLDERS_TABLE);
    const header = stakeholders.getHeaderRowRange().load("values");
    const body = stakeholders.getDataBodyRange().load("values");
    await context.sync();
    if (!ids) return none("notFound");
    const idValues = ids.values.map((row) => text(row[0]));
    let index = -1;
    if (wanted) {
      const lower = wanted.toLowerCase();
      index = idValues.findIndex((id) => id.toLowerCase() === lower);
      if (index < 0) return none("notFound");
    } else {
      const onTracker = parseRange(selection.address)?.sheet === tracker.sheet;
      index = selection.rowIndex - tracker.headerRow - 1;
      if (!onTracker || index < 0 || index >= idValues.length || !idValues[index])
        return none("noSelection", "");
    }
    const recommendation = {
      id: idValues[index],
      ref: refs ? text(refs.values[index]?.[0]) : "",
      theme: themes ? text(themes.values[index]?.[0]) : "",
    };
    const actors = actorsFor(recommendation, readStakeholders(header.values[0], body.values));
    return { id: recommendation.id, recommendation, problem: null, actors };
  });
}

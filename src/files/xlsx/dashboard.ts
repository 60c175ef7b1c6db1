import JSZip from "jszip";
import { columnIndex, columnLetter, parseAddress, parseRange } from "../../core/schema/a1";
import type { ColumnKey } from "../../core/schema/columns";
import { DASHBOARD_COLUMNS, dashboardExtent, plannedLastRow } from "../../core/schema/dashboard";
import { FIGURES_BLOCK, type HistoryFigures } from "../../core/schema/figures";
import type { Language, SheetPlan } from "../../core/schema/plan";
import { PLAN_TEXTS } from "../../core/schema/texts";
import { LANGUAGES } from "../../core/schema/columns";
import { listWordsWithout, VOCABULARIES, VocabularyKey } from "../../core/schema/vocabularies";
import { buildWorkbookPlan, columnsMissingFrom } from "../../core/schema/workbook-plan";
import { dashboardData } from "../../core/tracker/dashboard";
import type { TrackerRecord } from "../../core/tracker/types";
import { chartParts } from "./charts";
import { CellWrite, patchSheet, removeCells, sheetDataOf } from "./sheet-patch";
import { PackageIndex, PackageSheet, readSheetRows } from "./sheet-xml";
import type { StyleBook } from "./styles";
import { partText } from "./zip";

/**
 * The Dashboard sheet of a tracker file, rewritten in the package XML from
 * the plan (src/core/schema/dashboard.ts) with the labels the data gives
 * (src/core/tracker/dashboard.ts): the same cells the template and the
 * Excel pane write. Only its columns A to H change; cells the user put
 * elsewhere on the sheet stay. The sheet is found by its name in one of the
 * tracker languages and by its formulas on the Recommendations table, so a
 * user's own sheet called "Dashboard" is never taken for it.
 */

/** blocked: the new sections would cover cells the user wrote below the Dashboard: left as it was. */
export type DashboardOutcome = "refreshed" | "unchanged" | "missing" | "blocked";

export interface DashboardRefresh {
  outcome: DashboardOutcome;
  sheet: string | null;
}

export interface DashboardSheetOptions {
  language: Language;
  /** Headers of the tracker's columns as the workbook shows them (formulas name them). */
  headers: Partial<Record<ColumnKey, string>>;
  trackerSheetPath: string;
  styles: StyleBook;
  /** List entries the same write takes out (tidying): the Dashboard no longer lists them. */
  listRemovals?: Partial<Record<VocabularyKey, string[]>>;
  /** The tracker has the History sheet (schema v2): the Dashboard counts replies overdue. */
  history?: boolean;
  /** The figures from the history (src/core/tracker/figures.ts): their block and chart are rewritten too. */
  figures?: HistoryFigures;
}

const DASHBOARD_NAMES = new Set(
  LANGUAGES.map((language) => PLAN_TEXTS[language].sheets.dashboard.toLowerCase())
);

/** The add-in's Dashboard sheet and its XML, or null. */
export async function findDashboard(
  zip: JSZip,
  index: PackageIndex,
  trackerSheetPath: string
): Promise<{ sheet: PackageSheet; xml: string } | null> {
  for (const sheet of index.sheets) {
    if (sheet.path === trackerSheetPath) continue;
    if (!DASHBOARD_NAMES.has(sheet.name.toLowerCase().replace(/ \(\d+\)$/, ""))) continue;
    const xml = await partText(zip, sheet.path);
    // LibreOffice writes its formulas with attributes (<f aca="false">): those count too.
    if (xml && /<f\b[^>]*>[^<]*Recommendations\[/.test(xml)) return { sheet, xml };
  }
  return null;
}

/** The entries of the extendable lists' tables on the Lists sheet. */
export async function readListItems(
  zip: JSZip,
  index: PackageIndex
): Promise<Partial<Record<VocabularyKey, string[]>>> {
  const out: Partial<Record<VocabularyKey, string[]>> = {};
  const rowsBySheet = new Map<string, Awaited<ReturnType<typeof readSheetRows>>>();
  for (const vocab of Object.values(VOCABULARIES)) {
    if (!vocab.extendable) continue;
    const wanted = vocab.table.toLowerCase();
    const sheet = index.sheets.find((s) => s.tables.some((t) => t.name.toLowerCase() === wanted));
    const table = sheet?.tables.find((t) => t.name.toLowerCase() === wanted);
    const range = table && parseRange(table.ref);
    if (!sheet || !range) continue;
    let rows = rowsBySheet.get(sheet.path);
    if (!rows) rowsBySheet.set(sheet.path, (rows = await readSheetRows(zip, sheet, index)));
    const column = range.firstColumn;
    const items: string[] = [];
    for (let r = range.firstRow + 1; r <= range.lastRow; r++) {
      const value = rows[r - 1]?.[column];
      if (value !== null && value !== undefined && String(value).trim() !== "")
        items.push(String(value).trim());
    }
    out[vocab.key] = items;
  }
  return out;
}

/** The planned Dashboard's cells as writes, with the formats the workbook holds for them. */
function writesOf(plan: SheetPlan, styles: StyleBook): Map<number, CellWrite[]> {
  const writes = new Map<number, CellWrite[]>();
  for (const cell of plan.cells) {
    const { row, column } = parseAddress(cell.address);
    const numberFormat =
      cell.numberFormat ?? (typeof cell.value === "string" ? "@" : undefined) ?? "General";
    const style = styles.xf({ ...cell.style, numberFormat });
    let list = writes.get(row);
    if (!list) writes.set(row, (list = []));
    list.push({
      column,
      value: cell.value ?? null,
      formula: cell.formula,
      style,
      forceStyle: true,
    });
  }
  return writes;
}

/**
 * The Dashboard's new sheet XML for `records` (nothing when the workbook has
 * no Dashboard of ours, or it already holds exactly these cells).
 */
export async function dashboardParts(
  zip: JSZip,
  index: PackageIndex,
  records: readonly TrackerRecord[],
  options: DashboardSheetOptions
): Promise<{ refresh: DashboardRefresh; parts: Map<string, string> }> {
  const parts = new Map<string, string>();
  const found = await findDashboard(zip, index, options.trackerSheetPath);
  if (!found) return { refresh: { outcome: "missing", sheet: null }, parts };
  // Values the same write adds to the lists are in the records: the Dashboard lists them too.
  const lists = await readListItems(zip, index);
  for (const [key, removed] of Object.entries(options.listRemovals ?? {}) as [
    VocabularyKey,
    string[],
  ][]) {
    lists[key] = listWordsWithout(lists[key] ?? [], removed);
  }
  const plan = buildWorkbookPlan({
    language: options.language,
    headers: options.headers,
    missingColumns: columnsMissingFrom(options.headers),
    sheetNames: { dashboard: found.sheet.name },
    dashboard: { ...dashboardData(records, lists, options.language), figures: options.figures },
    history: options.history ?? false,
  }).sheets.find((sheet) => sheet.key === "dashboard") as SheetPlan;
  // Only the rows the add-in wrote are rewritten: what the user put below stays, and is never covered.
  const values = await readSheetRows(zip, found.sheet, index);
  const columnA = values.map((row) => row[0] ?? null);
  const { data } = sheetDataOf(found.xml);
  const extent =
    dashboardExtent(columnA) || data.rows.reduce((max, span) => Math.max(max, span.row), 1);
  const planned = plannedLastRow(plan);
  for (let r = extent + 1; r <= planned; r++)
    if (
      (values[r - 1] ?? []).slice(0, DASHBOARD_COLUMNS).some((cell) => cell !== null && cell !== "")
    )
      return { refresh: { outcome: "blocked", sheet: found.sheet.name }, parts };
  let cleared = removeCells(found.xml, 1, extent, 0, DASHBOARD_COLUMNS - 1);
  if (options.figures) {
    // The block of figures is the add-in's too: its old rows go, whatever their number was.
    const { firstColumn, columns } = FIGURES_BLOCK;
    let blockEnd = 0;
    values.forEach((row, r) => {
      if (
        row.slice(firstColumn, firstColumn + columns).some((cell) => cell !== null && cell !== "")
      )
        blockEnd = r + 1;
    });
    if (blockEnd > 0)
      cleared = removeCells(cleared, 1, blockEnd, firstColumn, firstColumn + columns - 1);
  }
  const patched = patchSheet(cleared, writesOf(plan, options.styles));
  const rows = sheetDataOf(patched).data.rows;
  const last = rows.reduce((max, span) => Math.max(max, span.row), 1);
  const dimensioned = patched.replace(
    /<dimension ref="[A-Z]+\d+(?::([A-Z]+)\d+)?"/,
    (_m, end: string | undefined) =>
      `<dimension ref="A1:${columnLetter(Math.max(DASHBOARD_COLUMNS - 1, options.figures ? FIGURES_BLOCK.firstColumn + FIGURES_BLOCK.columns - 1 : 0, columnIndex(end ?? "A")))}${last}"`
  );
  // The charts read the sections where they now are (and a Dashboard without them gains them).
  const charts = await chartParts(zip, found.sheet, dimensioned, plan.charts);
  const xml = charts.sheetXml;
  if (xml === found.xml && charts.parts.size === 0)
    return { refresh: { outcome: "unchanged", sheet: found.sheet.name }, parts };
  for (const [path, part] of charts.parts) parts.set(path, part);
  if (xml !== found.xml) parts.set(found.sheet.path, xml);
  return { refresh: { outcome: "refreshed", sheet: found.sheet.name }, parts };
}

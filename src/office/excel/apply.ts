/**
 * Apply the tracker plan to the open workbook: build a new tracker, or bring
 * an existing one up to the schema without touching a cell the user wrote.
 * Both take the same number of requests whatever the number of rows: two to
 * read the workbook's structure, one to write (plus one per further 3 MB of
 * rows when a new tracker is filled with data, as adopting a sheet does).
 */
import { columnLetter } from "../../core/schema/a1";
import { ColumnKey, TRACKER_COLUMNS } from "../../core/schema/columns";
import type { CellValue, Language, SheetPlan, WorkbookPlan } from "../../core/schema/plan";
import type { DashboardData } from "../../core/schema/dashboard";
import { planUpgrade } from "../../core/schema/upgrade";
import { foldText, VOCABULARIES, VocabularyKey } from "../../core/schema/vocabularies";
import { buildWorkbookPlan, LIST_ORDER } from "../../core/schema/workbook-plan";
import { columnToEnd, relocateColumnRefs, relocateListSource } from "./batch";
import { ExcelHost, Feature, requireExcel, supports } from "./host";
import { inspectWorkbook, requireWritable, WorkbookState } from "./inspect";
import { freeSheetNames, languageOfHeaders, schemaIndex } from "../../core/tracker/plan-inputs";
import {
  addChart,
  addConditionalFormat,
  applyValidation,
  Deferred,
  Progress,
  rangeColumn,
  sendDeferred,
  setAll,
  setColumnWidth,
  writeCell,
  writeSheet,
  writeTable,
} from "./write";

export interface ApplyOptions {
  /** Language of a new tracker; an existing tracker keeps its own. */
  language: Language;
  progress?: Progress;
}

export interface ApplyResult {
  mode: "created" | "upgraded";
  language: Language;
  sheets: Record<"recommendations" | "lists" | "dashboard" | "followUp", string>;
  /** Headers of the schema columns added to an existing table. */
  addedColumns: string[];
  /** Headers the user renamed, kept as they are. */
  renamedKept: string[];
  /** The user's own columns, kept as they are. */
  extraKept: string[];
  /** Features this Excel cannot apply (validation, conditional formats...): the pane says so. */
  skipped: Feature[];
  /** The metadata part could not be read; the headers were used instead (and the part rewritten). */
  metadataProblem: string | null;
}

export async function applyTracker(host: ExcelHost, options: ApplyOptions): Promise<ApplyResult> {
  requireExcel(host);
  return host.run(async (context) => {
    const state = await inspectWorkbook(context);
    return state.tracker ? upgrade(context, host, state) : create(context, host, state, options);
  });
}

/** Sends the custom XML part: replaces ours when there is one, adds it otherwise. */
function storeMetadata(context: Excel.RequestContext, state: WorkbookState, xml: string): void {
  const parts = context.workbook.customXmlParts;
  if (state.metadataPartIds.length > 0) parts.getItem(state.metadataPartIds[0]).setXml(xml);
  else parts.add(xml);
}

export interface NewTrackerOptions {
  language: Language;
  rows?: CellValue[][];
  extraColumns?: string[];
  listExtras?: Partial<Record<VocabularyKey, string[]>>;
  followUpRows?: CellValue[][];
  dashboard?: DashboardData;
  progress?: Progress;
  /** Called after the structure is queued, before the first request: extra operations (flags on adopted cells). */
  decorate?: (recommendations: Excel.Worksheet, headerRow: number) => void;
}

/** Builds every sheet of a new tracker. One request, plus one per further chunk of rows. */
export async function createTracker(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: WorkbookState,
  options: NewTrackerOptions
): Promise<{ plan: WorkbookPlan; skipped: Set<Feature> }> {
  requireWritable(state, [], true);
  const sheetNames = freeSheetNames(options.language, state.sheetNames);
  const plan = buildWorkbookPlan({
    language: options.language,
    rows: options.rows,
    extraColumns: options.extraColumns,
    listExtras: options.listExtras,
    followUpRows: options.followUpRows,
    dashboard: options.dashboard,
    sheetNames,
  });
  const skipped = new Set<Feature>();
  const deferred: Deferred = [];
  const worksheets = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets) {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    worksheets.set(sheet.key, worksheet);
    const written = writeSheet(worksheet, sheet, host, deferred, skipped);
    if (sheet.key === "recommendations") options.decorate?.(worksheet, written[0].headerRow);
  }
  storeMetadata(context, state, plan.customXml.xml);
  (worksheets.get(plan.activeSheet) as Excel.Worksheet).activate();
  await context.sync();
  await sendDeferred(context, deferred, options.progress);
  return { plan, skipped };
}

async function create(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: WorkbookState,
  options: ApplyOptions
): Promise<ApplyResult> {
  const language = options.language;
  const { plan, skipped } = await createTracker(context, host, state, options);
  return {
    mode: "created",
    language,
    sheets: sheetNamesOf(plan),
    addedColumns: [],
    renamedKept: [],
    extraKept: [],
    skipped: [...skipped],
    metadataProblem: null,
  };
}

function sheetNamesOf(plan: WorkbookPlan): ApplyResult["sheets"] {
  const name = (key: SheetPlan["key"]) =>
    (plan.sheets.find((sheet) => sheet.key === key) as SheetPlan).name;
  return {
    recommendations: name("recommendations"),
    lists: name("lists"),
    dashboard: name("dashboard"),
    followUp: name("followUp"),
  };
}

/**
 * Brings an existing tracker up to the schema. Never writes a cell of the
 * table's existing rows: missing columns are added at the right end, rules
 * (validation, conditional formats) are put back on the schema columns
 * wherever they are, and number formats are restored below the data and on
 * the new columns only, so the user's own formats and values stay.
 */
async function upgrade(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: WorkbookState
): Promise<ApplyResult> {
  const tracker = state.tracker as NonNullable<WorkbookState["tracker"]>;
  requireWritable(
    state,
    [tracker.sheet, ...[...state.lists.values()].map((list) => list.sheet), state.dashboard?.sheet],
    state.lists.size === 0 || !state.dashboard || !state.followUpSheet
  );
  const language = state.metadata?.language ?? languageOfHeaders(tracker.headers, "en");
  const upgradePlan = planUpgrade(tracker.headers, state.metadata, language);
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const column of upgradePlan.present) headers[column.key as ColumnKey] = column.header;
  const anyList = [...state.lists.values()][0];
  const sheetNames = freeSheetNames(language, state.sheetNames, {
    recommendations: tracker.sheet,
    lists: anyList?.sheet,
    dashboard: state.dashboard?.sheet,
    followUp: state.followUpSheet ?? undefined,
  });
  const plan = buildWorkbookPlan({ language, headers, sheetNames });
  const sheetPlan = (key: SheetPlan["key"]) =>
    plan.sheets.find((sheet) => sheet.key === key) as SheetPlan;
  const skipped = new Set<Feature>();
  const deferred: Deferred = [];
  const workbook = context.workbook;
  const worksheet = workbook.worksheets.getItem(tracker.sheet);
  const table = workbook.tables.getItem(tracker.table);

  // Where each schema column is in this table (0-based sheet column), the missing ones after the last column.
  const columnOf = new Map<number, number>();
  for (const column of upgradePlan.present)
    columnOf.set(schemaIndex(column.key as ColumnKey), tracker.firstColumn + column.index);
  upgradePlan.missing.forEach((column, i) =>
    columnOf.set(
      schemaIndex(column.key as ColumnKey),
      tracker.firstColumn + tracker.columnCount + i
    )
  );
  const firstDataRow = tracker.headerRow + 2;
  const afterData = tracker.headerRow + 1 + tracker.rowCount + 1;

  const recommendations = sheetPlan("recommendations");
  for (const column of upgradePlan.missing) {
    const index = schemaIndex(column.key as ColumnKey);
    const added = table.columns.add(undefined, undefined, column.header);
    setAll(
      added.getDataBodyRange(),
      "numberFormat",
      recommendations.tables[0].columns[index].numberFormat
    );
    const width = recommendations.columnWidths[index];
    // A new column may land in a sheet column hidden before (Excel keeps that on the sheet): show it unless the plan hides it.
    setColumnWidth(
      worksheet,
      columnLetter(columnOf.get(index) as number),
      width.width,
      width.hidden ?? false
    );
  }
  // Formats for the rows the user will add, below the data; existing cells keep theirs.
  recommendations.tables[0].columns.forEach((column, c) => {
    const sheetColumn = columnOf.get(c);
    if (sheetColumn === undefined) return;
    setAll(
      worksheet.getRange(columnToEnd(sheetColumn, afterData)),
      "numberFormat",
      column.numberFormat
    );
  });
  worksheet.freezePanes.freezeRows(tracker.headerRow + 1);

  // Lists first: the drop-downs point at them.
  const lists = upgradeLists(context, host, state, sheetPlan("lists"), deferred, skipped);
  if (supports(host, "validation")) {
    for (const validation of recommendations.validations) {
      const key = validation.tableColumn?.columnKey as ColumnKey | undefined;
      const sheetColumn = key
        ? columnOf.get(schemaIndex(key))
        : columnOf.get(rangeColumn(validation.range));
      if (sheetColumn === undefined) continue;
      let source: string | undefined;
      if (validation.type === "list") {
        const vocab = TRACKER_COLUMNS[schemaIndex(key as ColumnKey)].vocabulary as VocabularyKey;
        const actual = lists.get(vocab);
        if (actual) {
          source = relocateListSource(
            validation.source,
            { sheet: sheetPlan("lists").name, column: LIST_ORDER.indexOf(vocab) },
            actual
          );
        }
      }
      applyValidation(
        worksheet.getRange(columnToEnd(sheetColumn, firstDataRow)),
        validation,
        source
      );
    }
  } else skipped.add("validation");
  {
    const cleared = new Set<number>();
    for (const format of recommendations.conditionalFormats) {
      const sheetColumn = columnOf.get(rangeColumn(format.range));
      if (sheetColumn === undefined) continue;
      const range = worksheet.getRange(columnToEnd(sheetColumn, firstDataRow));
      // Our rules are put back rather than piled up: the column's rules are replaced once.
      if (!cleared.has(sheetColumn)) {
        range.conditionalFormats.clearAll();
        cleared.add(sheetColumn);
      }
      addConditionalFormat(
        range,
        format,
        relocateColumnRefs(format.formula, columnOf, firstDataRow)
      );
    }
  }

  upgradeDashboard(context, host, state, sheetPlan("dashboard"), deferred, skipped);
  if (!state.followUpSheet) {
    const followUp = sheetPlan("followUp");
    writeSheet(workbook.worksheets.add(followUp.name), followUp, host, deferred, skipped);
  }
  storeMetadata(context, state, upgradePlan.customXml.xml);
  await context.sync();
  await sendDeferred(context, deferred);
  return {
    mode: "upgraded",
    language,
    sheets: sheetNamesOf(plan),
    addedColumns: upgradePlan.missing.map((column) => column.header),
    renamedKept: upgradePlan.renamed.map((column) => column.header),
    extraKept: upgradePlan.extra.map((column) => column.header),
    skipped: [...skipped],
    metadataProblem: state.metadataProblem,
  };
}

/**
 * Keeps the NPM's own entries in the Lists tables and adds the schema's
 * entries they lack; builds the Lists sheet (or a missing table) when absent.
 * Returns where each list is, for the drop-downs.
 */
function upgradeLists(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: WorkbookState,
  plan: SheetPlan,
  deferred: Deferred,
  skipped: Set<Feature>
): Map<VocabularyKey, { sheet: string; column: number; firstDataRow: number }> {
  const where = new Map<VocabularyKey, { sheet: string; column: number; firstDataRow: number }>();
  const workbook = context.workbook;
  if (state.lists.size === 0) {
    writeSheet(workbook.worksheets.add(plan.name), plan, host, deferred, skipped);
    return where;
  }
  const listsSheet = workbook.worksheets.getItem(plan.name);
  let nextFree = Math.max(...[...state.lists.values()].map((list) => list.column)) + 2;
  for (const tablePlan of plan.tables) {
    const key = tablePlan.columns[0].key as VocabularyKey;
    const existing = state.lists.get(key);
    if (existing) {
      const have = new Set(existing.items.map(foldText));
      const missing = tablePlan.rows
        .map((row) => String(row[0]))
        .filter((item) => !have.has(foldText(item)));
      if (missing.length > 0) {
        workbook.tables.getItem(existing.table).rows.add(
          undefined,
          missing.map((item) => [item])
        );
      }
      where.set(key, existing);
      continue;
    }
    // A list table the workbook lacks goes to the first free column right of the others.
    const anchor = `${columnLetter(nextFree)}1`;
    writeTable(listsSheet, { ...tablePlan, name: VOCABULARIES[key].table, anchor }, deferred);
    where.set(key, { sheet: plan.name, column: nextFree, firstDataRow: 2 });
    nextFree += 1;
  }
  return where;
}

/** The Dashboard is the add-in's: its planned cells are rewritten (for renamed headers), the user's other cells stay. */
function upgradeDashboard(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: WorkbookState,
  plan: SheetPlan,
  deferred: Deferred,
  skipped: Set<Feature>
): void {
  if (!state.dashboard) {
    writeSheet(context.workbook.worksheets.add(plan.name), plan, host, deferred, skipped);
    return;
  }
  const worksheet = context.workbook.worksheets.getItem(state.dashboard.sheet);
  for (const cell of plan.cells) writeCell(worksheet, cell);
  const have = new Set(state.dashboard.charts);
  const missing = plan.charts.filter((chart) => !have.has(chart.key));
  if (missing.length === 0) return;
  if (!supports(host, "charts")) {
    skipped.add("charts");
    return;
  }
  for (const chart of missing) addChart(worksheet, chart);
}

export interface WorkbookSummary {
  tracker: {
    sheet: string;
    language: Language;
    /** Schema columns the table lacks (an upgrade adds them). */
    missing: string[];
    upToDate: boolean;
    rows: number;
  } | null;
  sheets: { name: string; rows: number; columns: number }[];
  metadataProblem: string | null;
}

/** What the Set up section shows: is there a tracker, is it up to date, which sheets could be adopted. Three requests. */
export async function describeWorkbook(host: ExcelHost): Promise<WorkbookSummary> {
  requireExcel(host);
  return host.run(async (context) => {
    const state = await inspectWorkbook(context);
    const used = state.sheetNames.map((name) =>
      context.workbook.worksheets
        .getItem(name)
        .getUsedRangeOrNullObject(true)
        .load("rowIndex,rowCount,columnCount")
    );
    await context.sync();
    const sheets = state.sheetNames.map((name, i) => ({
      name,
      rows: used[i].isNullObject ? 0 : used[i].rowCount,
      columns: used[i].isNullObject ? 0 : used[i].columnCount,
    }));
    if (!state.tracker) return { tracker: null, sheets, metadataProblem: state.metadataProblem };
    const language = state.metadata?.language ?? languageOfHeaders(state.tracker.headers, "en");
    const upgradePlan = planUpgrade(state.tracker.headers, state.metadata, language);
    // A table keeps at least one data row, blank in a new tracker: rows after the sheet's last value hold no recommendation.
    const trackerUsed = used[state.sheetNames.indexOf(state.tracker.sheet)];
    const lastFilled =
      !trackerUsed || trackerUsed.isNullObject
        ? state.tracker.headerRow
        : trackerUsed.rowIndex + trackerUsed.rowCount - 1;
    const rows = Math.max(
      0,
      Math.min(state.tracker.rowCount, lastFilled - state.tracker.headerRow)
    );
    return {
      tracker: {
        sheet: state.tracker.sheet,
        language,
        missing: upgradePlan.missing.map((column) => column.header),
        upToDate: upgradePlan.upToDate,
        rows,
      },
      sheets,
      metadataProblem: state.metadataProblem,
    };
  });
}

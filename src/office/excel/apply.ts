/**
 * Apply the tracker plan to the open workbook: build a new tracker, or bring
 * an existing one up to the schema without touching a cell the user wrote.
 * Both take the same number of requests whatever the number of rows: two to
 * read the workbook's structure, one to write (plus one per further 3 MB of
 * rows when a new tracker is filled with data, as adopting a sheet does).
 */
import { columnLetter } from "../../core/schema/a1";
import { localDate } from "../../core/schema/dates";
import { ColumnKey, TABLE_ORDER, TRACKER_COLUMNS } from "../../core/schema/columns";
import type { MetadataProblem } from "../../core/schema/customxml";
import { frozenColumns } from "../../core/schema/layout";
import type { CellValue, Language, SheetPlan, WorkbookPlan } from "../../core/schema/plan";
import type { DashboardData } from "../../core/schema/dashboard";
import { locateColumns, planUpgrade } from "../../core/schema/upgrade";
import { HISTORY_COLUMN_BY_KEY, type HistoryKey } from "../../core/schema/history";
import { newListWords, VOCABULARIES, VocabularyKey } from "../../core/schema/vocabularies";
import { buildWorkbookPlan, FOLLOW_UP_TABLE, LIST_ORDER } from "../../core/schema/workbook-plan";
import { dashboardData } from "../../core/tracker/dashboard";
import { followUpList, followUpRows } from "../../core/tracker/followup";
import { historyFigures } from "../../core/tracker/figures";
import { columnToEnd, relocateColumnRefs, relocateListSource } from "./batch";
import { DashboardInput, queueDashboardRefresh } from "./dashboard";
import { historyFrom, queueHistory } from "./import";
import { readRowsOf } from "./read";
import { ExcelHost, Feature, requireExcel, supports } from "./host";
import {
  hasHistory,
  historyTableOf,
  hasStakeholders,
  inspectWorkbook,
  requireWritable,
  WorkbookState,
} from "./inspect";
import { locateHistoryColumns } from "../../core/tracker/history";
import { freeSheetNames, schemaIndex } from "../../core/tracker/plan-inputs";
import { languageOfSheet } from "../../core/tracker/sheet-language";
import {
  addConditionalFormat,
  applyFreeze,
  applyPrint,
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
  /** Today (ISO), for the Follow-up list an upgrade rebuilds; the computer's date by default. */
  today?: string;
  /**
   * Upgrading: also move the table's columns into the order by task (the
   * user's choice; their own formulas may point at cells by position).
   * Needs ExcelApi 1.9; without it the columns stay where they are.
   */
  reorder?: boolean;
  /** The most key recommendations per report, kept in the tracker (null: no limit); absent: an existing tracker keeps its own. */
  keyLimit?: number | null;
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
  /** Why the metadata part could not be read, by its code; the headers were used instead (and the part rewritten). */
  metadataProblem: MetadataProblem | null;
  /** The columns were put in the order by task (the user asked for it). */
  reordered: boolean;
  /** The Follow-up history sheet (schema v2) this created or added, or null. */
  history?: string | null;
}

export async function applyTracker(host: ExcelHost, options: ApplyOptions): Promise<ApplyResult> {
  requireExcel(host);
  return host.run(async (context) => {
    // The workbook's names come with the structure: the reply-deadline setting, for the figures.
    const names = context.workbook.names.load("items/name,items/formula");
    const state = await inspectWorkbook(context);
    return state.tracker
      ? upgrade(context, host, state, names, options)
      : create(context, host, state, options);
  });
}

/** The workbook names a sheet defines on its cells (the reply-deadline setting). */
function addNames(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: SheetPlan
): void {
  for (const name of sheet.names ?? [])
    context.workbook.names.add(name.name, worksheet.getRange(name.address));
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
  /** The most key recommendations per report, kept in the tracker's metadata (null or absent: no limit). */
  keyLimit?: number | null;
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
    // The block of figures from the history and its chart, there from the start (empty until events are recorded).
    dashboard: {
      sections: {},
      ...options.dashboard,
      figures:
        options.dashboard?.figures ??
        historyFigures([], {
          today: localDate(new Date()),
          language: options.language,
          history: [],
        }),
    },
    sheetNames,
    keyLimit: options.keyLimit,
  });
  const skipped = new Set<Feature>();
  const deferred: Deferred = [];
  const worksheets = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets) {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    worksheets.set(sheet.key, worksheet);
    const written = writeSheet(worksheet, sheet, host, deferred, skipped);
    addNames(context, worksheet, sheet);
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
    reordered: false,
    history: plan.sheets.find((sheet) => sheet.key === "history")?.name ?? null,
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

/** Whether a table's schema columns already follow the order by task (extra columns anywhere). */
export function inTaskOrder(
  headers: readonly string[],
  metadata: WorkbookState["metadata"]
): boolean {
  const { found } = locateColumns(headers, metadata);
  const positions = TABLE_ORDER.filter((key) => found.has(key)).map(
    (key) => found.get(key) as number
  );
  return positions.every((position, i) => i === 0 || position > positions[i - 1]);
}

/**
 * Brings an existing tracker up to the schema and to the way a new one
 * looks, without changing a value the user wrote: missing columns are
 * added (at the right end, or in their place when the user chose the order
 * by task), rules (validation, the attention colours) are put back on the
 * schema columns wherever they are, number formats restored below the data
 * and on the new columns (the score column shows whole numbers), the text
 * frozen beside the header when it sits near the left, print settings,
 * rows fitted to their text; the Follow-up and Dashboard sheets rebuilt
 * from the rows.
 */
async function upgrade(
  context: Excel.RequestContext,
  host: ExcelHost,
  state: WorkbookState,
  names: Excel.NamedItemCollection,
  options: ApplyOptions
): Promise<ApplyResult> {
  const tracker = state.tracker as NonNullable<WorkbookState["tracker"]>;
  requireWritable(
    state,
    [
      tracker.sheet,
      ...[...state.lists.values()].map((list) => list.sheet),
      state.dashboard?.sheet,
      state.followUpSheet,
    ],
    state.lists.size === 0 ||
      !state.dashboard ||
      !state.followUpSheet ||
      !hasHistory(state) ||
      !hasStakeholders(state)
  );
  // Schema v2: the History (its header, events and the reply-deadline setting), read with the rows'
  // first request: the header finds its column of event kinds, whose drop-down is written again with
  // the schema's kinds (new kinds, strategies); the events give the Dashboard's figures.
  const historyTable = historyTableOf(state);
  const historyLoads = queueHistory(context, state, names, true);
  const historyHeader =
    historyTable && historyLoads && supports(host, "validation") ? historyLoads.header : null;
  // The rows, for the Dashboard's labels and the Follow-up list (one request per block).
  const snapshot = await readRowsOf(context, state, options.progress);
  const history = await historyFrom(context, historyLoads);
  const records = snapshot.rows.map((row) => row.values);
  const language = state.metadata?.language ?? languageOfSheet(tracker.headers);
  const upgradePlan = planUpgrade(
    tracker.headers,
    state.metadata,
    language,
    options.keyLimit,
    hasHistory(state),
    hasStakeholders(state)
  );
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const column of upgradePlan.present) headers[column.key as ColumnKey] = column.header;
  for (const column of upgradePlan.missing) headers[column.key as ColumnKey] = column.header;
  const anyList = [...state.lists.values()][0];
  const sheetNames = freeSheetNames(language, state.sheetNames, {
    recommendations: tracker.sheet,
    lists: anyList?.sheet,
    dashboard: state.dashboard?.sheet,
    followUp: state.followUpSheet ?? undefined,
  });
  const today = options.today ?? localDate(new Date());
  // The figures from the history and their chart; a tracker of schema v1 gets its (empty) History now.
  const figures = historyFigures(records, {
    today,
    language,
    replyDays: history.replyDays,
    history: history.rows,
  });
  const listItems: Partial<Record<VocabularyKey, string[]>> = {};
  for (const [key, list] of state.lists) listItems[key] = list.items;
  const plan = buildWorkbookPlan({
    language,
    headers,
    sheetNames,
    followUpRows: followUpRows(followUpList(records, { today }), language),
    // A Dashboard the workbook lacks is written whole, with the data's labels and the figures.
    dashboard: { ...dashboardData(records, listItems, language), figures },
  });
  const sheetPlan = (key: SheetPlan["key"]) =>
    plan.sheets.find((sheet) => sheet.key === key) as SheetPlan;
  const skipped = new Set<Feature>();
  const deferred: Deferred = [];
  const scope: UpgradeScope = { context, host, state, deferred, skipped };
  const workbook = context.workbook;
  const worksheet = workbook.worksheets.getItem(tracker.sheet);
  const table = workbook.tables.getItem(tracker.table);
  const recommendations = sheetPlan("recommendations");
  const planColumn = (key: ColumnKey) => recommendations.tables[0].columns[schemaIndex(key)];
  const planWidth = (key: ColumnKey) => recommendations.columnWidths[schemaIndex(key)];

  // The table's headers in order as they will be: moved into the order by task if asked, missing ones added.
  const order = [...tracker.headers];
  const reorder = Boolean(options.reorder) && supports(host, "reorder");
  if (options.reorder && !reorder) skipped.add("reorder");
  if (reorder) {
    const extras = upgradePlan.extra.map((column) => column.header);
    const target = [...TABLE_ORDER.map((key) => headers[key] as string), ...extras];
    target.forEach((header, i) => {
      if (order[i] === header) return;
      const at = order.indexOf(header);
      if (at < 0) {
        addColumn(table, i, header, planColumn(key(header)).numberFormat);
        order.splice(i, 0, header);
        return;
      }
      // Moved with Paste All (values, formulas, formats, links), then the old column goes.
      const moving = `${MOVING}${i}`;
      const added = table.columns.add(i, undefined, moving);
      added.getDataBodyRange().copyFrom(table.columns.getItem(header).getDataBodyRange(), "All");
      table.columns.getItem(header).delete();
      added.name = header;
      order.splice(at, 1);
      order.splice(i, 0, header);
    });
  } else {
    for (const column of upgradePlan.missing) {
      addColumn(table, undefined, column.header, planColumn(column.key as ColumnKey).numberFormat);
      order.push(column.header);
    }
  }
  function key(header: string): ColumnKey {
    return (Object.keys(headers) as ColumnKey[]).find((k) => headers[k] === header) as ColumnKey;
  }

  // Where each schema column is now (0-based sheet column), by the schema's index in the plan.
  const columnOf = new Map<number, number>();
  for (const k of Object.keys(headers) as ColumnKey[]) {
    const at = order.indexOf(headers[k] as string);
    if (at >= 0) columnOf.set(schemaIndex(k), tracker.firstColumn + at);
  }
  const sheetColumn = (k: ColumnKey) => columnOf.get(schemaIndex(k)) as number;
  const firstDataRow = tracker.headerRow + 2;
  const afterData = tracker.headerRow + 1 + tracker.rowCount + 1;
  const addedKeys = new Set(upgradePlan.missing.map((column) => column.key));
  for (const k of Object.keys(headers) as ColumnKey[]) {
    const width = planWidth(k);
    // Moved and new columns take the plan's width; a column may land where a hidden one was.
    if (reorder || addedKeys.has(k))
      setColumnWidth(worksheet, columnLetter(sheetColumn(k)), width.width, width.hidden ?? false);
  }
  // Formats for the rows the user will add, below the data; existing cells keep theirs, except
  // the score, whose "6.0" becomes "6" (a display change, the value stays).
  for (const k of Object.keys(headers) as ColumnKey[]) {
    setAll(
      worksheet.getRange(columnToEnd(sheetColumn(k), afterData)),
      "numberFormat",
      planColumn(k).numberFormat
    );
  }
  if (tracker.rowCount > 0)
    setAll(
      worksheet.getRangeByIndexes(
        tracker.headerRow + 1,
        sheetColumn("smartScore"),
        tracker.rowCount,
        1
      ),
      "numberFormat",
      planColumn("smartScore").numberFormat
    );
  // The text frozen beside the header when the columns before it leave room for the rest.
  const textAt = sheetColumn("text");
  const widthsUpToText = order.slice(0, textAt - tracker.firstColumn + 1).map((header) => {
    const k = key(header);
    return k ? planWidth(k).width : 18;
  });
  const frozen = tracker.firstColumn === 0 ? frozenColumns(widthsUpToText) : 0;
  applyFreeze(worksheet, { rows: tracker.headerRow + 1, columns: frozen });
  if (supports(host, "print")) {
    applyPrint(worksheet, {
      ...(recommendations.print as NonNullable<SheetPlan["print"]>),
      titleRows: { first: tracker.headerRow + 1, last: tracker.headerRow + 1 },
    });
  } else skipped.add("print");
  // Rows as tall as their wrapped text.
  for (const k of Object.keys(headers) as ColumnKey[])
    if (planColumn(k).wrap)
      worksheet.getRange(columnToEnd(sheetColumn(k), firstDataRow)).format.wrapText = true;
  worksheet
    .getRangeByIndexes(tracker.headerRow, tracker.firstColumn, tracker.rowCount + 1, order.length)
    .format.autofitRows();

  // Lists first: the drop-downs point at them.
  const lists = upgradeLists(scope, sheetPlan("lists"));
  if (supports(host, "validation")) {
    for (const validation of recommendations.validations) {
      const k = validation.tableColumn?.columnKey as ColumnKey | undefined;
      const column = k ? columnOf.get(schemaIndex(k)) : columnOf.get(rangeColumn(validation.range));
      if (column === undefined) continue;
      let source: string | undefined;
      if (validation.type === "list") {
        const vocab = TRACKER_COLUMNS[schemaIndex(k as ColumnKey)].vocabulary as VocabularyKey;
        const actual = lists.get(vocab);
        if (actual) {
          source = relocateListSource(
            validation.source,
            { sheet: sheetPlan("lists").name, column: LIST_ORDER.indexOf(vocab) },
            actual
          );
        }
      }
      applyValidation(worksheet.getRange(columnToEnd(column, firstDataRow)), validation, source);
    }
  } else skipped.add("validation");
  {
    // Our rules are put back rather than piled up: each ruled column is cleared once (the old
    // palette, which coloured "Not started", goes with it).
    const cleared = new Set<number>();
    for (const key of ["status", "deadline", "accepted"] as ColumnKey[]) {
      const column = columnOf.get(schemaIndex(key));
      if (column === undefined || cleared.has(column)) continue;
      worksheet.getRange(columnToEnd(column, firstDataRow)).conditionalFormats.clearAll();
      cleared.add(column);
    }
    for (const format of recommendations.conditionalFormats) {
      const column = columnOf.get(rangeColumn(format.range));
      if (column === undefined) continue;
      addConditionalFormat(
        worksheet.getRange(columnToEnd(column, firstDataRow)),
        format,
        relocateColumnRefs(format.formula, columnOf, firstDataRow)
      );
    }
  }

  upgradeFollowUp(scope, sheetPlan("followUp"));
  if (upgradePlan.addsHistory) {
    // Schema v2: the History sheet added whole (no existing cell changes); its drop-downs use the workbook's lists.
    const history = sheetPlan("history");
    const validations = history.validations.map((validation) => {
      if (validation.type !== "list" || !validation.source.startsWith("=")) return validation;
      const key = validation.tableColumn?.columnKey as HistoryKey;
      const vocab = HISTORY_COLUMN_BY_KEY.get(key)?.vocabulary as VocabularyKey;
      const actual = lists.get(vocab);
      return actual
        ? {
            ...validation,
            source: relocateListSource(
              validation.source,
              { sheet: sheetPlan("lists").name, column: LIST_ORDER.indexOf(vocab) },
              actual
            ),
          }
        : validation;
    });
    addNames(context, addSheet(scope, { ...history, validations }), history);
  } else if (historyTable && historyHeader) {
    refreshKindRule(context, historyTable.sheet, historyHeader, sheetPlan("history"));
  }
  // The Stakeholders sheet and the power-interest grid (its chart with it), added whole.
  if (upgradePlan.addsStakeholders)
    for (const key of ["stakeholders", "stakeholderGrid"] as const) addSheet(scope, sheetPlan(key));
  upgradeDashboard(scope, sheetPlan("dashboard"), {
    language,
    headers,
    records,
    figures,
  });
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
    reordered: reorder,
    history: upgradePlan.addsHistory ? sheetPlan("history").name : null,
  };
}

/**
 * The History's drop-down of event kinds written again as the schema has
 * them (a tracker made before a kind was added, such as the strategies),
 * on its column found by header in any language. Left as it is when the
 * header was not read (no row was read) or the column was renamed.
 */
function refreshKindRule(
  context: Excel.RequestContext,
  sheet: string,
  header: Excel.Range,
  plan: SheetPlan
): void {
  let headerRow: unknown[];
  let origin: { row: number; column: number };
  try {
    headerRow = (header.values[0] ?? []) as unknown[];
    origin = { row: header.rowIndex, column: header.columnIndex };
  } catch {
    return;
  }
  const at = locateHistoryColumns(headerRow.map((cell) => String(cell ?? ""))).get("kind");
  const rule = plan.validations.find((validation) => validation.tableColumn?.columnKey === "kind");
  if (at === undefined || !rule) return;
  // The whole column below the header, as a new tracker has it, so rows added later keep it.
  applyValidation(
    context.workbook.worksheets
      .getItem(sheet)
      .getRange(columnToEnd(origin.column + at, origin.row + 2)),
    rule
  );
}

/** A temporary header while a column moves (a table's headers must differ). */
const MOVING = "Moving column ";

function addColumn(
  table: Excel.Table,
  index: number | undefined,
  header: string,
  numberFormat: string
): void {
  const added = table.columns.add(index, undefined, header);
  setAll(added.getDataBodyRange(), "numberFormat", numberFormat);
}

/** What each sheet's upgrade works in: the request, the host, the workbook as inspected, the writes deferred and the features skipped. */
interface UpgradeScope {
  context: Excel.RequestContext;
  host: ExcelHost;
  state: WorkbookState;
  deferred: Deferred;
  skipped: Set<Feature>;
}

/** The plan written as a new sheet of the workbook. */
function addSheet(scope: UpgradeScope, plan: SheetPlan): Excel.Worksheet {
  const added = scope.context.workbook.worksheets.add(plan.name);
  writeSheet(added, plan, scope.host, scope.deferred, scope.skipped);
  return added;
}

/** The Follow-up sheet rebuilt as the plan has it (its table, title, note, print settings); added when missing. */
function upgradeFollowUp(scope: UpgradeScope, plan: SheetPlan): void {
  const { context, host, state, deferred } = scope;
  if (!state.followUpSheet) {
    addSheet(scope, plan);
    return;
  }
  const worksheet = context.workbook.worksheets.getItem(state.followUpSheet);
  const table = context.workbook.tables.getItem(FOLLOW_UP_TABLE);
  table.getRange().clear("Contents");
  table.delete();
  writeTable(worksheet, plan.tables[0], deferred);
  for (const cell of plan.cells) writeCell(worksheet, cell);
  for (const width of plan.columnWidths) setColumnWidth(worksheet, width.column, width.width);
  if (plan.freeze) applyFreeze(worksheet, plan.freeze);
  if (plan.print && supports(host, "print")) applyPrint(worksheet, plan.print);
}

/**
 * Keeps the NPM's own entries in the Lists tables and adds the schema's
 * entries they lack; builds the Lists sheet (or a missing table) when absent.
 * Returns where each list is, for the drop-downs.
 */
function upgradeLists(
  scope: UpgradeScope,
  plan: SheetPlan
): Map<VocabularyKey, { sheet: string; column: number; firstDataRow: number }> {
  const { state, deferred } = scope;
  const where = new Map<VocabularyKey, { sheet: string; column: number; firstDataRow: number }>();
  const workbook = scope.context.workbook;
  if (state.lists.size === 0) {
    addSheet(scope, plan);
    return where;
  }
  const listsSheet = workbook.worksheets.getItem(plan.name);
  let nextFree = Math.max(...[...state.lists.values()].map((list) => list.column)) + 2;
  for (const tablePlan of plan.tables) {
    const key = tablePlan.columns[0].key as VocabularyKey;
    const existing = state.lists.get(key);
    if (existing) {
      const missing = newListWords(
        existing.items,
        tablePlan.rows.map((row) => String(row[0]))
      );
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

/** The Dashboard is the add-in's: its planned cells are rewritten with the data's labels (columns A to H), the user's other cells stay. */
function upgradeDashboard(scope: UpgradeScope, plan: SheetPlan, input: DashboardInput): void {
  const { context, host, state, skipped } = scope;
  if (!state.dashboard) {
    addSheet(scope, plan);
    return;
  }
  queueDashboardRefresh(context, host, state, input, skipped);
  if (plan.print && supports(host, "print"))
    applyPrint(context.workbook.worksheets.getItem(state.dashboard.sheet), plan.print);
}

export interface WorkbookSummary {
  tracker: {
    sheet: string;
    language: Language;
    /** Schema columns the table lacks (an upgrade adds them). */
    missing: string[];
    upToDate: boolean;
    rows: number;
    /** The columns follow the order by task (an upgrade may offer to move them there). */
    inTaskOrder: boolean;
    /** The tracker has the History sheet (schema v2); without it an upgrade adds it. */
    history: boolean;
    /** The tracker has the Stakeholders sheet; without it an upgrade adds it and the power-interest grid. */
    stakeholders?: boolean;
    /** The most key recommendations per report the tracker keeps (null: no limit). */
    keyLimit: number | null;
  } | null;
  sheets: { name: string; rows: number; columns: number }[];
  /** The Dashboard sheet of ours, where the workbook has one. */
  dashboard: string | null;
  /** Why the tracker part could not be read, by its code (the pane words it), or null. */
  metadataProblem: MetadataProblem | null;
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
    const dashboard = state.dashboard?.sheet ?? null;
    if (!state.tracker)
      return { tracker: null, sheets, dashboard, metadataProblem: state.metadataProblem };
    const language = state.metadata?.language ?? languageOfSheet(state.tracker.headers);
    const upgradePlan = planUpgrade(
      state.tracker.headers,
      state.metadata,
      language,
      undefined,
      hasHistory(state),
      hasStakeholders(state)
    );
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
        inTaskOrder: inTaskOrder(state.tracker.headers, state.metadata),
        history: hasHistory(state),
        stakeholders: hasStakeholders(state),
        keyLimit: state.metadata?.keyLimit ?? null,
      },
      sheets,
      dashboard,
      metadataProblem: state.metadataProblem,
    };
  });
}

import { address, columnLetter, LAST_ROW, sheetRef, tableColumnRef } from "./a1";
import {
  COLUMN_BY_KEY,
  ColumnDef,
  ColumnKey,
  RECOMMENDATIONS_TABLE,
  SCHEMA_VERSION,
  TABLE_ORDER,
} from "./columns";
import { metadataPart, TrackerMetadata } from "./customxml";
import { buildDashboardSheet, DashboardData } from "./dashboard";
import {
  HISTORY_COLUMNS,
  HISTORY_HEADER_ROW,
  HISTORY_TABLE,
  REPLY_DAYS_CELL,
  REPLY_DAYS_NAME,
} from "./history";
import { frozenColumns, rowHeight } from "./layout";
import { stakeholderGridSheet, stakeholdersSheet } from "./stakeholders";
import type {
  CellPlan,
  CellValue,
  ConditionalFormatPlan,
  Language,
  PrintPlan,
  SheetKey,
  SheetPlan,
  TableColumnPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "./plan";
import { PLAN_TEXTS, type PlanTexts } from "./texts";
import {
  newListWords,
  VOCABULARIES,
  Vocabulary,
  VocabularyKey,
  vocabularyLabel,
} from "./vocabularies";

export interface PlanOptions {
  language: Language;
  /** Headers to use instead of the schema's (a tracker whose headers the user renamed). */
  headers?: Partial<Record<ColumnKey, string>>;
  /**
   * Order of the schema columns in the table (an existing tracker keeps its
   * own); TABLE_ORDER by default.
   */
  order?: readonly ColumnKey[];
  /** Data rows of the Recommendations table, schema columns (in `order`) then extra columns, as cell values (dates as serials). */
  rows?: CellValue[][];
  /** Headers of the user's own columns, kept after the schema columns. */
  extraColumns?: string[];
  /** Entries to add to the extendable lists (values found in the data). */
  listExtras?: Partial<Record<VocabularyKey, string[]>>;
  /** Rows of the Follow-up table (see followUpRows in src/core/tracker). */
  followUpRows?: CellValue[][];
  /** The Dashboard's labels as the data orders them (src/core/tracker/dashboard.ts); the lists' order without. */
  dashboard?: DashboardData;
  /** Sheet names to use instead of the language's (when the workbook already has a sheet of that name). */
  sheetNames?: Partial<Record<SheetKey, string>>;
  /**
   * The workbook has (or gets) the History sheet of schema v2: its sheet, its
   * list of event kinds and the Dashboard's count of replies overdue are
   * planned. False describes a tracker of schema v1 (true by default).
   */
  history?: boolean;
  /** Rows of the History table (see historyRows in src/core/tracker/history.ts). */
  historyRows?: CellValue[][];
  /** The reply-deadline setting, days from the report date; null or absent: none set. */
  replyDays?: number | null;
  /** Columns the tracker's table lacks (not yet upgraded): the Dashboard leaves out what counts them. */
  missingColumns?: readonly ColumnKey[];
  /** The most key recommendations per report, kept in the metadata part; absent: no limit. */
  keyLimit?: number | null;
  /** The workbook has (or gets) the Stakeholders sheet and the power/interest grid's (true by default). */
  stakeholders?: boolean;
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

/**
 * Colour only for what needs attention (a passed deadline, a rejected or
 * not implemented recommendation); implemented is a quiet green; a new
 * tracker, all "Not started", has no colour at all.
 */
export const ATTENTION = { fill: "#FCE4D6", fontColor: "#9C0006" };
const DONE = { fill: "#E2EFDA" };

export function numberFormatFor(column: ColumnDef): string {
  if (column.kind === "date") return DATE_FORMAT;
  if (column.kind === "dateTime") return DATE_TIME_FORMAT;
  // The Double-SMART score counts criteria met: a whole number.
  if (column.kind === "score") return "0";
  return "@";
}

/** Whether a column's cells wrap their text (long texts). */
export function wrapsText(column: ColumnDef): boolean {
  return column.kind === "longText";
}

/** The Lists sheet column of each vocabulary, in order. */
export const LIST_ORDER: readonly VocabularyKey[] = [
  "status",
  "accepted",
  "yesNo",
  "type",
  "scope",
  "priority",
  "timeframe",
  "reasonNotImplemented",
  "place",
  "placeType",
  "authority",
  "theme",
  "groups",
];

export function listItems(vocab: Vocabulary, language: Language, extras: string[] = []): string[] {
  return newListWords(
    [],
    [...vocab.values.map((value) => value.labels[language]), ...(vocab.extendable ? extras : [])]
  );
}

/** Every list's entries as a new tracker's Lists sheet holds them: the schema's, then `extras` (values found in the data). */
export function planLists(
  language: Language,
  extras: Partial<Record<VocabularyKey, string[]>> = {}
): Record<VocabularyKey, string[]> {
  const out = {} as Record<VocabularyKey, string[]>;
  for (const key of LIST_ORDER) out[key] = listItems(VOCABULARIES[key], language, extras[key]);
  return out;
}

interface Context {
  language: Language;
  texts: (typeof PLAN_TEXTS)[Language];
  headers: Record<ColumnKey, string>;
  order: readonly ColumnKey[];
  listsSheet: string;
  lists: Map<VocabularyKey, { column: number; items: string[] }>;
}

function columnRef(ctx: Context, key: ColumnKey): string {
  return tableColumnRef(RECOMMENDATIONS_TABLE, ctx.headers[key]);
}

function quoteString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A list rule's source that names its values ("a,b,c"), for a list no table holds. */
export function literalList(values: readonly string[]): string {
  return values.map((value) => value.replace(/,/g, " ")).join(",");
}

function listSource(ctx: Context, key: VocabularyKey): string {
  const list = ctx.lists.get(key) as { column: number };
  const letter = columnLetter(list.column);
  const sheet = sheetRef(ctx.listsSheet);
  // OFFSET over the filled cells keeps the drop-down free of blank lines and follows the list when the NPM extends it.
  return `=OFFSET(${sheet}!$${letter}$2,0,0,MAX(1,COUNTA(${sheet}!$${letter}$2:$${letter}$${LAST_ROW})),1)`;
}

/** The order of a tracker table: the given one (keys of the schema, each once) or TABLE_ORDER. */
export function tableOrder(order?: readonly ColumnKey[]): readonly ColumnKey[] {
  if (!order) return TABLE_ORDER;
  const seen = new Set(order);
  if (
    seen.size !== order.length ||
    order.length !== TABLE_ORDER.length ||
    !TABLE_ORDER.every((key) => seen.has(key))
  )
    throw new Error("a table order must name every schema column once");
  return order;
}

/** Heights of the table's rows for the wrapped columns' texts (see layout.ts). */
export function tableRowHeights(
  columns: readonly { header: string; width: number; wrap?: boolean }[],
  rows: readonly (readonly CellValue[])[]
): { header: number; rows: number[] } {
  const wrapped = columns.map((column, index) => ({ ...column, index })).filter((c) => c.wrap);
  return {
    // Headers wrap too (a long translated header in a narrow column).
    header: rowHeight(columns.map((column) => ({ text: column.header, width: column.width }))),
    rows: rows.map((row) =>
      rowHeight(
        wrapped.map((column) => {
          const value = row[column.index];
          return { text: typeof value === "string" ? value : "", width: column.width };
        })
      )
    ),
  };
}

/** The table with its rows as tall as their wrapped text in columns of `widths`. */
function sizedTable(table: Omit<TablePlan, "rowHeights">, widths: readonly number[]): TablePlan {
  const sized = table.columns.map((column, index) => ({ ...column, width: widths[index] }));
  return { ...table, rowHeights: tableRowHeights(sized, table.rows) };
}

/** A sheet's title (A1) and the note below it (A2). */
function titleAndNote(title: string, note: string): CellPlan[] {
  return [
    { address: "A1", value: title, style: { bold: true, fontSize: 14 } },
    { address: "A2", value: note, style: { italic: true } },
  ];
}

/** Printed across, one page wide, the table's header on every page. */
function landscapeWithHeader(headerRow: number): PrintPlan {
  return {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow },
  };
}

/** A date column's rule: a date from 1950 on; anything else is warned about, not refused. */
function dateRule(
  range: string,
  tableColumn: ValidationPlan["tableColumn"],
  texts: PlanTexts
): ValidationPlan {
  return {
    type: "date",
    range,
    tableColumn,
    operator: "greaterThanOrEqual",
    formula1: "=DATE(1950,1,1)",
    allowBlank: true,
    errorStyle: "warning",
    errorTitle: texts.dateTitle,
    errorMessage: texts.dateMessage,
  };
}

function recommendationsSheet(ctx: Context, options: PlanOptions): SheetPlan {
  const extras = options.extraColumns ?? [];
  const schema = ctx.order.map((key) => COLUMN_BY_KEY.get(key) as ColumnDef);
  const columns: TableColumnPlan[] = [
    ...schema.map((column) => ({
      key: column.key,
      header: ctx.headers[column.key],
      numberFormat: numberFormatFor(column),
      wrap: wrapsText(column) || undefined,
    })),
    ...extras.map((header, index) => ({ key: `extra:${index}`, header, numberFormat: "@" })),
  ];
  const widths = [...schema.map((column) => column.width), ...extras.map(() => 18)];
  const rows = options.rows ?? [];
  const table = sizedTable(
    { name: RECOMMENDATIONS_TABLE, anchor: "A1", columns, rows, style: "TableStyleMedium2" },
    widths
  );
  const indexOf = (key: ColumnKey) => ctx.order.indexOf(key);
  const letterOf = (key: ColumnKey) => columnLetter(indexOf(key));
  const rangeOf = (key: ColumnKey) => `${letterOf(key)}2:${letterOf(key)}${LAST_ROW}`;
  const validations: ValidationPlan[] = [];
  for (const column of schema) {
    const tableColumn = { table: RECOMMENDATIONS_TABLE, columnKey: column.key };
    if (column.vocabulary) {
      const vocab = VOCABULARIES[column.vocabulary];
      validations.push({
        type: "list",
        range: rangeOf(column.key),
        tableColumn,
        source: listSource(ctx, column.vocabulary),
        allowBlank: true,
        // Extendable lists and several-value cells accept new words with a warning; fixed lists refuse them.
        errorStyle: vocab.extendable || column.kind === "multiList" ? "warning" : "stop",
        errorTitle: ctx.headers[column.key],
        errorMessage: ctx.texts.notInList,
        promptTitle: ctx.headers[column.key],
        prompt: ctx.texts.pickFromList,
      });
    } else if (column.kind === "date" || column.kind === "dateTime") {
      validations.push(dateRule(rangeOf(column.key), tableColumn, ctx.texts));
    } else if (column.kind === "score") {
      validations.push({
        type: "decimal",
        range: rangeOf(column.key),
        tableColumn,
        operator: "between",
        formula1: "0",
        formula2: "10",
        allowBlank: true,
        errorStyle: "stop",
        errorTitle: ctx.texts.scoreTitle,
        errorMessage: ctx.texts.scoreMessage,
      });
    }
  }
  const label = (vocab: VocabularyKey, key: string) =>
    quoteString(vocabularyLabel(vocab, key, ctx.language) as string);
  const s = `$${letterOf("status")}2`;
  const d = `$${letterOf("deadline")}2`;
  const a = `$${letterOf("accepted")}2`;
  const conditionalFormats: ConditionalFormatPlan[] = [
    {
      range: rangeOf("deadline"),
      formula: `=AND(ISNUMBER(${d}),${d}<TODAY(),${s}<>${label("status", "implemented")},${s}<>${label("status", "notImplemented")})`,
      format: { ...ATTENTION, bold: true },
      priority: 1,
      stopIfTrue: false,
      description: "overdue deadline",
    },
    {
      range: rangeOf("status"),
      formula: `=${s}=${label("status", "notImplemented")}`,
      format: ATTENTION,
      priority: 2,
      stopIfTrue: true,
      description: "status notImplemented",
    },
    {
      range: rangeOf("status"),
      formula: `=${s}=${label("status", "implemented")}`,
      format: DONE,
      priority: 3,
      stopIfTrue: true,
      description: "status implemented",
    },
    {
      range: rangeOf("accepted"),
      formula: `=${a}=${label("accepted", "rejected")}`,
      format: ATTENTION,
      priority: 4,
      stopIfTrue: true,
      description: "accepted rejected",
    },
  ];
  const textAt = indexOf("text");
  const frozen = frozenColumns(schema.slice(0, textAt + 1).map((column) => column.width));
  return {
    key: "recommendations",
    name: ctx.texts.sheets.recommendations,
    tables: [table],
    cells: [],
    columnWidths: widths.map((width, index) => ({
      column: columnLetter(index),
      width,
      // The add-in's time stamp is bookkeeping: out of the way, never deleted.
      hidden: (index < schema.length && schema[index].key === "updated") || undefined,
    })),
    freeze: { rows: 1, columns: frozen },
    validations,
    conditionalFormats,
    charts: [],
    tabColor: "#1F4E79",
    print: { orientation: "landscape", fitToWidth: true, titleRows: { first: 1, last: 1 } },
  };
}

function listsSheet(ctx: Context): SheetPlan {
  const tables: TablePlan[] = [];
  for (const [key, list] of ctx.lists) {
    const vocab = VOCABULARIES[key];
    tables.push({
      name: vocab.table,
      anchor: address(1, list.column),
      columns: [{ key, header: vocab.header[ctx.language], numberFormat: "@" }],
      rows: list.items.map((item) => [item]),
      style: "TableStyleLight9",
    });
  }
  return {
    key: "lists",
    name: ctx.listsSheet,
    tables,
    cells: [],
    columnWidths: [...ctx.lists.values()].map((list) => ({
      column: columnLetter(list.column),
      width: 26,
    })),
    freeze: { rows: 1, columns: 0 },
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}

export const FOLLOW_UP_TABLE = "FollowUp";
/** The Follow-up table's first columns: why a recommendation is listed, then its figure, each in a column saying what it counts. */
export const FOLLOW_UP_LEAD = ["reason", "daysOverdue", "daysLeft", "daysWaiting"] as const;
/** Tracker columns of the Follow-up table, after the lead columns. */
export const FOLLOW_UP_KEYS: readonly ColumnKey[] = [
  "ref",
  "key",
  "text",
  "report",
  "place",
  "authority",
  "deadline",
  "status",
  "verified",
  "staff",
  "id",
];
/** 1-based row of the Follow-up table's header (a title and a note above it). */
export const FOLLOW_UP_HEADER_ROW = 3;

function followUpSheet(ctx: Context, rows: CellValue[][]): SheetPlan {
  const t = ctx.texts;
  const lead: TableColumnPlan[] = [
    { key: "reason", header: t.followUpReason, numberFormat: "@" },
    { key: "daysOverdue", header: t.followUpDaysOverdue, numberFormat: "0" },
    { key: "daysLeft", header: t.followUpDaysLeft, numberFormat: "0" },
    { key: "daysWaiting", header: t.followUpDaysWaiting, numberFormat: "0" },
  ];
  const columns: TableColumnPlan[] = [
    ...lead,
    ...FOLLOW_UP_KEYS.map((key) => ({
      key,
      header: ctx.headers[key],
      numberFormat: numberFormatFor(COLUMN_BY_KEY.get(key) as ColumnDef),
      wrap: key === "text" || undefined,
    })),
    { key: "strategies", header: t.followUpStrategies, numberFormat: "@", wrap: true },
  ];
  const widthOf = (key: string) =>
    key === "reason"
      ? 22
      : key === "text"
        ? 60
        : key === "strategies"
          ? 40
          : key === "report"
            ? 20
            : lead.some((c) => c.key === key)
              ? 11
              : 14;
  const widths = columns.map((column) => widthOf(column.key));
  return {
    key: "followUp",
    name: t.sheets.followUp,
    tables: [
      sizedTable(
        {
          name: FOLLOW_UP_TABLE,
          anchor: `A${FOLLOW_UP_HEADER_ROW}`,
          columns,
          rows,
          style: "TableStyleLight2",
        },
        widths
      ),
    ],
    cells: [...titleAndNote(t.followUpTitle, t.followUpNote)],
    columnWidths: widths.map((width, index) => ({ column: columnLetter(index), width })),
    freeze: { rows: FOLLOW_UP_HEADER_ROW, columns: 0 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    tabColor: "#C65911",
    print: landscapeWithHeader(FOLLOW_UP_HEADER_ROW),
  };
}

/** The History sheet: a title, a note, the reply-deadline setting (a named cell), then the History table. */
function historySheet(ctx: Context, rows: CellValue[][], replyDays: number | null): SheetPlan {
  const t = ctx.texts;
  const columns: TableColumnPlan[] = HISTORY_COLUMNS.map((column) => ({
    key: column.key,
    header: column.headers[ctx.language],
    numberFormat: column.like ? numberFormatFor(COLUMN_BY_KEY.get(column.like) as ColumnDef) : "@",
    wrap: column.kind === "longText" || undefined,
  }));
  const widths = HISTORY_COLUMNS.map((column) => column.width);
  const first = HISTORY_HEADER_ROW + 1;
  const rangeOf = (index: number) =>
    `${columnLetter(index)}${first}:${columnLetter(index)}${LAST_ROW}`;
  const validations: ValidationPlan[] = [];
  HISTORY_COLUMNS.forEach((column, index) => {
    const tableColumn = { table: HISTORY_TABLE, columnKey: column.key };
    if (column.vocabulary && (ctx.lists.has(column.vocabulary) || column.key === "kind")) {
      validations.push({
        type: "list",
        range: rangeOf(index),
        tableColumn,
        // The event kinds are the schema's alone (not extendable): written in the rule itself, so
        // an upgrade adds the History sheet without touching the Lists sheet.
        source: ctx.lists.has(column.vocabulary)
          ? listSource(ctx, column.vocabulary)
          : literalList(VOCABULARIES[column.vocabulary].values.map((v) => v.labels[ctx.language])),
        allowBlank: true,
        errorStyle: "stop",
        errorTitle: column.headers[ctx.language],
        errorMessage: ctx.texts.notInList,
        promptTitle: column.headers[ctx.language],
        prompt: ctx.texts.pickFromList,
      });
    } else if (column.kind === "date" || column.kind === "dateTime") {
      validations.push(dateRule(rangeOf(index), tableColumn, t));
    }
  });
  validations.push({
    type: "wholeNumber",
    range: REPLY_DAYS_CELL,
    operator: "between",
    formula1: "0",
    formula2: "3650",
    allowBlank: true,
    errorStyle: "stop",
    errorTitle: t.replyDaysTitle,
    errorMessage: t.replyDaysMessage,
    promptTitle: t.replyDaysTitle,
    prompt: t.replyDaysMessage,
  });
  const settingRow = Number(/\d+$/.exec(REPLY_DAYS_CELL)?.[0]);
  return {
    key: "history",
    name: t.sheets.history,
    tables: [
      sizedTable(
        {
          name: HISTORY_TABLE,
          anchor: `A${HISTORY_HEADER_ROW}`,
          columns,
          rows,
          style: "TableStyleLight13",
        },
        widths
      ),
    ],
    cells: [
      ...titleAndNote(t.historyTitle, t.historyNote),
      { address: `A${settingRow}`, value: t.replyDaysLabel, style: { bold: true } },
      {
        address: REPLY_DAYS_CELL,
        value: replyDays,
        numberFormat: "0",
        style: { fill: "#FFF2CC", bold: true, horizontalAlignment: "center" },
      },
    ],
    columnWidths: widths.map((width, index) => ({
      column: columnLetter(index),
      width,
      // When the add-in wrote the row: bookkeeping, out of the way.
      hidden: HISTORY_COLUMNS[index].key === "recorded" || undefined,
    })),
    freeze: { rows: HISTORY_HEADER_ROW, columns: 0 },
    validations,
    conditionalFormats: [],
    charts: [],
    tabColor: "#7030A0",
    print: landscapeWithHeader(HISTORY_HEADER_ROW),
    names: [{ name: REPLY_DAYS_NAME, address: REPLY_DAYS_CELL }],
  };
}

export function metadataFor(
  language: Language,
  headers: Record<ColumnKey, string>,
  keyLimit?: number | null,
  history = true
): TrackerMetadata {
  return {
    // A tracker without the History sheet is of schema v1, whatever wrote it.
    schemaVersion: history ? SCHEMA_VERSION : 1,
    language,
    table: RECOMMENDATIONS_TABLE,
    headers: { ...headers },
    ...(keyLimit ? { keyLimit } : {}),
  };
}

/** The schema columns a tracker's table does not have, from the headers found for each key. */
export function columnsMissingFrom(headers: Partial<Record<ColumnKey, string>>): ColumnKey[] {
  return [...COLUMN_BY_KEY.keys()].filter((key) => headers[key] === undefined);
}

export function resolvedHeaders(
  language: Language,
  overrides: Partial<Record<ColumnKey, string>> = {}
): Record<ColumnKey, string> {
  const headers = {} as Record<ColumnKey, string>;
  for (const [key, column] of COLUMN_BY_KEY)
    headers[key] = overrides[key]?.trim() || column.headers[language];
  return headers;
}

/** The whole tracker workbook for one language, ready for an adapter to apply. */
export function buildWorkbookPlan(options: PlanOptions): WorkbookPlan {
  const language = options.language;
  const base = PLAN_TEXTS[language];
  const texts = { ...base, sheets: { ...base.sheets, ...options.sheetNames } };
  const history = options.history ?? true;
  const items = planLists(language, options.listExtras);
  const lists = new Map<VocabularyKey, { column: number; items: string[] }>();
  LIST_ORDER.forEach((key, index) => lists.set(key, { column: index, items: items[key] }));
  const ctx: Context = {
    language,
    texts,
    headers: resolvedHeaders(language, options.headers),
    order: tableOrder(options.order),
    listsSheet: texts.sheets.lists,
    lists,
  };
  return {
    schemaVersion: history ? SCHEMA_VERSION : 1,
    language,
    sheets: [
      recommendationsSheet(ctx, options),
      buildDashboardSheet(
        {
          language,
          texts,
          lists,
          columnRef: (key) => columnRef(ctx, key),
          has: (key) => !options.missingColumns?.includes(key),
        },
        { sections: {}, ...options.dashboard, replyDeadline: history },
        texts.sheets.dashboard
      ),
      followUpSheet(ctx, options.followUpRows ?? []),
      ...(history ? [historySheet(ctx, options.historyRows ?? [], options.replyDays ?? null)] : []),
      ...(options.stakeholders === false
        ? []
        : [
            stakeholdersSheet(language, texts.sheets.stakeholders),
            stakeholderGridSheet(language, texts.sheets.stakeholderGrid),
          ]),
      listsSheet(ctx),
    ],
    customXml: metadataPart(metadataFor(language, ctx.headers, options.keyLimit, history)),
    activeSheet: "recommendations",
  };
}

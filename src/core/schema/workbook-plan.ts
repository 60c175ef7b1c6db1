import { address, columnLetter, LAST_ROW, sheetRef, tableColumnRef } from "./a1";
import {
  COLUMN_BY_KEY,
  ColumnDef,
  ColumnKey,
  RECOMMENDATIONS_TABLE,
  SCHEMA_VERSION,
  TRACKER_COLUMNS,
} from "./columns";
import { metadataPart, TrackerMetadata } from "./customxml";
import type {
  CellPlan,
  CellValue,
  ChartPlan,
  ConditionalFormatPlan,
  Language,
  SheetKey,
  SheetPlan,
  TableColumnPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "./plan";
import { PLAN_TEXTS } from "./texts";
import { VOCABULARIES, Vocabulary, VocabularyKey, vocabularyLabel } from "./vocabularies";

export interface PlanOptions {
  language: Language;
  /** Headers to use instead of the schema's (a tracker whose headers the user renamed). */
  headers?: Partial<Record<ColumnKey, string>>;
  /** Data rows of the Recommendations table, schema columns then extra columns, as cell values (dates as serials). */
  rows?: CellValue[][];
  /** Headers of the user's own columns, kept after the schema columns. */
  extraColumns?: string[];
  /** Entries to add to the extendable lists (values found in the data). */
  listExtras?: Partial<Record<VocabularyKey, string[]>>;
  /** Rows of the Follow-up table (see followUpRows in src/core/tracker). */
  followUpRows?: CellValue[][];
  /** Sheet names to use instead of the language's (when the workbook already has a sheet of that name). */
  sheetNames?: Partial<Record<SheetKey, string>>;
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
/** How many rows the Dashboard gives an extendable list (addressees, themes...). */
const MIN_LIST_ROWS = 15;
const YEAR_ROWS = 15;

const STATUS_COLOURS: Record<string, string> = {
  notStarted: "#F4CCCC",
  inProgress: "#FFF2CC",
  partiallyImplemented: "#FCE5CD",
  implemented: "#D9EAD3",
  notImplemented: "#E06666",
};

export function numberFormatFor(column: ColumnDef): string {
  if (column.kind === "date") return DATE_FORMAT;
  if (column.kind === "dateTime") return DATE_TIME_FORMAT;
  if (column.kind === "score") return "0.0";
  return "@";
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

function dedupeFold(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    const folded = trimmed.toLowerCase();
    if (trimmed && !seen.has(folded)) {
      seen.add(folded);
      out.push(trimmed);
    }
  }
  return out;
}

export function listItems(vocab: Vocabulary, language: Language, extras: string[] = []): string[] {
  return dedupeFold([
    ...vocab.values.map((value) => value.labels[language]),
    ...(vocab.extendable ? extras : []),
  ]);
}

interface Context {
  language: Language;
  texts: (typeof PLAN_TEXTS)[Language];
  headers: Record<ColumnKey, string>;
  listsSheet: string;
  lists: Map<VocabularyKey, { column: number; items: string[] }>;
}

function columnRef(ctx: Context, key: ColumnKey): string {
  return tableColumnRef(RECOMMENDATIONS_TABLE, ctx.headers[key]);
}

function quoteString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function listSource(ctx: Context, key: VocabularyKey): string {
  const list = ctx.lists.get(key) as { column: number };
  const letter = columnLetter(list.column);
  const sheet = sheetRef(ctx.listsSheet);
  // OFFSET over the filled cells keeps the drop-down free of blank lines and follows the list when the NPM extends it.
  return `=OFFSET(${sheet}!$${letter}$2,0,0,MAX(1,COUNTA(${sheet}!$${letter}$2:$${letter}$${LAST_ROW})),1)`;
}

function recommendationsSheet(ctx: Context, options: PlanOptions): SheetPlan {
  const extras = options.extraColumns ?? [];
  const columns: TableColumnPlan[] = [
    ...TRACKER_COLUMNS.map((column) => ({
      key: column.key,
      header: ctx.headers[column.key],
      numberFormat: numberFormatFor(column),
      wrap: column.kind === "longText" || undefined,
    })),
    ...extras.map((header, index) => ({ key: `extra:${index}`, header, numberFormat: "@" })),
  ];
  const table: TablePlan = {
    name: RECOMMENDATIONS_TABLE,
    anchor: "A1",
    columns,
    rows: options.rows ?? [],
    style: "TableStyleMedium2",
  };
  const letterOf = (key: ColumnKey) =>
    columnLetter(TRACKER_COLUMNS.findIndex((column) => column.key === key));
  const rangeOf = (key: ColumnKey) => `${letterOf(key)}2:${letterOf(key)}${LAST_ROW}`;
  const validations: ValidationPlan[] = [];
  for (const column of TRACKER_COLUMNS) {
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
      validations.push({
        type: "date",
        range: rangeOf(column.key),
        tableColumn,
        operator: "greaterThanOrEqual",
        formula1: "=DATE(1950,1,1)",
        allowBlank: true,
        errorStyle: "warning",
        errorTitle: ctx.texts.dateTitle,
        errorMessage: ctx.texts.dateMessage,
      });
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
  const status = (key: string) =>
    quoteString(vocabularyLabel("status", key, ctx.language) as string);
  const s = `$${letterOf("status")}2`;
  const d = `$${letterOf("deadline")}2`;
  const conditionalFormats: ConditionalFormatPlan[] = [
    {
      range: rangeOf("deadline"),
      formula: `=AND(ISNUMBER(${d}),${d}<TODAY(),${s}<>${status("implemented")},${s}<>${status("notImplemented")})`,
      format: { fill: "#F4CCCC", fontColor: "#990000", bold: true },
      priority: 1,
      stopIfTrue: false,
      description: "overdue deadline",
    },
    ...Object.entries(STATUS_COLOURS).map(([key, fill], index) => ({
      range: rangeOf("status"),
      formula: `=${s}=${status(key)}`,
      format: { fill },
      priority: 2 + index,
      stopIfTrue: true,
      description: `status ${key}`,
    })),
  ];
  return {
    key: "recommendations",
    name: ctx.texts.sheets.recommendations,
    tables: [table],
    cells: [],
    columnWidths: [
      ...TRACKER_COLUMNS.map((column, index) => ({
        column: columnLetter(index),
        width: column.width,
        // The id and the add-in's time stamp are bookkeeping: out of the way, never deleted.
        hidden: column.key === "updated" || undefined,
      })),
      ...extras.map((_header, index) => ({
        column: columnLetter(TRACKER_COLUMNS.length + index),
        width: 18,
      })),
    ],
    freeze: { rows: 1, columns: 0 },
    validations,
    conditionalFormats,
    charts: [],
    tabColor: "#1F4E79",
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

interface DashboardBuild {
  cells: CellPlan[];
  row: number;
}

function dashboardSheet(ctx: Context): SheetPlan {
  const t = ctx.texts;
  const b: DashboardBuild = { cells: [], row: 1 };
  const bold = { bold: true };
  const heading = { bold: true, fontSize: 12, fill: "#DDEBF7" };
  const put = (col: number, cell: Omit<CellPlan, "address">) =>
    b.cells.push({ address: address(b.row, col), ...cell });
  const totalCell = "$B$3";
  const rate = (countCell: string) => `=IF(${totalCell}=0,0,${countCell}/${totalCell})`;
  const statusCol = columnRef(ctx, "status");
  const deadlineCol = columnRef(ctx, "deadline");
  const statusLabel = (key: string) => vocabularyLabel("status", key, ctx.language) as string;
  const closed = `${statusCol},${quoteString(`<>${statusLabel("implemented")}`)},${statusCol},${quoteString(`<>${statusLabel("notImplemented")}`)}`;

  put(0, { value: t.dashboardTitle, style: { bold: true, fontSize: 16 } });
  b.row = 3;
  put(0, { value: t.total, style: bold });
  put(1, { formula: `=COUNTA(${columnRef(ctx, "text")})`, numberFormat: "0" });
  b.row++;
  put(0, { value: t.overdue });
  put(1, {
    formula: `=COUNTIFS(${deadlineCol},"<"&TODAY(),${closed})`,
    numberFormat: "0",
    style: { bold: true, fontColor: "#990000" },
  });
  b.row++;
  put(0, { value: t.dueSoon });
  put(1, {
    formula: `=COUNTIFS(${deadlineCol},">="&TODAY(),${deadlineCol},"<="&(TODAY()+30),${closed})`,
    numberFormat: "0",
  });
  b.row++;
  put(0, { value: t.notVerified });
  put(1, {
    formula: `=COUNTIFS(${statusCol},${quoteString(statusLabel("implemented"))},${columnRef(ctx, "verified")},${quoteString(`<>${vocabularyLabel("yesNo", "yes", ctx.language)}`)})`,
    numberFormat: "0",
  });
  b.row += 2;

  const section = (title: string, key: ColumnKey, vocabKey: VocabularyKey): string => {
    const startRow = b.row;
    put(0, { value: title, style: heading });
    put(1, { value: t.count, style: heading });
    put(2, { value: t.share, style: heading });
    b.row++;
    const vocab = VOCABULARIES[vocabKey];
    const list = ctx.lists.get(vocabKey) as { column: number; items: string[] };
    const col = columnRef(ctx, key);
    if (!vocab.extendable) {
      for (const value of vocab.values) {
        put(0, { value: value.labels[ctx.language] });
        put(1, { formula: `=COUNTIF(${col},${address(b.row, 0)})`, numberFormat: "0" });
        put(2, { formula: rate(address(b.row, 1)), numberFormat: "0%" });
        b.row++;
      }
    } else {
      // Rows follow the Lists table, so entries the NPM adds there appear here too. An exact
      // comparison, not COUNTIF: the NPM's words may start with = or < or hold * and ?, which
      // COUNTIF would read as criteria.
      const rows = Math.max(MIN_LIST_ROWS, list.items.length + 10);
      const listRef = `${sheetRef(ctx.listsSheet)}!${columnLetter(list.column)}`;
      for (let i = 0; i < rows; i++) {
        const label = address(b.row, 0);
        put(0, { formula: `=IF(${listRef}${i + 2}="","",${listRef}${i + 2})` });
        put(1, {
          formula: `=IF(${label}="","",SUMPRODUCT(--(${col}=${label})))`,
          numberFormat: "0",
        });
        put(2, {
          formula: `=IF(${label}="","",${rate(address(b.row, 1)).slice(1)})`,
          numberFormat: "0%",
        });
        b.row++;
      }
    }
    const range = `A${startRow}:B${b.row - 1}`;
    b.row++;
    return range;
  };

  section(t.byStatus, "status", "status");
  section(t.byAcceptance, "accepted", "accepted");
  const authorityRange = section(t.byAuthority, "authority", "authority");
  section(t.byTheme, "theme", "theme");
  section(t.byPlaceType, "placeType", "placeType");

  // Year x implementation status matrix, the yearly total last: the stacked chart takes the
  // year and status columns only, so the total is not stacked on top of its parts.
  b.row++;
  b.cells.push({ address: `A${b.row}`, value: t.byYear, style: { bold: true, fontSize: 12 } });
  b.row++;
  const dateCol = columnRef(ctx, "dateMade");
  const yearStart = b.row;
  const statuses = VOCABULARIES.status.values;
  const totalColumn = 1 + statuses.length;
  put(0, { value: t.year, style: heading });
  statuses.forEach((value, index) =>
    put(1 + index, { value: value.labels[ctx.language], style: heading })
  );
  put(totalColumn, { value: t.count, style: heading });
  b.row++;
  for (let i = 0; i < YEAR_ROWS; i++) {
    const year = `$A${b.row}`;
    put(0, {
      formula:
        i === 0
          ? `=IF(COUNT(${dateCol})=0,"",YEAR(MIN(${dateCol})))`
          : `=IF(A${b.row - 1}="","",IF(A${b.row - 1}+1>YEAR(MAX(${dateCol})),"",A${b.row - 1}+1))`,
      numberFormat: "0",
    });
    const inYear = `${dateCol},">="&DATE(${year},1,1),${dateCol},"<"&DATE(${year}+1,1,1)`;
    statuses.forEach((_value, index) => {
      const header = `${columnLetter(1 + index)}$${yearStart}`;
      put(1 + index, {
        formula: `=IF(${year}="","",COUNTIFS(${inYear},${statusCol},${header}))`,
        numberFormat: "0",
      });
    });
    put(totalColumn, { formula: `=IF(${year}="","",COUNTIFS(${inYear}))`, numberFormat: "0" });
    b.row++;
  }
  const matrixRange = `A${yearStart}:${columnLetter(statuses.length)}${b.row - 1}`;

  const charts: ChartPlan[] = [
    {
      key: "statusByYear",
      title: t.chartStatusByYear,
      type: "columnStacked",
      dataRange: matrixRange,
      seriesBy: "columns",
      from: "I3",
      to: "R22",
    },
    {
      key: "byAuthority",
      title: t.chartByAuthority,
      type: "barClustered",
      dataRange: authorityRange,
      seriesBy: "columns",
      from: "I24",
      to: "R44",
    },
  ];
  return {
    key: "dashboard",
    name: t.sheets.dashboard,
    tables: [],
    cells: b.cells,
    columnWidths: [
      { column: "A", width: 44 },
      ...statuses.map((_v, index) => ({ column: columnLetter(1 + index), width: 14 })),
      { column: columnLetter(totalColumn), width: 10 },
    ],
    freeze: null,
    validations: [],
    conditionalFormats: [],
    charts,
    tabColor: "#548235",
  };
}

export const FOLLOW_UP_TABLE = "FollowUp";
/** Columns of the Follow-up table after the reason and the day count. */
export const FOLLOW_UP_KEYS: readonly ColumnKey[] = [
  "id",
  "ref",
  "text",
  "authority",
  "deadline",
  "status",
  "verified",
  "staff",
];

function followUpSheet(ctx: Context, rows: CellValue[][]): SheetPlan {
  const t = ctx.texts;
  const columns: TableColumnPlan[] = [
    { key: "reason", header: t.followUpReason, numberFormat: "@" },
    { key: "days", header: t.followUpDays, numberFormat: "0" },
    ...FOLLOW_UP_KEYS.map((key) => ({
      key,
      header: ctx.headers[key],
      numberFormat: numberFormatFor(COLUMN_BY_KEY.get(key) as ColumnDef),
      wrap: key === "text" || undefined,
    })),
  ];
  return {
    key: "followUp",
    name: t.sheets.followUp,
    tables: [{ name: FOLLOW_UP_TABLE, anchor: "A3", columns, rows, style: "TableStyleLight2" }],
    cells: [
      { address: "A1", value: t.followUpTitle, style: { bold: true, fontSize: 14 } },
      { address: "A2", value: t.followUpNote, style: { italic: true } },
    ],
    columnWidths: [
      { column: "A", width: 24 },
      { column: "B", width: 8 },
      ...FOLLOW_UP_KEYS.map((key, index) => ({
        column: columnLetter(2 + index),
        width: key === "text" ? 60 : 14,
      })),
    ],
    freeze: { rows: 3, columns: 0 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    tabColor: "#C65911",
  };
}

export function metadataFor(
  language: Language,
  headers: Record<ColumnKey, string>
): TrackerMetadata {
  return {
    schemaVersion: SCHEMA_VERSION,
    language,
    table: RECOMMENDATIONS_TABLE,
    headers: { ...headers },
  };
}

export function resolvedHeaders(
  language: Language,
  overrides: Partial<Record<ColumnKey, string>> = {}
): Record<ColumnKey, string> {
  const headers = {} as Record<ColumnKey, string>;
  for (const column of TRACKER_COLUMNS)
    headers[column.key] = overrides[column.key]?.trim() || column.headers[language];
  return headers;
}

/** The whole tracker workbook for one language, ready for an adapter to apply. */
export function buildWorkbookPlan(options: PlanOptions): WorkbookPlan {
  const language = options.language;
  const base = PLAN_TEXTS[language];
  const texts = { ...base, sheets: { ...base.sheets, ...options.sheetNames } };
  const lists = new Map<VocabularyKey, { column: number; items: string[] }>();
  LIST_ORDER.forEach((key, index) =>
    lists.set(key, {
      column: index,
      items: listItems(VOCABULARIES[key], language, options.listExtras?.[key]),
    })
  );
  const ctx: Context = {
    language,
    texts,
    headers: resolvedHeaders(language, options.headers),
    listsSheet: texts.sheets.lists,
    lists,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    language,
    sheets: [
      recommendationsSheet(ctx, options),
      dashboardSheet(ctx),
      followUpSheet(ctx, options.followUpRows ?? []),
      listsSheet(ctx),
    ],
    customXml: metadataPart(metadataFor(language, ctx.headers)),
    activeSheet: "recommendations",
  };
}

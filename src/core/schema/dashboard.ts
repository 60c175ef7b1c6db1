/**
 * The Dashboard sheet as plan cells. Every figure is a formula on the
 * Recommendations table (SUMPRODUCT, COUNTIFS, FIND, LOWER, SUBSTITUTE:
 * functions Excel and LibreOffice 7.4 both compute), so the sheet stays
 * current without the add-in. Which labels a section shows and in which
 * order (most frequent first) can only be known from the data: the add-in
 * and rectrack write them when they write the workbook (DashboardData, from
 * src/core/tracker/dashboard.ts); the counts beside them stay live. Every
 * section ends with "(other values)" (values typed since, not listed yet),
 * "(not set)" and a total, so it always adds up to the number of
 * recommendations, whatever was typed.
 */
import { address, columnIndex, columnLetter } from "./a1";
import type { ColumnKey } from "./columns";
import { COLUMN_BY_KEY, RECOMMENDATIONS_TABLE } from "./columns";
import { ChartSource, dashboardCharts } from "./charts";
import type { CellPlan, Language, SheetPlan } from "./plan";
import { LANGUAGES } from "./columns";
import { PLAN_TEXTS, type PlanTexts } from "./texts";
import { VOCABULARIES, VocabularyKey, vocabularyLabel } from "./vocabularies";
import { REPLY_DAYS_NAME } from "./history";
import { figuresBlock, figuresWidths, type HistoryFigures } from "./figures";

/** The sections counted by label, in the order the sheet shows them. */
export type DashboardSectionKey =
  "status" | "accepted" | "authority" | "theme" | "place" | "placeType";

export const DASHBOARD_SECTIONS: readonly {
  key: DashboardSectionKey;
  column: ColumnKey;
  vocabulary: VocabularyKey;
  title: keyof PlanTexts;
}[] = [
  { key: "status", column: "status", vocabulary: "status", title: "byStatus" },
  { key: "accepted", column: "accepted", vocabulary: "accepted", title: "byAcceptance" },
  { key: "authority", column: "authority", vocabulary: "authority", title: "byAuthority" },
  { key: "theme", column: "theme", vocabulary: "theme", title: "byTheme" },
  { key: "place", column: "place", vocabulary: "place", title: "byPlace" },
  { key: "placeType", column: "placeType", vocabulary: "placeType", title: "byPlaceType" },
];

/** A sheet named like the Dashboard in any tracker language ("Dashboard", "Dashboard (2)"...). */
export function isDashboardName(name: string): boolean {
  const bare = name.toLowerCase().replace(/ \(\d+\)$/, "");
  return LANGUAGES.some((language) => PLAN_TEXTS[language].sheets.dashboard.toLowerCase() === bare);
}

/**
 * A Dashboard of ours: its first cells (A1:C5, as formulas) count the
 * Recommendations table. A user's own sheet called Dashboard is never taken for it.
 */
export function isOurDashboard(top: readonly (readonly unknown[])[]): boolean {
  return top.some((row) =>
    row.some((cell) => typeof cell === "string" && cell.includes(`${RECOMMENDATIONS_TABLE}[`))
  );
}

/** Year rows of a Dashboard made by the first release (it had no total rows). */
const FIRST_RELEASE_YEAR_ROWS = 15;

/**
 * The last row of the Dashboard the add-in wrote, from the sheet's column A
 * (row 1 first): its last "Total" row, or for a Dashboard of the first
 * release the end of its year rows; 0 when the column holds neither. The
 * rows below are the user's, and a refresh never writes over them.
 */
export function dashboardExtent(columnA: readonly unknown[]): number {
  const words = (key: "sectionTotal" | "year") =>
    new Set(LANGUAGES.map((language) => PLAN_TEXTS[language][key].toLowerCase()));
  const at = (set: Set<string>) => {
    let last = -1;
    columnA.forEach((value, i) => {
      if (typeof value === "string" && set.has(value.trim().toLowerCase())) last = i;
    });
    return last;
  };
  const total = at(words("sectionTotal"));
  if (total >= 0) return total + 1;
  const year = at(words("year"));
  return year >= 0 ? year + 1 + FIRST_RELEASE_YEAR_ROWS : 0;
}

/** The last row a planned Dashboard writes in its columns A to H (the block of figures beside them aside). */
export function plannedLastRow(plan: SheetPlan): number {
  return Math.max(
    1,
    ...plan.cells
      .filter((cell) => columnIndex(/^[A-Z]+/.exec(cell.address)?.[0] ?? "A") < DASHBOARD_COLUMNS)
      .map((cell) => Number(/\d+$/.exec(cell.address)?.[0] ?? 1))
  );
}

/** What only the data can tell: each section's labels in the order shown, and how many year rows. */
export interface DashboardData {
  sections: Partial<Record<DashboardSectionKey, string[]>>;
  /** Rows of the year matrix (years from the first date made on, one a row). */
  yearRows?: number;
  /**
   * The workbook has the reply-deadline setting (schema v2): the Dashboard
   * counts the recommendations with no response recorded within it.
   */
  replyDeadline?: boolean;
  /**
   * The figures from the history (src/core/tracker/figures.ts): given, the
   * plan writes their block (columns U to AB) and the chart of the status at
   * each year end; absent, both are left as they are.
   */
  figures?: HistoryFigures;
}

/** Year rows of a tracker with no dates yet (the years then come from the formulas alone). */
export const MIN_YEAR_ROWS = 10;
/** Columns the Dashboard's cells use (A to H): a refresh rewrites these and leaves the others. */
export const DASHBOARD_COLUMNS = 8;

export interface DashboardContext {
  language: Language;
  texts: PlanTexts;
  /** Structured reference of a tracker column, e.g. Recommendations[Theme]. */
  columnRef: (key: ColumnKey) => string;
  /** Items of each list on the Lists sheet, for the labels of a tracker without data. */
  lists: ReadonlyMap<VocabularyKey, { items: string[] }>;
  /** Whether the tracker's table has the column (a tracker not yet upgraded may lack a newer one). */
  has?: (key: ColumnKey) => boolean;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The labels a section shows when no data says otherwise: the list, in its order. */
export function defaultSectionLabels(
  key: DashboardSectionKey,
  ctx: Pick<DashboardContext, "language" | "lists">
): string[] {
  const section = DASHBOARD_SECTIONS.find((entry) => entry.key === key)!;
  const vocab = VOCABULARIES[section.vocabulary];
  if (!vocab.extendable) return vocab.values.map((value) => value.labels[ctx.language]);
  return [...(ctx.lists.get(section.vocabulary)?.items ?? [])];
}

/** Whether a section's column may hold several values in one cell ("A; B"). */
export function isMultiValued(key: DashboardSectionKey): boolean {
  const section = DASHBOARD_SECTIONS.find((entry) => entry.key === key)!;
  return COLUMN_BY_KEY.get(section.column)?.kind === "multiList";
}

export function buildDashboardSheet(
  ctx: DashboardContext,
  data: DashboardData | undefined,
  name: string
): SheetPlan {
  const t = ctx.texts;
  const cells: CellPlan[] = [];
  let row = 1;
  const bold = { bold: true };
  const heading = { bold: true, fontSize: 12, fill: "#DDEBF7" };
  const quiet = { italic: true, fontColor: "#595959" };
  const put = (col: number, cell: Omit<CellPlan, "address">) =>
    cells.push({ address: address(row, col), ...cell });
  const text = ctx.columnRef("text");
  const has = `(${text}<>"")`;
  const totalCell = "$B$3";
  const share = (countCell: string) => `=IF(${totalCell}=0,0,${countCell}/${totalCell})`;
  const statusCol = ctx.columnRef("status");
  const deadlineCol = ctx.columnRef("deadline");
  const statusLabel = (key: string) => vocabularyLabel("status", key, ctx.language) as string;
  const open = `${statusCol},${quote(`<>${statusLabel("implemented")}`)},${statusCol},${quote(`<>${statusLabel("notImplemented")}`)}`;

  put(0, { value: t.dashboardTitle, style: { bold: true, fontSize: 16 } });
  row = 3;
  put(0, { value: t.total, style: bold });
  put(1, { formula: `=SUMPRODUCT(--${has})`, numberFormat: "0", style: bold });
  row++;
  put(0, { value: t.overdue });
  put(1, {
    formula: `=COUNTIFS(${deadlineCol},"<"&TODAY(),${open})`,
    numberFormat: "0",
    style: { bold: true, fontColor: "#9C0006" },
  });
  row++;
  put(0, { value: t.dueSoon });
  put(1, {
    formula: `=COUNTIFS(${deadlineCol},">="&TODAY(),${deadlineCol},"<="&(TODAY()+30),${open})`,
    numberFormat: "0",
  });
  row++;
  put(0, { value: t.notVerified });
  put(1, {
    formula: `=COUNTIFS(${statusCol},${quote(statusLabel("implemented"))},${ctx.columnRef("verified")},${quote(`<>${vocabularyLabel("yesNo", "yes", ctx.language)}`)})`,
    numberFormat: "0",
  });
  row++;
  // Key recommendations first: how many, how many implemented, how many overdue.
  if (ctx.has?.("key") ?? true) {
    const key = `${ctx.columnRef("key")},${quote(vocabularyLabel("yesNo", "yes", ctx.language) as string)}`;
    row++;
    put(0, { value: t.keyTotal, style: bold });
    put(1, { formula: `=COUNTIFS(${key})`, numberFormat: "0", style: bold });
    row++;
    put(0, { value: t.keyImplemented });
    put(1, {
      formula: `=COUNTIFS(${key},${statusCol},${quote(statusLabel("implemented"))})`,
      numberFormat: "0",
    });
    row++;
    put(0, { value: t.keyOverdue });
    put(1, {
      formula: `=COUNTIFS(${key},${deadlineCol},"<"&TODAY(),${open})`,
      numberFormat: "0",
      style: { bold: true, fontColor: "#9C0006" },
    });
    row++;
  }
  if (data?.replyDeadline) {
    row++;
    const made = ctx.columnRef("dateMade");
    const accepted = ctx.columnRef("accepted");
    const noResponse = quote(vocabularyLabel("accepted", "noResponse", ctx.language) as string);
    put(0, { value: t.replyOverdue });
    // As src/core/tracker/stats.ts isReplyOverdue: made before today less the deadline, no response recorded, not closed.
    put(1, {
      formula:
        `=IF(ISNUMBER(${REPLY_DAYS_NAME}),SUMPRODUCT(${has}*ISNUMBER(${made})*(${made}<TODAY()-${REPLY_DAYS_NAME})` +
        `*((${accepted}="")+(${accepted}=${noResponse}))*(${ctx.columnRef("responseDate")}="")*(${ctx.columnRef("response")}="")` +
        `*(${statusCol}<>${quote(statusLabel("implemented"))})*(${statusCol}<>${quote(statusLabel("notImplemented"))})),0)`,
      numberFormat: "0",
      style: { bold: true, fontColor: "#9C0006" },
    });
  }
  row++;

  const ranges = new Map<DashboardSectionKey, string>();
  for (const section of DASHBOARD_SECTIONS) {
    const col = ctx.columnRef(section.column);
    const multi = isMultiValued(section.key);
    const labels = data?.sections[section.key] ?? defaultSectionLabels(section.key, ctx);
    const start = row;
    put(0, { value: t[section.title] as string, style: heading });
    put(1, { value: t.count, style: heading });
    put(2, { value: t.share, style: heading });
    row++;
    const first = row;
    for (const label of labels) {
      const labelCell = `$A${row}`;
      put(0, { value: label });
      put(1, {
        // Several addressees in one cell ("A; B") count once for each; case and the space after ";" do not matter.
        formula: multi
          ? `=SUMPRODUCT(${has}*ISNUMBER(FIND(";"&LOWER(${labelCell})&";",";"&SUBSTITUTE(LOWER(${col}),"; ",";")&";")))`
          : `=SUMPRODUCT(${has}*(${col}=${labelCell}))`,
        numberFormat: "0",
      });
      put(2, { formula: share(`B${row}`), numberFormat: "0%" });
      row++;
    }
    const last = row - 1;
    ranges.set(section.key, `A${start}:B${Math.max(last, start + 1)}`);
    const listed = last >= first ? `-SUM(B${first}:B${last})` : "";
    // Mentions: one per value, so a cell naming two addressees counts twice.
    const mentions = multi
      ? `SUMPRODUCT(${has}*(${col}<>"")*(LEN(${col})-LEN(SUBSTITUTE(${col},";",""))+1))`
      : `SUMPRODUCT(${has}*(${col}<>""))`;
    put(0, { value: t.otherValues, style: quiet });
    put(1, { formula: `=${mentions}${listed}`, numberFormat: "0" });
    put(2, { formula: share(`B${row}`), numberFormat: "0%" });
    row++;
    put(0, { value: t.notSet, style: quiet });
    put(1, { formula: `=SUMPRODUCT(${has}*(${col}=""))`, numberFormat: "0" });
    put(2, { formula: share(`B${row}`), numberFormat: "0%" });
    row++;
    if (multi) {
      put(0, { value: t.countedForEach, style: quiet });
      put(1, {
        formula: `=-SUMPRODUCT(${has}*(${col}<>"")*(LEN(${col})-LEN(SUBSTITUTE(${col},";",""))))`,
        numberFormat: "0",
      });
      row++;
    }
    put(0, { value: t.sectionTotal, style: bold });
    put(1, { formula: `=SUM(B${first}:B${row - 1})`, numberFormat: "0", style: bold });
    row += 2;
  }

  // Year x implementation matrix, the yearly total last: the stacked chart takes the year and
  // status columns only, so the total is not stacked on top of its parts.
  put(0, { value: t.byYear, style: { bold: true, fontSize: 12 } });
  row++;
  const dateCol = ctx.columnRef("dateMade");
  const yearStart = row;
  const statuses = VOCABULARIES.status.values;
  const otherColumn = 1 + statuses.length;
  const totalColumn = otherColumn + 1;
  const totalLetter = columnLetter(totalColumn);
  put(0, { value: t.year, style: heading });
  statuses.forEach((value, index) =>
    put(1 + index, { value: value.labels[ctx.language], style: heading })
  );
  put(otherColumn, { value: t.otherStatus, style: heading });
  put(totalColumn, { value: t.sectionTotal, style: heading });
  row++;
  const firstYear = row;
  const yearRows = Math.max(MIN_YEAR_ROWS, data?.yearRows ?? 0);
  const dated = `${has}*ISNUMBER(${dateCol})`;
  for (let i = 0; i < yearRows; i++) {
    const year = `$A${row}`;
    put(0, {
      formula:
        i === 0
          ? `=IF(COUNT(${dateCol})=0,"",YEAR(MIN(${dateCol})))`
          : `=IF(A${row - 1}="","",IF(A${row - 1}+1>YEAR(MAX(${dateCol})),"",A${row - 1}+1))`,
      numberFormat: "0",
    });
    const inYear = `${dated}*(${dateCol}>=DATE(${year},1,1))*(${dateCol}<DATE(${year}+1,1,1))`;
    statuses.forEach((_value, index) => {
      const header = `${columnLetter(1 + index)}$${yearStart}`;
      put(1 + index, {
        formula: `=IF(${year}="","",SUMPRODUCT(${inYear}*(${statusCol}=${header})))`,
        numberFormat: "0",
      });
    });
    put(otherColumn, {
      formula: `=IF(${year}="","",${totalLetter}${row}-SUM(B${row}:${columnLetter(statuses.length)}${row}))`,
      numberFormat: "0",
    });
    put(totalColumn, { formula: `=IF(${year}="","",SUMPRODUCT(${inYear}))`, numberFormat: "0" });
    row++;
  }
  const lastYear = row - 1;
  put(0, { value: t.otherYears, style: quiet });
  put(totalColumn, {
    formula: `=SUMPRODUCT(${dated})-SUM(${totalLetter}${firstYear}:${totalLetter}${lastYear})`,
    numberFormat: "0",
  });
  row++;
  put(0, { value: t.notSet, style: quiet });
  put(totalColumn, {
    formula: `=SUMPRODUCT(${has}*(1-ISNUMBER(${dateCol})))`,
    numberFormat: "0",
  });
  row++;
  put(0, { value: t.sectionTotal, style: bold });
  put(totalColumn, {
    formula: `=SUM(${totalLetter}${firstYear}:${totalLetter}${row - 1})`,
    numberFormat: "0",
    style: bold,
  });
  const matrixRange = `A${yearStart}:${columnLetter(statuses.length)}${lastYear}`;

  // The implementation rate per year made, from the matrix's rows: implemented / made.
  row += 2;
  put(0, { value: t.trends.rateByYearTitle, style: { bold: true, fontSize: 12 } });
  row++;
  const implemented = columnLetter(1 + statuses.findIndex((value) => value.key === "implemented"));
  put(0, { value: t.year, style: heading });
  put(1, { value: t.sectionTotal, style: heading });
  put(2, { value: statusLabel("implemented"), style: heading });
  put(3, { value: t.trends.shareImplemented, style: heading });
  row++;
  const firstRate = row;
  const rate = (made: string, done: string) => `IF(OR(${made}="",${made}=0),"",${done}/${made})`;
  for (let r = firstYear; r <= lastYear; r++) {
    const blank = `$A${r}=""`;
    put(0, { formula: `=IF(${blank},"",$A${r})`, numberFormat: "0" });
    put(1, { formula: `=IF(${blank},"",${totalLetter}${r})`, numberFormat: "0" });
    put(2, { formula: `=IF(${blank},"",${implemented}${r})`, numberFormat: "0" });
    put(3, { formula: `=${rate(`B${row}`, `C${row}`)}`, numberFormat: "0%" });
    row++;
  }
  put(0, { value: t.sectionTotal, style: bold });
  put(1, { formula: `=SUM(B${firstRate}:B${row - 1})`, numberFormat: "0", style: bold });
  put(2, { formula: `=SUM(C${firstRate}:C${row - 1})`, numberFormat: "0", style: bold });
  put(3, { formula: `=${rate(`B${row}`, `C${row}`)}`, numberFormat: "0%", style: bold });

  const sources = new Map<ChartSource, string>([
    ["yearMatrix", matrixRange],
    ["status", ranges.get("status") as string],
    ["authority", ranges.get("authority") as string],
    ["theme", ranges.get("theme") as string],
  ]);
  if (data?.figures) {
    const block = figuresBlock(data.figures, t);
    cells.push(...block.cells);
    const yearEnd = block.ranges.get("yearEnd");
    if (yearEnd) sources.set("yearEnd", yearEnd);
  }
  const charts = dashboardCharts(t, sources);
  return {
    key: "dashboard",
    name,
    tables: [],
    cells,
    columnWidths: [
      { column: "A", width: 46 },
      ...statuses.map((_v, index) => ({ column: columnLetter(1 + index), width: 14 })),
      { column: columnLetter(otherColumn), width: 14 },
      { column: totalLetter, width: 10 },
      ...(data?.figures ? figuresWidths() : []),
    ],
    freeze: null,
    validations: [],
    conditionalFormats: [],
    charts,
    tabColor: "#548235",
    print: { orientation: "portrait", fitToWidth: true },
  };
}

/**
 * The Dashboard's figures from the history, as a list of titled tables (the
 * block src/core/schema/figures.ts places on the sheet): the implementation
 * at each year end, per addressee the median days to a response and to
 * implementation and the share of replies within the reply deadline, and the
 * repeated recommendations per place and theme, and which strategies
 * preceded implementation. The same numbers as
 * `rectrack stats --json` (byYearEnd, trends), from the same functions, so
 * the sheet, the pane and the command line agree. Another table is one more
 * entry of the list returned here.
 */
import type { FiguresFormat, FiguresTable, HistoryFigures } from "../schema/figures";
import type { CellValue, Language } from "../schema/plan";
import { PLAN_TEXTS, type PlanTexts } from "../schema/texts";
import { VOCABULARIES, vocabularyLabel } from "../schema/vocabularies";
import { statusByYearEnd, type HistoryRow, type YearEnd } from "./history";
import { hasText } from "./stats";
import { strategyOutcomes, type StrategyOutcome } from "./strategies";
import { computeTrends, type Trends } from "./trends";
import type { TrackerRecord } from "./types";

export interface FiguresOptions {
  /** ISO day: the year ends up to this one (today for the year not over), and the day written as "last refreshed". */
  today: string;
  /** The tracker's language: titles, headers and status names as the workbook shows them. */
  language: Language;
  /** The reply-deadline setting (days from the date made); null or absent: none set. */
  replyDays?: number | null;
  history: readonly HistoryRow[];
}

/** The status at each year end: one row per year end, a column per status, then the rest and the total. */
export function yearEndTable(yearEnds: readonly YearEnd[], language: Language): FiguresTable {
  const t = PLAN_TEXTS[language];
  const statuses = VOCABULARIES.status.values;
  return {
    key: "yearEnd",
    title: t.figures.yearEnd,
    columns: [
      { header: t.figures.asOf, format: "text" },
      ...statuses.map((value) => ({ header: value.labels[language], format: "count" as const })),
      { header: t.otherStatus, format: "count" },
      { header: t.sectionTotal, format: "count" },
    ],
    rows: yearEnds.map((year) => {
      const counts = statuses.map((value) => year.byStatus[value.key] ?? 0);
      const listed = counts.reduce((sum, n) => sum + n, 0);
      return [year.asOf, ...counts, year.total - listed, year.total];
    }),
    // The chart stacks the statuses only, as the year-made chart does: not the rest, not the total.
    chartColumns: 1 + statuses.length,
  };
}

type FigureTexts = PlanTexts["figures"];

/** One column of a table: its header's text, how its values read, and its value for an item. */
type FigureColumn<Item> = [
  header: keyof FigureTexts,
  format: FiguresFormat,
  value: (item: Item) => CellValue,
];

/** A table titled by `key`'s text: a row per item, a column per entry of `columns`. */
function figuresTable<Item>(
  key: "byAuthority" | "repeated" | "strategies",
  language: Language,
  items: readonly Item[],
  columns: readonly FigureColumn<Item>[]
): FiguresTable {
  const t = PLAN_TEXTS[language].figures;
  return {
    key,
    title: t[key],
    columns: columns.map(([header, format]) => ({ header: t[header], format })),
    rows: items.map((item) => columns.map(([, , value]) => value(item))),
  };
}

/** Per addressee: responses and the median days to one, implementation and the median days to it, replies on time. */
export function authorityTable(
  trends: Trends,
  language: Language,
  /** A reply deadline is set: replies due are counted (0 included); without one they stay empty. */
  deadline: boolean
): FiguresTable {
  return figuresTable("byAuthority", language, trends.byAuthority, [
    ["addressee", "text", (a) => a.authority],
    ["recommendations", "count", (a) => a.recommendations],
    ["responses", "count", (a) => a.responses],
    ["medianToResponse", "days", (a) => a.medianDaysToResponse],
    ["implemented", "count", (a) => a.implemented],
    ["medianToImplementation", "days", (a) => a.medianDaysToImplementation],
    ["repliesDue", "count", (a) => (deadline ? a.repliesDue : null)],
    ["onTimeShare", "share", (a) => a.onTimeShare],
  ]);
}

/** Place and theme pairs with repeated recommendations, most repeats first. */
export function repeatedTable(trends: Trends, language: Language): FiguresTable {
  return figuresTable("repeated", language, trends.repeatedByPlaceAndTheme, [
    ["place", "text", (r) => r.place],
    ["theme", "text", (r) => r.theme],
    ["repeatedCount", "count", (r) => r.repeated],
    ["all", "count", (r) => r.total],
  ]);
}

/** Which strategies preceded implementation: for each strategy, where it was tried and how many were implemented after. */
export function strategiesTable(
  outcomes: readonly StrategyOutcome[],
  language: Language
): FiguresTable {
  return figuresTable("strategies", language, outcomes, [
    ["strategy", "text", (o) => vocabularyLabel("eventKind", o.strategy, language) ?? o.strategy],
    ["tried", "count", (o) => o.tried],
    ["implementedAfter", "count", (o) => o.implementedAfter],
    ["implementedAfterShare", "share", (o) => o.share],
  ]);
}

/**
 * The block's tables for `records` (rows with a recommendation text count,
 * as on the Dashboard) and their history, worked out on `today`.
 */
export function historyFigures(
  records: readonly TrackerRecord[],
  options: FiguresOptions
): HistoryFigures {
  const counted = records.filter(hasText);
  const trends = computeTrends(counted, {
    today: options.today,
    replyDays: options.replyDays,
    history: options.history,
  });
  return {
    refreshed: options.today,
    tables: [
      yearEndTable(statusByYearEnd(counted, options.history, options.today), options.language),
      authorityTable(
        trends,
        options.language,
        options.replyDays !== null && options.replyDays !== undefined
      ),
      repeatedTable(trends, options.language),
      strategiesTable(strategyOutcomes(counted, options.history), options.language),
    ],
  };
}

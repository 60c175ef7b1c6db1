/**
 * Dates written in a report's text, in English, French or Spanish: "22 May
 * 2024", "May 22, 2024", "1er mars 2023", "10 de enero de 2024", "May 2024",
 * "2024-05-22", "10/01/2024" (day first, or month first where the
 * language's lexicon says so). A date that ends a range ("12-14 March
 * 2024", "du 17 au 21 juin") is marked: it dates a visit, not a document.
 */
import { isoDate, validDate } from "../schema/dates";
import { MONTH_NAMES } from "../tracker/normalize";
import { foldKeep } from "./text";

export interface DateMention {
  /** Where the date is in the text (positions of the original text). */
  start: number;
  end: number;
  year: number;
  month: number;
  /** 0 when only a month and year were written. */
  day: number;
  /** The date ends a range of days or months: a visit's dates, not a document's. */
  range: boolean;
}

const MONTH_NUMBER = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((name) => MONTH_NUMBER.set(name, i + 1)));
/** Longest first, so "sept" is not read as "sep" followed by "t". */
const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join("|")})`;
const NOT_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_AFTER = "(?![\\p{L}\\p{N}])";
const ORDINAL = "(?:er|re|st|nd|rd|th|o|º|°|ª)?";
const JOIN = "(?:\\s+(?:de|del|of))?";
const YEAR = "(\\d{4})(?!\\d)";

const WRITTEN_DMY = new RegExp(
  `${NOT_BEFORE}(\\d{1,2})${ORDINAL}\\.?${JOIN}\\s+${MONTH}${NOT_AFTER}\\.?,?${JOIN}\\s+${YEAR}`,
  "gu"
);
const WRITTEN_MDY = new RegExp(
  `${NOT_BEFORE}${MONTH}${NOT_AFTER}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+${YEAR}`,
  "gu"
);
const MONTH_YEAR = new RegExp(`${NOT_BEFORE}${MONTH}${NOT_AFTER}\\.?,?${JOIN}\\s+${YEAR}`, "gu");
const ISO = /(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-]*\d)/gu;
/** Two-digit years only with slashes: "14.1.12" is a paragraph number far more often than a date. */
const NUMERIC =
  /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|(?<=\/\d{1,2}\/)\d{2})(?![\d/.-]*\d)/gu;
/** What comes before the second date of a range: "12-", "3 and ", "du 17 au ", "between February and ". */
const RANGE_BEFORE = new RegExp(
  `(?:\\d{1,2}${ORDINAL}|${MONTH})\\s*(?:-|\\u2013|/|&|and|to|until|et|au|a|jusqu'au|y|al|hasta el)\\s*$`,
  "u"
);

function year4(text: string): number {
  const n = Number(text);
  return text.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/** Every date in `text`, in order, none overlapping another. */
export function findDates(text: string, order: "dmy" | "mdy" = "dmy"): DateMention[] {
  const folded = foldKeep(text);
  const found: DateMention[] = [];
  const taken = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);
  const add = (start: number, end: number, year: number, month: number, day: number) => {
    if (taken(start, end)) return;
    if (day > 0 ? !validDate(year, month, day) : !validDate(year, month, 1)) return;
    const before = folded.slice(Math.max(0, start - 30), start);
    found.push({ start, end, year, month, day, range: RANGE_BEFORE.test(before) });
  };
  const each = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) f(m);
  };
  each(ISO, (m) => add(m.index, m.index + m[0].length, +m[1], +m[2], +m[3]));
  each(WRITTEN_DMY, (m) =>
    add(m.index, m.index + m[0].length, +m[3], MONTH_NUMBER.get(m[2]) ?? 0, +m[1])
  );
  each(WRITTEN_MDY, (m) =>
    add(m.index, m.index + m[0].length, +m[3], MONTH_NUMBER.get(m[1]) ?? 0, +m[2])
  );
  each(NUMERIC, (m) => {
    const [a, b, y] = [+m[1], +m[3], year4(m[4])];
    const [day, month] = order === "mdy" ? [b, a] : [a, b];
    // The other order only when the language's is impossible ("03/25/2024" in a day-first text).
    if (validDate(y, month, day)) add(m.index, m.index + m[0].length, y, month, day);
    else add(m.index, m.index + m[0].length, y, day, month);
  });
  each(MONTH_YEAR, (m) =>
    add(m.index, m.index + m[0].length, +m[2], MONTH_NUMBER.get(m[1]) ?? 0, 0)
  );
  return found.sort((x, y) => x.start - y.start);
}

/** The mention as an ISO date; a month alone gives its last day when `endOfMonth`, else its first. */
export function mentionIso(date: DateMention, endOfMonth = false): string {
  if (date.day > 0) return isoDate(date.year, date.month, date.day);
  return endOfMonth ? lastDayOfMonth(date.year, date.month) : isoDate(date.year, date.month, 1);
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** `iso` moved by whole months, days or years; a day past the month's end becomes its last day. */
export function addPeriod(
  iso: string,
  amount: number,
  unit: "day" | "week" | "month" | "year"
): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (unit === "day" || unit === "week") {
    const ms = Date.UTC(y, m - 1, d) + amount * (unit === "week" ? 7 : 1) * 86400000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  const months = unit === "year" ? amount * 12 : amount;
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, Math.min(d, last));
}

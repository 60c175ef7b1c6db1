/**
 * A recommendation's deadline and timeframe as its text or its table row
 * states them: a date after "by", "d'ici au", "a más tardar el"; the end or
 * the middle of a year or a month; a duration after "within", "dans un délai
 * de", "en el plazo de", counted from the report's date; "immediately",
 * "sans délai", "sin demora" as a short timeframe with no date. Time limits
 * of a routine ("within 24 hours of admission", "informed without delay of
 * any restraint") are not the recommendation's deadline.
 */
import { parseChoice } from "../tracker/normalize";
import type { Timeframe } from "../model/reportMetadata";
import { addPeriod, findDates, lastDayOfMonth, mentionIso } from "./dates";
import type { DetailsLexicon } from "./lexicon";
import { WORD_END, WORD_START, any, foldKeep, foldSource } from "./text";

export type Origin = "report" | "guessed";

export interface DeadlineReading {
  /** ISO date, when the text gives one or a duration and the report's date are known. */
  deadline?: string;
  deadlineOrigin?: Origin;
  timeframe?: Timeframe;
  /** The words the deadline or timeframe was read from. */
  words: string;
}

type Unit = "day" | "week" | "month" | "year" | "hour";

interface Compiled {
  lex: DetailsLexicon;
  leadBefore: RegExp;
  endOfBefore: RegExp;
  middleOfBefore: RegExp;
  endOfYear: RegExp;
  middleOfYear: RegExp;
  endOfThisYear: RegExp;
  duration: RegExp;
  fromReport: RegExp;
  fromEvent: RegExp;
  immediately: RegExp;
  routineClause: RegExp;
  routineAfter: RegExp;
  units: [Unit, RegExp][];
}

const cache = new Map<DetailsLexicon, Compiled>();

function number(lex: DetailsLexicon): string {
  const words = Object.keys(lex.numbers).sort((a, b) => b.length - a.length);
  return `(\\d{1,3}|${words.map(foldSource).join("|")})`;
}

function compile(lex: DetailsLexicon): Compiled {
  const hit = cache.get(lex);
  if (hit) return hit;
  const leads = any(lex.deadlineLeads);
  const endOf = foldSource(lex.endOf);
  const middleOf = foldSource(lex.middleOf);
  const unit = `(${[lex.units.day, lex.units.week, lex.units.month, lex.units.year, lex.units.hour].map(foldSource).join("|")})`;
  const yearWord = "(?:(?:year|ano|annee|an)\\s+)?";
  const compiled: Compiled = {
    lex,
    leadBefore: new RegExp(`${WORD_START}${leads}\\s*(?:the\\s+|le\\s+|el\\s+)?$`, "u"),
    endOfBefore: new RegExp(`${WORD_START}${leads}\\s*${endOf}\\s*$`, "u"),
    middleOfBefore: new RegExp(`${WORD_START}${leads}\\s*${middleOf}\\s*$`, "u"),
    endOfYear: new RegExp(
      `${WORD_START}${leads}\\s*${endOf}\\s*${yearWord}((?:19|20)\\d\\d)(?!\\d)`,
      "gu"
    ),
    middleOfYear: new RegExp(
      `${WORD_START}${leads}\\s*${middleOf}\\s*${yearWord}((?:19|20)\\d\\d)(?!\\d)`,
      "gu"
    ),
    endOfThisYear: new RegExp(
      `${WORD_START}${leads}\\s*${endOf}\\s*${foldSource(lex.thisYear)}${WORD_END}(?!\\s*\\d)`,
      "gu"
    ),
    duration: new RegExp(
      `${WORD_START}${any(lex.durationLeads)}\\s*${number(lex)}\\s+${unit}${WORD_END}`,
      "gu"
    ),
    fromReport: new RegExp(`^\\s*,?\\s*${any(lex.fromReport)}`, "u"),
    fromEvent: new RegExp(`^\\s*${foldSource(lex.fromEvent)}`, "u"),
    immediately: new RegExp(`${WORD_START}${any(lex.immediately)}${WORD_END}`, "gu"),
    routineClause: new RegExp(`${WORD_START}${any(lex.routineClauses)}(?:${WORD_END}|(?<='))`, "u"),
    routineAfter: new RegExp(`^\\s*${foldSource(lex.routineAfter)}${WORD_END}`, "u"),
    units: (["day", "week", "month", "year", "hour"] as Unit[]).map((u) => [
      u,
      new RegExp(`^(?:${foldSource(lex.units[u])})$`, "u"),
    ]),
  };
  cache.set(lex, compiled);
  return compiled;
}

function amountOf(c: Compiled, word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const key = Object.keys(c.lex.numbers).find((w) => foldSource(w) === word);
  return key === undefined ? null : c.lex.numbers[key];
}

function unitOf(c: Compiled, word: string): Unit | null {
  return c.units.find(([, re]) => re.test(word))?.[0] ?? null;
}

interface Candidate {
  iso: string;
  origin: Origin;
  words: string;
  at: number;
}

/** The sentence around position `at`: routine clauses and followers are judged inside it only. */
function sentenceStart(folded: string, at: number): number {
  const stop = Math.max(folded.lastIndexOf(". ", at), folded.lastIndexOf("; ", at));
  return stop < 0 ? 0 : stop + 2;
}

/** Dated deadlines: "by 31 December 2024", "before the end of June 2025", "by the end of 2024". */
function datedDeadlines(
  c: Compiled,
  text: string,
  folded: string,
  reportDate: string
): Candidate[] {
  const out: Candidate[] = [];
  for (const date of findDates(text, c.lex.numericDates)) {
    if (date.range) continue;
    const before = folded.slice(Math.max(0, date.start - 40), date.start);
    const endOf = c.endOfBefore.test(before);
    const middle = c.middleOfBefore.test(before);
    if (!endOf && !middle && !c.leadBefore.test(before)) continue;
    const iso =
      middle && date.day === 0
        ? lastDayOfMonth(date.year, 6)
        : mentionIso(date, /* a month alone means its end */ true);
    out.push({ iso, origin: "report", words: text.slice(date.start, date.end), at: date.start });
  }
  // "by the end of 2024", "by mid-2025", "by the end of the year" (the report's year).
  const years: [RegExp, (year: string) => string, Origin][] = [
    [c.endOfYear, (year) => `${year}-12-31`, "report"],
    [c.middleOfYear, (year) => `${year}-06-30`, "guessed"],
  ];
  if (reportDate) years.push([c.endOfThisYear, () => `${reportDate.slice(0, 4)}-12-31`, "guessed"]);
  for (const [re, iso, origin] of years) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded))
      out.push({
        iso: iso(m[1]),
        origin,
        words: text.slice(m.index, m.index + m[0].length),
        at: m.index,
      });
  }
  return out;
}

/** Durations counted from the report: "within six months", "dans un délai de trois mois". */
function durations(
  c: Compiled,
  text: string,
  folded: string,
  reportDate: string,
  bare: boolean
): Candidate[] {
  const out: Candidate[] = [];
  c.duration.lastIndex = 0;
  const matches: { index: number; length: number; amount: string; unit: string }[] = [];
  for (let m = c.duration.exec(folded); m; m = c.duration.exec(folded))
    matches.push({ index: m.index, length: m[0].length, amount: m[1], unit: m[2] });
  if (bare) {
    // A table cell may hold the duration alone: "3 months", "6 mois", "12 meses".
    const alone = new RegExp(`^\\s*${number(c.lex)}\\s+(\\S+(?:\\s\\S+)?)\\s*\\.?\\s*$`, "u").exec(
      folded
    );
    if (alone) matches.push({ index: 0, length: folded.length, amount: alone[1], unit: alone[2] });
  }
  for (const m of matches) {
    const amount = amountOf(c, m.amount);
    const unit = unitOf(c, m.unit);
    if (amount === null || amount === 0 || unit === null || unit === "hour") continue;
    const after = folded.slice(m.index + m.length, m.index + m.length + 120);
    // "within 30 days of admission" is a routine time limit; "of this report" is the deadline.
    if (!c.fromReport.test(after) && c.fromEvent.test(after)) continue;
    if (!reportDate) continue;
    out.push({
      iso: addPeriod(reportDate, amount, unit),
      origin: "report",
      words: text.slice(m.index, m.index + m.length).trim(),
      at: m.index,
    });
  }
  return out;
}

/** "Immediately" that asks for the recommendation at once, not a routine inside it. */
function immediate(c: Compiled, text: string, folded: string, bare: boolean): string | null {
  c.immediately.lastIndex = 0;
  for (let m = c.immediately.exec(folded); m; m = c.immediately.exec(folded)) {
    if (bare) return text.slice(m.index, m.index + m[0].length);
    const start = sentenceStart(folded, m.index);
    const before = folded.slice(start, m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (c.routineClause.test(before) || c.routineAfter.test(after)) continue;
    return text.slice(m.index, m.index + m[0].length);
  }
  return null;
}

/**
 * What `text` says of its deadline and timeframe, or null. `cell` reads a
 * table cell (a Timeframe or Deadline column), where a duration, a date or
 * a timeframe word may stand alone. Of several deadlines the earliest is
 * kept: it is the first one follow-up must check.
 */
export function readDeadline(
  text: string,
  lex: DetailsLexicon,
  options: { reportDate: string; cell?: boolean }
): DeadlineReading | null {
  const c = compile(lex);
  const folded = foldKeep(text);
  const cell = options.cell ?? false;
  const candidates = [
    ...datedDeadlines(c, text, folded, options.reportDate),
    ...durations(c, text, folded, options.reportDate, cell),
  ];
  if (cell && candidates.length === 0) {
    // A cell holding a date alone ("30/06/2025", "June 2025") is the deadline.
    const dates = findDates(text, lex.numericDates).filter((d) => !d.range);
    if (dates.length === 1)
      candidates.push({
        iso: mentionIso(dates[0], true),
        origin: "report",
        words: text.slice(dates[0].start, dates[0].end),
        at: dates[0].start,
      });
  }
  const reading: DeadlineReading = { words: "" };
  if (candidates.length > 0) {
    const first = candidates.reduce((a, b) => (b.iso < a.iso ? b : a));
    reading.deadline = first.iso;
    reading.deadlineOrigin = first.origin;
    reading.words = first.words;
  }
  const now = immediate(c, text, folded, cell);
  if (now !== null) {
    reading.timeframe = "short";
    if (!reading.words) reading.words = now;
  } else if (cell) {
    const choice = parseChoice("timeframe", text);
    if (choice && !choice.detail) {
      reading.timeframe = choice.key as Timeframe;
      if (!reading.words) reading.words = text.trim();
    }
  }
  return reading.deadline || reading.timeframe ? reading : null;
}

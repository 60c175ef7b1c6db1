/**
 * Trends over time, from the history (tracker schema v2) and the current
 * columns: how much of each year's recommendations is implemented, how long
 * each authority takes to respond and to implement, whether it replies
 * within the reply deadline, and where recommendations had to be repeated.
 * `rectrack stats` and the Dashboard show the same figures.
 */
import { daysBetween } from "../schema/dates";
import { cellValues } from "./cells";
import { eventsById, type HistoryRow } from "./history";
import { awaitsReply, isDate, replyDue } from "./reply";
import type { TrackerRecord } from "./types";

export interface YearRate {
  /** The year the recommendations were made. */
  year: number;
  total: number;
  /** Of them, implemented now. */
  implemented: number;
  /** implemented / total, rounded to 3 decimals; null when none was made that year. */
  rate: number | null;
}

export interface AuthorityTrend {
  /** The addressee as first spelled in the tracker (several in one cell count for each). */
  authority: string;
  recommendations: number;
  /** Recommendations with a known response day on or after their date made. */
  responses: number;
  /** Median days from the date made to the response (first recorded); null without any. */
  medianDaysToResponse: number | null;
  /** Recommendations the history records as implemented on a day on or after their date made. */
  implemented: number;
  /** Median days from the date made to the first event recording "Implemented"; null without any. */
  medianDaysToImplementation: number | null;
  /**
   * Replies whose deadline can be judged: a response with a known day, or
   * none recorded and the reply deadline passed. 0 when no deadline is set.
   */
  repliesDue: number;
  /** Of them, a response on or before the reply deadline. */
  repliesOnTime: number;
  /** repliesOnTime / repliesDue, rounded to 3 decimals; null without a deadline or nothing to judge. */
  onTimeShare: number | null;
}

export interface RepeatCount {
  place: string;
  theme: string;
  /** Recommendations for this place and theme marked as repeated (Repeated = Yes, or a Repeats reference). */
  repeated: number;
  /** All recommendations for this place and theme. */
  total: number;
}

export interface Trends {
  /** Every year from the first to the last date made. */
  implementationByYear: YearRate[];
  /** Most recommendations first. */
  byAuthority: AuthorityTrend[];
  /** Place and theme pairs with at least one repeated recommendation, most repeats first. */
  repeatedByPlaceAndTheme: RepeatCount[];
}

export interface TrendOptions {
  today: string;
  /** The reply-deadline setting (days from the date made); null or absent: none set. */
  replyDays?: number | null;
  history?: readonly HistoryRow[];
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

/** The median (the mean of the two middle values for an even count, as Excel's MEDIAN), or null. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The day a recommendation was responded to: the earlier of its first event
 * that is a response (a response received, or an acceptance other than "No
 * response yet") and its Response date column (typed by hand before the
 * history was kept); null when neither is known.
 */
export function responseDay(
  record: TrackerRecord,
  events: readonly HistoryRow[] | undefined
): string | null {
  let answer: string | null = null;
  for (let k = 0; events !== undefined && k < events.length; k++) {
    const event = events[k];
    if (
      event.values.kind === "responseReceived" ||
      (typeof event.values.accepted === "string" && event.values.accepted !== "noResponse")
    ) {
      answer = String(event.values.date);
      break;
    }
  }
  const typed = isDate(record.responseDate) ? record.responseDate : null;
  // The earlier of the two (ISO days sort as text); no arrays made: every row of a tracker asks it.
  if (answer === null || typed === null) return answer ?? typed;
  return typed < answer ? typed : answer;
}

/** The day the history first records a recommendation as implemented, or null. */
export function implementationDay(events: readonly HistoryRow[] | undefined): string | null {
  if (events === undefined) return null;
  const done = events.find((event) => event.values.status === "implemented");
  return done ? String(done.values.date) : null;
}

/** Each value of a list cell once, case folded, first spelling kept by the caller's map. */
function labelsOf(key: "authority" | "place" | "theme", record: TrackerRecord): string[] {
  // One value (no "; " between several): itself, as cellValues gives it.
  const value = record[key];
  if (typeof value === "string" && !value.includes(";")) {
    const label = value.trim();
    return label ? [label] : [];
  }
  const seen = new Set<string>();
  return cellValues(key, record[key]).filter((label) => {
    const folded = label.toLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

interface AuthorityAcc {
  authority: string;
  recommendations: number;
  toResponse: number[];
  toImplementation: number[];
  due: number;
  onTime: number;
}

/**
 * The trends of `records` (rows with a recommendation text, as the
 * Dashboard counts) from their history.
 */
export function computeTrends(records: readonly TrackerRecord[], options: TrendOptions): Trends {
  const byId = eventsById(options.history ?? []);
  const years = new Map<number, { total: number; implemented: number }>();
  const authorities = new Map<string, AuthorityAcc>();
  const repeats = new Map<string, RepeatCount>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const made = isDate(record.dateMade) ? record.dateMade : null;
    const id = typeof record.id === "string" ? record.id.trim() : "";
    const events = id ? byId.get(id) : undefined;
    if (made) {
      const year = Number(made.slice(0, 4));
      const entry = years.get(year) ?? { total: 0, implemented: 0 };
      entry.total++;
      if (record.status === "implemented") entry.implemented++;
      years.set(year, entry);
    }
    const responded = responseDay(record, events);
    const toResponse = made && responded ? daysBetween(made, responded) : null;
    const implemented = implementationDay(events);
    const toImplementation = made && implemented ? daysBetween(made, implemented) : null;
    const due = replyDue(record, options.replyDays);
    // A response with a known day is judged against the deadline; no response is late once it passed.
    const judged =
      due === null
        ? null
        : responded
          ? responded <= due
          : awaitsReply(record) && due < options.today
            ? false
            : null;
    // By index, not by iterator: the rows are walked once per import, mostly before they are compiled.
    const authorityLabels = labelsOf("authority", record);
    for (let k = 0; k < authorityLabels.length; k++) {
      const label = authorityLabels[k];
      const folded = label.toLowerCase();
      let acc = authorities.get(folded);
      if (!acc) {
        acc = {
          authority: label,
          recommendations: 0,
          toResponse: [],
          toImplementation: [],
          due: 0,
          onTime: 0,
        };
        authorities.set(folded, acc);
      }
      acc.recommendations++;
      if (toResponse !== null && toResponse >= 0) acc.toResponse.push(toResponse);
      if (toImplementation !== null && toImplementation >= 0)
        acc.toImplementation.push(toImplementation);
      if (judged !== null) {
        acc.due++;
        if (judged) acc.onTime++;
      }
    }
    const repeated =
      record.repeated === true ||
      (typeof record.repeatOf === "string" && record.repeatOf.trim() !== "");
    const places = labelsOf("place", record);
    for (let p = 0; p < places.length; p++) {
      const place = places[p];
      const themes = labelsOf("theme", record);
      for (let t = 0; t < themes.length; t++) {
        const theme = themes[t];
        const pair = `${place.toLowerCase()}\u0000${theme.toLowerCase()}`;
        const entry = repeats.get(pair) ?? { place, theme, repeated: 0, total: 0 };
        entry.total++;
        if (repeated) entry.repeated++;
        repeats.set(pair, entry);
      }
    }
  }
  const implementationByYear: YearRate[] = [];
  if (years.size > 0) {
    const first = Math.min(...years.keys());
    const last = Math.max(...years.keys());
    for (let year = first; year <= last; year++) {
      const { total, implemented } = years.get(year) ?? { total: 0, implemented: 0 };
      implementationByYear.push({ year, total, implemented, rate: ratio(implemented, total) });
    }
  }
  const noDeadline = options.replyDays === null || options.replyDays === undefined;
  const byAuthority: AuthorityTrend[] = [...authorities.values()]
    .sort((a, b) => b.recommendations - a.recommendations || a.authority.localeCompare(b.authority))
    .map((acc) => ({
      authority: acc.authority,
      recommendations: acc.recommendations,
      responses: acc.toResponse.length,
      medianDaysToResponse: median(acc.toResponse),
      implemented: acc.toImplementation.length,
      medianDaysToImplementation: median(acc.toImplementation),
      repliesDue: acc.due,
      repliesOnTime: acc.onTime,
      onTimeShare: noDeadline ? null : ratio(acc.onTime, acc.due),
    }));
  const repeatedByPlaceAndTheme = [...repeats.values()]
    .filter((entry) => entry.repeated > 0)
    .sort(
      (a, b) =>
        b.repeated - a.repeated || a.place.localeCompare(b.place) || a.theme.localeCompare(b.theme)
    );
  return { implementationByYear, byAuthority, repeatedByPlaceAndTheme };
}

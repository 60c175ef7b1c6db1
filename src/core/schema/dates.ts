/**
 * Calendar dates as the tracker stores them: ISO "YYYY-MM-DD" in core, Excel
 * serial numbers in cells (the 1900 date system; serial 60 is Excel's phantom
 * 29 February 1900, so real dates start counting from 1 March 1900 on).
 */
const MS_PER_DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

export function isoToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!validDate(year, month, day)) return null;
  const time = match[4]
    ? (Number(match[4]) * 3600 + Number(match[5]) * 60 + Number(match[6] ?? 0)) / 86400
    : 0;
  return (Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY + time;
}

export function serialToIso(serial: number, withTime = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round(serial * MS_PER_DAY) + EPOCH;
  const date = new Date(ms);
  const day = date.toISOString().slice(0, 10);
  if (!withTime) return day;
  return date.toISOString().slice(0, 19);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function validDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * A day as core stores dates ("YYYY-MM-DD") that is also a real day: a cell
 * typed as text ("2019-13-45") stays as typed, and date arithmetic on it
 * would fail.
 */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10) return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The calendar day of `now` where the user is (their time zone), as Excel's
 * TODAY() sees it: what "today" means for overdue, due soon and date made.
 */
export function localDate(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `now` on the user's clock, "YYYY-MM-DDTHH:MM:SS" with no zone (Excel has none): what "Last updated" shows. */
export function localDateTime(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${localDate(now)}T${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
}

/** Midnight UTC of ISO days already met, in ms (bounded: cleared when full). */
const MIDNIGHTS = new Map<string, number>();
const MIDNIGHTS_LIMIT = 20_000;

/** Midnight UTC of an ISO date's day, in ms (NaN when it is none): a tracker's dates repeat a few thousand days. */
function midnight(iso: string): number {
  const day = iso.slice(0, 10);
  let ms = MIDNIGHTS.get(day);
  if (ms === undefined) {
    if (MIDNIGHTS.size >= MIDNIGHTS_LIMIT) MIDNIGHTS.clear();
    ms = Date.parse(`${day}T00:00:00Z`);
    MIDNIGHTS.set(day, ms);
  }
  return ms;
}

/** Whole days from `from` to `to` (ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((midnight(to) - midnight(from)) / MS_PER_DAY);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * MS_PER_DAY)
    .toISOString()
    .slice(0, 10);
}

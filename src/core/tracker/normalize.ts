import { COLUMN_BY_KEY, ColumnDef, ColumnKey } from "../schema/columns";
import { isoDate, serialToIso, validDate } from "../schema/dates";
import { foldText, VOCABULARIES, VocabularyKey, vocabularyLookup } from "../schema/vocabularies";
import type { CellInput, FieldValue } from "./types";

/** Month names and abbreviations (English, French, Spanish), folded, -> month number. */
const MONTHS: Record<string, number> = {};
/** Month names and abbreviations (English, French, Spanish), folded, one list per month (January first). */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "janvier", "janv", "enero", "ene"],
  ["february", "feb", "fevrier", "fevr", "fev", "febrero"],
  ["march", "mar", "mars", "marzo"],
  ["april", "apr", "avril", "avr", "abril", "abr"],
  ["may", "mai", "mayo"],
  ["june", "jun", "juin", "junio"],
  ["july", "jul", "juillet", "juil", "julio"],
  ["august", "aug", "aout", "agosto", "ago"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set"],
  ["october", "oct", "octobre", "octubre"],
  ["november", "nov", "novembre", "noviembre"],
  ["december", "dec", "decembre", "diciembre", "dic"],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

/** Words that say "nothing known yet": read as an empty cell rather than a value outside the list. */
export const EMPTY_MARKERS: readonly string[] = [
  "?",
  "??",
  "???",
  "-",
  "--",
  "n/a",
  "na",
  "n.a",
  "none",
  "no info",
  "no information",
  "unknown",
  "tbc",
  "tbd",
  "s/o",
  "so",
  "sans objet",
  "inconnu",
  "pas d'information",
  "pas d'info",
  "n/d",
  "nd",
  "sin informacion",
  "sin datos",
  "desconocido",
];
const EMPTY_SET = new Set(EMPTY_MARKERS.map((word) => foldText(word) || word));

export function isEmptyMarker(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "" || EMPTY_SET.has(foldText(trimmed) || trimmed);
}

export interface DateParse {
  iso: string;
  /** Only a month or a year was given: the first day was assumed. */
  approximate: boolean;
}

function year4(text: string): number {
  const n = Number(text);
  if (text.length === 2) return n < 70 ? 2000 + n : 1900 + n;
  return n;
}

function dateOf(year: number, month: number, day: number, approximate = false): DateParse | null {
  return validDate(year, month, day) ? { iso: isoDate(year, month, day), approximate } : null;
}

/**
 * A date in any of the ways trackers hold them: a real date, an Excel serial
 * number, ISO text, day-first numeric text ("12/03/2026", "12.03.2026",
 * "12-03-26"), month-first only when day-first is impossible ("03/25/2026"),
 * and written dates in English, French or Spanish ("12 March 2026", "March
 * 12, 2026", "1er mars 2026", "12 de marzo de 2026", "January 2023").
 */
export function parseDate(input: CellInput): DateParse | null {
  if (input === null || input === undefined || typeof input === "boolean") return null;
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return dateOf(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === "number") {
    // A bare year is more likely than a serial day number in the 1900s.
    if (Number.isInteger(input) && input >= 1950 && input <= 2100) return dateOf(input, 1, 1, true);
    if (input < 18264 || input > 73051) return null; // 1950..2099
    const iso = serialToIso(input);
    return iso ? { iso, approximate: false } : null;
  }
  const text = input.trim();
  if (!text) return null;
  let m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text
    );
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), year4(m[3])];
    return a <= 12 && b > 12 ? dateOf(y, a, b) : dateOf(y, b, a);
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m) return dateOf(Number(m[2]), Number(m[1]), 1, true);
  if (/^\d{4}$/.test(text)) return dateOf(Number(text), 1, 1, true);
  if (/^\d+(\.\d+)?$/.test(text)) return parseDate(Number(text));
  const folded = foldText(text).replace(/,/g, " ").replace(/\s+/g, " ");
  const words = folded
    .split(/[\s/.-]+/)
    .filter((word) => word && !["de", "del", "the", "of", "le"].includes(word))
    .map((word) => word.replace(/^(\d+)(st|nd|rd|th|er|eme|o|º|ª)$/, "$1"));
  const monthAt = words.findIndex((word) => MONTHS[word] !== undefined);
  if (monthAt < 0) return null;
  const month = MONTHS[words[monthAt]];
  const numbers = words.filter((_w, i) => i !== monthAt);
  if (numbers.length > 2 || numbers.some((word) => !/^\d+$/.test(word))) return null;
  const yearText =
    numbers.find((word) => word.length === 4) ?? (numbers.length === 2 ? numbers[1] : undefined);
  const dayText = numbers.find((word) => word !== yearText);
  if (!yearText) return null;
  if (dayText === undefined) return dateOf(year4(yearText), month, 1, true);
  return dateOf(year4(yearText), month, Number(dayText));
}

export function parseDateTime(input: CellInput): string | null {
  if (input instanceof Date)
    return Number.isNaN(input.getTime()) ? null : input.toISOString().slice(0, 19);
  if (typeof input === "number")
    return input > 18264 && input < 73051 ? serialToIso(input, true) : null;
  if (typeof input === "string") {
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(input.trim());
    if (
      m &&
      validDate(Number(m[1].slice(0, 4)), Number(m[1].slice(5, 7)), Number(m[1].slice(8, 10)))
    ) {
      return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}`;
    }
  }
  const day = parseDate(input);
  return day ? `${day.iso}T00:00:00` : null;
}

export interface ChoiceParse {
  key: string;
  /** Words after the value ("not implemented - no staff" -> "no staff"), for a neighbouring column. */
  detail?: string;
}

/**
 * A fixed-list value in any language or usual wording: the value itself,
 * then the value with a remark in brackets dropped, then the words before a
 * dash, colon or comma.
 */
export function parseChoice(vocabulary: VocabularyKey, input: CellInput): ChoiceParse | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "boolean" && vocabulary === "yesNo") return { key: input ? "yes" : "no" };
  const text = String(input).trim();
  if (!text) return null;
  const lookup = vocabularyLookup(vocabulary);
  const direct = lookup.get(foldText(text));
  if (direct) return { key: direct };
  const bracket = /^(.*?)\s*[([]([^)\]]*)[)\]]\s*(.*)$/.exec(text);
  if (bracket && bracket[1]) {
    const key = lookup.get(foldText(bracket[1]));
    const detail = [bracket[2], bracket[3]]
      .filter((part) => part.trim())
      .join(" ")
      .trim();
    if (key) return detail ? { key, detail } : { key };
  }
  const split = /^(.*?)\s*(?:\s[-\u2013\u2014]\s|[:;,]\s*|\s\/\s)(.*)$/.exec(text);
  if (split && split[1]) {
    const key = lookup.get(foldText(split[1]));
    if (key) return split[2].trim() ? { key, detail: split[2].trim() } : { key };
  }
  return null;
}

export interface FieldParse {
  value: FieldValue;
  /** False when the input could not be read as this column's kind: `value` is then the text as typed. */
  ok: boolean;
  detail?: string;
  approximate?: boolean;
  /** The input was a "nothing known" word ("?", "n/a", "no info") and was read as empty. */
  emptied?: boolean;
}

function verbatim(input: CellInput): FieldValue {
  if (input === null || input === undefined) return null;
  if (input instanceof Date)
    return Number.isNaN(input.getTime()) ? null : input.toISOString().slice(0, 10);
  if (typeof input === "string") return input.trim() === "" ? null : input.trim();
  return input;
}

/**
 * Reads one cell into a column's canonical form; never throws, never drops
 * what it cannot read. `withDetail` (adopting a hand-made sheet) accepts a
 * list value followed by a remark and hands the remark back; otherwise such a
 * cell stays as typed, since rewriting it would lose the remark.
 */
export function normaliseField(key: ColumnKey, input: CellInput, withDetail = false): FieldParse {
  const column = COLUMN_BY_KEY.get(key) as ColumnDef;
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return { value: null, ok: true };
  }
  if (
    typeof input === "string" &&
    column.kind !== "text" &&
    column.kind !== "longText" &&
    isEmptyMarker(input)
  ) {
    return { value: null, ok: true, emptied: true };
  }
  switch (column.kind) {
    case "date": {
      const parsed = parseDate(input);
      if (parsed)
        return { value: parsed.iso, ok: true, approximate: parsed.approximate || undefined };
      return { value: verbatim(input), ok: false };
    }
    case "dateTime": {
      const parsed = parseDateTime(input);
      return parsed ? { value: parsed, ok: true } : { value: verbatim(input), ok: false };
    }
    case "yesNo": {
      const parsed = parseChoice("yesNo", input);
      if (parsed?.detail && !withDetail) return { value: verbatim(input), ok: false };
      return parsed
        ? { value: parsed.key === "yes", ok: true, detail: parsed.detail }
        : { value: verbatim(input), ok: false };
    }
    case "list": {
      const vocab = VOCABULARIES[column.vocabulary as VocabularyKey];
      const text = String(verbatim(input));
      if (vocab.extendable) return { value: text.replace(/\s+/g, " "), ok: true };
      const parsed = parseChoice(vocab.key, input);
      if (parsed?.detail && !withDetail) return { value: text, ok: false };
      return parsed
        ? { value: parsed.key, ok: true, detail: parsed.detail }
        : { value: text, ok: false };
    }
    case "multiList": {
      const parts = String(verbatim(input))
        .split(/\s*[;\n]\s*/)
        .map((part) => part.trim())
        .filter(Boolean);
      return { value: parts.join("; "), ok: true };
    }
    case "score": {
      const n = typeof input === "number" ? input : Number(String(input).trim().replace(",", "."));
      return Number.isFinite(n) && n >= 0 && n <= 10
        ? { value: n, ok: true }
        : { value: verbatim(input), ok: false };
    }
    case "hyperlink":
    case "text":
    case "longText": {
      const value = verbatim(input);
      if (typeof value === "number" && Number.isInteger(value))
        return { value: String(value), ok: true };
      if (typeof value === "boolean" || typeof value === "number")
        return { value: String(value), ok: true };
      return {
        value:
          column.kind === "longText"
            ? value
            : typeof value === "string" && (value.includes("  ") || value.includes("\t"))
              ? value.replace(/[ \t]+/g, " ")
              : value,
        ok: true,
      };
    }
  }
}

type Check = (value: FieldValue) => boolean;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDay(value: FieldValue): boolean {
  if (typeof value !== "string") return false;
  const match = ISO_DAY.exec(value);
  return match !== null && validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function checkFor(column: ColumnDef): Check {
  switch (column.kind) {
    case "date":
      return isIsoDay;
    case "dateTime":
      return (value) => typeof value === "string" && parseDateTime(value) !== null;
    case "yesNo":
      return (value) => typeof value === "boolean";
    case "list": {
      const vocab = VOCABULARIES[column.vocabulary as VocabularyKey];
      if (vocab.extendable) return () => true;
      const keys = new Set(vocab.values.map((entry) => entry.key));
      return (value) => typeof value === "string" && keys.has(value);
    }
    case "score":
      return (value) => typeof value === "number" && value >= 0 && value <= 10;
    default:
      return () => true;
  }
}

// Built once: validation calls this for every cell of every row (50,000 rows in a second).
const CHECKS = new Map<ColumnKey, Check>(
  [...COLUMN_BY_KEY.values()].map((column) => [column.key, checkFor(column)])
);

/** Is a stored value well-formed for its column (what validation checks)? */
export function isCanonical(key: ColumnKey, value: FieldValue): boolean {
  if (value === null || value === "") return true;
  return (CHECKS.get(key) as Check)(value);
}

import { foldText } from "../schema/vocabularies";
import type { RepeatProposal } from "./store";
import type { TrackerRecord, TrackerRow } from "./types";

/**
 * Earlier recommendations an incoming one may repeat. NPMs reword what they
 * repeat ("The NPM reiterates that ..."), so texts are compared as sets of
 * word stems rather than as strings, and only against recommendations made
 * earlier, elsewhere, to the same place or authority: the user confirms
 * each proposal, so precision matters more than catching every repeat.
 */

/**
 * Words every recommendation uses (articles, modal verbs, "the NPM
 * recommends", "ensure"): they would make any two recommendations look
 * alike. English, French and Spanish, folded.
 */
const STOP_WORDS = new Set(
  (
    "the and for that with this from are all its their them they which who whom has have had been being " +
    "should must shall will would could may might into any each every such than other also more most not " +
    "but was were there these those our your his her per upon about over under between within without " +
    "npm mnp cglpl recommends recommend recommended recommendation recommendations reiterates reiterate " +
    "repeats repeat again previous earlier already ensure ensures ensuring take taken measures measure " +
    "necessary appropriate relevant authorities authority order make sure " +
    // Who recommendations are about: nearly all of them name detainees, so sharing these says nothing.
    "detainee detainees detained prisoner prisoners inmate inmates person persons people patient patients " +
    "access provide provided guarantee " +
    "detenus detenues personnes patients acces detenidos detenidas personas pacientes acceso " +
    "les des une uns que qui quoi dans pour par sur aux avec est sont doit doivent soit etre ete leur leurs " +
    "ces cette celui celle ainsi afin tous toutes tout toute plus recommande reitere veiller veille mesures " +
    "necessaires autorites " +
    "los las unos unas que para por con del las sus este esta estos estas debe deben sea ser sido todos " +
    "todas mas recomienda reitera garantizar medidas necesarias autoridades"
  ).split(" ")
);

/** Stems as word prefixes: crude, language-blind and stable ("installation" ~ "install", "cells" ~ "cell"). */
const STEM_LENGTH = 6;

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A stem as the index compares it: a number for a stem of ASCII letters and
 * digits (base 37, one digit per character, so each such stem has its own
 * number; six characters need 32 bits, kept as a 32-bit integer so no
 * number is boxed), the stem itself otherwise. Numbers are found without making a
 * string of each word (50,000 texts when a large tracker is indexed).
 */
type StemKey = number | string;

/** A character's digit in a stem number (a-z 1-26, 0-9 27-36, upper case as lower case), 0 for any other. */
function stemDigit(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  if (code >= 0x41 && code <= 0x5a) return code - 0x40;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 27;
  return 0;
}

function keyOf(stem: string): StemKey {
  let key = 0;
  for (let i = 0; i < stem.length; i++) {
    const digit = stemDigit(stem.charCodeAt(i));
    if (digit === 0) return stem;
    key = (Math.imul(key, 37) + digit) | 0;
  }
  return key;
}

/** The numbers of the stop words of up to STEM_LENGTH characters: such a word is one when its number is. */
const SHORT_STOPS = new Set<StemKey>();
/** The longer stop words by the number of their first STEM_LENGTH characters. */
const LONG_STOPS = new Map<StemKey, string[]>();
for (const word of STOP_WORDS) {
  if (word.length <= STEM_LENGTH) SHORT_STOPS.add(keyOf(word));
  else {
    const prefix = keyOf(word.slice(0, STEM_LENGTH));
    LONG_STOPS.set(prefix, [...(LONG_STOPS.get(prefix) ?? []), word]);
  }
}

/** Whether text[start, end) is a stop word, `key` the number of its first STEM_LENGTH characters: no string made. */
function isStopWord(text: string, start: number, end: number, key: StemKey): boolean {
  const length = end - start;
  if (length <= STEM_LENGTH) return SHORT_STOPS.has(key);
  const words = LONG_STOPS.get(key);
  if (words === undefined) return false;
  return words.some((word) => {
    if (word.length !== length) return false;
    // The first STEM_LENGTH characters are the same (the key says so); upper case reads as lower case.
    for (let k = STEM_LENGTH; k < length; k++) {
      const code = text.charCodeAt(start + k);
      if ((code >= 0x41 && code <= 0x5a ? code + 0x20 : code) !== word.charCodeAt(k)) return false;
    }
    return true;
  });
}

/** A word's stem, or null for a stop word or a word too short. */
function stemOf(word: string): string | null {
  if (word.length < 3 || STOP_WORDS.has(word)) return null;
  // Plural and third-person endings first, so "cells" and "cell" meet even when short.
  const singular =
    word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  return singular.slice(0, STEM_LENGTH);
}

/** Each stem of a text in order (repeats included), as its key: prefixes of its words, stop words left out. */
function eachStem(text: string, visit: (stem: StemKey) => void): void {
  if (!ASCII.test(text)) {
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      const stem = stemOf(word);
      if (stem !== null) visit(keyOf(stem));
    }
    return;
  }
  // ASCII text folds to its lower case, and its words are its runs of letters and digits: the same
  // stems as stemOf gives, worked out character by character as numbers.
  let start = -1;
  // The number of the word's first characters (up to STEM_LENGTH), and of one character fewer.
  let key = 0;
  let shorter = 0;
  for (let i = 0; i <= text.length; i++) {
    const digit = i < text.length ? stemDigit(text.charCodeAt(i)) : 0;
    if (digit !== 0) {
      if (start < 0) {
        start = i;
        key = 0;
      }
      if (i - start < STEM_LENGTH) {
        shorter = key;
        key = (Math.imul(key, 37) + digit) | 0;
      }
      continue;
    }
    const length = i - start;
    if (start >= 0 && length >= 3) {
      if (!isStopWord(text, start, i, key)) {
        // stemOf's plural rule: a word of 5 or 6 characters loses its final "s" (not "ss") in the stem.
        const last = text.charCodeAt(i - 1) | 0x20;
        const plural =
          length > 4 &&
          length <= STEM_LENGTH &&
          last === 0x73 &&
          (text.charCodeAt(i - 2) | 0x20) !== 0x73;
        visit(plural ? shorter : key);
      }
    }
    start = -1;
  }
}

/** The stems of a text, once each, leaving out those of `except` (the place or authority both texts name). */
function stemSet(text: string, except?: Set<StemKey>): Set<StemKey> {
  const out = new Set<StemKey>();
  eachStem(text, (stem) => {
    if (!except?.has(stem)) out.add(stem);
  });
  return out;
}

function dice(a: Set<StemKey>, b: Set<StemKey>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const stem of small) if (large.has(stem)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** 0-1: the Dice coefficient of the two texts' word-stem sets (1 = the same words). Deterministic. */
export function textSimilarity(a: string, b: string): number {
  return dice(stemSet(a), stemSet(b));
}

/**
 * Proposed at or above this similarity. Chosen with the cases in
 * test/core/tracker/repeats.test.ts: reworded repeats score 0.6-1,
 * different recommendations to the same authority, sharing words such as
 * "doctor", "hours" or "restraint", 0-0.4.
 */
export const REPEAT_THRESHOLD = 0.5;

/** How many of an incoming text's rarest stems find candidates; the exact score then decides. */
const PROBE_STEMS = 8;
/** Stems in more rows than this say nothing about which row it repeats. */
const MAX_POSTING = 5000;
/** Candidates scored exactly per incoming recommendation. */
const MAX_CANDIDATES = 60;

function text(values: TrackerRecord, key: keyof TrackerRecord): string {
  const value = values[key];
  return typeof value === "string" ? value : "";
}

/** A list of numbers in one typed array, grown by doubling: no JS array or object per entry. */
class Numbers {
  values: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.values = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }
}

/**
 * The tracker's recommendations indexed by stem, so 500 incoming
 * recommendations against 50,000 rows compare each with a few dozen rows,
 * not all of them. Each distinct stem is a number; a row's stems are a
 * range of one pool of numbers, and a stem's rows a range of another, not
 * a set of strings per row or an array per stem (a large tracker has tens
 * of thousands of stems).
 */
export class RepeatIndex {
  /** Per indexed row (in the tracker's order): the row, and what the filter of candidates compares. */
  private readonly rows: TrackerRow[] = [];
  private readonly places: string[] = [];
  private readonly authorities: string[] = [];
  private readonly sources: string[] = [];
  private readonly dates: string[] = [];
  private readonly stemIds = new Map<StemKey, number>();
  /** Row i's stems (as numbers, once each) are pool[rowStart[i], rowStart[i + 1]). */
  private readonly pool = new Numbers(1 << 16);
  private readonly rowStart = new Numbers(1 << 12);
  /** Stem n's rows (indexes into `rows`, ascending) are postingRows[postingStart[n], postingStart[n + 1]). */
  private readonly postingStart: Int32Array;
  private readonly postingRows: Int32Array;

  constructor(rows: readonly TrackerRow[]) {
    // Per stem number, how many rows have it and the last row that took it (a row takes each stem once).
    const counts = new Numbers(1 << 12);
    const takenBy = new Numbers(1 << 12);
    let at = 0;
    const visit = (stem: StemKey) => {
      let n = this.stemIds.get(stem);
      if (n === undefined) {
        n = counts.size;
        this.stemIds.set(stem, n);
        counts.push(0);
        takenBy.push(-1);
      }
      if (takenBy.values[n] === at) return;
      takenBy.values[n] = at;
      counts.values[n]++;
      this.pool.push(n);
    };
    for (const row of rows) {
      const id = text(row.values, "id");
      const body = text(row.values, "text");
      if (id === "" || body === "") continue;
      const place = foldText(text(row.values, "place"));
      const authority = foldText(text(row.values, "authority"));
      if (!place && !authority) continue;
      at = this.rows.length;
      this.rowStart.push(this.pool.size);
      eachStem(body, visit);
      this.rows.push(row);
      this.places.push(place);
      this.authorities.push(authority);
      this.sources.push(text(row.values, "source").trim());
      this.dates.push(text(row.values, "dateMade"));
    }
    this.rowStart.push(this.pool.size);
    // The postings laid out stem after stem, each in the rows' order.
    this.postingStart = new Int32Array(counts.size + 1);
    for (let n = 0; n < counts.size; n++)
      this.postingStart[n + 1] = this.postingStart[n] + counts.values[n];
    this.postingRows = new Int32Array(this.postingStart[counts.size]);
    const next = this.postingStart.slice(0, counts.size);
    for (let r = 0; r < this.rows.length; r++)
      for (let k = this.rowStart.values[r]; k < this.rowStart.values[r + 1]; k++)
        this.postingRows[next[this.pool.values[k]]++] = r;
  }

  /**
   * The earlier recommendation `incoming` most likely repeats: another
   * source, made before `incoming.dateMade` (or undated), for the same place
   * or authority, at or above REPEAT_THRESHOLD; undefined when none.
   */
  propose(incoming: TrackerRecord, source: string): RepeatProposal | undefined {
    const place = foldText(text(incoming, "place"));
    const authority = foldText(text(incoming, "authority"));
    if (!place && !authority) return undefined;
    // Both texts naming the same prison or ministry is why they are compared, not a sign they match.
    const named = stemSet(`${text(incoming, "place")} ${text(incoming, "authority")}`);
    const stems = stemSet(text(incoming, "text"), named);
    const date = text(incoming, "dateMade");
    const probes: { from: number; length: number }[] = [];
    for (const stem of stems) {
      const n = this.stemIds.get(stem);
      if (n === undefined) continue;
      const from = this.postingStart[n];
      const length = this.postingStart[n + 1] - from;
      if (length <= MAX_POSTING) probes.push({ from, length });
    }
    probes.sort((a, b) => a.length - b.length);
    const hits = new Map<number, number>();
    for (const { from, length } of probes.slice(0, PROBE_STEMS))
      for (let k = from; k < from + length; k++) {
        const at = this.postingRows[k];
        hits.set(at, (hits.get(at) ?? 0) + 1);
      }
    const candidates = [...hits.entries()]
      .filter(
        ([at]) =>
          this.sources[at] !== source.trim() &&
          (this.dates[at] === "" || date === "" || this.dates[at] < date) &&
          ((place !== "" && this.places[at] === place) ||
            (authority !== "" && this.authorities[at] === authority))
      )
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES);
    // The Dice coefficient of the two stem sets, the row's without the named stems (`stems` has none of them).
    const wanted = new Set<number>();
    for (const stem of stems) {
      const n = this.stemIds.get(stem);
      if (n !== undefined) wanted.add(n);
    }
    const dropped = new Set<number>();
    for (const stem of named) {
      const n = this.stemIds.get(stem);
      if (n !== undefined) dropped.add(n);
    }
    let best: { at: number; similarity: number } | null = null;
    for (const [at] of candidates) {
      let size = 0;
      let shared = 0;
      for (let k = this.rowStart.values[at]; k < this.rowStart.values[at + 1]; k++) {
        const n = this.pool.values[k];
        if (dropped.has(n)) continue;
        size++;
        if (wanted.has(n)) shared++;
      }
      const similarity = stems.size === 0 || size === 0 ? 0 : (2 * shared) / (stems.size + size);
      if (
        similarity >= REPEAT_THRESHOLD &&
        (!best || similarity > best.similarity || (similarity === best.similarity && at < best.at))
      )
        best = { at, similarity };
    }
    if (!best) return undefined;
    const values = this.rows[best.at].values;
    return {
      id: text(values, "id"),
      ref: text(values, "ref"),
      text: text(values, "text"),
      report: text(values, "report") || text(values, "source"),
      similarity: Math.round(best.similarity * 1000) / 1000,
    };
  }
}

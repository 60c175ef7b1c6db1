import { blankQuotes, foldAccents, splitSentences } from "../language";
import { matchingText, type CompiledCue, type CompiledLexicon, type MatchingText } from "./compile";
import type { AnchoredKey, CueKey } from "./lexicon/types";
import type { Span } from "./types";

export interface Sentence {
  start: number;
  end: number;
  /** Asks someone to do something (as opposed to a finding or a standard). */
  operative: boolean;
  /** Lies in the context rather than in the recommendation. */
  inContext: boolean;
  words: number;
}

/** A word of the text: letters and digits, with inner hyphens and apostrophes ("part-time", "l'État" is two words). */
export interface Token {
  start: number;
  end: number;
  /** The word in lower case, accents folded. */
  lower: string;
  /** Starts with a capital letter. */
  capital: boolean;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code > 127 &&
      code !== 160 &&
      code !== 8217 &&
      code !== 8230 &&
      !(code >= 8192 && code <= 8303))
  );
}

export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** French elisions are words of their own: "l'administration" is "l'" and "administration". */
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/i;
const UPPER = /^\p{Lu}/u;

/** The words of text[from, to), in order. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null && match.index < to) {
    let start = match.index;
    const end = Math.min(to, start + match[0].length);
    let word = text.slice(start, end);
    const elision = ELISION.exec(word);
    if (elision) {
      // an elided article is a word of its own, spelled alike whether or not the span cuts off what follows
      const cut = elision[0].length;
      out.push({
        start,
        end: start + cut,
        lower: word.slice(0, cut).toLowerCase().replace("’", "'"),
        capital: false,
      });
      if (cut === word.length) continue;
      start += cut;
      word = word.slice(cut);
    }
    out.push({ start, end, lower: foldAccents(word.toLowerCase()), capital: UPPER.test(word) });
  }
  return out;
}

/** All matches of a global expression over `text`, as spans, in order. */
export function findAll(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const end = match.index + match[0].length;
    if (end === match.index) {
      re.lastIndex++; // a zero-length match must not stall the scan
      continue;
    }
    out.push([match.index, end]);
  }
  return out;
}

/** The end of a sticky match of `re` at `at`, or -1. */
export function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const match = re.exec(text);
  return match === null ? -1 : match.index + match[0].length;
}

/**
 * The input as the rules see it: the context and the recommendation joined
 * by a line break (so that spans are computed once), cut into sentences by
 * the one splitter of src/core/language, with each cue family matched once
 * and cached.
 */
export class Doc {
  readonly full: string;
  /** `full` with accents folded, in the forms cues are matched on. */
  private readonly matching: MatchingText;
  /** Where the recommendation starts in `full`. */
  readonly offset: number;
  readonly sentences: Sentence[];
  private readonly hitCache = new Map<CueKey, Span[]>();
  private readonly operativeCache = new Map<CueKey, Span[]>();
  private allTokens: Token[] | undefined;
  private unquoted: string | undefined;

  constructor(
    readonly lex: CompiledLexicon,
    context: string,
    text: string
  ) {
    this.full = context.length ? `${context}\n${text}` : text;
    this.offset = context.length ? context.length + 1 : 0;
    this.matching = matchingText(foldAccents(this.full));
    const spans = context.length
      ? [
          ...splitSentences(this.full, 0, context.length),
          ...splitSentences(this.full, this.offset, this.full.length),
        ]
      : splitSentences(this.full, 0, this.full.length);
    this.sentences = spans.map(([spanStart, end]) => {
      const start = this.afterLabel(spanStart, end);
      return {
        start,
        end,
        operative: false,
        inContext: start < this.offset,
        words: countWords(this.full, start, end),
      };
    });
    this.markOperative();
  }

  /**
   * Where a sentence's words start, after a label that numbers the item ("Recommendation 3 Ensure
   * …", "Recomendación 3. Que …"): the label is not part of the sentence, so its words are read as
   * neither the addressee nor the ask. A sentence that is only a label keeps it.
   */
  private afterLabel(start: number, end: number): number {
    const label = this.anchoredAt("itemLabel", start);
    return label > start && label < end && countWords(this.full, label, end) > 0 ? label : start;
  }

  private markOperative(): void {
    for (const [start] of this.hits("directive")) {
      const s = this.sentenceAt(start);
      if (s) s.operative = true;
    }
    for (const s of this.sentences) {
      if (!s.operative && this.opensWithImperative(s)) s.operative = true;
    }
    // A recommendation with no operative sentence (a bare noun phrase, a list
    // item) is operative as a whole: it is what the NPM asks for.
    const textSentences = this.sentences.filter((s) => !s.inContext);
    if (!textSentences.some((s) => s.operative)) {
      for (const s of textSentences) s.operative = true;
    }
  }

  /**
   * The sentence starts with an imperative or infinitive, or a numbered item introduced by a colon
   * does ("… les préconisations suivantes : 6- Poursuivre les travaux …", "… as follows: 2. Install
   * …"). Without a number the words after a colon may be a finding ("… constaté : entre 10 et 20 …").
   */
  private opensWithImperative(s: Sentence): boolean {
    if (this.anchoredAt("imperative", s.start) > 0) return true;
    for (let at = this.full.indexOf(":", s.start); at >= 0 && at < s.end;) {
      let from = at + 1;
      while (from < s.end && /\s/.test(this.full[from])) from++;
      const item = this.afterLabel(from, s.end);
      if (item > from && this.anchoredAt("imperative", item) > 0) return true;
      at = this.full.indexOf(":", at + 1);
    }
    return false;
  }

  hits(key: CueKey): Span[] {
    let found = this.hitCache.get(key);
    if (!found) {
      const cue = this.lex.cues[key];
      found = findAll(cue.re, this.textFor(cue));
      this.hitCache.set(key, found);
    }
    return found;
  }

  /**
   * The words of full[from, to), exactly as `tokenize(full, from, to)` reads them, taken from the
   * words of the whole input read once: the rules ask for the words of many overlapping spans.
   */
  tokens(from: number, to: number): Token[] {
    if (from >= to) return [];
    const all = (this.allTokens ??= tokenize(this.full, 0, this.full.length));
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].end <= from) lo = mid + 1;
      else hi = mid;
    }
    // starting inside a word, the rest of it is read as a word of its own (even an elided "qu'")
    if (lo < all.length && all[lo].start < from) return tokenize(this.full, from, to);
    const out: Token[] = [];
    for (let i = lo; i < all.length && all[i].start < to; i++) {
      const token = all[i];
      if (token.end <= to) out.push(token);
      else {
        out.push(...tokenize(this.full, token.start, to));
        break;
      }
    }
    return out;
  }

  anchoredAt(key: AnchoredKey, at: number): number {
    const cue = this.lex.anchored[key];
    return matchAt(cue.re, this.textFor(cue), at);
  }

  /** `full` with quoted passages blanked out (see blankQuotes), worked out when first asked. */
  withoutQuotes(): string {
    return (this.unquoted ??= blankQuotes(this.full));
  }

  private textFor(cue: CompiledCue): string {
    return cue.caseless ? this.matching.caseless : this.matching.cased;
  }

  /** The sentence containing position `at` (binary search), or undefined. */
  sentenceAt(at: number): Sentence | undefined {
    const list = this.sentences;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid];
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Hits of `key` that start inside an operative sentence. */
  operativeHits(key: CueKey): Span[] {
    let found = this.operativeCache.get(key);
    if (!found) {
      found = this.hits(key).filter(([start]) => this.sentenceAt(start)?.operative === true);
      this.operativeCache.set(key, found);
    }
    return found;
  }

  operativeSentences(): Sentence[] {
    return this.sentences.filter((s) => s.operative);
  }

  text(span: Span): string {
    return this.full.slice(span[0], span[1]);
  }
}

/** Whether any span in `spans` starts inside `range`. */
export function startsIn(spans: readonly Span[], range: Span): boolean {
  for (const [start] of spans) {
    if (start >= range[0] && start < range[1]) return true;
  }
  return false;
}

/** The spans of `spans` that start inside `range`. */
export function within(spans: readonly Span[], range: Span): Span[] {
  return spans.filter(([start]) => start >= range[0] && start < range[1]);
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

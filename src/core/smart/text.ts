import type { CompiledLexicon } from "./compile";
import type { CueKey, AnchoredKey } from "./lexicon/types";
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

const SENTENCE_END = /[.!?]+["'’”)\]]*(?=\s|$)|\n/g;

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code > 127
  );
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
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

/** True when the dot at `dot` closes an abbreviation ("e.g.", "No.") or an initial. */
function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let i = dot;
  const floor = Math.max(0, dot - 12);
  while (i > floor) {
    const code = text.charCodeAt(i - 1);
    if (isWordChar(code) || code === 46) i--;
    else break;
  }
  const word = text.slice(i, dot);
  if (word.length === 1 && /[A-Za-z]/.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

/** Splits [from, to) of `text` into trimmed sentence spans. */
export function splitSentences(
  text: string,
  from: number,
  to: number,
  abbreviations: ReadonlySet<string>
): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  SENTENCE_END.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = SENTENCE_END.exec(text)) !== null && match.index < to) {
    const end = Math.min(to, match.index + match[0].length);
    if (
      match[0][0] === "." &&
      match[0].length === 1 &&
      isAbbreviation(text, match.index, abbreviations)
    ) {
      continue;
    }
    push(start, end);
    start = end;
  }
  push(start, to);
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
 * by a line break (so that spans are computed once), cut into sentences,
 * with each cue family matched once and cached.
 */
export class Doc {
  readonly full: string;
  /** Where the recommendation starts in `full`. */
  readonly offset: number;
  readonly sentences: Sentence[];
  private readonly hitCache = new Map<CueKey, Span[]>();

  constructor(
    readonly lex: CompiledLexicon,
    context: string,
    text: string
  ) {
    this.full = context.length ? `${context}\n${text}` : text;
    this.offset = context.length ? context.length + 1 : 0;
    const spans = context.length
      ? [
          ...splitSentences(this.full, 0, context.length, lex.abbreviations),
          ...splitSentences(this.full, this.offset, this.full.length, lex.abbreviations),
        ]
      : splitSentences(this.full, 0, this.full.length, lex.abbreviations);
    this.sentences = spans.map(([start, end]) => ({
      start,
      end,
      operative: false,
      inContext: start < this.offset,
      words: countWords(this.full, start, end),
    }));
    this.markOperative();
  }

  private markOperative(): void {
    for (const [start] of this.hits("directive")) {
      const s = this.sentenceAt(start);
      if (s) s.operative = true;
    }
    for (const s of this.sentences) {
      if (!s.operative && this.anchoredAt("imperative", s.start) > 0) s.operative = true;
    }
    // A recommendation with no operative sentence (a bare noun phrase, a list
    // item) is operative as a whole: it is what the NPM asks for.
    const textSentences = this.sentences.filter((s) => !s.inContext);
    if (!textSentences.some((s) => s.operative)) {
      for (const s of textSentences) s.operative = true;
    }
  }

  hits(key: CueKey): Span[] {
    let found = this.hitCache.get(key);
    if (!found) {
      found = findAll(this.lex.cues[key], this.full);
      this.hitCache.set(key, found);
    }
    return found;
  }

  anchoredAt(key: AnchoredKey, at: number): number {
    return matchAt(this.lex.anchored[key], this.full, at);
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
    return this.hits(key).filter(([start]) => this.sentenceAt(start)?.operative === true);
  }

  operativeSentences(): Sentence[] {
    return this.sentences.filter((s) => s.operative);
  }

  /** Clauses of the operative sentences, split at the lexicon's clause breaks. */
  operativeClauses(): Span[] {
    const breaks = this.hits("clauseBreak");
    const out: Span[] = [];
    let b = 0;
    for (const s of this.sentences) {
      while (b < breaks.length && breaks[b][0] < s.start) b++;
      if (!s.operative) continue;
      let start = s.start;
      let i = b;
      while (i < breaks.length && breaks[i][0] < s.end) {
        if (breaks[i][0] > start) out.push([start, breaks[i][0]]);
        start = Math.max(start, breaks[i][1]);
        i++;
      }
      if (s.end > start) out.push([start, s.end]);
    }
    return out;
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

export function within(spans: readonly Span[], range: Span): Span[] {
  return spans.filter(([start]) => start >= range[0] && start < range[1]);
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

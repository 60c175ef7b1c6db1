/**
 * Where the finder collects what it finds: each scored stretch becomes a
 * finding (from the threshold up) or, when asked for, a candidate.
 */
import { blankQuotes, type Language } from "../language";
import type { ReportParagraph } from "../model/report";
import type { AnyLanguage, Compiled } from "./compile";
import { deadlineIn, priorityIn } from "./details";
import {
  CANDIDATE_THRESHOLD,
  FINDER_THRESHOLD,
  type Scored,
  type SectionKind,
  type UnitContext,
} from "./score";
import type { FoundRecommendation } from "./types";

/** What the finder knows of the whole report before reading it paragraph by paragraph. */
export interface Report {
  body: ReportParagraph[];
  language: Language;
  /** Words of a paragraph, counted once. */
  words: (p: ReportParagraph) => number;
  lexicon: (p: ReportParagraph) => Compiled;
  structure: AnyLanguage;
  isOwnBody: (name: string) => boolean;
  isOwnVoice: (name: string) => boolean;
  explicit: boolean;
  paragraphNumbering: boolean;
  boldSelective: boolean;
  /** The report prints its recommending sentences in bold (the CPT's practice). */
  boldRecommendations: boolean;
}

/** Where a stretch of text stands: its section, whether it answers the authorities, its addressee. */
export interface Place {
  section: SectionKind;
  reply: boolean;
  addressee: string | null;
  /** The heading or line that named the addressee, as written. */
  introduction: string | null;
}

/** What the scorer knows of a stretch: its place in the report, and the report's habits. */
export function unitContext(
  report: Report,
  place: Place,
  overrides: Partial<UnitContext> = {}
): UnitContext {
  return {
    section: place.section,
    item: false,
    stem: false,
    label: false,
    tableColumn: false,
    bold: 0,
    reply: place.reply,
    explicitReport: report.explicit || report.boldRecommendations,
    boldReport: report.boldRecommendations,
    isOwnBody: report.isOwnBody,
    isOwnVoice: report.isOwnVoice,
    ...overrides,
  };
}

interface Finding {
  rec: FoundRecommendation;
  /** Where the context sentences are in the paragraph, to cut them from the original text. */
  contextSpan: [number, number] | null;
}

export interface Sink {
  report: Report;
  out: Finding[];
  candidates: boolean;
}

/** Records a scored stretch as a finding or a candidate, with what it says about itself; false when left out. */
export function record(
  sink: Sink,
  c: Compiled,
  p: ReportParagraph,
  span: { start: number; end: number } | null,
  text: string,
  scored: Pick<Scored, "score" | "reasons" | "addressee">,
  extra: {
    context?: [number, number];
    ref?: string;
    addressee?: string | null;
    introduction?: string | null;
    repeated?: boolean;
    timeframe?: string;
    deadline?: string;
    priority?: string;
    force?: boolean;
  } = {}
): boolean {
  const taken = extra.force || scored.score >= FINDER_THRESHOLD;
  if (!taken && !(sink.candidates && scored.score >= CANDIDATE_THRESHOLD)) return false;
  const rec: FoundRecommendation = {
    text,
    paragraph: p.index,
    span,
    context: extra.context ? p.text.slice(extra.context[0], extra.context[1]).trim() : "",
    score: Math.round(scored.score * 100) / 100,
    reasons: scored.reasons,
    language: c.language,
  };
  if (!taken) rec.candidate = true;
  if (extra.ref !== undefined) rec.ref = extra.ref;
  const who = scored.addressee ?? extra.addressee ?? undefined;
  if (who) rec.addressee = who;
  if (extra.introduction) rec.introduction = extra.introduction;
  if (extra.timeframe) rec.timeframe = extra.timeframe;
  const deadline = extra.deadline ?? deadlineIn(c, text);
  if (deadline) rec.deadline = deadline;
  const priority = extra.priority ?? priorityIn(c, text);
  if (priority) rec.priority = priority;
  if (
    extra.repeated ||
    c.repeated.test(text) ||
    (rec.context !== "" && c.repeated.test(rec.context))
  )
    rec.repeated = true;
  const tag = p.contentControlTag;
  if (tag && tag.startsWith("opcat-rec:")) rec.tag = tag;
  sink.out.push({ rec, contextSpan: extra.context ?? null });
  return true;
}

const CLOSING: Record<string, string> = { "«": "»", "“": "”", '"': '"' };

/**
 * A quotation that opens the paragraph and is a passage of its own (12
 * words or more), as [start, end) including its marks: a report quoting a
 * recommendation or a standard as a block, whose words are read as text.
 */
export function leadingQuotation(text: string): [number, number] | null {
  const m = /^\s*([«“"])/.exec(text);
  if (!m) return null;
  const start = m[0].length - 1;
  const end = text.indexOf(CLOSING[m[1]], start + 1);
  if (end < 0) return null;
  const inside = text.slice(start + 1, end);
  if ((inside.match(/\S+/g) ?? []).length < 12) return null;
  return [start, end + 1];
}

/**
 * The text with quoted passages blanked (what a law or a person says is not
 * the report's voice), except a quotation that opens the paragraph as a
 * passage of its own: a report quoting a recommendation or a provision as a
 * block is read as text (the cues for law and reported speech still apply).
 */
export function ownWords(text: string): string {
  const blanked = blankQuotes(text);
  const lead = leadingQuotation(text);
  if (!lead) return blanked;
  return blanked.slice(0, lead[0]) + text.slice(lead[0], lead[1]) + blanked.slice(lead[1]);
}

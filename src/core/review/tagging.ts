import type { FoundRecommendation } from "../extract/types";
import type { Language } from "../language";
import { hasIds, keyedNow } from "../model/identity";
import type { ReportParagraph } from "../model/report";
import { RecommendationMeta, ReportMetadata, newRecommendationMeta } from "../model/reportMetadata";
import { metaForFinding } from "./session";

/**
 * What tagging a report decides, before any host is called: each new
 * recommendation's id (never one the report uses), the title its content
 * control shows in Word, where it lies, and the metadata to save with it.
 * The Word adapter only carries it out; the pane only asks.
 */

/** Where one recommendation is to be wrapped in a content control. */
export interface TagRequest {
  id: string;
  /** Index of the paragraph in document.body.paragraphs (ReportParagraph.index of the Word reader). */
  bodyParagraph: number;
  /** The paragraph's text as read, to detect a document changed since. */
  paragraphText: string;
  /** Character span of the recommendation in that text; null for the whole paragraph. */
  span: { start: number; end: number } | null;
  /**
   * For a recommendation over several paragraphs (one marked by hand): the
   * last paragraph's index; the control then covers the paragraphs from
   * bodyParagraph to this one, whole.
   */
  lastParagraph?: number;
  title: string;
}

/** The title a recommendation's content control shows in Word, in the pane's language. */
const CONTROL_TITLES: Record<Language, { bare: string; numbered: string }> = {
  en: { bare: "Recommendation", numbered: "Recommendation {ref}" },
  fr: { bare: "Recommandation", numbered: "Recommandation {ref}" },
  es: { bare: "Recomendación", numbered: "Recomendación {ref}" },
};

export function controlTitle(language: Language, ref = ""): string {
  const titles = CONTROL_TITLES[language];
  return ref.trim() ? titles.numbered.replace("{ref}", ref.trim()) : titles.bare;
}

/** A fresh id that no recommendation of the report uses (nor its report id). */
function idMaker(metadata: ReportMetadata, newId: () => string): () => string {
  const used = new Set(metadata.recommendations.map((r) => r.id));
  if (metadata.report.id) used.add(metadata.report.id);
  return () => {
    let id = newId();
    while (used.has(id)) id = newId();
    used.add(id);
    return id;
  };
}

/**
 * The report's first ids are given under its present title and date
 * (identity.ts): a copy later saved as another report is then noticed.
 */
export function keyedIfFirst(
  before: ReportMetadata,
  after: ReportMetadata,
  guessed: { title: string; date: string }
): ReportMetadata {
  return !hasIds(before) || !before.report.keyedAs ? keyedNow(after, guessed) : after;
}

export interface TaggingPlan {
  requests: TagRequest[];
  /** The metadata with the new recommendations added (and keyed, for a report's first ids). */
  metadata: ReportMetadata;
}

/** Tags for the findings of the finder (Find, or a possible recommendation the user ticked). */
export function planTagging(
  found: FoundRecommendation[],
  paragraphs: ReportParagraph[],
  metadata: ReportMetadata,
  options: { language: Language; guessed: { title: string; date: string }; newId: () => string }
): TaggingPlan {
  const fresh = idMaker(metadata, options.newId);
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const requests: TagRequest[] = [];
  const metas: RecommendationMeta[] = [];
  for (const f of found) {
    const paragraph = byIndex.get(f.paragraph);
    if (!paragraph) continue;
    const id = fresh();
    requests.push({
      id,
      bodyParagraph: paragraph.index,
      paragraphText: paragraph.text,
      span: f.span,
      title: controlTitle(options.language, f.ref ?? ""),
    });
    metas.push(metaForFinding(id, f, metadata.report));
  }
  const next = { ...metadata, recommendations: [...metadata.recommendations, ...metas] };
  return {
    requests,
    metadata: metas.length > 0 ? keyedIfFirst(metadata, next, options.guessed) : metadata,
  };
}

/** The id, title and metadata for the selection the user marks as a recommendation. */
export function planMark(
  metadata: ReportMetadata,
  options: { language: Language; guessed: { title: string; date: string }; newId: () => string }
): { id: string; title: string; metadata: ReportMetadata } {
  const id = idMaker(metadata, options.newId)();
  const next = {
    ...metadata,
    recommendations: [
      ...metadata.recommendations,
      newRecommendationMeta(id, {
        addressee: metadata.report.addressee,
        theme: metadata.report.theme,
        type: metadata.report.type,
      }),
    ],
  };
  return {
    id,
    title: controlTitle(options.language),
    metadata: keyedIfFirst(metadata, next, options.guessed),
  };
}

/** The report's id for a first send: one no recommendation uses, keyed when the report had no ids. */
export function withReportId(
  metadata: ReportMetadata,
  guessed: { title: string; date: string },
  newId: () => string
): ReportMetadata {
  if (metadata.report.id) return metadata;
  const next = { ...metadata, report: { ...metadata.report, id: idMaker(metadata, newId)() } };
  return keyedIfFirst(metadata, next, guessed);
}

/** What unmarking takes out of the metadata, kept so that it can be put back. */
export interface Unmarked {
  meta: RecommendationMeta;
  /** Its place in the metadata's list. */
  index: number;
  /** The text its control held (paragraphs joined by "\r"), to find it again. */
  text: string;
}

export function unmarked(
  metadata: ReportMetadata,
  id: string,
  text: string
): { metadata: ReportMetadata; removed: Unmarked } {
  const index = metadata.recommendations.findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`No recommendation ${id} in this report.`);
  return {
    metadata: {
      ...metadata,
      recommendations: metadata.recommendations.filter((r) => r.id !== id),
    },
    removed: { meta: metadata.recommendations[index], index, text },
  };
}

/** The metadata with an unmarked recommendation back in its place. */
export function restored(metadata: ReportMetadata, removed: Unmarked): ReportMetadata {
  const list = metadata.recommendations.filter((r) => r.id !== removed.meta.id);
  list.splice(Math.min(removed.index, list.length), 0, removed.meta);
  return { ...metadata, recommendations: list };
}

/**
 * Where a text that was a recommendation lies now, to tag it again: in one
 * paragraph (its span), or over consecutive paragraphs (whole), the first
 * place not inside another tag. Null when the text is no longer there.
 */
export function relocate(
  text: string,
  paragraphs: ReportParagraph[],
  id: string,
  title: string
): TagRequest | null {
  const lines = text.split("\r");
  const body = paragraphs.filter((p) => p.part === "body");
  for (let i = 0; i < body.length; i++) {
    const p = body[i];
    if (p.contentControlTag) continue;
    if (lines.length === 1) {
      const start = p.text.indexOf(lines[0]);
      if (start < 0 || lines[0].trim() === "") continue;
      return {
        id,
        bodyParagraph: p.index,
        paragraphText: p.text,
        span: { start, end: start + lines[0].length },
        title,
      };
    }
    const run = body.slice(i, i + lines.length);
    if (run.length < lines.length) break;
    const fits =
      run[0].text.endsWith(lines[0]) &&
      run[run.length - 1].text.startsWith(lines[lines.length - 1]) &&
      lines.slice(1, -1).every((line, k) => run[k + 1].text === line) &&
      run.every((r, k) => k === 0 || (!r.contentControlTag && r.index === run[k - 1].index + 1));
    if (fits)
      return {
        id,
        bodyParagraph: p.index,
        paragraphText: p.text,
        span: null,
        lastParagraph: run[run.length - 1].index,
        title,
      };
  }
  return null;
}

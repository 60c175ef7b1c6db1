import { detectLanguage, splitSentences, type Language } from "../language";
import type { ReportParagraph } from "../model/report";
import { anyLanguageStructure, compiledLexicons, type AnyLanguage } from "./compile";
import { addresseeIn, stripArticle } from "./details";
import {
  CANDIDATE_THRESHOLD,
  FINDER_THRESHOLD,
  bodyTriggerIn,
  opensLikeRequest,
  scoreText,
  type SectionKind,
  type UnitContext,
} from "./score";
import {
  leadingQuotation,
  ownWords,
  record,
  unitContext,
  type Place,
  type Report,
  type Sink,
} from "./sink";
import { tableRecommendations } from "./tables";
import type { FindOptions, FinderReason, FoundRecommendation } from "./types";

export type { FindOptions, FinderReason, FoundRecommendation, FindRecommendations } from "./types";
export { FINDER_THRESHOLD, CANDIDATE_THRESHOLD } from "./score";

/**
 * Finds the recommendations of a report in its paragraphs, in whatever
 * layout and voice the report uses: "The NPM recommends ..." and "The
 * Subcommittee recommends ..." sentences among the findings, lists and
 * tables in a recommendations chapter, labelled resolutions
 * ("RECOMENDACIÓN:", "Recommandation n° 3 :"), items under a stem ("The
 * State party should: (a) ..."), "X should ..." in preliminary
 * observations. Every paragraph, list item, table-cell line and sentence is
 * a candidate, scored from its cues (./score.ts); what reaches the
 * threshold is returned, and with `candidates: true` what comes close too,
 * flagged, so that nothing is dropped silently. Each report, and each
 * paragraph clearly in another language, is read with the lexicon of its
 * own language.
 */

/**
 * Word writes non-breaking spaces ("31 December") and typographic
 * apostrophes ("NPM’s"); the lexicons are written with plain ones. Both are
 * replaced one character for one, so positions hold and the texts returned
 * are cut from the original.
 */
function forMatching(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/(?<=\p{L})[\u2019\u02bc](?=\p{L})/gu, "'");
}

/** Words (runs of non-space characters), counted without building them. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Typed numbering at the start of a paragraph: "1.", "2)", "(3)", "a)", "iv.", "R12:", "14.1.2", or a typed bullet. */
const TYPED_NUMBER =
  /^\s*(?:[«“"]\s*)?(\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6}|R\d{1,3})[.):]|\d{1,3}(?:\.\d{1,3})+|\(\d{1,3}\)|\([a-z]\)|[-\u2013\u2014\u2022\u00b7\u25aa\u25cf\u27a2*])\s+(?=\S)/i;
/** A paragraph number as UN and Council of Europe reports print them ("17."). */
const PARAGRAPH_NUMBER = /^\s*(?:[«“"]\s*)?(\d{1,3})\.\s+(?=\S)/;

/** A heading's words: its numbering ("2.1", "III.", "Chapter 3 –", "Annex:") and final stop left out. */
function headingText(s: AnyLanguage, text: string): string {
  return text
    .replace(s.sectionLead, "")
    .replace(s.sectionNumber, "")
    .replace(/\s*[:.]\s*$/, "")
    .trim();
}

function cleanRef(label: string): string | undefined {
  const ref = label
    .trim()
    .replace(/[.:]$/, "")
    .replace(/^\((.*)\)$/, "$1");
  return ref === "" || /^[•·\-–—o▪■□●○➢✓*]$/.test(ref) ? undefined : ref;
}

// ---------------------------------------------------------------------------
// The report as a whole

interface Section {
  level: number;
  kind: SectionKind;
}

/** "the Subcommittee" -> "subcommittee"; "Madame la Médiateure" -> "médiateure". */
function bodyKey(s: AnyLanguage, name: string): string {
  return name
    .replace(s.nameLead, "")
    .toLowerCase()
    .replace(/'s\s.*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function analyse(body: ReportParagraph[]): Report {
  const lexicons = compiledLexicons();
  const structure = anyLanguageStructure();
  const sample = body
    .filter((p) => p.headingLevel === null)
    .slice(0, 200)
    .map((p) => p.text)
    .join("\n");
  const language = detectLanguage(sample, "en");
  const wordCounts = new Map<number, number>();
  for (const p of body) wordCounts.set(p.index, wordCount(p.text));
  const words = (p: ReportParagraph) => wordCounts.get(p.index) ?? wordCount(p.text);
  const languages = new Map<number, Language>();
  for (const p of body) {
    if (words(p) < 12) continue;
    // The first few hundred characters tell a paragraph's language as well as all of it.
    const own = detectLanguage(p.text.slice(0, 300), language);
    if (own !== language) languages.set(p.index, own);
  }
  const lexicon = (p: ReportParagraph) => lexicons[languages.get(p.index) ?? language];

  // Whose voice recommends: count the bodies in front of recommending verbs.
  const counts = new Map<string, number>();
  let explicit = 0;
  /** Recommending sentences, and those printed in bold. */
  let recommending = 0;
  let recommendingInBold = 0;
  for (const p of body) {
    if (p.part !== "body" || p.text.length > 20000) continue;
    const c = lexicon(p);
    const blanked = ownWords(p.text);
    let said = false;
    for (const re of c.anyVerb.test(blanked) ? [c.bodyTrigger, c.openBodyTrigger] : []) {
      const m = re.exec(blanked);
      if (m?.groups?.body) {
        const key = bodyKey(structure, m.groups.body);
        const name = m.groups.body.trim();
        // The report's own generic names ("the Committee") are its voice, whatever else it calls itself.
        if (!c.selfName.test(name) && !c.selfReference.test(name))
          counts.set(key, (counts.get(key) ?? 0) + 1);
        said = true;
        recommending++;
        const at = m.index + m[0].length - 1;
        if (p.emphasis?.boldRanges.some(([s, e]) => at >= s && at < e)) recommendingInBold++;
        break;
      }
    }
    if (said || c.impersonal.test(blanked) || structure.label.test(p.text)) explicit++;
    // A recommendations chapter states them explicitly too.
    if (
      (p.headingLevel !== null || words(p) <= 8) &&
      structure.headings.recommendations.test(headingText(structure, p.text.trim()))
    )
      explicit += 2;
  }
  const top = Math.max(0, ...counts.values());
  const isOwnBody = (name: string): boolean => {
    const key = bodyKey(structure, name);
    const n = counts.get(key) ?? 0;
    // A body named once or twice in a report where another recommends again and again is cited, not speaking.
    return !(top >= 3 && n <= 2 && n * 3 <= top);
  };
  const isOwnVoice = (name: string): boolean =>
    (counts.get(bodyKey(structure, name)) ?? 0) > 0 && isOwnBody(name);

  // "17." on paragraphs that run on across headings is paragraph numbering, not a list.
  let numbered = 0;
  let crossings = 0;
  let last = -1;
  let headingSince = false;
  for (const p of body) {
    if (p.headingLevel !== null) {
      headingSince = true;
      continue;
    }
    if (p.tableCell || p.listLabel !== null) continue;
    const m = PARAGRAPH_NUMBER.exec(p.text);
    if (!m || words(p) < 8) continue;
    const n = Number(m[1]);
    numbered++;
    if (headingSince && last >= 1 && n > last && n !== 1) crossings++;
    last = n;
    headingSince = false;
  }

  let boldParagraphs = 0;
  let textParagraphs = 0;
  for (const p of body) {
    if (p.headingLevel !== null || words(p) < 5) continue;
    textParagraphs++;
    if ((p.emphasis?.bold ?? 0) >= 0.6) boldParagraphs++;
  }
  const anyBold = body.some((p) => (p.emphasis?.boldRanges.length ?? 0) > 0);
  const boldSelective = anyBold && boldParagraphs <= textParagraphs * 0.4;
  return {
    body,
    language,
    words,
    lexicon,
    structure,
    isOwnBody,
    isOwnVoice,
    explicit: explicit >= 2,
    paragraphNumbering: numbered >= 3 && crossings >= 1,
    boldSelective,
    boldRecommendations:
      boldSelective && recommending > 0 && recommendingInBold >= recommending * 0.6,
  };
}

/** Share of [start, end) of a paragraph in bold (0 when the report uses bold everywhere or nowhere). */
function boldShare(report: Report, p: ReportParagraph, start: number, end: number): number {
  if (!report.boldSelective || !p.emphasis || end <= start) return 0;
  let bold = 0;
  let letters = 0;
  for (let i = start; i < end; i++) if (/\S/.test(p.text[i])) letters++;
  for (const [s, e] of p.emphasis.boldRanges) {
    for (let i = Math.max(s, start); i < Math.min(e, end); i++) if (/\S/.test(p.text[i])) bold++;
  }
  return letters === 0 ? 0 : bold / letters;
}

// ---------------------------------------------------------------------------
// Sentences, paragraphs and items

/**
 * The deeper list items that follow item `at` when its text ends with ":"
 * (one recommendation with its points), joined one a line with their labels;
 * `last` is the index of the last one taken (`at` when none).
 */
function deeperItems(
  body: readonly ReportParagraph[],
  at: number,
  itemText: string
): { text: string; last: number } {
  const level = body[at].listLevel;
  let text = "";
  let last = at;
  if (!/:\s*$/.test(itemText.trim()) || level === null) return { text, last };
  while (last + 1 < body.length) {
    const next = body[last + 1];
    if (next.listLevel === null || next.listLevel <= level || next.tableCell) break;
    last++;
    text += (text ? "\n" : "") + (next.listLabel ? `${next.listLabel} ` : "") + next.text.trim();
  }
  return { text, last };
}

/** Recommending sentences of a paragraph, each with the sentences that continue it. */
function scanSentences(
  sink: Sink,
  p: ReportParagraph,
  place: Place,
  from: number,
  ref: string | undefined
): void {
  const { report } = sink;
  const c = report.lexicon(p);
  const text = p.text;
  const blanked = ownWords(text);
  const spans = splitSentences(text, from);
  let first = true;
  for (let i = 0; i < spans.length; i++) {
    const [s, e] = spans[i];
    const sb = blanked.slice(s, e);
    const scored = scoreText(
      c,
      sb,
      unitContext(report, place, { bold: boldShare(report, p, s, e) })
    );
    if (!scored.ownCue || scored.score < CANDIDATE_THRESHOLD) continue;
    let start = s;
    let end = e;
    const reasons = [...scored.reasons];
    // "The NPM reiterates this recommendation." points back at what it recommended before.
    if (scored.strong && i > 0 && wordCount(sb) < 9 && c.repeated.test(sb)) {
      for (let k = i - 1; k >= 0; k--) {
        if (c.pastTrigger.test(blanked.slice(spans[k][0], spans[k][1]))) {
          start = spans[k][0];
          break;
        }
      }
    }
    while (i + 1 < spans.length) {
      const [ns, ne] = spans[i + 1];
      const next = blanked.slice(ns, ne);
      if (
        !c.continuation.test(next.trimStart()) ||
        bodyTriggerIn(c, next, report.isOwnBody)?.kind === "own"
      )
        break;
      end = ne;
      i++;
    }
    // The paragraph's number goes to its first recommendation, whether or not candidates are asked for.
    const numbered = first && scored.score >= FINDER_THRESHOLD;
    record(
      sink,
      c,
      p,
      { start, end },
      text.slice(start, end),
      { ...scored, reasons },
      {
        context: [from, start],
        ref: first ? ref : undefined,
        addressee: place.addressee,
        introduction: place.introduction,
      }
    );
    if (numbered) first = false;
  }
}

/** A whole paragraph, list item or labelled text as one unit. */
function wholeUnit(
  sink: Sink,
  p: ReportParagraph,
  place: Place,
  start: number,
  overrides: Partial<UnitContext>,
  extra: {
    ref?: string;
    addressee?: string | null;
    introduction?: string | null;
    joined?: string;
    force?: boolean;
    reasons?: FinderReason[];
  } = {}
): boolean {
  const { report } = sink;
  const c = report.lexicon(p);
  const text = p.text;
  let s = start;
  let e = text.length;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  // A paragraph that opens with a quoted passage: the recommendation is inside the marks.
  const quoted = leadingQuotation(text);
  if (quoted && s < quoted[1]) {
    e = Math.min(e, quoted[1] - 1);
    while (e > s && /\s/.test(text[e - 1])) e--;
  }
  if (e <= s) return false;
  const body = ownWords(text).slice(s, e);
  const scored = scoreText(c, extra.joined ? `${body} ${ownWords(extra.joined)}` : body, {
    ...unitContext(report, place, { bold: boldShare(report, p, s, e) }),
    ...overrides,
  });
  if (extra.reasons) scored.reasons = [...extra.reasons, ...scored.reasons];
  if (!extra.force && !scored.ownCue) return false;
  const before = sink.out.length;
  record(
    sink,
    c,
    p,
    extra.joined ? null : { start: s, end: e },
    extra.joined ? `${text.slice(s, e)}\n${extra.joined}` : text.slice(s, e),
    extra.force ? { ...scored, score: Math.max(scored.score, 10) } : scored,
    {
      ref: extra.ref,
      addressee: extra.addressee ?? place.addressee,
      introduction: extra.introduction ?? place.introduction,
      force: extra.force,
    }
  );
  return sink.out.length > before && !sink.out[sink.out.length - 1].rec.candidate;
}

interface Marker {
  item: boolean;
  offset: number;
  ref?: string;
  /** What kind of marker: items of one list share it ("a)" letters, "1." numbers, a Word list level). */
  kind: string;
}

function markerKind(label: string): string {
  const l = label.trim();
  if (/^\(?[a-z][.)]?\)?$/i.test(l)) return "letter";
  if (/^\(?[ivxlc]+[.)]\)?$/i.test(l)) return "roman";
  if (/^\(?\d/.test(l)) return `number${(l.match(/\./g) ?? []).length}`;
  return "bullet";
}

/** Whether a paragraph reads as an item: a list item, or typed numbering that is not paragraph numbering. */
function itemMarker(report: Report, p: ReportParagraph): Marker {
  if (p.listLabel !== null)
    return { item: true, offset: 0, ref: cleanRef(p.listLabel), kind: `list${p.listLevel ?? 0}` };
  const typed = TYPED_NUMBER.exec(p.text);
  if (!typed) return { item: false, offset: 0, kind: "none" };
  const ref = cleanRef(typed[1]);
  if (report.paragraphNumbering && PARAGRAPH_NUMBER.test(p.text))
    return { item: false, offset: typed[0].length, ref, kind: "paragraph" };
  return { item: true, offset: typed[0].length, ref, kind: markerKind(typed[1]) };
}

/** Whether most sentences of a paragraph (two at least) carry a modal obligation, none of them reported or quoted law. */
function normative(report: Report, p: ReportParagraph, from: number): boolean {
  const c = report.lexicon(p);
  if (!c.modal.test(p.text)) return false;
  const words = ownWords(p.text);
  const quoted = leadingQuotation(p.text);
  const spans = splitSentences(p.text, from, quoted ? quoted[1] - 1 : p.text.length);
  if (spans.length < 2) return false;
  let modal = 0;
  for (const [a, b] of spans) {
    const sentence = words.slice(a, b);
    if (c.reported.test(sentence) || c.legal.test(sentence) || c.counterfactual.test(sentence))
      return false;
    if (c.modal.test(sentence)) modal++;
  }
  return modal >= 2 && modal * 3 >= spans.length * 2;
}

/** A heading's kind, in any language. */
function sectionKind(s: AnyLanguage, heading: string): SectionKind | null {
  if (s.headings.notes.test(heading)) return "notes";
  if (s.headings.followUp.test(heading)) return "followUp";
  if (s.headings.response.test(heading)) return "response";
  if (s.headings.goodPractice.test(heading)) return "goodPractice";
  if (s.headings.recommendations.test(heading)) return "recommendations";
  if (s.headings.mixed.test(heading)) return "mixed";
  if (s.headings.background.test(heading)) return "background";
  return null;
}

/** A sub-heading naming who the items under it are for ("To the Ministry of Health", "Ministry of Justice"). */
function addresseeHeading(report: Report, p: ReportParagraph, heading: string): string | null {
  const s = report.structure;
  const m = s.addresseeHeading.exec(heading);
  const c = report.lexicon(p);
  if (m) {
    const who = stripArticle(c, m.slice(1).find(Boolean) ?? "");
    if (who) return who;
  }
  const words = heading.split(/\s+/);
  if (words.length <= 8) {
    const first = stripArticle(c, heading).split(/\s+/)[0] ?? "";
    if (/^\p{Lu}/u.test(first) && c.authority.test(first.replace(/'s$/, "")))
      return stripArticle(c, heading);
  }
  return null;
}

/**
 * Whether a paragraph introduces the items after it: it ends with ":" (or
 * with no stop, before an item) and recommends ("The State party should:",
 * "Se recomienda a la Dirección:", "The inspectors recommended:").
 */
function stemOf(
  report: Report,
  p: ReportParagraph,
  next: ReportParagraph | undefined
): { addressee?: string; repeated: boolean } | null {
  const raw = p.text.trimEnd();
  const colon = /:$/.test(raw);
  const open = !/[.;!?…)\]"”»]$/.test(raw);
  if (!colon && !(open && next && itemMarker(report, next).item)) return null;
  const c = report.lexicon(p);
  const text = ownWords(p.text).trim();
  const body = bodyTriggerIn(c, text, report.isOwnBody);
  const cue =
    body?.kind === "own" ||
    c.impersonal.test(text) ||
    c.pastTrigger.test(text) ||
    c.introduction.test(text) ||
    (c.modal.test(text) && !c.counterfactual.test(text));
  if (!cue) return null;
  if (
    c.request.test(text) ||
    c.legal.test(text) ||
    c.reported.test(text.slice(0, body?.at ?? text.length))
  )
    return null;
  const bare = text.replace(/:\s*$/, "").replace(TYPED_NUMBER, "");
  const impersonal = c.impersonal.exec(bare);
  const who = addresseeIn(
    c,
    bare,
    body ? body.end : impersonal ? impersonal.index + impersonal[0].length : null
  );
  return { addressee: who, repeated: c.repeated.test(text) };
}

/**
 * What the checker reads as introducing a found recommendation: the line that
 * introduces it from outside its paragraph (an addressee heading, a stem),
 * then the sentences before it in its paragraph.
 */
export function introducingText(
  found: Pick<FoundRecommendation, "introduction" | "context">
): string {
  return [found.introduction, found.context].filter((t) => t && t.trim() !== "").join("\n");
}

export function findRecommendations(
  paragraphs: ReportParagraph[],
  options: FindOptions = {}
): FoundRecommendation[] {
  const original = new Map<number, string>();
  const body = paragraphs
    .filter((p) => p.part === "body" && typeof p.text === "string")
    .map((p) => {
      original.set(p.index, p.text);
      return { ...p, text: forMatching(p.text) };
    });
  const report = analyse(body);
  const sink: Sink = { report, out: [], candidates: options.candidates === true };
  const s = report.structure;

  const sections: Section[] = [];
  const sectionNow = (): SectionKind => {
    for (let k = sections.length - 1; k >= 0; k--)
      if (sections[k].kind !== "neutral") return sections[k].kind;
    return "neutral";
  };
  /**
   * The addressee a heading or line above names for the items below it, the line as written (the
   * checker reads it as introducing the items) and the heading level up to which it holds.
   */
  let named: { addressee: string; introduction: string; level: number } | null = null;
  let pendingLabel: { ref?: string; repeated: boolean } | null = null;
  let stem: {
    addressee: string | null;
    introduction: string;
    repeated: boolean;
    kind: string | null;
  } | null = null;
  /** A reply to the authorities runs until a heading at this level or above. */
  let replyLevel: number | null = null;
  let headingLevelNow = 0;
  const doneTables = new Set<number>();
  // A table of one column is a box around text (a recommendation framed on the page): read as paragraphs.
  const columns = new Map<number, number>();
  for (const p of body)
    if (p.tableCell)
      columns.set(
        p.tableCell.table,
        Math.max(columns.get(p.tableCell.table) ?? 0, p.tableCell.column + 1)
      );
  /** Sections opened by lines inside a box end with it. */
  let box: { table: number; depth: number } | null = null;
  /** "BONNE PRATIQUE 2", "Respuesta:" alone on a line: the next paragraph is not a recommendation. */
  let pendingOther = false;

  for (let i = 0; i < body.length; i++) {
    const p = body[i];
    const text = p.text;
    const trimmed = text.trim();
    if (trimmed === "") continue;
    const c = report.lexicon(p);
    const place = (): Place => ({
      section: sectionNow(),
      reply: replyLevel !== null,
      addressee: named?.addressee ?? null,
      introduction: named?.introduction ?? null,
    });
    const asWritten = () => (original.get(p.index) ?? text).trim();
    /** What an item under a stem takes from it: its addressee, and the stem to read before it. */
    const underStem = (of: { addressee: string | null; introduction: string }) => ({
      addressee: of.addressee ?? named?.addressee ?? null,
      introduction: [named?.introduction, of.introduction].filter(Boolean).join("\n"),
    });

    const tag = p.contentControlTag;
    if (tag && tag.startsWith("opcat-rec:")) {
      // Tagged in Word: the reviewer marked it as a recommendation; its paragraphs form one.
      let extra = "";
      while (i + 1 < body.length && body[i + 1].contentControlTag === tag) {
        i++;
        if (body[i].text.trim()) extra += (extra ? "\n" : "") + body[i].text.trim();
      }
      // once tagged, an item of a stem keeps what the stem says of it ("The director should:" a) …)
      const itsStem = stem && itemMarker(report, p).item ? stem : null;
      wholeUnit(
        sink,
        p,
        place(),
        0,
        {},
        {
          ref: p.listLabel ? cleanRef(p.listLabel) : undefined,
          joined: extra || undefined,
          force: true,
          reasons: ["tagged"],
          ...(itsStem ? underStem(itsStem) : {}),
        }
      );
      continue;
    }

    const inBox = p.tableCell !== null && columns.get(p.tableCell.table) === 1;
    if (box && (!inBox || p.tableCell?.table !== box.table)) {
      sections.length = Math.min(sections.length, box.depth);
      box = null;
    }
    if (inBox && !box) box = { table: p.tableCell!.table, depth: sections.length };
    if (p.tableCell && !inBox) {
      const table = p.tableCell.table;
      if (doneTables.has(table)) continue;
      doneTables.add(table);
      const cells = body.filter((q) => q.tableCell?.table === table);
      if (sectionNow() === "notes") continue;
      if (
        !tableRecommendations(sink, cells, place(), {
          lexicon: report.lexicon,
          structure: s,
          cleanRef,
          itemMarker: (q) => itemMarker(report, q),
        })
      ) {
        for (const q of cells)
          if (q.text.trim() && !s.noteStyle.test(q.style)) {
            const marker = itemMarker(report, q);
            if (marker.item)
              wholeUnit(sink, q, place(), marker.offset, { item: true }, { ref: marker.ref });
            else scanSentences(sink, q, place(), 0, undefined);
          }
      }
      continue;
    }

    const heading = headingText(s, trimmed);
    const wordsInP = report.words(p);
    const shortLine = wordsInP <= 14 && !/[.;]$/.test(trimmed);
    const labelOnly = s.labelOnly.exec(trimmed);
    const singularLabel =
      labelOnly &&
      (labelOnly.groups?.ref || (/:\s*$/.test(trimmed) && !/s\s*:\s*$/i.test(trimmed)));
    const kindOfLine = shortLine && p.listLabel === null ? sectionKind(s, heading) : null;
    const pseudoHeading =
      p.headingLevel === null &&
      !singularLabel &&
      kindOfLine !== null &&
      kindOfLine !== "background" &&
      kindOfLine !== "notes";

    if (p.headingLevel !== null || pseudoHeading) {
      const level = p.headingLevel ?? 9;
      stem = null;
      if (singularLabel) {
        pendingLabel = { ref: labelOnly.groups?.ref, repeated: s.repeated.test(trimmed) };
        continue;
      }
      const labelled = s.label.exec(trimmed);
      if (
        labelled?.groups &&
        wordCount(labelled.groups.text) >= 4 &&
        !s.headings.recommendations.test(heading)
      ) {
        const bodyText = labelled.groups.text;
        const at = text.trimEnd().length - bodyText.length;
        wholeUnit(sink, p, place(), at, { label: true }, { ref: labelled.groups.ref });
        continue;
      }
      const chapter = sections.find((x) => x.kind === "recommendations" || x.kind === "mixed");
      if (chapter && level > chapter.level) {
        const who = addresseeHeading(report, p, heading);
        if (who) {
          named = { addressee: who, introduction: asWritten(), level };
          continue;
        }
      }
      while (sections.length && sections[sections.length - 1].level >= level) sections.pop();
      const kind = sectionKind(s, heading) ?? "neutral";
      // "Urgent recommendations" under "Recommendations" stays in the chapter; a theme heading inherits it.
      sections.push({ level, kind });
      if (p.headingLevel !== null) headingLevelNow = level;
      if (replyLevel !== null && level <= replyLevel) replyLevel = null;
      if ((named && named.level >= level) || kind !== "neutral") named = null;
      if (kind === "recommendations" || kind === "mixed") {
        const to = s.chapterAddressee.exec(heading);
        const who = to ? stripArticle(c, to.slice(1).find(Boolean) ?? "") : "";
        if (who) named = { addressee: who, introduction: asWritten(), level };
      }
      continue;
    }
    const section = sectionNow();
    if (section === "notes" || s.noteStyle.test(p.style) || c.note.test(trimmed)) continue;

    // "BONNE PRATIQUE 2", "Respuesta:", "Observation" alone on a line label what follows as not ours.
    if (
      shortLine &&
      wordsInP <= 6 &&
      /(?:\d[\w./-]*|:)\s*$/.test(trimmed) &&
      s.otherLabelOnly.test(trimmed)
    ) {
      pendingOther = true;
      pendingLabel = null;
      stem = null;
      continue;
    }
    if (pendingOther) {
      pendingOther = false;
      continue;
    }

    if (c.letterOpener.test(trimmed)) {
      replyLevel = headingLevelNow;
      stem = null;
    }

    // "Recommendation 3" or "SUGERENCIA:" on its own line labels the paragraph that follows.
    if (singularLabel) {
      pendingLabel = { ref: labelOnly.groups?.ref, repeated: s.repeated.test(trimmed) };
      stem = null;
      continue;
    }
    const labelled = s.label.exec(trimmed);
    if (labelled?.groups && wordCount(labelled.groups.text) >= 3) {
      pendingLabel = null;
      stem = null;
      const at = text.trimEnd().length - labelled.groups.text.length;
      const before = sink.out.length;
      wholeUnit(sink, p, place(), at, { label: true }, { ref: labelled.groups.ref });
      if (sink.out.length > before && s.repeated.test(text.slice(0, at)))
        sink.out[sink.out.length - 1].rec.repeated = true;
      continue;
    }
    if (section === "recommendations") {
      const ordinal = s.ordinalLabel.exec(trimmed);
      if (ordinal?.groups && wordCount(ordinal.groups.text) >= 3) {
        const at = text.trimEnd().length - ordinal.groups.text.length;
        wholeUnit(sink, p, place(), at, { label: true }, { ref: ordinal.groups.ref });
        continue;
      }
    }
    if (pendingLabel !== null) {
      const { ref, repeated } = pendingLabel;
      pendingLabel = null;
      if (wordsInP >= 3 && !s.otherLabel.test(trimmed)) {
        const before = sink.out.length;
        wholeUnit(sink, p, place(), 0, { label: true }, { ref });
        if (repeated && sink.out.length > before) sink.out[sink.out.length - 1].rec.repeated = true;
        continue;
      }
    }

    // An addressee line inside the chapter or under a stem ("To the Ministry of Health:").
    if (
      (section === "recommendations" || section === "mixed" || stem) &&
      shortLine &&
      wordsInP <= 10
    ) {
      const m = s.addresseeHeading.exec(heading);
      const who = m ? stripArticle(c, m.slice(1).find(Boolean) ?? "") : "";
      const colon = /:\s*$/.test(trimmed);
      if (who && (colon || (section === "recommendations" && /^\p{Lu}/u.test(who)))) {
        named = { addressee: who, introduction: asWritten(), level: 99 };
        continue;
      }
    }

    const marker = itemMarker(report, p);
    // The items of a stem share their marker ("a)", "b)"); a "13." after them is the next paragraph.
    if (stem && marker.item && stem.kind !== null && marker.kind !== stem.kind) stem = null;
    if (
      stem &&
      (marker.item || (stem.kind === null && opensLikeRequest(c, text.slice(marker.offset))))
    ) {
      if (marker.item && stem.kind === null) stem.kind = marker.kind;
      const itemText = text.slice(marker.offset);
      // An item ending with ":" followed by deeper items: one recommendation with its points.
      const points = deeperItems(body, i, itemText);
      const joined = points.text;
      i = points.last;
      const before = sink.out.length;
      wholeUnit(
        sink,
        p,
        place(),
        marker.offset,
        { item: true, stem: true },
        {
          ref: marker.ref,
          ...underStem(stem),
          joined: joined || undefined,
        }
      );
      if (stem.repeated && sink.out.length > before)
        sink.out[sink.out.length - 1].rec.repeated = true;
      continue;
    }
    if (stem && !marker.item) stem = null;

    const deeper =
      p.listLevel !== null &&
      body[i + 1]?.listLevel != null &&
      body[i + 1].listLevel! > p.listLevel;
    const newStem =
      deeper && (section === "recommendations" || section === "mixed")
        ? null
        : stemOf(report, p, body[i + 1]);
    if (newStem) {
      stem = {
        addressee: newStem.addressee ?? null,
        introduction: asWritten(),
        repeated: newStem.repeated,
        kind: null,
      };
      continue;
    }

    if (marker.item && (section === "recommendations" || section === "mixed")) {
      const itemText = text.slice(marker.offset);
      // An item ending with ":" followed by deeper items: one recommendation with its points.
      const points = deeperItems(body, i, itemText);
      const joined = points.text;
      i = points.last;
      wholeUnit(
        sink,
        p,
        place(),
        marker.offset,
        { item: true },
        { ref: marker.ref, joined: joined || undefined }
      );
      continue;
    }
    if (
      marker.item &&
      wordsInP <= 40 &&
      !/[.;]\s*\S/.test(text.slice(marker.offset).trim().slice(0, -1))
    ) {
      // A short list item elsewhere: one unit, scored on its own words.
      wholeUnit(sink, p, place(), marker.offset, { item: true }, { ref: marker.ref });
      continue;
    }
    if (marker.item && normative(report, p, marker.offset)) {
      // A numbered paragraph that says, sentence after sentence, what must be done (a body's minimum standards).
      wholeUnit(
        sink,
        p,
        place(),
        marker.offset,
        { item: true, normative: true },
        { ref: marker.ref }
      );
      continue;
    }

    if (section === "recommendations") {
      // In a recommendations chapter a paragraph that opens with a recommendation is one, whole,
      // unless it holds several of the body's own recommending sentences.
      const spans = splitSentences(text, marker.offset);
      const blanked = ownWords(text);
      const firstSpan = spans[0];
      if (firstSpan) {
        const firstText = blanked.slice(firstSpan[0], firstSpan[1]);
        const scored = scoreText(
          c,
          firstText,
          unitContext(report, place(), { bold: boldShare(report, p, firstSpan[0], firstSpan[1]) })
        );
        const strongCount = spans.filter(
          ([a, b]) => bodyTriggerIn(c, blanked.slice(a, b), report.isOwnBody)?.kind === "own"
        ).length;
        if (scored.ownCue && scored.score >= FINDER_THRESHOLD && strongCount <= 1) {
          wholeUnit(sink, p, place(), marker.offset, {}, { ref: marker.ref });
          continue;
        }
      }
    }
    scanSentences(sink, p, place(), marker.offset, marker.ref);
  }

  const results: FoundRecommendation[] = [];
  for (const { rec, contextSpan } of sink.out) {
    // Texts are cut from the original paragraph: the same positions, Word's own characters.
    const text = original.get(rec.paragraph);
    if (text !== undefined) {
      if (rec.span) rec.text = text.slice(rec.span.start, rec.span.end);
      if (contextSpan) rec.context = text.slice(contextSpan[0], contextSpan[1]).trim();
    }
    results.push(rec);
  }
  return dedupe(results).sort(
    (a, b) => a.paragraph - b.paragraph || (a.span?.start ?? 0) - (b.span?.start ?? 0)
  );
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”«»"‘’']/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s.;:,]+$/, "")
    .trim();
}

/** A summary chapter often repeats recommendations made in the findings: keep the first (a taken one before a candidate). */
function dedupe(recs: FoundRecommendation[]): FoundRecommendation[] {
  const kept: FoundRecommendation[] = [];
  const keys: string[] = [];
  const ordered = [...recs.filter((r) => !r.candidate), ...recs.filter((r) => r.candidate)];
  for (const rec of ordered) {
    const key = normalise(rec.text);
    const duplicate = keys.some(
      (k) =>
        k === key ||
        (Math.min(k.length, key.length) > 40 &&
          Math.min(k.length, key.length) / Math.max(k.length, key.length) > 0.85 &&
          (k.includes(key) || key.includes(k)))
    );
    if (duplicate) continue;
    kept.push(rec);
    keys.push(key);
  }
  return kept;
}

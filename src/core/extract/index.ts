import type { ReportParagraph } from "../model/report";
import { finderLexicon, type FinderLexicon } from "./lexicon";
import { Sentence, blankQuotes, splitSentences } from "./sentences";
import type { FoundRecommendation } from "./types";

export type { FoundRecommendation, FindRecommendations } from "./types";

/**
 * Finds the recommendations of a report in its paragraphs. Reports put
 * them in several layouts, often mixed: lists or tables in a
 * "Recommendations" chapter (with addressee headings), "The NPM recommends
 * that ..." sentences among the findings, labelled paragraphs
 * ("Recommendation 3: ..."), typed numbering, urgent letters and annual
 * reports that reiterate earlier recommendations. What others recommended
 * or said, quoted law, notes and closing requests are left out.
 */

interface Compiled {
  lex: FinderLexicon;
  chapter: RegExp;
  mixedChapter: RegExp;
  addresseeHeading: RegExp;
  selfTrigger: RegExp;
  impersonal: RegExp;
  modal: RegExp;
  imperative: RegExp;
  repeated: RegExp;
  continuation: RegExp;
  reported: RegExp;
  legal: RegExp;
  closing: RegExp;
  introduction: RegExp;
  note: RegExp;
  authority: RegExp;
  deadlines: RegExp[];
  priorities: RegExp[];
  label: RegExp;
  labelOnly: RegExp;
  implemented: RegExp;
  abbreviations: RegExp;
  columns: Record<keyof FinderLexicon["columns"], RegExp>;
}

const any = (sources: string[]) => sources.map((s) => `(?:${s})`).join("|");
const whole = (sources: string[]) => new RegExp(`^(?:${any(sources)})$`, "i");
const word = (sources: string[]) => new RegExp(`\\b(?:${any(sources)})\\b`, "i");

const cache = new WeakMap<FinderLexicon, Map<string, Compiled>>();

/** Acronyms the report gives itself: "National Preventive Mechanism (NPM)". */
function ownAcronyms(paragraphs: ReportParagraph[]): string[] {
  const found = new Set<string>();
  const re =
    /\b(?:National Preventive Mechanism|Ombuds(?:man|person)(?:'s Office)?|(?:Public|Human Rights) Defender(?:'s Office)?|People's Advocate)\s*\(([A-Z][A-Za-z]{1,7})\)/g;
  for (const p of paragraphs.slice(0, 400)) {
    if (p.part !== "body" || p.text.length > 5000) continue;
    for (const m of p.text.matchAll(re)) found.add(m[1]);
  }
  return [...found].sort();
}

function compile(lex: FinderLexicon, acronyms: string[]): Compiled {
  const key = acronyms.join(",");
  let byKey = cache.get(lex);
  if (!byKey) cache.set(lex, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const selfNames = [...lex.selfNames, ...acronyms.map((a) => `(?:the )?${a}`)];
  const adverbs =
    "(?:(?:therefore|also|again|further|furthermore|strongly|urgently|once again|hence|thus|accordingly|consequently|firmly|respectfully|now|would like to|would|wishes to|hereby|,)\\s*)*";
  const compiled: Compiled = {
    lex,
    chapter: whole(lex.chapterHeadings),
    mixedChapter: whole(lex.mixedChapterHeadings),
    addresseeHeading: new RegExp(`^(?:${any(lex.addresseeHeadings)})\\s*:?$`, "i"),
    selfTrigger: new RegExp(
      // "The NPM recommends", "The NPM, which visited X, recommends", "The NPM is concerned ... and recommends".
      `(?:^|[^\\w'])(?:${any(selfNames)})(?:'s (?:delegation|visiting team|team|experts?|members?))?(?:\\s*,[^,.;]{1,120},)?\\s+(?:[^.;]{0,160}?\\band\\s+)?${adverbs}(?:${any(lex.recommendingVerbs)})\\b`,
      "i"
    ),
    impersonal: word(lex.impersonalTriggers),
    modal: word(lex.modalTriggers),
    imperative: new RegExp(`^(?:${any(lex.imperativeVerbs)})\\b`, "i"),
    repeated: new RegExp(`(?:${any(lex.repeatedMarkers)})`, "i"),
    continuation: new RegExp(`^(?:${any(lex.continuations)})\\b`, "i"),
    reported: word(lex.reportedSpeech),
    legal: word(lex.legalQuotes),
    closing: word(lex.closingRequests),
    introduction: new RegExp(any(lex.introductions), "i"),
    note: new RegExp(`^(?:${any(lex.notes)})\\s*[:.]`, "i"),
    authority: new RegExp(`^(?:${any(lex.authorityNouns)})$`, "i"),
    deadlines: lex.deadlines.map((d) => new RegExp(`\\b${d}`, "i")),
    priorities: lex.priorities.map((d) => new RegExp(`\\b${d}`, "i")),
    label: new RegExp(
      `^\\s*(?:${any(lex.labels)})\\s*(?:no\\.?\\s*)?([A-Z]{0,3}\\d+(?:\\.\\d+)*[a-z]?)?\\s*(?:\\([^)]{0,40}\\)\\s*)?[:.\\u2013\\u2014-]\\s+(\\S[\\s\\S]*)$`,
      "i"
    ),
    labelOnly: new RegExp(
      `^\\s*(?:${any(lex.labels)})\\s*(?:no\\.?\\s*)?([A-Z]{0,3}\\d+(?:\\.\\d+)*[a-z]?)\\s*(?:\\([^)]{0,40}\\))?\\s*[:.]?\\s*$`,
      "i"
    ),
    implemented: new RegExp(any(lex.implemented), "i"),
    abbreviations: new RegExp(`^(?:${lex.abbreviations.join("|")})$`, "i"),
    columns: {
      text: whole([lex.columns.text]),
      ref: whole([lex.columns.ref]),
      addressee: whole([lex.columns.addressee]),
      timeframe: whole([lex.columns.timeframe]),
      priority: whole([lex.columns.priority]),
    },
  };
  byKey.set(key, compiled);
  return compiled;
}

/** Typed numbering at the start of a paragraph: "1.", "2)", "(3)", "a)", "iv.", "R12:", or a typed bullet "- ". */
const TYPED_NUMBER =
  /^\s*(\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6}|R\d{1,3})[.):]|\d{1,3}(?:\.\d{1,3})+|\(\d{1,3}\)|\([a-z]\)|[-\u2013\u2014\u2022\u00b7\u25aa*])\s+(?=\S)/i;

const STATUS_COLUMN =
  /^(?:status|implementation(?: status)?|state of implementation|follow-up|statut|[ée]tat de mise en [œo]euvre|estado(?: de implementaci[oó]n)?)$/i;
const IMPLEMENTED_STATUS =
  /^(?:(?:fully )?implemented|done|completed|yes|mise en [œo]euvre|implementad[ao]|cumplid[ao])\b/i;

const NOTES_HEADING =
  /^(?:notes|endnotes|footnotes|references|sources|bibliography|abbreviations|list of abbreviations|glossary|(?:table of )?contents|notes de bas de page|r[ée]f[ée]rences|bibliograf[ií]a|notas)$/i;
/** A sub-heading that names who the items under it are for ("Ministry of Health"). */
const AUTHORITY_HEADING =
  /^(?:the )?(?:Ministry|Minister|Ministries|Government|Parliament|Director|Directorate|Head|Chief|Management|Administration|Governor|Commander|Prosecutor|Council|Municipality|Prison Service|Hospital Management|Minist[èe]re|Ministerio|Direcci[oó]n|Direction)\b/;

function headingText(text: string): string {
  return text
    .replace(/^\s*(?:annex|annexe|anexo|appendix)\s*[A-Z0-9]{0,4}\s*[:.\u2013\u2014-]\s*/i, "")
    .replace(
      /^\s*(?:(?:chapter|chapitre|cap[ií]tulo|part|partie|parte|section|annex|annexe|anexo|appendix)\s+)?(?:[IVXLC]+|\d+(?:\.\d+)*|[A-Z])?\s*[.):\u2013\u2014-]?\s+/i,
      ""
    )
    .replace(/\s*[:.]\s*$/, "")
    .trim();
}

function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

function cleanRef(label: string): string | undefined {
  const ref = label
    .trim()
    .replace(/[.:]$/, "")
    .replace(/^\((.*)\)$/, "$1");
  return ref === "" || /^[•·\-–—o▪■□●○➢✓*]$/.test(ref) ? undefined : ref;
}

function stripThe(text: string): string {
  return text.replace(/^(?:the|le|la|les|l'|el|los|las)\s+/i, "").trim();
}

interface State {
  c: Compiled;
  out: FoundRecommendation[];
}

/** Who must act, from "recommends that the X ...", "urges the X to ..." or "The X should ...". */
function addresseeIn(c: Compiled, sentence: string): string | undefined {
  const tryPhrase = (from: number): string | undefined => {
    const words = sentence.slice(from).split(/\s+/);
    const taken: string[] = [];
    let hasAuthority = false;
    let hasName = false;
    for (let i = 0; i < words.length && taken.length < 12; i++) {
      const raw = words[i];
      const w = raw.replace(/[,;:.]+$/, "");
      const bare = w.replace(/'s$/, "");
      const isConnector = /^(?:of|the|for|and|on|in|de|du|des|at)$/i.test(w) && i > 0;
      const isAuthority = c.authority.test(bare);
      const isName = /^[A-Z][\w'-]*$/.test(w) && !(i === 0 && /^the$/i.test(w));
      if (i === 0 && /^the$/i.test(w)) {
        taken.push(w);
        continue;
      }
      // "station commanders", "medical staff": a modifier counts when an authority word follows it.
      const modifies =
        !hasAuthority &&
        !hasName &&
        /^[a-z][a-z-]*$/.test(w) &&
        !/^(?:the|a|an|all|every|each|any|no)$/.test(w) &&
        words
          .slice(i + 1, i + 3)
          .some((next) => c.authority.test(next.replace(/[,;:.]+$|'s$/g, "")));
      if (!(isConnector || isAuthority || isName || modifies)) break;
      taken.push(w);
      if (isAuthority) hasAuthority = true;
      else if (isName && (i > 0 || from > 0)) hasName = true;
      if (w !== raw) break;
    }
    while (taken.length && /^(?:of|the|for|and|on|in|de|du|des|at)$/i.test(taken[taken.length - 1]))
      taken.pop();
    const phrase = stripThe(taken.join(" "));
    if (!phrase || !(hasAuthority || hasName)) return undefined;
    return phrase;
  };
  const after =
    /\b(?:recommends?|urges?|calls? (?:up)?on|requests?|invites?|encourages?|asks?|reiterates? (?:its|the|this) recommendation)\b(?:\s*,[^,]{0,80},)?\s+(?:that\s+|to\s+)?(?=\S)/i.exec(
      sentence
    );
  if (after) {
    const found = tryPhrase(after.index + after[0].length);
    if (found) return found;
  }
  const modal =
    /^([^,;]{2,120}?)(?:,[^,]{0,120},)?\s+(?:should|must|shall|ought to|is requested to|are requested to)\b/i.exec(
      sentence
    );
  if (modal) {
    // The subject before "should": its first stretch, when it names an authority.
    const subject = modal[1].split(",")[0].trim();
    const words = subject.split(/\s+/);
    if (
      words.length <= 10 &&
      words.some(
        (w, k) =>
          c.authority.test(w.replace(/'s$/, "")) ||
          (k > 0 && /^[A-Z][\w'-]*$/.test(w) && !/^(?:The|All|Every|Each)$/.test(w))
      )
    )
      return stripThe(subject);
  }
  return undefined;
}

function deadlineIn(c: Compiled, text: string): string | undefined {
  for (const re of c.deadlines) {
    const m = re.exec(text);
    if (m) return (m[1] ?? m[0]).trim();
  }
  return undefined;
}

function priorityIn(c: Compiled, text: string): string | undefined {
  for (const re of c.priorities) {
    const m = re.exec(text);
    if (m) {
      const p = (m[1] ?? m[0]).toLowerCase();
      if (/^(high|medium|low)$/.test(p)) return p[0].toUpperCase() + p.slice(1);
      return "High";
    }
  }
  return undefined;
}

/** Metadata every recommendation gets from its own text. */
function describe(
  c: Compiled,
  rec: FoundRecommendation,
  p: ReportParagraph | undefined,
  addressee: string | null
): FoundRecommendation {
  const text = rec.text;
  const who = addresseeIn(c, text) ?? addressee ?? undefined;
  if (rec.addressee === undefined && who) rec.addressee = who;
  const deadline = deadlineIn(c, text);
  if (rec.deadline === undefined && deadline) rec.deadline = deadline;
  const priority = priorityIn(c, text);
  if (rec.priority === undefined && priority) rec.priority = priority;
  if (c.repeated.test(text) || c.repeated.test(rec.context)) rec.repeated = true;
  const tag = p?.contentControlTag;
  if (tag && tag.startsWith("opcat-rec:")) rec.tag = tag;
  return rec;
}

/**
 * strict: only the NPM's own recommending verbs; chapter: also "should"
 * sentences and imperatives; addressed: also "The <authority> should ..."
 * (the last resort for reports that never say "recommends").
 */
type Mode = "strict" | "chapter" | "addressed";

interface Trigger {
  at: number;
  kind: "self" | "impersonal" | "modal" | "imperative";
}

function triggerIn(c: Compiled, blanked: string, mode: Mode): Trigger | null {
  const self = c.selfTrigger.exec(blanked);
  if (self) return { at: self.index, kind: "self" };
  const impersonal = c.impersonal.exec(blanked);
  if (impersonal) return { at: impersonal.index, kind: "impersonal" };
  if (mode === "strict") return null;
  if (mode === "addressed") {
    const modal = c.modal.exec(blanked);
    return modal && addresseeIn(c, blanked) ? { at: modal.index, kind: "modal" } : null;
  }
  const body = blanked.replace(TYPED_NUMBER, "");
  if (c.imperative.test(body.trim())) return { at: 0, kind: "imperative" };
  const modal = c.modal.exec(blanked);
  if (modal) return { at: modal.index, kind: "modal" };
  return null;
}

/** Why a sentence that carries a trigger is still not a recommendation, or null. */
function lookAlike(c: Compiled, blanked: string, trigger: Trigger): string | null {
  const before = blanked.slice(0, trigger.at);
  if (c.reported.test(before)) return "reported";
  if (trigger.kind !== "imperative" && c.legal.test(before)) return "legal";
  if (/^\s*(?:article|section|rule|§)\s*\d/i.test(blanked)) return "legal";
  if (
    c.closing.test(blanked) &&
    !/\brecommends?\s+that\b|\burges?\b|\bcalls? (?:up)?on\b/i.test(blanked)
  )
    return "closing";
  if (c.implemented.test(blanked)) return "implemented";
  // "In 2022 the NPM recommended that cells should be renovated" reports a past recommendation.
  if (trigger.kind !== "self" && /\brecommended\b/i.test(before)) return "past";
  if (/\?\s*$/.test(blanked)) return "question";
  return null;
}

/** Recommending sentences of one paragraph (with their continuations and context). */
function scanSentences(
  state: State,
  p: ReportParagraph,
  mode: Mode,
  addressee: string | null,
  ref?: string
): number {
  const { c } = state;
  const text = p.text;
  const blanked = blankQuotes(text);
  const sentences = splitSentences(text, c.abbreviations);
  let found = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const sb = blanked.slice(s.start, s.end);
    const trigger = triggerIn(c, sb, mode);
    if (!trigger || lookAlike(c, sb, trigger)) continue;
    let start = s.start;
    let end = s.end;
    // "The NPM reiterates this recommendation." points back at what it recommended before.
    if (trigger.kind === "self" && i > 0 && wordCount(s.text) < 9 && c.repeated.test(s.text)) {
      const earlier = sentences
        .slice(0, i)
        .reverse()
        .find((x) => /\brecommended\b/i.test(x.text));
      if (earlier) start = earlier.start;
    }
    while (i + 1 < sentences.length && continues(c, sentences[i + 1])) {
      end = sentences[i + 1].end;
      i++;
    }
    const rec: FoundRecommendation = {
      text: text.slice(start, end),
      paragraph: p.index,
      span: { start, end },
      context: text.slice(0, start).trim(),
    };
    if (ref !== undefined && found === 0) rec.ref = ref;
    if (trigger.kind === "self" && c.repeated.test(sb)) rec.repeated = true;
    state.out.push(describe(c, rec, p, addressee));
    found++;
  }
  return found;
}

function continues(c: Compiled, s: Sentence): boolean {
  return c.continuation.test(s.text);
}

function isNote(c: Compiled, p: ReportParagraph): boolean {
  return (
    c.note.test(p.text.trim()) ||
    /footnote|endnote|caption|quote|source|block text|annotation|comment|header|footer|toc|table of contents/i.test(
      p.style
    )
  );
}

/** The whole paragraph as a recommendation (list items, labelled and typed-numbered paragraphs). */
function wholeParagraph(
  state: State,
  p: ReportParagraph,
  body: string,
  offset: number,
  addressee: string | null,
  ref: string | undefined,
  extra?: string
): void {
  const lead = body.length - body.trimStart().length;
  const trimmed = body.trim();
  const start = offset + lead;
  const rec: FoundRecommendation = {
    text: extra ? `${trimmed}\n${extra}` : trimmed,
    paragraph: p.index,
    span: extra ? null : { start, end: start + trimmed.length },
    context: "",
  };
  if (ref !== undefined) rec.ref = ref;
  state.out.push(describe(state.c, rec, p, addressee));
}

/** "Recommendation 3 (repeated): text": the text after the label, with its number. */
function labelledParagraph(
  state: State,
  p: ReportParagraph,
  labelled: RegExpExecArray,
  addressee: string | null
): void {
  const body = labelled[2];
  // The label was matched on the trimmed text: the body ends where the text's last word does.
  const at = p.text.trimEnd().length - body.length;
  wholeParagraph(state, p, body, at, addressee, labelled[1]);
  if (state.c.repeated.test(p.text.slice(0, at))) state.out[state.out.length - 1].repeated = true;
}

/** Sections whose "should" sentences describe the law or the visit, not what the NPM asks. */
const BACKGROUND_HEADING =
  /\b(?:legal|law|legislation|framework|standards?|methodology|introduction|mandate|background|summary of the visit|executive summary|notes|references)\b/i;

/**
 * A report that never says "recommends" and has no recommendations chapter
 * (preliminary observations, some letters) states them as "The Ministry of
 * Health should ...": read those, outside background sections.
 */
function addressedFallback(state: State, body: ReportParagraph[]): void {
  let background = false;
  let backgroundLevel = 0;
  for (const p of body) {
    const trimmed = p.text.trim();
    if (trimmed === "") continue;
    if (p.headingLevel !== null) {
      if (background && p.headingLevel > backgroundLevel) continue;
      background = BACKGROUND_HEADING.test(headingText(trimmed));
      backgroundLevel = p.headingLevel;
      continue;
    }
    if (background || p.tableCell || isNote(state.c, p)) continue;
    scanSentences(state, p, "addressed", null);
  }
}

/** Is a list item or typed-numbered paragraph in a chapter a recommendation? */
function itemQualifies(c: Compiled, text: string, mixed: boolean): boolean {
  const t = text.trim();
  if (wordCount(t) < 3) return false;
  const blanked = blankQuotes(t);
  const trigger = triggerIn(c, blanked, "chapter");
  if (trigger && lookAlike(c, blanked, trigger)) return false;
  if (!trigger) {
    if (mixed) return false;
    if (c.closing.test(blanked) || c.implemented.test(blanked)) return false;
    if (c.reported.test(blanked.slice(0, 60)) && /\bthat\b/.test(blanked)) return false;
  }
  return true;
}

interface Chapter {
  level: number;
  mixed: boolean;
}

function tableRecommendations(
  state: State,
  cells: ReportParagraph[],
  chapter: Chapter | null,
  addressee: string | null
): boolean {
  const { c } = state;
  const grid = new Map<number, Map<number, ReportParagraph[]>>();
  for (const p of cells) {
    const cell = p.tableCell!;
    let row = grid.get(cell.row);
    if (!row) grid.set(cell.row, (row = new Map()));
    let list = row.get(cell.column);
    if (!list) row.set(cell.column, (list = []));
    list.push(p);
  }
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const cellText = (r: number, col: number | undefined) =>
    col === undefined
      ? ""
      : (grid.get(r)?.get(col) ?? [])
          .map((p) => p.text.trim())
          .filter(Boolean)
          .join("\n");
  // The header is the first row, or the second under a title row ("Recommendations to ...").
  const headerAt = rows.slice(0, 3).find((r) => {
    const cellsOfRow = [...(grid.get(r)?.values() ?? [])].map((ps) =>
      headingText(
        ps
          .map((p) => p.text)
          .join(" ")
          .trim()
      )
    );
    return cellsOfRow.filter(Boolean).length >= 2 && cellsOfRow.some((t) => c.columns.text.test(t));
  });
  const header = headerAt === undefined ? undefined : grid.get(headerAt);
  const find = (re: RegExp): number | undefined => {
    if (!header) return undefined;
    for (const [col, ps] of header)
      if (
        re.test(
          headingText(
            ps
              .map((p) => p.text)
              .join(" ")
              .trim()
          )
        )
      )
        return col;
    return undefined;
  };
  // "Recommendation" itself before "Recommendation text of the NPM", never "Recommendation No.".
  const textCol =
    find(/^(?:recommendations?|recommandations?|recomendaci[oó]n(?:es)?)$/i) ??
    find(
      new RegExp(
        `^(?!.*\\b(?:no\\.?|number|status|ref)\\b)(?:${c.columns.text.source.slice(1, -1)})$`,
        "i"
      )
    );
  if (textCol !== undefined) {
    const refCol = find(c.columns.ref);
    const whoCol = find(c.columns.addressee);
    const timeCol = find(c.columns.timeframe);
    const prioCol = find(c.columns.priority);
    const statusCol = find(STATUS_COLUMN);
    for (const r of rows.filter((r) => r > headerAt!)) {
      const ps = (grid.get(r)?.get(textCol) ?? []).filter((p) => p.text.trim() !== "");
      if (ps.length === 0) continue;
      const text = cellText(r, textCol);
      if (wordCount(text) < 3) continue;
      const first = ps[0];
      const lead = first.text.length - first.text.trimStart().length;
      const rec: FoundRecommendation = {
        text,
        paragraph: first.index,
        span: ps.length === 1 ? { start: lead, end: lead + text.length } : null,
        context: "",
      };
      const ref = cleanRef(cellText(r, refCol));
      if (ref) rec.ref = ref;
      const who = cellText(r, whoCol).replace(/\n/g, "; ");
      if (who) rec.addressee = who;
      const time = cellText(r, timeCol).replace(/\n/g, " ");
      if (time) {
        rec.timeframe = time;
        const d = deadlineIn(c, time) ?? (/\d/.test(time) ? time : undefined);
        if (d) rec.deadline = d;
      }
      const prio = cellText(r, prioCol);
      if (prio) rec.priority = prio;
      // A follow-up table: what is implemented is no longer a recommendation; the rest is repeated.
      const status = cellText(r, statusCol);
      if (status && IMPLEMENTED_STATUS.test(status.trim())) continue;
      if (status) rec.repeated = true;
      state.out.push(describe(c, rec, first, addressee));
    }
    return true;
  }
  if (!chapter) return false;
  // A table without a "Recommendation" header inside the chapter: the longest cell of each row.
  let any = false;
  for (const r of rows) {
    const row = grid.get(r)!;
    let best: number | undefined;
    for (const col of row.keys())
      if (best === undefined || cellText(r, col).length > cellText(r, best).length) best = col;
    if (best === undefined) continue;
    const text = cellText(r, best);
    if (wordCount(text) < 6 || !itemQualifies(c, text, chapter.mixed)) continue;
    const ps = row.get(best)!.filter((p) => p.text.trim() !== "");
    const lead = ps[0].text.length - ps[0].text.trimStart().length;
    const rec: FoundRecommendation = {
      text,
      paragraph: ps[0].index,
      span: ps.length === 1 ? { start: lead, end: lead + text.length } : null,
      context: "",
    };
    for (const col of row.keys()) {
      const t = cellText(r, col);
      if (col !== best && /^\(?[A-Z]?\d{1,3}(?:\.\d+)*[.)]?$/.test(t)) rec.ref = cleanRef(t);
    }
    state.out.push(describe(c, rec, ps[0], addressee));
    any = true;
  }
  return any;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”«»"‘’']/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s.;:,]+$/, "")
    .trim();
}

/** A summary chapter often repeats recommendations made in the findings: keep the first. */
function dedupe(recs: FoundRecommendation[]): FoundRecommendation[] {
  const kept: FoundRecommendation[] = [];
  const keys: string[] = [];
  for (const rec of recs) {
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

/**
 * Word writes non-breaking spaces ("31 December") and typographic
 * apostrophes ("NPM’s"); the lexicon is written with plain ones. Both are
 * replaced one character for one, so positions hold and the texts returned
 * are cut from the original.
 */
function forMatching(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/(?<=\w)[\u2019\u02bc](?=\w)/g, "'");
}

export function findRecommendations(
  paragraphs: ReportParagraph[],
  lexicon: FinderLexicon = finderLexicon
): FoundRecommendation[] {
  const original = new Map<number, string>();
  const body = paragraphs
    .filter((p) => p.part === "body" && typeof p.text === "string")
    .map((p) => {
      original.set(p.index, p.text);
      return { ...p, text: forMatching(p.text) };
    });
  const c = compile(lexicon, ownAcronyms(body));
  const state: State = { c, out: [] };
  let chapter: Chapter | null = null;
  let addressee: string | null = null;
  let pendingRef: { ref: string; repeated: boolean } | undefined;
  /** Level of a Notes or References section being skipped. */
  let skipSection: number | null = null;
  /** After "the NPM makes the following recommendations:", the list that follows holds them. */
  let listRun: { repeated: boolean; addresseeBefore: string | null } | null = null;
  const doneTables = new Set<number>();

  for (let i = 0; i < body.length; i++) {
    const p = body[i];
    const text = p.text;
    const trimmed = text.trim();
    if (trimmed === "") continue;

    const tag = p.contentControlTag;
    if (tag && tag.startsWith("opcat-rec:")) {
      // Tagged in Word: the reviewer marked it as a recommendation; its paragraphs form one.
      let extra = "";
      while (i + 1 < body.length && body[i + 1].contentControlTag === tag) {
        i++;
        if (body[i].text.trim()) extra += (extra ? "\n" : "") + body[i].text.trim();
      }
      wholeParagraph(
        state,
        p,
        text,
        0,
        addressee,
        p.listLabel ? cleanRef(p.listLabel) : undefined,
        extra || undefined
      );
      continue;
    }

    if (p.tableCell) {
      const table = p.tableCell.table;
      if (doneTables.has(table)) continue;
      doneTables.add(table);
      const cells = body.filter((q) => q.tableCell?.table === table);
      if (!tableRecommendations(state, cells, chapter, addressee)) {
        for (const q of cells)
          if (q.text.trim() && !isNote(c, q)) scanSentences(state, q, "strict", addressee);
      }
      continue;
    }

    const heading = headingText(trimmed);
    const shortLine = wordCount(trimmed) <= 14 && !/[.;]$/.test(trimmed);
    const isHeading = p.headingLevel !== null;
    const pseudoHeading =
      !isHeading &&
      shortLine &&
      p.listLabel === null &&
      (c.chapter.test(heading) || c.mixedChapter.test(heading));

    if (isHeading || pseudoHeading) {
      const level = p.headingLevel ?? 9;
      listRun = null;
      const labelOnly = c.labelOnly.exec(trimmed);
      if (labelOnly) {
        pendingRef = { ref: labelOnly[1], repeated: c.repeated.test(trimmed) };
        continue;
      }
      const labelled = c.label.exec(trimmed);
      if (labelled && wordCount(labelled[2]) >= 4) {
        labelledParagraph(state, p, labelled, addressee);
        continue;
      }
      if (skipSection !== null && level <= skipSection) skipSection = null;
      if (skipSection !== null) continue;
      if (NOTES_HEADING.test(heading)) {
        skipSection = level;
        chapter = null;
        continue;
      }
      if (chapter && level > chapter.level && c.addresseeHeading.test(heading)) {
        addressee =
          stripThe(c.addresseeHeading.exec(heading)!.slice(1).find(Boolean) ?? "") || null;
        continue;
      }
      if (
        chapter &&
        level > chapter.level &&
        AUTHORITY_HEADING.test(heading) &&
        wordCount(heading) <= 8
      ) {
        addressee = stripThe(heading);
        continue;
      }
      if (c.chapter.test(heading) || c.mixedChapter.test(heading)) {
        // "Urgent recommendations" under "Recommendations" stays in the outer chapter.
        const outer: Chapter | null = chapter && level > chapter.level ? chapter : null;
        chapter = outer ?? { level, mixed: !c.chapter.test(heading) };
        const to = /\b(?:to|addressed to|au|à la|aux|al|a la)\s+(?:the\s+)?(.{3,90})$/i.exec(
          heading
        );
        addressee = to ? stripThe(to[1]) : null;
        continue;
      }
      if (chapter && level <= chapter.level) chapter = null;
      addressee = null;
      continue;
    }
    if (skipSection !== null || isNote(c, p)) continue;

    // "Recommendation 3" on its own line labels the paragraph that follows.
    const labelOnly = c.labelOnly.exec(trimmed);
    if (labelOnly) {
      pendingRef = { ref: labelOnly[1], repeated: c.repeated.test(trimmed) };
      continue;
    }
    const labelled = c.label.exec(trimmed);
    if (labelled && wordCount(labelled[2]) >= 4) {
      pendingRef = undefined;
      labelledParagraph(state, p, labelled, addressee);
      continue;
    }
    if (pendingRef !== undefined) {
      const { ref, repeated } = pendingRef;
      pendingRef = undefined;
      if (wordCount(trimmed) >= 4) {
        wholeParagraph(state, p, text, 0, addressee, ref);
        if (repeated) state.out[state.out.length - 1].repeated = true;
        continue;
      }
    }

    // An addressee line inside the chapter or a list run ("To the Ministry of Health:").
    if (
      (chapter || listRun) &&
      shortLine &&
      /:\s*$/.test(trimmed) &&
      c.addresseeHeading.test(heading)
    ) {
      addressee = stripThe(c.addresseeHeading.exec(heading)!.slice(1).find(Boolean) ?? "") || null;
      continue;
    }

    const typed = p.listLabel === null ? TYPED_NUMBER.exec(text) : null;
    const isItem = p.listLabel !== null || typed !== null;
    if (isItem && (chapter || listRun)) {
      const itemText = typed ? text.slice(typed[0].length) : text;
      const ref = typed ? cleanRef(typed[1]) : p.listLabel ? cleanRef(p.listLabel) : undefined;
      const colon = /:\s*$/.test(itemText.trim());
      // An introducing item: the items under it are the recommendations.
      if (colon && c.introduction.test(itemText)) continue;
      // An item ending with ":" followed by deeper items: one recommendation with its points.
      let extra = "";
      if (colon && p.listLevel !== null) {
        while (
          i + 1 < body.length &&
          body[i + 1].listLevel !== null &&
          body[i + 1].listLevel! > p.listLevel &&
          !body[i + 1].tableCell
        ) {
          i++;
          const sub = body[i];
          extra +=
            (extra ? "\n" : "") + (sub.listLabel ? `${sub.listLabel} ` : "") + sub.text.trim();
        }
      }
      if (
        !itemQualifies(
          c,
          extra ? `${itemText} ${extra}` : itemText,
          // Items announced by the NPM ("recommends that the director:") need no cue of their own.
          chapter && !listRun ? chapter.mixed : false
        )
      )
        continue;
      const before = state.out.length;
      wholeParagraph(
        state,
        p,
        itemText,
        typed ? typed[0].length : 0,
        addressee,
        ref,
        extra || undefined
      );
      if (listRun?.repeated && state.out.length > before)
        state.out[state.out.length - 1].repeated = true;
      continue;
    }
    if (listRun && !isItem) {
      // The addressee an introduction announced holds for its list only.
      addressee = listRun.addresseeBefore;
      listRun = null;
    }

    const blanked = blankQuotes(trimmed);
    if (/:\s*$/.test(trimmed)) {
      // A paragraph ending with ":" introduces what follows; "The NPM reiterates the
      // following recommendations:" opens a list even outside a recommendations chapter.
      if (
        c.introduction.test(blanked) ||
        c.selfTrigger.test(blanked) ||
        c.impersonal.test(blanked)
      ) {
        listRun = { repeated: c.repeated.test(blanked), addresseeBefore: addressee };
        const to = /\bto (?:the )?([A-Z][^:]{2,80}):\s*$/.exec(trimmed);
        const who = to ? stripThe(to[1]) : addresseeIn(c, trimmed.replace(/:\s*$/, ""));
        if (who) addressee = who;
      }
      continue;
    }
    if (chapter && c.introduction.test(blanked)) continue;
    // A short line naming an authority inside the chapter ("To the Ministry of Health") heads the items below it.
    if (chapter && shortLine && wordCount(trimmed) <= 10 && c.addresseeHeading.test(heading)) {
      const who = stripThe(c.addresseeHeading.exec(heading)!.slice(1).find(Boolean) ?? "");
      if (/^[A-Z]/.test(who)) {
        addressee = who;
        continue;
      }
    }
    if (chapter && !chapter.mixed) {
      // In a recommendations chapter a paragraph that opens with a recommendation is one, whole.
      const first = splitSentences(text, c.abbreviations)[0];
      const fb = first ? blankQuotes(first.text) : "";
      const trigger = first ? triggerIn(c, fb, "chapter") : null;
      if (first && trigger && !lookAlike(c, fb, trigger)) {
        const before = state.out.length;
        wholeParagraph(state, p, text, 0, addressee, undefined);
        if (state.out.length > before && trigger.kind === "self" && c.repeated.test(fb))
          state.out[state.out.length - 1].repeated = true;
        continue;
      }
    }
    scanSentences(state, p, chapter && !chapter.mixed ? "chapter" : "strict", addressee);
  }
  if (state.out.length === 0) addressedFallback(state, body);
  for (const rec of state.out) {
    const text = original.get(rec.paragraph);
    if (text === undefined) continue;
    if (rec.span) rec.text = text.slice(rec.span.start, rec.span.end);
    if (rec.context) {
      const at = rec.span ? rec.span.start : text.length;
      rec.context = text.slice(0, at).trim() || rec.context;
    }
  }
  return dedupe(state.out).sort((a, b) => a.paragraph - b.paragraph);
}

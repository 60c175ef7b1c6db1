/**
 * A report's own details, read from its paragraphs: title, date, number or
 * reference, places visited and type, in the report's language (English,
 * French or Spanish). The one reader behind the import (Excel pane and
 * rectrack), the batch export and Send to tracker (through
 * src/core/model/batch-from-report.ts).
 *
 * The date is taken only where the report dates itself: a labelled line
 * ("Date of report: 22 May 2024", "Fecha: 10/01/2024"), a letter's heading
 * ("Paris, le 3 mars 2023"), a date alone on a line near the top, or "this
 * report was adopted on". A date inside a sentence (a past visit, a law's
 * date "Ley Orgánica 3/1981, de 6 de abril") or a range of days (a visit's)
 * never is: a wrong "Date made" is worse than a question.
 */
import { detectLanguage, splitSentences, type Language } from "../language";
import type { ReportParagraph } from "../model/report";
import type { ReportType } from "../model/reportMetadata";
import { findDates, mentionIso, type DateMention } from "./dates";
import { DETAILS_LEXICONS, lexiconsFor, type DetailsLexicon } from "./lexicon";
import { hasPlaceNoun, namesSeveral, placeName, unshout } from "./places";
import { WORD_END, WORD_START, any, foldKeep, tidy } from "./text";

/** How the report's date was found, strongest first. */
export type DateEvidence = "label" | "letter" | "line" | "sentence";

export interface FoundReportDetails {
  /** The language the report is written in (detectLanguage on its text). */
  language: Language;
  title: string;
  /** ISO date, or "" when the report does not date itself. */
  date: string;
  dateEvidence: DateEvidence | null;
  /** The line the date was read from, for the user to check. */
  dateLine: string;
  /** Report number or reference ("NPM-2024-07", "CPT/Inf (2003) 40"), or "". */
  reference: string;
  places: string[];
  placesFrom: "label" | "title" | null;
  type: ReportType | "";
}

/** A line of the report's opening: a paragraph's line, or a table row read as "label: value". */
interface Line {
  text: string;
  paragraph: number;
  /** Position among the body's non-empty lines (headers and footers: 0). */
  order: number;
}

const TOWN_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
const TOWN = `${TOWN_WORD}(?:\\s+(?:(?:de|del|de la|la|le|les|sur|en|upon|on|am|an)\\s+)?${TOWN_WORD}){0,4}`;

/** How far into the report its own details are looked for. */
const OPENING_PARAGRAPHS = 60;
/** A date alone on a line counts only this near the top. */
const DATE_LINE_WITHIN = 12;

function openingLines(paragraphs: ReportParagraph[]): Line[] {
  const lines: Line[] = [];
  let order = 0;
  const body = paragraphs.filter((p) => p.part === "body").slice(0, OPENING_PARAGRAPHS);
  const rows = new Map<string, ReportParagraph[]>();
  for (const p of [...paragraphs.filter((p) => p.part === "header"), ...body]) {
    if (p.tableCell) {
      const key = `${p.part}:${p.tableCell.table}:${p.tableCell.row}`;
      const row = rows.get(key);
      if (row) row.push(p);
      else rows.set(key, [p]);
    }
    for (const text of p.text.split(/\r?\n|\r/)) {
      if (text.trim() === "") continue;
      lines.push({ text: text.trim(), paragraph: p.index, order: p.part === "body" ? ++order : 0 });
    }
  }
  // A two-column table of details ("Date of report" | "22 May 2024") reads as labelled lines.
  for (const row of rows.values()) {
    const first = row
      .filter((p) => p.tableCell!.column === 0)
      .map((p) => p.text.trim())
      .join(" ");
    const rest = row
      .filter((p) => p.tableCell!.column > 0)
      .map((p) => p.text.trim())
      .filter(Boolean)
      .join("; ");
    if (first && rest && first.length <= 40)
      lines.push({
        text: `${first.replace(/[:.]\s*$/, "")}: ${rest}`,
        paragraph: row[0].index,
        order: 0,
      });
  }
  return lines;
}

/** The report's title: its Title-styled paragraph, else its first heading (as before this reader). */
export function reportTitle(paragraphs: ReportParagraph[]): string {
  const body = paragraphs.filter((p) => p.part === "body" && p.text.trim() !== "");
  const titled = body.find((p) => /^(title|titre|t[ií]tulo)$/i.test(p.style.trim()));
  const heading = titled ?? body.find((p) => p.headingLevel !== null);
  return heading ? heading.text.replace(/\s+/g, " ").trim().slice(0, 300) : "";
}

function labelled(sources: readonly string[]): RegExp {
  return new RegExp(
    `^${WORD_START}${any(sources)}${WORD_END}\\s*(?:\\([^)]{0,20}\\))?\\s*[:.\\-–—]?\\s*`,
    "u"
  );
}

/** A date that is the whole of `value` (give or take "le", "el", "the" and a full stop). */
function wholeDate(value: string, lex: DetailsLexicon): DateMention | null {
  const dates = findDates(value, lex.numericDates);
  if (dates.length !== 1) return null;
  const [d] = dates;
  if (d.range || d.day === 0) return null;
  const rest = foldKeep(value.slice(0, d.start) + " " + value.slice(d.end))
    .replace(/\b(?:le|el|the|on|a|on the)\b/g, "")
    .replace(/[\s.,;:()]/g, "");
  return rest === "" ? d : null;
}

/** A date that opens `value` ("22 May 2024 (final version)"). */
function leadingDate(value: string, lex: DetailsLexicon): DateMention | null {
  const d = findDates(value, lex.numericDates)[0];
  if (!d || d.range || d.day === 0) return null;
  const before = foldKeep(value.slice(0, d.start))
    .replace(/\b(?:le|el|the|on)\b/g, "")
    .trim();
  return before === "" ? d : null;
}

interface DateCandidate {
  iso: string;
  evidence: DateEvidence;
  rank: number;
  line: string;
}

/** A short line's sentences and ";"-separated parts, each of which may open with a label. */
function segmentsOf(text: string): string[] {
  if (text.length > 300) return [text];
  return splitSentences(text).flatMap(([start, end]) => text.slice(start, end).split(/\s*;\s*/));
}

function findReportDate(lines: Line[], lexicons: DetailsLexicon[]): DateCandidate | null {
  const candidates: DateCandidate[] = [];
  for (const lex of lexicons) {
    const reportLabel = labelled(lex.reportDateLabels);
    const dateLabel = labelled(lex.dateLabels);
    const otherLabel = labelled(lex.otherDateLabels);
    // A town: capitalised words, with "de", "sur", "upon"... between ("Saint-Denis", "Las Palmas de Gran Canaria").
    const letter = new RegExp(`^${TOWN},\\s*${lex.letterDateJoin}(?=\\S)`, "u");
    const adopted = new RegExp(`${WORD_START}${any(lex.adoptedOn)}\\s+$`, "u");
    for (const line of lines) {
      // "Date of visit: 4-5 June 2025. Date of report: 30 July 2025." holds two labelled dates.
      let labelledLine = false;
      for (const segment of segmentsOf(line.text)) {
        const folded = foldKeep(segment);
        if (otherLabel.test(folded)) {
          labelledLine = true;
          continue;
        }
        const report = reportLabel.exec(folded);
        const generic = report ? null : dateLabel.exec(folded);
        const label = report ?? generic;
        if (!label) continue;
        labelledLine = true;
        const d = leadingDate(segment.slice(label[0].length), lex);
        if (d)
          candidates.push({
            iso: mentionIso(d),
            evidence: "label",
            rank: report ? 0 : 2,
            line: line.text,
          });
      }
      if (labelledLine) continue;
      const head = letter.exec(line.text);
      if (head && line.text.length <= 80) {
        const d = wholeDate(line.text.slice(head[0].length), lex);
        if (d) {
          candidates.push({ iso: mentionIso(d), evidence: "letter", rank: 1, line: line.text });
          continue;
        }
      }
      if (line.order <= DATE_LINE_WITHIN && line.text.length <= 40) {
        const d = wholeDate(line.text, lex);
        if (d) {
          candidates.push({ iso: mentionIso(d), evidence: "line", rank: 3, line: line.text });
          continue;
        }
      }
      for (const d of findDates(line.text, lex.numericDates)) {
        if (d.range || d.day === 0) continue;
        if (adopted.test(foldKeep(line.text.slice(Math.max(0, d.start - 160), d.start))))
          candidates.push({ iso: mentionIso(d), evidence: "sentence", rank: 4, line: line.text });
      }
    }
  }
  if (candidates.length === 0) return null;
  // The strongest evidence wins; at equal strength, the first in the report.
  return candidates.reduce((best, c) => (c.rank < best.rank ? c : best));
}

/** A document symbol alone on a line ("CPT/Inf (2003) 40", "CAT/OP/ESP/2"). */
const SYMBOL = /^[A-Z][A-Za-z]{1,12}(?:\/[A-Za-z0-9().\- ]{1,20}){1,6}$/;

function findReference(lines: Line[], lexicons: DetailsLexicon[]): string {
  for (const lex of lexicons) {
    const label = labelled(lex.referenceLabels);
    for (const line of lines) {
      const m = label.exec(foldKeep(line.text));
      if (!m) continue;
      const value = tidy(line.text.slice(m[0].length));
      // A reference is a code, not a sentence.
      if (value && /\d/.test(value) && value.split(/\s+/).length <= 5) return value;
    }
  }
  const symbol = lines.slice(0, 5).find((line) => line.order > 0 && SYMBOL.test(line.text.trim()));
  return symbol ? symbol.text.trim() : "";
}

function findLabelledPlaces(lines: Line[], lexicons: DetailsLexicon[]): string[] {
  for (const lex of lexicons) {
    const label = labelled(lex.placeLabels);
    for (const line of lines) {
      const m = label.exec(foldKeep(line.text));
      if (!m) continue;
      const value = line.text.slice(m[0].length).trim();
      const places = value
        .split(/\s*(?:;|•|\u2022|\s\/\s)\s*/)
        .map(placeName)
        .filter((p) => p.length > 1);
      if (places.length > 0) return [...new Set(places)];
    }
  }
  return [];
}

/** The place a title names after "visit to", "visite du", "visita a la", or null. */
export function placeInTitle(title: string, language: Language): string | null {
  if (!title) return null;
  const lexicons = lexiconsFor(language);
  const folded = foldKeep(title);
  let from = -1;
  for (const lex of lexicons) {
    const lead = new RegExp(`${WORD_START}${any(lex.titlePlaceLeads)}(?:\\s+|(?<='))`, "gu");
    for (const m of folded.matchAll(lead)) from = Math.max(from, (m.index ?? 0) + m[0].length);
  }
  if (from < 0) return null;
  let end = title.length;
  const rest = folded.slice(from);
  const cut = (at: number) => (end = Math.min(end, from + at));
  for (const lex of lexicons) {
    const ends = new RegExp(`(?:^|[\\s,(])${any(lex.titlePlaceEnds)}${WORD_END}`, "u").exec(rest);
    if (ends && ends.index > 0) cut(ends.index);
  }
  const date = findDates(title.slice(from), DETAILS_LEXICONS[language].numericDates)[0];
  if (date) cut(date.start);
  const year = /[\s,]+(?:19|20)\d\d(?!\d)/.exec(rest);
  if (year && year.index > 0) cut(year.index);
  const separator = /\s[-–—:|]\s|:\s/.exec(rest);
  if (separator && separator.index > 0) cut(separator.index);
  const name = unshout(placeName(title.slice(from, end).replace(/[\s,;(]+$/, "")));
  if (name.length < 3 || !hasPlaceNoun(name) || namesSeveral(name, language)) return null;
  // A place is a name: it starts with a capital, or with its noun ("centre pénitentiaire de X").
  if (!/^[\p{Lu}\p{N}]/u.test(name) && !hasPlaceNoun(name.split(/\s+/)[0])) return null;
  return name;
}

/** The report type a text names ("Thematic report", "Informe anual", "visite de suivi"), or "". */
export function reportTypeIn(text: string, language: Language = "en"): ReportType | "" {
  const folded = foldKeep(text);
  for (const lex of lexiconsFor(language))
    for (const t of lex.reportTypes)
      if (new RegExp(`${WORD_START}${any(t.patterns)}${WORD_END}`, "u").test(folded)) return t.type;
  return "";
}

function findType(
  title: string,
  lines: Line[],
  language: Language,
  reference: string
): ReportType | "" {
  for (const lex of lexiconsFor(language)) {
    const label = labelled(lex.typeLabels);
    for (const line of lines) {
      const m = label.exec(foldKeep(line.text));
      if (!m) continue;
      const said = reportTypeIn(line.text.slice(m[0].length), language);
      if (said) return said;
      // "Type of visit: regular, unannounced" says it is a visit.
      const own = reportTypeIn(line.text.slice(0, m[0].length), language);
      if (own) return own;
    }
  }
  const fromTitle = reportTypeIn(title, language);
  if (fromTitle) return fromTitle;
  // "Thematic Report No. NPM-T-2024-02".
  const referenceLine = lines.find((line) => reference && line.text.includes(reference));
  return referenceLine ? reportTypeIn(referenceLine.text.replace(reference, ""), language) : "";
}

/**
 * The place a recommendation's table row names, in a column headed as places
 * ("Monitoring visits", "Établissement", "Centro visitado"): reports that list
 * each place visited with its recommendations beside it.
 */
export function placeInTableRow(
  paragraphs: ReportParagraph[],
  index: number,
  language: Language
): string | null {
  const at = paragraphs.find((p) => p.index === index);
  if (!at?.tableCell || at.tableCell.row === 0) return null;
  const { table, row, column } = at.tableCell;
  const cells = paragraphs.filter((p) => p.part === at.part && p.tableCell?.table === table);
  const header = new RegExp(
    `^${any(lexiconsFor(language).flatMap((lex) => lex.placeColumns))}$`,
    "u"
  );
  const columns = [...new Set(cells.map((p) => p.tableCell!.column))].filter((c) => c !== column);
  for (const c of columns) {
    const head = cells
      .filter((p) => p.tableCell!.row === 0 && p.tableCell!.column === c)
      .map((p) => p.text)
      .join(" ");
    if (!header.test(foldKeep(head).trim().replace(/\s+/g, " "))) continue;
    const first = cells.find(
      (p) => p.tableCell!.row === row && p.tableCell!.column === c && p.text.trim() !== ""
    );
    const name = first ? placeName(first.text.split(/\r?\n/)[0]) : "";
    if (/\p{L}{2}/u.test(name) && name.length <= 120) return name;
  }
  return null;
}

/** Everything the report says of itself. */
export function readReportDetails(paragraphs: ReportParagraph[]): FoundReportDetails {
  const body = paragraphs.filter((p) => p.part === "body");
  const sample = body
    .map((p) => p.text)
    .join("\n")
    .slice(0, 6000);
  const language = detectLanguage(sample);
  const lexicons = lexiconsFor(language);
  const lines = openingLines(paragraphs);
  const title = reportTitle(paragraphs);
  const date = findReportDate(lines, lexicons);
  const reference = findReference(lines, lexicons);
  const labelledPlaces = findLabelledPlaces(lines, lexicons);
  const titlePlace = labelledPlaces.length > 0 ? null : placeInTitle(title, language);
  return {
    language,
    title,
    date: date?.iso ?? "",
    dateEvidence: date?.evidence ?? null,
    dateLine: date?.line ?? "",
    reference,
    places: labelledPlaces.length > 0 ? labelledPlaces : titlePlace ? [titlePlace] : [],
    placesFrom: labelledPlaces.length > 0 ? "label" : titlePlace ? "title" : null,
    type: findType(title, lines, language, reference),
  };
}

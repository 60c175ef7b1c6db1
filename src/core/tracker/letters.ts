/**
 * Letters to one authority and briefs for the team visiting one place, as
 * plain document content (the .docx writer in src/files/docx lays it out):
 * which recommendations each lists, in which words, and the table keyed by
 * Rec ID whose blank columns carry the tracker's own headers, so that the
 * returned document is read back by ./observe.ts planReply. Pure.
 */
import { COLUMN_BY_KEY, type ColumnKey } from "../schema/columns";
import { DOCUMENT_TEXTS, fillText } from "../schema/document-texts";
import type { Language } from "../schema/plan";
import { foldText, VOCABULARIES, VocabularyKey, vocabularyLabel } from "../schema/vocabularies";
import { escapeXmlText, xmlAttributes } from "../model/xml";
import { eventsById, type HistoryRow } from "./history";
import { addressedTo } from "./observe";
import { awaitsReply, countLabels, isOverdue, type LabelCount } from "./stats";
import type { FieldValue, TrackerRecord } from "./types";

export type DocumentKind = "letter" | "brief";
/** What a letter asks for: an answer (a reminder) or an action plan. */
export type LetterRequest = "reminder" | "actionPlan";

/** The namespace of the marker part the documents carry, so a returned one is known for what it is. */
export const FOLLOW_UP_NAMESPACE = "urn:opcat-recommendation-tracker:followup:1";

export interface DocumentTable {
  headers: string[];
  /** The tracker column of each table column. */
  keys: ColumnKey[];
  /** Which columns are left blank for the reader to fill. */
  blank: boolean[];
  rows: string[][];
}

/** One recommendation of a brief: what is recorded about it, then its history. */
export interface DocumentSection {
  heading: string;
  text: string;
  lines: string[];
  historyTitle: string;
  history: string[];
}

export interface FollowUpDocument {
  kind: DocumentKind;
  language: Language;
  /** The authority (letter) or place (brief). */
  party: string;
  /** The day it was prepared (ISO). */
  date: string;
  title: string;
  /** The covering text, one paragraph each (the NPM edits it in Word). */
  paragraphs: string[];
  sections: DocumentSection[];
  tableTitle: string;
  /** Notes under the table's title: leave the keys, the values each blank column takes. */
  tableNotes: string[];
  table: DocumentTable;
  closing: string[];
  /** The Rec IDs listed, in order. */
  ids: string[];
}

export interface DocumentInput {
  records: readonly TrackerRecord[];
  /** The document's language (the tracker's unless the user chose another). */
  language: Language;
  /** The tracker's language and its own headers: used when the document is in the tracker's language. */
  trackerLanguage: Language;
  headers?: Partial<Record<ColumnKey, string>>;
  today: string;
}

function stringOf(value: FieldValue | undefined): string {
  return value === undefined || value === null ? "" : String(value).trim();
}

function hasText(record: TrackerRecord): boolean {
  return stringOf(record.text) !== "";
}

/** A stored value as the document shows it, in its language (dates stay ISO: readable in every language). */
function shown(key: ColumnKey, value: FieldValue | undefined, language: Language): string {
  if (value === undefined || value === null || value === "") return "";
  const column = COLUMN_BY_KEY.get(key);
  if (column?.kind === "yesNo" && typeof value === "boolean")
    return vocabularyLabel("yesNo", value ? "yes" : "no", language) ?? String(value);
  const vocabulary = column?.vocabulary;
  if (vocabulary && !VOCABULARIES[vocabulary].extendable && typeof value === "string")
    return vocabularyLabel(vocabulary, value, language) ?? value;
  return String(value);
}

/** The header of a column in the document: the tracker's own in its language, else the schema's. */
function headerOf(key: ColumnKey, input: DocumentInput): string {
  const own = input.language === input.trackerLanguage ? input.headers?.[key]?.trim() : undefined;
  return own || (COLUMN_BY_KEY.get(key)?.headers[input.language] ?? key);
}

/** Natural order of printed references ("2" before "10", "3.a" after "3"). */
function byRef(a: TrackerRecord, b: TrackerRecord): number {
  return (
    stringOf(a.dateMade).localeCompare(stringOf(b.dateMade)) ||
    stringOf(a.report).localeCompare(stringOf(b.report)) ||
    stringOf(a.ref).localeCompare(stringOf(b.ref), undefined, { numeric: true }) ||
    stringOf(a.id).localeCompare(stringOf(b.id))
  );
}

/** A letter lists an authority's recommendations awaiting a reply, or whose deadline passed while open. */
export function letterRecords(
  records: readonly TrackerRecord[],
  authority: string,
  today: string
): TrackerRecord[] {
  return records
    .filter(
      (record) =>
        hasText(record) &&
        stringOf(record.id) !== "" &&
        addressedTo(record, authority) &&
        (awaitsReply(record) || isOverdue(record, today))
    )
    .sort(byRef);
}

/** Open for a visit: not both implemented and verified by the NPM. */
export function isOpenForVisit(record: TrackerRecord): boolean {
  return !(record.status === "implemented" && record.verified === true);
}

/** A brief lists every open recommendation for a place. */
export function briefRecords(records: readonly TrackerRecord[], place: string): TrackerRecord[] {
  const wanted = foldText(place);
  return records
    .filter(
      (record) =>
        hasText(record) &&
        stringOf(record.id) !== "" &&
        foldText(stringOf(record.place)) === wanted &&
        isOpenForVisit(record)
    )
    .sort(byRef);
}

/** The addressees (or places) the tracker names, with how many recommendations each: the choices of the pane and the command line. */
export function partiesOf(
  records: readonly TrackerRecord[],
  key: "authority" | "place"
): LabelCount[] {
  return countLabels(records.filter(hasText), key);
}

/** The party as the tracker writes it, found without regard to case and accents; null when unknown. */
export function findParty(
  records: readonly TrackerRecord[],
  key: "authority" | "place",
  name: string
): string | null {
  const wanted = foldText(name);
  return partiesOf(records, key).find((entry) => foldText(entry.label) === wanted)?.label ?? null;
}

function table(
  records: readonly TrackerRecord[],
  context: ColumnKey[],
  blank: ColumnKey[],
  input: DocumentInput
): DocumentTable {
  const keys = [...context, ...blank];
  return {
    headers: keys.map((key) => headerOf(key, input)),
    keys,
    blank: keys.map((key) => blank.includes(key)),
    rows: records.map((record) =>
      keys.map((key) => (blank.includes(key) ? "" : shown(key, record[key], input.language)))
    ),
  };
}

/** How to fill each blank list or date column, in the document's words. */
function hints(blank: ColumnKey[], input: DocumentInput): string[] {
  const t = DOCUMENT_TEXTS[input.language];
  const out: string[] = [];
  for (const key of blank) {
    const column = COLUMN_BY_KEY.get(key);
    const vocabulary = column?.vocabulary as VocabularyKey | undefined;
    if (vocabulary && !VOCABULARIES[vocabulary].extendable) {
      const values = VOCABULARIES[vocabulary].values
        .filter((value) => value.key !== "noResponse")
        .map((value) => `“${value.labels[input.language]}”`)
        .join(", ");
      out.push(fillText(t.valuesHint, { column: headerOf(key, input), values }));
    } else if (column?.kind === "date") {
      out.push(fillText(t.dateHint, { column: headerOf(key, input), date: input.today }));
    }
  }
  return out;
}

function reportsOf(records: readonly TrackerRecord[]): string {
  const seen = new Map<string, string>();
  for (const record of records) {
    const report = stringOf(record.report);
    const made = stringOf(record.dateMade);
    const label = report ? (made ? `${report}, ${made}` : report) : made;
    if (label && !seen.has(foldText(label))) seen.set(foldText(label), label);
  }
  return [...seen.values()].join("; ");
}

/** The columns a letter leaves blank for the authority, and those a brief leaves for the visiting team. */
export const LETTER_BLANK: readonly ColumnKey[] = ["accepted", "response", "deadline"];
export const BRIEF_BLANK: readonly ColumnKey[] = ["status", "verified", "evidence"];
const CONTEXT: ColumnKey[] = ["id", "ref", "text"];

/** What a document is, for whom, in which language and when, and its title (`title` fills in the party). */
function heading(
  kind: DocumentKind,
  party: string,
  title: string,
  input: DocumentInput
): Pick<FollowUpDocument, "kind" | "language" | "party" | "date" | "title"> {
  return {
    kind,
    language: input.language,
    party,
    date: input.today,
    title: fillText(title, { party }),
  };
}

/** The table a document ends with (the records' ids and texts, then `blank` to fill), its title and notes, and the ids listed. */
function tableToFill(
  records: readonly TrackerRecord[],
  blank: readonly ColumnKey[],
  title: string,
  note: string,
  input: DocumentInput
): Pick<FollowUpDocument, "tableTitle" | "tableNotes" | "table" | "ids"> {
  return {
    tableTitle: title,
    tableNotes: [note, ...hints([...blank], input)],
    table: table(records, CONTEXT, [...blank], input),
    ids: records.map((record) => stringOf(record.id)),
  };
}

/** A letter to one authority: its recommendations awaiting a reply or overdue, a covering text, the table to fill. */
export function buildLetter(
  input: DocumentInput & { authority: string; request?: LetterRequest }
): FollowUpDocument {
  const t = DOCUMENT_TEXTS[input.language];
  const records = letterRecords(input.records, input.authority, input.today);
  const reports = reportsOf(records);
  return {
    ...heading("letter", input.authority, t.letterTitle, input),
    paragraphs: [
      input.today,
      fillText(t.letterTo, { party: input.authority }),
      input.request === "actionPlan" ? t.letterActionPlan : t.letterReminder,
      ...(reports ? [fillText(t.letterReports, { reports })] : []),
    ],
    sections: [],
    ...tableToFill(records, LETTER_BLANK, t.letterTableTitle, t.letterTableNote, input),
    closing: [t.letterClosing, t.letterSignature],
  };
}

/** One event as a line of a brief: date, what, with whom, the summary, what it found. */
function eventLine(event: HistoryRow, input: DocumentInput): string {
  const t = DOCUMENT_TEXTS[input.language];
  const v = event.values;
  const kind =
    typeof v.kind === "string"
      ? (vocabularyLabel("eventKind", v.kind, input.language) ?? v.kind)
      : "";
  const parts = [
    [kind, stringOf(v.with) ? fillText(t.eventWith, { party: stringOf(v.with) }) : ""]
      .filter(Boolean)
      .join(" "),
    stringOf(v.summary),
    [shown("status", v.status, input.language), shown("accepted", v.accepted, input.language)]
      .filter(Boolean)
      .join(", "),
  ].filter(Boolean);
  return `${stringOf(v.date)}: ${parts.join(". ")}`;
}

/** A brief for one place: every open recommendation with what is recorded and its history, then the table to fill. */
export function buildBrief(
  input: DocumentInput & { place: string; history: readonly HistoryRow[] }
): FollowUpDocument {
  const t = DOCUMENT_TEXTS[input.language];
  const records = briefRecords(input.records, input.place);
  const events = eventsById(input.history);
  const detail: ColumnKey[] = [
    "authority",
    "deadline",
    "accepted",
    "response",
    "status",
    "verified",
    "evidence",
  ];
  const sections = records.map((record) => {
    const id = stringOf(record.id);
    const lines = [
      fillText(t.briefMade, {
        date: stringOf(record.dateMade),
        reports: stringOf(record.report),
      }).replace(" ()", ""),
      ...detail
        .map((key) => [headerOf(key, input), shown(key, record[key], input.language)])
        .filter(([, value]) => value !== "")
        .map(([label, value]) => `${label}: ${value}`),
    ];
    const history = (events.get(id) ?? []).map((event) => eventLine(event, input));
    return {
      heading: fillText(t.briefRecommendation, { ref: stringOf(record.ref) || "–", id }),
      text: stringOf(record.text),
      lines,
      historyTitle: t.briefHistory,
      history: history.length > 0 ? history : [t.briefNoHistory],
    };
  });
  return {
    ...heading("brief", input.place, t.briefTitle, input),
    paragraphs: [
      input.today,
      records.length > 0 ? fillText(t.briefIntro, { party: input.place }) : t.briefNone,
    ],
    sections,
    ...tableToFill(records, BRIEF_BLANK, t.briefTableTitle, t.briefTableNote, input),
    closing: [],
  };
}

/** The marker part a document carries (Custom XML): what it is, for whom, in which language, when. */
export function documentMarker(doc: FollowUpDocument): { namespace: string; xml: string } {
  return {
    namespace: FOLLOW_UP_NAMESPACE,
    xml:
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<followUp xmlns="${FOLLOW_UP_NAMESPACE}" kind="${doc.kind}" party="${escapeXmlText(doc.party)}" language="${doc.language}" date="${doc.date}" count="${doc.ids.length}"/>\n`,
  };
}

/** Reads a marker part; null when the XML is not one. */
export function parseDocumentMarker(
  xml: string
): { kind: DocumentKind; party: string; language: Language; date: string } | null {
  if (!xml.includes(FOLLOW_UP_NAMESPACE)) return null;
  const tag = /<(?:[\w-]+:)?followUp\b([^>]*)\/?>/.exec(xml);
  if (!tag) return null;
  const attributes = xmlAttributes(tag[1]);
  const kind = attributes.get("kind");
  if (kind !== "letter" && kind !== "brief") return null;
  const language = attributes.get("language");
  return {
    kind,
    party: attributes.get("party") ?? "",
    language: language === "fr" || language === "es" ? language : "en",
    date: attributes.get("date") ?? "",
  };
}

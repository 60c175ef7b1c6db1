/**
 * The details of one recommendation that a tracker row holds besides its
 * text: deadline, timeframe, priority, place, type of place, addressees and
 * theme, each marked as read from the report or guessed. Built on what the
 * finder gives (src/core/extract/types.ts FoundRecommendation: the text, the
 * addressee, deadline, timeframe and priority as written) and on the
 * report's own details (./report.ts).
 */
import { detectLanguage, type Language } from "../language";
import type { Priority, Timeframe } from "../model/reportMetadata";
import { parseChoice } from "../tracker/normalize";
import { ADDRESSEE_SEPARATOR, splitAddressees } from "./addressees";
import { readDeadline, type DeadlineReading, type Origin } from "./deadline";
import { DETAILS_LEXICONS, lexiconsFor } from "./lexicon";
import {
  namedAsExample,
  namedAsLocation,
  placeTypeLabel,
  placeTypeOf,
  placesNamedIn,
  samePlace,
} from "./places";
import { foldKeep } from "./text";
import { proposeTheme, themeLabel } from "./theme";

export type { Origin } from "./deadline";

export interface Detail<T extends string = string> {
  value: T;
  origin: Origin;
}

/** The fields a recommendation's details fill; each absent when nothing was found. */
export interface RecommendationDetails {
  deadline?: Detail;
  timeframe?: Detail<Timeframe>;
  priority?: Detail<Priority>;
  place?: Detail;
  placeType?: Detail;
  /** Several addressees joined by "; ". */
  authority?: Detail;
  theme?: Detail;
}

/** A recommendation as the finder gives it (the FoundRecommendation fields this reader uses). */
export interface RecommendationInput {
  text: string;
  addressee?: string;
  /** As written in the text or a table cell. */
  deadline?: string;
  timeframe?: string;
  priority?: string;
  /** The place the recommendation's table row names (./report.ts placeInTableRow). */
  rowPlace?: string;
}

/** What the reader needs to know of the report. */
export interface ReportContext {
  language: Language;
  /** ISO date or "": durations ("within six months") count from it. */
  date: string;
  places: string[];
  title: string;
}

function earliest(a: DeadlineReading | null, b: DeadlineReading | null): DeadlineReading | null {
  if (!a?.deadline) return b?.deadline ? b : a;
  if (!b?.deadline) return a;
  return b.deadline < a.deadline ? b : a;
}

function deadlineOf(rec: RecommendationInput, report: ReportContext, language: Language) {
  const lexicons = lexiconsFor(language);
  const inText = (words: string) => foldKeep(rec.text).includes(foldKeep(words).trim());
  // Table cells first: a Timeframe column ("3 months", "Immediately") or a deadline given apart from the text.
  const cells = [rec.timeframe, rec.deadline && !inText(rec.deadline) ? rec.deadline : undefined]
    .filter((cell): cell is string => !!cell && cell.trim() !== "")
    .map((cell) => {
      for (const lex of lexicons) {
        const read = readDeadline(cell, lex, { reportDate: report.date, cell: true });
        if (read) return read;
      }
      return null;
    });
  const sentence = readDeadline(rec.text, DETAILS_LEXICONS[language], { reportDate: report.date });
  const all = [...cells, sentence];
  const dated = all.reduce<DeadlineReading | null>((best, r) => earliest(best, r), null);
  const timeframe = all.find((r) => r?.timeframe)?.timeframe;
  return { dated, timeframe };
}

function placeOf(text: string, report: ReportContext, language: Language): Detail | undefined {
  const lexicons = lexiconsFor(language);
  const mentions = placesNamedIn(text).filter(
    (m) => !lexicons.some((lex) => namedAsExample(text, m.start, lex))
  );
  const ofReport = (name: string) => report.places.find((p) => samePlace(p, name));
  const named = [...new Set(mentions.map((m) => ofReport(m.name)).filter((p): p is string => !!p))];
  const elsewhere = mentions.filter(
    (m) => !ofReport(m.name) && lexicons.some((lex) => namedAsLocation(text, m.start, lex))
  );
  const other = [...new Set(elsewhere.map((m) => m.name))];
  if (report.places.length === 1) {
    // The report's place, unless the recommendation is about another place it names.
    if (named.length === 0 && other.length === 1) return { value: other[0], origin: "report" };
    return { value: report.places[0], origin: "report" };
  }
  if (named.length === 1) return { value: named[0], origin: "report" };
  if (named.length === 0 && other.length === 1) return { value: other[0], origin: "report" };
  return undefined;
}

/** The type of place: the place's own, else the one all the report's places share, else the title's. */
function placeTypeOfRecommendation(
  place: string | undefined,
  report: ReportContext
): string | null {
  if (place) {
    const own = placeTypeOf(place);
    if (own) return own;
  }
  const types = [...new Set(report.places.map(placeTypeOf))];
  if (!place && types.length === 1 && types[0]) return types[0];
  if (report.places.length === 0 || !place) return placeTypeOf(report.title);
  return null;
}

/** The details of one recommendation, in the report's language. */
export function readRecommendationDetails(
  rec: RecommendationInput,
  report: ReportContext
): RecommendationDetails {
  const language = detectLanguage(rec.text, report.language);
  const details: RecommendationDetails = {};
  const { dated, timeframe } = deadlineOf(rec, report, language);
  if (dated?.deadline)
    details.deadline = { value: dated.deadline, origin: dated.deadlineOrigin ?? "report" };
  if (timeframe) details.timeframe = { value: timeframe, origin: "report" };
  const priority = rec.priority ? parseChoice("priority", rec.priority) : null;
  if (priority) details.priority = { value: priority.key as Priority, origin: "report" };

  const place: Detail | undefined = rec.rowPlace
    ? { value: rec.rowPlace, origin: "report" }
    : placeOf(rec.text, report, language);
  if (place) details.place = place;
  const type = placeTypeOfRecommendation(place?.value, report);
  if (type) details.placeType = { value: placeTypeLabel(type, report.language), origin: "guessed" };

  if (rec.addressee) {
    const names = splitAddressees(rec.addressee);
    if (names.length > 0)
      details.authority = { value: names.join(ADDRESSEE_SEPARATOR), origin: "report" };
  }
  const theme = proposeTheme(rec.text, DETAILS_LEXICONS[language]);
  if (theme) details.theme = { value: themeLabel(theme, report.language), origin: "guessed" };
  return details;
}

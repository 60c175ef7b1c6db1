import type { ReportType } from "../../model/reportMetadata";

/**
 * What the details readers know about one language: how a report states
 * its date, number, places and type, and how a recommendation states its
 * deadline, its place and its subject. Everything is data: regular-expression
 * sources matched case-insensitively on text without accents (write
 * "delai", or "délai": both are folded), so another language or an NPM's
 * own wording is a change here, not in the readers.
 */
export interface DetailsLexicon {
  /** Order of day and month in numeric dates ("03/04/2024"). */
  numericDates: "dmy" | "mdy";
  /** Words for a number of days, weeks, months ("three", "trois", "tres"). */
  numbers: Record<string, number>;
  /** Units of a duration; hours are a routine time limit, never a recommendation's deadline. */
  units: { day: string; week: string; month: string; year: string; hour: string };

  // -- Report ---------------------------------------------------------------

  /** Labels of the report's own date ("Date of report"), the strongest evidence. */
  reportDateLabels: string[];
  /** Labels of a date that is the report's unless said otherwise ("Date", "Dated"). */
  dateLabels: string[];
  /** Labels and phrases of other dates (the visit's, a law's, an update's): never the report's. */
  otherDateLabels: string[];
  /** Between the town and the date of a letter's heading ("Paris, le 3 mars 2023"). */
  letterDateJoin: string;
  /** Phrases that date the report in a sentence ("This report was adopted on"). */
  adoptedOn: string[];
  /** Labels of the report's number or reference ("Report No.", "Réf.", "Expediente"). */
  referenceLabels: string[];
  /** Labels of the place or places visited ("Place visited", "Lieu visité", "Centro visitado"). */
  placeLabels: string[];
  /** Header of a table column that names each row's place ("Monitoring visits", "Établissement", "Centro"). */
  placeColumns: string[];
  /** Labels of the kind of report or visit ("Type of visit", "Type de rapport"). */
  typeLabels: string[];
  /** Words of a title that lead to the place ("visit to", "visite du", "visita a la"). */
  titlePlaceLeads: string[];
  /** Words that end the place in a title ("follow-up inspection", "from 12 to ..."). */
  titlePlaceEnds: string[];
  /** Nouns of an institution: a named place holds one ("Prison", "Centre", "Comisaría"). */
  placeNouns: string[];
  /** Plural place nouns: a title on "Police Stations in X" names several places, not one. */
  pluralPlaceNouns: string[];
  /** Report types, in the order they are tried (the most specific first). */
  reportTypes: { type: ReportType; patterns: string[] }[];

  // -- Recommendation -------------------------------------------------------

  /** Words before a date that make it the deadline ("by", "no later than", "d'ici au", "antes del"). */
  deadlineLeads: string[];
  /** "the end of" ("by the end of 2024", "d'ici la fin de", "antes de finales de"). */
  endOf: string;
  /** "the middle of" ("by mid-2025"). */
  middleOf: string;
  /** "the year" or "this year", for "by the end of the year" (the report's year). */
  thisYear: string;
  /** Words before a duration that make it a deadline ("within", "dans un délai de", "en el plazo de"). */
  durationLeads: string[];
  /** What may follow a duration to count it from the report ("of receipt of this report"). */
  fromReport: string[];
  /** What follows a duration counted from an event ("of admission", "after arrest"): a routine time limit. */
  fromEvent: string;
  /** "Immediately", "without delay", "sin demora": a short timeframe, with no date. */
  immediately: string[];
  /** Clause openers inside which "immediately" describes a routine ("ensure that", "whenever"). */
  routineClauses: string[];
  /** What may follow "immediately" when it describes a routine ("informed without delay of"). */
  routineAfter: string;
  /** Words before a place named as an example rather than the place concerned ("such as", "like"). */
  examplePlace: string[];
  /** Prepositions that locate a recommendation in a place ("at", "in", "à", "en"). */
  placePrepositions: string;
  /** Conjunctions between two addressees ("and", "et", "y"). */
  and: string;
  /** Nouns of an authority, so that "X and Y" is split only between two authorities. */
  authorityNouns: string[];

  // -- Kinds ----------------------------------------------------------------

  /**
   * Type of place list values (src/core/schema/vocabularies.ts placeType) and
   * the words of place names of that type, tried in this order (the most
   * specific first: a prison's psychiatric ward is psychiatric).
   */
  placeTypes: { key: string; patterns: string[] }[];
  /** Theme list values and the words of a recommendation on that theme. */
  themes: { key: string; words: string[] }[];
}

/**
 * What an import writes besides a recommendation's text: the report's own
 * details (date, number, places, type) and each recommendation's deadline,
 * timeframe, priority, place, type of place, addressees and theme, read
 * from the report in its own language (English, French, Spanish) and marked
 * "read from the report" or "guessed". Pure; the lexicons are data
 * (./lexicon/en.ts, fr.ts, es.ts).
 */
export {
  readReportDetails,
  reportTitle,
  reportTypeIn,
  placeInTitle,
  placeInTableRow,
  type FoundReportDetails,
} from "./report";
export {
  readRecommendationDetails,
  type Detail,
  type Origin,
  type RecommendationDetails,
  type RecommendationInput,
  type ReportContext,
} from "./recommendation";
export { readDeadline, type DeadlineReading } from "./deadline";
export { findDates, addPeriod, type DateMention } from "./dates";
export { splitAddressees, ADDRESSEE_SEPARATOR } from "./addressees";
export { placeTypeOf, placeTypeLabel, placesNamedIn, placeName, samePlace } from "./places";
export { proposeTheme, themeLabel } from "./theme";
export { DETAILS_LEXICONS, lexiconsFor, type DetailsLexicon } from "./lexicon";

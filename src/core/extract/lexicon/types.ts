/**
 * What the finder needs to know about a language. Everything is data
 * (regular-expression sources, matched case-insensitively unless said
 * otherwise), so supporting another language is adding a file here.
 */
export interface FinderLexicon {
  /** Headings of a chapter that lists recommendations (whole heading, numbering removed). */
  chapterHeadings: string[];
  /** Headings of a chapter that mixes recommendations with other text ("Conclusions and recommendations"). */
  mixedChapterHeadings: string[];
  /** How a heading or line names the addressee of the items under it; group 1 is the addressee. */
  addresseeHeadings: string[];
  /** Names the NPM uses for itself as the subject of a recommending verb. */
  selfNames: string[];
  /** Verbs (present tense, after a self-name) that make a sentence a recommendation. */
  recommendingVerbs: string[];
  /** Impersonal recommending phrases ("It is recommended that"). */
  impersonalTriggers: string[];
  /** Modal words that make a sentence an instruction inside a recommendations chapter. */
  modalTriggers: string[];
  /** Verbs that open an imperative recommendation ("Ensure ...", "Provide ..."). */
  imperativeVerbs: string[];
  /** The NPM reiterating an earlier recommendation. */
  repeatedMarkers: string[];
  /** Openings of a sentence that continues the recommendation before it. */
  continuations: string[];
  /** Reporting what someone else said or thought: a recommendation after these is not the NPM's. */
  reportedSpeech: string[];
  /** Quoting a legal text or standard. */
  legalQuotes: string[];
  /** Closing requests for a reply, which are not recommendations. */
  closingRequests: string[];
  /** Paragraphs that announce a list ("the NPM makes the following recommendations:"). */
  introductions: string[];
  /** Notes and sources, never recommendations. */
  notes: string[];
  /** Words of an authority, so that a sentence subject can be read as an addressee. */
  authorityNouns: string[];
  /** Deadlines and timeframes in a sentence; the first group (or whole match) is kept. */
  deadlines: string[];
  /** Priority words; group 1 is kept. */
  priorities: string[];
  /** Table header cells: which column holds what. */
  columns: {
    text: string;
    ref: string;
    addressee: string;
    timeframe: string;
    priority: string;
  };
  /** Words that label a recommendation ("Recommendation 3: ..."); a number may follow. */
  labels: string[];
  /** A past recommendation reported as carried out, which is not a new recommendation. */
  implemented: string[];
  /** Abbreviations that end with a full stop without ending the sentence. */
  abbreviations: string[];
}

import type { Language } from "../../language";

/**
 * What the finder needs to know about one language. Everything is data:
 * regular-expression sources, matched case-insensitively on text where
 * Word's non-breaking spaces and typographic apostrophes are plain ones.
 * Supporting another language is adding a file next to this one and
 * listing it in ./index.ts; the finder's code holds no word of any
 * language.
 *
 * Patterns are written to carry across bodies (an NPM, the Subcommittee,
 * the CPT, a treaty body, an inspectorate, an ombudsman) rather than to
 * match one report's wording.
 */
export interface FinderLexicon {
  language: Language;

  /** Section headings (the whole heading, numbering removed), by what the section holds. */
  headings: {
    /** A chapter that lists recommendations ("Recommendations", "Summary of recommendations"). */
    recommendations: string[];
    /** Sections where recommendations sit among other text: conclusions, preliminary observations, urgent matters. */
    mixed: string[];
    /** Follow-up of earlier recommendations (a present "reiterates" counts, "was implemented" does not). */
    followUp: string[];
    /** Sections whose "should" is not the body's own: legal framework, standards, methodology, mandate. */
    background: string[];
    /** The authorities' response or comments. */
    response: string[];
    /** Good practice, positive findings. */
    goodPractice: string[];
    /** Notes, references, contents, abbreviations: never searched. */
    notes: string[];
  };
  /** How a heading or a line names the addressee of the items under it; group 1 is the addressee. */
  addresseeHeadings: string[];
  /** A recommendations chapter that names its addressee ("Recommendations to the Ministry"); group 1. */
  chapterAddressee: string[];
  /** Words that number a part of a report before its number ("Chapter 3", "Annexe B"). */
  sectionWords: string[];
  /** Paragraph style names of notes, captions, quotations, tables of contents (never searched). */
  noteStyles: string[];
  /** Titles before a body's name ("Madame la Médiateure"). */
  titles: string[];
  /** Quantifiers that make a subject no one's in particular ("All staff should ..."). */
  quantifiers: string[];

  /** Articles that may open a body's or an authority's name ("the", "le", "la", "el"). */
  articles: string[];
  /** Small words that may sit inside a name ("of", "de", "del"). */
  nameConnectors: string[];
  /** Names of bodies that make recommendations (the report's own or another's). */
  bodies: string[];
  /** Ways a report speaks of itself that are always its own voice ("we", "the delegation", "it"). */
  selfNames: string[];
  /**
   * Generic nouns a report uses for its own author when they stand bare,
   * with their article only ("the Committee", "le Comité", "el Mecanismo"):
   * a report names the bodies it cites by their own names ("the Committee
   * against Torture", "the CPT"), so a bare generic noun is the report's own
   * voice even where the report mostly says "the CPT" or "the SPT".
   */
  selfReferences: string[];
  /** "and", to read "The NPM is concerned ... and recommends". */
  and: string[];
  /** Words between a body and its verb ("therefore", "also", "once again"). */
  adverbs: string[];
  /** Recommending verbs in the present, after a body ("recommends", "urges", "calls upon"). */
  recommendingVerbs: string[];
  /** The same in the past: an earlier recommendation, unless it introduces a list ("recommended"). */
  pastRecommending: string[];
  /** Impersonal recommending phrases ("it is recommended that", "se recomienda"). */
  impersonal: string[];
  /** Modal obligations ("should", "must", "devrait", "debe", "il convient de"). */
  modals: string[];
  /** Impersonal prescriptions ("il convient de", "es necesario que", "it is essential that"), not discourse ("il convient de noter"). */
  prescriptive: string[];
  /** A modal about the past or about what happens, a finding ("should have been", "must often", "doit faire face"). */
  counterfactual: string[];
  /** The body's own opinion introducing what should happen ("in the view of", "considers that"); a body name must be near. */
  opinion: string[];
  /** Openings of a list item that asks for something: imperatives, "that the director ...", "Que se ...". */
  itemOpeners: string[];
  /** Shape of an infinitive as first word of an item (French, Spanish); "" when the language has none. */
  infinitive: string;
  /** Words with that shape that are not verbs ("centre", "lugar"). */
  notInfinitives: string[];

  /** Words that label a recommendation ("Recommendation 3:", "SUGERENCIA:", "Recommandation n° 3 :"). */
  labels: string[];
  /** Ordinals used as labels ("PRIMERA.", "RECOMENDACIÓN SEGUNDA."). */
  ordinals: string[];
  /** Labels of lines that are not recommendations: metadata, responses, good practice ("Fecha:", "Response:"). */
  otherLabels: string[];
  /** Paragraphs that announce a list ("makes the following recommendations:"). */
  introductions: string[];

  /** Openings of a sentence that continues the recommendation before it ("Pending that,", "Meanwhile,"). */
  continuations: string[];

  /** Reporting what someone else said or thought. */
  reportedSpeech: string[];
  /** Hearsay whoever hears it ("we were told that", "on nous a dit que"): never the body's own recommendation. */
  hearsay: string[];
  /** Quoting law or a standard ("Article 12 provides", "as the CPT recommends"). */
  legalQuotes: string[];
  /** Requests for information, comments or a reply, which are not recommendations. */
  requests: string[];
  /** An earlier recommendation reported as carried out. */
  implemented: string[];
  /** Sentences reporting the authorities' answer ("the Ministry replied that", "según se explica"). */
  responses: string[];
  /** Openings of a reply or follow-up letter: what follows answers the authorities. */
  letterOpeners: string[];
  /** Notes and sources, never recommendations ("Note:", "Source:"). */
  notes: string[];

  /** Words of an authority, so that a subject can be read as an addressee. */
  authorityNouns: string[];

  /** The body reiterating an earlier recommendation. */
  repeatedMarkers: string[];
  /** Deadlines and timeframes as written; the first group (or the whole match) is kept. */
  deadlines: string[];
  /** Priority words; group 1 is kept ("high", "alta"); a match without a level means high. */
  priorities: string[];
  /** The level words of `priorities`, to English: "alta" -> "high". */
  priorityLevels: Record<string, "high" | "medium" | "low">;

  /** Table header cells: which column holds what. */
  columns: {
    text: string;
    ref: string;
    addressee: string;
    timeframe: string;
    priority: string;
    status: string;
  };
  /** Status cells of a follow-up table that mean "done". */
  implementedStatus: string[];
}

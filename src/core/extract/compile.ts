/**
 * The lexicons as regular expressions, built once per lexicon. The finder
 * matches on text where Word's non-breaking spaces and typographic
 * apostrophes are plain ones (see forMatching in ./index.ts).
 */
import type { Language } from "../language";
import { FINDER_LEXICONS, type FinderLexicon } from "./lexicon";

export interface Compiled {
  lex: FinderLexicon;
  language: Language;
  headings: Record<keyof FinderLexicon["headings"], RegExp>;
  addresseeHeading: RegExp;
  /** A known body or self name, then adverbs, then a recommending verb; group "body", group "verb". */
  bodyTrigger: RegExp;
  /** "The <Capitalised Name> recommends": an open class of bodies, matched case-sensitively. */
  openBodyTrigger: RegExp;
  /** The same two with a past recommending verb. */
  pastTrigger: RegExp;
  /** The verbs alone: a cheap test before the triggers (most sentences have none). */
  anyVerb: RegExp;
  anyPastVerb: RegExp;
  /** Body names alone (global), to tell whose opinion or speech a sentence reports. */
  bodyName: RegExp;
  openBodyName: RegExp;
  selfName: RegExp;
  /** A bare generic noun for the report's own author ("the Committee"): see FinderLexicon.selfReferences. */
  selfReference: RegExp;
  impersonal: RegExp;
  modal: RegExp;
  prescriptive: RegExp;
  counterfactual: RegExp;
  opinion: RegExp;
  itemOpener: RegExp;
  infinitive: RegExp | null;
  notInfinitive: RegExp;
  continuation: RegExp;
  reported: RegExp;
  hearsay: RegExp;
  legal: RegExp;
  request: RegExp;
  implemented: RegExp;
  response: RegExp;
  letterOpener: RegExp;
  introduction: RegExp;
  note: RegExp;
  otherLabel: RegExp;
  authority: RegExp;
  quantifier: RegExp;
  repeated: RegExp;
  deadlines: RegExp[];
  priorities: RegExp[];
  articles: RegExp;
  connector: RegExp;
  columns: Record<keyof FinderLexicon["columns"], RegExp>;
  implementedStatus: RegExp;
}

const any = (sources: string[]) => sources.map((s) => `(?:${s})`).join("|");
const whole = (sources: string[]) => new RegExp(`^(?:${any(sources)})$`, "i");
/** Word boundaries that know accented letters ("\b" does not). */
const B = "(?<![\\p{L}\\p{N}])";
/** A word end, or a pattern that ends with its own space or apostrophe ("il convient de "). */
const E = "(?:(?<=[\\s'])|(?![\\p{L}\\p{N}]))";
/**
 * A word pattern that first runs a cheap test without word boundaries (the
 * Unicode look-arounds cost three times as much and most sentences match
 * none of the patterns), then the exact one.
 */
class Prefiltered extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  private readonly quick: RegExp;
  constructor(source: string, flags: string, quick: RegExp) {
    super(source, flags);
    this.quick = quick;
  }
  override exec(text: string): RegExpExecArray | null {
    return this.quick.test(text) ? super.exec(text) : null;
  }
}
const word = (sources: string[]) =>
  new Prefiltered(
    `${B}(?:${any(sources)})${E}`,
    "iu",
    new RegExp(any(sources), /\\p\{/.test(any(sources)) ? "iu" : "i")
  );
/** At the start of the text; the patterns carry their own word ends ("that " ends with its space). */
const start = (sources: string[]) => new RegExp(`^(?:${any(sources)})`, "iu");

/** "the" -> "[Tt]he", so that the open class can be case-sensitive after its article. */
function eitherCase(article: string): string {
  const first = article[0];
  const rest = article.slice(1);
  return first.toLowerCase() === first.toUpperCase()
    ? article
    : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
}

function compile(lex: FinderLexicon): Compiled {
  const articles = lex.articles.map((a) => (a.endsWith("'") ? a : `${a}\\s+`));
  const article = `(?:${articles.join("|")})`;
  const connectors = any(lex.nameConnectors);
  const adverbs = `(?:(?:${any(lex.adverbs)})\\s*,?\\s*)*`;
  const verbs = any(lex.recommendingVerbs);
  const past = any(lex.pastRecommending);
  const and = any(lex.and);
  // "the Subcommittee", "the NPM's delegation", "la délégation du CPT", "Madame la Médiateure".
  const known = `(?:(?:${any(lex.selfNames)})|(?:(?:(?:${any(lex.titles)})\\s+)?${article}?(?:${any(lex.bodies)})))`;
  const tail = `(?:'s\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|\\s+(?:${connectors})\\s+(?:${article})?[\\p{L}\\p{N}'-]+){0,2}`;
  // A comma clause ("The NPM, which visited X, recommends") or "is concerned ... and recommends".
  const between = `(?:\\s*,[^,.;]{1,120},)?\\s+(?:[^.;]{0,160}?${B}(?:${and})\\s+)?${adverbs}`;
  const bodyTrigger = new RegExp(
    `${B}(?<body>${known}${tail})${between}(?<verb>${verbs})${E}`,
    "iu"
  );
  const pastTrigger = new RegExp(`${B}(?:${known}${tail})${between}(?:${past})${E}`, "iu");
  // Open class: an article then capitalised words ("the Inspectorate", "la Defensoría"), or an acronym alone.
  const openArticles = lex.articles.map((a) =>
    a.endsWith("'") ? eitherCase(a) : `${eitherCase(a)}\\s+`
  );
  const capital = "\\p{Lu}[\\p{L}\\p{N}'-]*";
  const openName = `(?:(?:${openArticles.join("|")})${capital}(?:\\s+(?:(?:${lex.nameConnectors.join("|")})\\s+(?:${openArticles.join("|")})?)?${capital}){0,6}|\\p{Lu}{2,8})`;
  const lowerVerbs = verbs; // verbs are written in lower case in the lexicons
  const openBodyTrigger = new RegExp(
    `(?<![\\p{L}\\p{N}'])(?<body>${openName})(?:'s\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?(?:\\s*,[^,.;]{1,120},)?\\s+(?:[^.;]{0,160}?${B}(?:${and})\\s+)?(?:(?:${any(lex.adverbs)})\\s*,?\\s*)*(?<verb>${lowerVerbs})${E}`,
    "u"
  );
  return {
    lex,
    language: lex.language,
    headings: {
      recommendations: whole(lex.headings.recommendations),
      mixed: whole(lex.headings.mixed),
      followUp: whole(lex.headings.followUp),
      background: whole(lex.headings.background),
      response: whole(lex.headings.response),
      goodPractice: whole(lex.headings.goodPractice),
      notes: whole(lex.headings.notes),
    },
    addresseeHeading: new RegExp(`^(?:${any(lex.addresseeHeadings)})\\s*:?$`, "iu"),
    bodyTrigger,
    openBodyTrigger,
    pastTrigger,
    anyVerb: word(lex.recommendingVerbs),
    anyPastVerb: word(lex.pastRecommending),
    bodyName: new RegExp(`${B}(?<body>${known}${tail})${E}`, "giu"),
    openBodyName: new RegExp(`(?<![\\p{L}\\p{N}'])(?<body>${openName})`, "gu"),
    selfName: new RegExp(`^(?:${any(lex.selfNames)})$`, "iu"),
    selfReference: new RegExp(`^${article}?(?:${any(lex.selfReferences)})$`, "iu"),
    impersonal: word(lex.impersonal),
    modal: word(lex.modals),
    prescriptive: word(lex.prescriptive),
    counterfactual: word(lex.counterfactual),
    opinion: word(lex.opinion),
    itemOpener: start(lex.itemOpeners),
    infinitive: lex.infinitive ? new RegExp(`^(?:${lex.infinitive})${E}`, "u") : null,
    notInfinitive: new RegExp(`^(?:${any(lex.notInfinitives)})$`, "iu"),
    continuation: start(lex.continuations),
    reported: word(lex.reportedSpeech),
    hearsay: word(lex.hearsay),
    legal: word(lex.legalQuotes),
    request: word(lex.requests),
    implemented: word(lex.implemented),
    response: word(lex.responses),
    letterOpener: start(lex.letterOpeners),
    introduction: new RegExp(any(lex.introductions), "iu"),
    note: new RegExp(`^(?:${any(lex.notes)})\\s*[:.]`, "iu"),
    otherLabel: new RegExp(
      `^(?:${any(lex.otherLabels)})(?:\\s*(?:n[°º.]?|no\\.?|núm\\.?)?\\s*\\d[\\w./-]*)?\\s*:`,
      "iu"
    ),
    authority: new RegExp(`^(?:${any(lex.authorityNouns)})$`, "iu"),
    quantifier: new RegExp(`^(?:${any(lex.quantifiers)})$`, "iu"),
    repeated: new RegExp(any(lex.repeatedMarkers), "iu"),
    deadlines: lex.deadlines.map((d) => new RegExp(`${B}${d}`, "iu")),
    priorities: lex.priorities.map((d) => new RegExp(`${B}${d}`, "iu")),
    articles: new RegExp(`^(?:${articles.join("|")})`, "iu"),
    connector: new RegExp(`^(?:${connectors})$`, "iu"),
    columns: {
      text: whole([lex.columns.text]),
      ref: whole([lex.columns.ref]),
      addressee: whole([lex.columns.addressee]),
      timeframe: whole([lex.columns.timeframe]),
      priority: whole([lex.columns.priority]),
      status: whole([lex.columns.status]),
    },
    implementedStatus: start(lex.implementedStatus),
  };
}

let compiled: Record<Language, Compiled> | null = null;

/** The compiled lexicon of each language. */
export function compiledLexicons(): Record<Language, Compiled> {
  if (!compiled)
    compiled = {
      en: compile(FINDER_LEXICONS.en),
      fr: compile(FINDER_LEXICONS.fr),
      es: compile(FINDER_LEXICONS.es),
    };
  return compiled;
}

/** Structure words of every language together: headings, labels and table headers may be in any. */
export interface AnyLanguage {
  headings: Record<keyof FinderLexicon["headings"], RegExp>;
  addresseeHeading: RegExp;
  /** "Recommendation 3: text", "RECOMENDACIÓN PRIMERA. text"; groups "ref", "text". */
  label: RegExp;
  /** "Recommendation 3", "RECOMENDACIÓN:", "Sugerencia" alone on its line; group "ref". */
  labelOnly: RegExp;
  /** "PRIMERA. text" (inside a recommendations chapter); group "ref", "text". */
  ordinalLabel: RegExp;
  otherLabel: RegExp;
  /** An other label alone on its line ("BONNE PRATIQUE 2", "Respuesta:"). */
  otherLabelOnly: RegExp;
  /** "Recommendations to the Ministry of Health": group 1 is the addressee. */
  chapterAddressee: RegExp;
  /** "Annex:", "Annexe B :" before a heading's words. */
  sectionLead: RegExp;
  /** "Chapter 3 –", "III.", "2.1" before a heading's words. */
  sectionNumber: RegExp;
  noteStyle: RegExp;
  /** Titles and articles before a body's name, to tell two mentions of one body apart from two bodies. */
  nameLead: RegExp;
  /** Header words of a recommendations column exactly ("Recommendations", "Sugerencias"). */
  plainTextColumn: RegExp;
  /** A number or status word inside a header ("Recommendation No.", "Recommendation status"). */
  refOrStatusWord: RegExp;
  columns: Record<keyof FinderLexicon["columns"], RegExp>;
  implementedStatus: RegExp;
  repeated: RegExp;
}

let anyLanguage: AnyLanguage | null = null;

export function anyLanguageStructure(): AnyLanguage {
  if (anyLanguage) return anyLanguage;
  const all = Object.values(FINDER_LEXICONS);
  const join = (pick: (l: FinderLexicon) => string[]) => all.flatMap(pick);
  const labels = any(join((l) => l.labels));
  const ordinals = any(join((l) => l.ordinals));
  const number =
    "(?:n[°º.]?\\s*|no\\.?\\s*|núm\\.?\\s*)?(?<ref>[A-Z]{0,3}\\d+(?:\\.\\d+)*[a-z]?|" +
    ordinals +
    ")";
  const note = "(?:\\s*\\([^)]{0,40}\\))?";
  anyLanguage = {
    headings: {
      recommendations: whole(join((l) => l.headings.recommendations)),
      mixed: whole(join((l) => l.headings.mixed)),
      followUp: whole(join((l) => l.headings.followUp)),
      background: whole(join((l) => l.headings.background)),
      response: whole(join((l) => l.headings.response)),
      goodPractice: whole(join((l) => l.headings.goodPractice)),
      notes: whole(join((l) => l.headings.notes)),
    },
    addresseeHeading: new RegExp(`^(?:${any(join((l) => l.addresseeHeadings))})\\s*:?$`, "iu"),
    label: new RegExp(
      `^\\s*(?:${labels})(?:\\s+${number})?${note}\\s*[:.\\u2013\\u2014-]\\s+(?<text>\\S[\\s\\S]*)$`,
      "iu"
    ),
    labelOnly: new RegExp(`^\\s*(?:${labels})(?:\\s+${number})?${note}\\s*[:.]?\\s*$`, "iu"),
    ordinalLabel: new RegExp(
      `^\\s*(?<ref>${ordinals})\\s*[:.\\u2013\\u2014-]\\s+(?<text>\\S[\\s\\S]*)$`,
      "iu"
    ),
    otherLabel: new RegExp(
      `^(?:${any(join((l) => l.otherLabels))})(?:\\s*(?:n[°º.]?|no\\.?|núm\\.?)?\\s*\\d[\\w./-]*)?\\s*:`,
      "iu"
    ),
    otherLabelOnly: new RegExp(
      `^\\s*(?:${any(join((l) => l.otherLabels))})(?:\\s*(?:n[°º.]?|no\\.?|núm\\.?)?\\s*\\d[\\w./-]*)?\\s*[:.]?\\s*$`,
      "iu"
    ),
    chapterAddressee: new RegExp(`^(?:${any(join((l) => l.chapterAddressee))})$`, "iu"),
    sectionLead: new RegExp(
      `^\\s*(?:${any(join((l) => l.sectionWords))})\\s*[A-Z0-9]{0,4}\\s*[:.\\u2013\\u2014-]\\s*`,
      "iu"
    ),
    sectionNumber: new RegExp(
      `^\\s*(?:(?:${any(join((l) => l.sectionWords))})\\s+)?(?:(?:[IVXLC]+|[A-Z])\\s*[.):\\u2013\\u2014-]|\\d+(?:\\.\\d+)*\\s*[.):\\u2013\\u2014-]?)\\s+`,
      "iu"
    ),
    noteStyle: new RegExp(any(join((l) => l.noteStyles)), "i"),
    nameLead: new RegExp(
      `^(?:(?:${any(join((l) => l.titles))})\\s+)?(?:${any(join((l) => l.articles.map((a) => (a.endsWith("'") ? a : `${a}\\s+`))))})?`,
      "iu"
    ),
    plainTextColumn: new RegExp(`^(?:${labels})$`, "iu"),
    refOrStatusWord: new RegExp(
      `(?:^|\\s)(?:${any(join((l) => [l.columns.ref, l.columns.status]))})(?:$|[\\s.:])`,
      "iu"
    ),
    columns: {
      text: whole(join((l) => [l.columns.text])),
      ref: whole(join((l) => [l.columns.ref])),
      addressee: whole(join((l) => [l.columns.addressee])),
      timeframe: whole(join((l) => [l.columns.timeframe])),
      priority: whole(join((l) => [l.columns.priority])),
      status: whole(join((l) => [l.columns.status])),
    },
    implementedStatus: start(join((l) => l.implementedStatus)),
    repeated: new RegExp(any(join((l) => l.repeatedMarkers)), "iu"),
  };
  return anyLanguage;
}

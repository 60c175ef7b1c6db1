/**
 * The shape of each ask: who is asked to act (the subject before a modal,
 * the addressee after "recommends that / recommande à / insta a", the agent
 * of a passive, a heading), where the predicate starts, and the core of the
 * clause (before purpose, means and subordinate clauses). Decided from word
 * classes of the lexicon, not from lists of sample phrases: any capitalised
 * name or acronym in subject position is a named body; a post or a body is
 * named whatever its name.
 */
import type { Doc, Sentence, Token } from "./text";
import { countWords, tokenize } from "./text";
import type { Span } from "./types";

/** Who a noun phrase names. */
export type Role =
  /** A named body, post holder or organisation: an addressee. */
  | "named"
  /** An institution (a prison, a hospital): an addressee when it acts, a place otherwise. */
  | "institution"
  /** No one in particular: "the authorities", "l'État partie", "la Administración". */
  | "generic"
  /** Persons deprived of liberty. */
  | "person"
  /** Staff in general. */
  | "staff"
  /** A pronoun whose referent is outside the text ("It", "They", "Il"). */
  | "pronoun"
  /** Anything else: a thing, a practice, a document. */
  | "thing";

export interface NounPhrase {
  span: Span;
  head: Token | null;
  role: Role;
  /** Qualified by a name or a complement ("Hillcrest Prison", "the prison of X", "la Dirección General"). */
  qualified: boolean;
  /** Opened by a determiner that points at one known thing ("the prison", "l'établissement", "el centro"). */
  definite?: boolean;
}

export interface Ask {
  sentence: Sentence;
  clause: Span;
  /** The subject before the modal, or the addressee after a frame. */
  subject: NounPhrase | null;
  /**
   * The subject was introduced by a frame ("recommends that", "recommande au"), or stands
   * before a bare subjunctive, the frame left out ("The Minister appoint …").
   */
  framed: boolean;
  modal: Span | null;
  /** Where the predicate (the verb and its object) starts. */
  predicateStart: number;
  /** The subject does not act: a passive, a recipient ("should be given"), a stative verb ("should have"). */
  passive: boolean;
  /** The agent of a passive ("by the Ministry"). */
  agent: NounPhrase | null;
  /** The clause up to its first purpose, means or subordinate clause, or comma, after the predicate starts. */
  core: Span;
  /** The clause up to its first purpose, means or subordinate clause after the predicate starts. */
  main: Span;
  /**
   * The clause only continues the one before it: it follows a parenthesis or a relative
   * pronoun (", which are used to …", "(paragraphs 2.9 and 9.2)") and has no verb of its own
   * (no modal, frame or imperative). It adds detail to an ask; it is not an ask.
   */
  continuation: boolean;
}

/** Sorted spans starting in [from, to). */
function between(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s[0] >= to) break;
    if (s[0] >= from) out.push(s);
  }
  return out;
}

/** A clause of a sentence and the break that opened it (null for the first). */
interface Clause {
  span: Span;
  opener: Span | null;
}

/** Clauses of a sentence, split at the lexicon's clause breaks and before a second subject with its own modal. */
export function clausesOf(doc: Doc, sentence: Sentence): Clause[] {
  const out: Clause[] = [];
  let start = sentence.start;
  let opener: Span | null = null;
  const push = (end: number) => {
    for (const part of atSecondSubject(doc, [start, end], opener)) out.push(part);
  };
  for (const brk of between(doc.hits("clauseBreak"), sentence.start, sentence.end)) {
    if (joinsNameWords(doc, brk)) continue;
    const [bStart, bEnd] = brk;
    if (bStart > start) push(bStart);
    if (bEnd > start) opener = brk;
    start = Math.max(start, bEnd);
  }
  if (sentence.end > start) push(sentence.end);
  return out;
}

const BARE_CONJUNCTION = /^\s+\p{L}+\s+$/u;
const CAPITAL = /\p{Lu}/u;
/** The first letter of the last word of a passage. */
const LAST_WORD = /(\p{L})[\p{L}'’-]*$/u;

/**
 * A bare conjunction between two capitalised words joins the words of a name ("the Police
 * Investigations and Review Commissioner", "Servicio de Inspección y Control"), not two clauses:
 * a verb that opens a second ask after "and" is not capitalised.
 */
function joinsNameWords(doc: Doc, [start, end]: Span): boolean {
  const text = doc.full;
  if (!CAPITAL.test(text.charAt(end)) || !BARE_CONJUNCTION.test(text.slice(start, end)))
    return false;
  const before = text.slice(Math.max(0, start - 40), start).match(LAST_WORD);
  return before !== null && CAPITAL.test(before[1]);
}

/** Words between a comma and a modal that can be a subject of their own ("…, attendance and punctuality should …"). */
const MAX_SUBJECT_WORDS = 6;

/**
 * A clause with a second modal whose subject follows a comma is two asks joined without a
 * conjunction the lexicon knows: "The prison should provide a full working day, attendance
 * should be good". Each is read on its own.
 */
function atSecondSubject(doc: Doc, span: Span, opener: Span | null): Clause[] {
  const modals = between(doc.hits("modal"), span[0], span[1]);
  if (modals.length < 2) return [{ span, opener }];
  const out: Clause[] = [];
  let start = span[0];
  let open = opener;
  for (let i = 1; i < modals.length; i++) {
    const modal = modals[i];
    const comma = doc.full.lastIndexOf(", ", modal[0]);
    if (comma < Math.max(start, modals[i - 1][1])) continue;
    const words = countWords(doc.full, comma + 2, modal[0]);
    if (words === 0 || words > MAX_SUBJECT_WORDS) continue;
    out.push({ span: [start, comma], opener: open });
    open = [comma, comma + 2];
    start = comma + 2;
  }
  out.push({ span: [start, span[1]], opener: open });
  return out;
}

/** A break that opens a parenthesis or a relative clause: what follows it details the clause before. */
function opensDetail(doc: Doc, opener: Span | null): boolean {
  if (!opener) return false;
  const text = doc.full.slice(opener[0], opener[1]);
  return /[()]/.test(text) || between(doc.hits("subordinate"), opener[0], opener[1]).length > 0;
}

const PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/;
export const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}s?$/;

/**
 * Reads the noun phrase at `start`. With `end` known (the modal that
 * follows it) the whole span is the phrase; otherwise it extends over its
 * head and the "of / de" complements that qualify it.
 */
export function readNounPhrase(
  doc: Doc,
  start: number,
  limit: number,
  endKnown: boolean
): NounPhrase | null {
  const { words, lexicon } = doc.lex;
  const full = doc.full;
  let stop = limit;
  if (!endKnown) {
    const cut = /[,;:()\n]/g;
    cut.lastIndex = start;
    const m = cut.exec(full);
    if (m && m.index < stop) stop = m.index;
    stop = Math.min(stop, start + 200);
  }
  const tokens = doc.tokens(start, stop);
  if (tokens.length === 0) return null;
  if (doc.anchoredAt("pronounSubject", start) > 0) {
    return {
      span: [tokens[0].start, tokens[0].end],
      head: tokens[0],
      role: "pronoun",
      qualified: false,
    };
  }
  let i = 0;
  while (i < tokens.length - 1 && words.determiners.has(tokens[i].lower)) i++;
  const determined = i > 0;
  if (words.determiners.has(tokens[i].lower)) return null;
  const sentence = doc.sentenceAt(start);
  const initial = (t: Token) => sentence !== undefined && t.start === firstWordStart(doc, sentence);
  const known = (t: Token) => isKnownNoun(doc, t.lower);

  let headIndex: number;
  if (lexicon.words.head === "first") {
    headIndex = i;
  } else if (endKnown) {
    // the head is the last word before a preposition or relative, stepping back over participles ("prisoners arriving")
    let j = i;
    while (j + 1 < tokens.length && !words.stops.has(tokens[j + 1].lower)) j++;
    while (j > i && PARTICIPLE.test(tokens[j].lower) && !known(tokens[j])) j--;
    headIndex = j;
  } else {
    // the end is not known ("recommends that the Romanian authorities take …"): the head is the
    // last of a run of names and known nouns, found within the first words
    headIndex = i;
    for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
      if (words.stops.has(tokens[j].lower)) break;
      if (known(tokens[j]) || tokens[j].capital) {
        headIndex = j;
        while (
          headIndex + 1 < tokens.length &&
          (tokens[headIndex + 1].capital || known(tokens[headIndex + 1])) &&
          !words.stops.has(tokens[headIndex + 1].lower)
        )
          headIndex++;
        break;
      }
    }
  }
  const head = tokens[headIndex];

  // The complements that qualify the head: "of Northfield Prison", "de la prison de Northfield".
  let last = headIndex;
  let j = headIndex + 1;
  while (j < tokens.length) {
    if (!words.connectors.has(tokens[j].lower)) break;
    let k = j + 1;
    while (
      k < tokens.length &&
      (words.determiners.has(tokens[k].lower) || words.connectors.has(tokens[k].lower))
    )
      k++;
    // up to two lower-case modifiers before the qualifying noun ("of the medical unit")
    let m = k;
    while (m < tokens.length && m < k + 2 && !tokens[m].capital && !known(tokens[m])) m++;
    if (m < tokens.length && (tokens[m].capital || known(tokens[m]))) {
      last = m;
      while (last + 1 < tokens.length && tokens[last + 1].capital) last++;
      j = last + 1;
    } else break;
  }
  // French and Spanish qualify the head by a complement, after its adjectives:
  // "la direction interrégionale des services", "la Dirección del centro"
  let complement = false;
  if (lexicon.words.head === "first") {
    let k = headIndex + 1;
    while (
      k < tokens.length &&
      k <= headIndex + 2 &&
      !words.connectors.has(tokens[k].lower) &&
      !words.stops.has(tokens[k].lower)
    )
      k++;
    if (k < tokens.length - 1 && words.connectors.has(tokens[k].lower)) {
      // "à l'administration pénitentiaire de publier …": an infinitive after "de" is the ask, not a complement
      let n = k + 1;
      if (n < tokens.length - 1 && words.determiners.has(tokens[n].lower)) n++;
      const noun = tokens[n];
      complement = noun.capital || known(noun) || doc.anchoredAt("imperative", noun.start) < 0;
    }
  }
  const qualified =
    complement ||
    last > headIndex ||
    (lexicon.words.head === "first" &&
      headIndex + 1 < tokens.length &&
      tokens[headIndex + 1].capital) ||
    // a name before the head, or at the start of the sentence before a head in capitals
    // ("Hakea Prison should …", "Westbrook Hospital must …")
    tokens.slice(i, headIndex).some((t) => t.capital && (!initial(t) || head.capital));
  const spanEnd = endKnown ? tokens[tokens.length - 1].end : tokens[last].end;
  const span: Span = [tokens[0].start, spanEnd];
  let role = classify(doc, head, { qualified, determined, initial: initial(head) });
  // a State called by its name ("encourage le Niger à …", "recommended to Ireland") is the State
  if (
    role === "named" &&
    stateNames(doc.lex.lexicon.language).has(
      tokens
        .slice(i, endKnown ? tokens.length : last + 1)
        .map((t) => t.lower)
        .join(" ")
    )
  )
    role = "generic";
  // a compound post ("the head nurse", "the Chief Medical Officer"): a post word before the head names it
  if (
    (role === "staff" || role === "thing") &&
    lexicon.words.head === "last" &&
    tokens.slice(i, headIndex).some((t) => words.posts.has(t.lower))
  )
    role = "named";
  return { span, head, role, qualified, definite: i > 0 && words.definite.has(tokens[0].lower) };
}

/** Two-letter region codes that name no State: unions, the United Nations, zones, parts of a State. */
const NOT_STATES = new Set(["EU", "EZ", "UN", "QO", "ZZ", "EA", "IC"]);

const stateCache = new Map<string, ReadonlySet<string>>();

/**
 * The names of States (and territories) in a language, as their words joined by spaces
 * ("luxembourg", "etats-unis"), from the host's own region names (Intl.DisplayNames): a State
 * called by its name is the State, which names no one in particular. Empty where the host has
 * no region names.
 */
function stateNames(language: string): ReadonlySet<string> {
  const cached = stateCache.get(language);
  if (cached) return cached;
  const names = new Set<string>();
  if (typeof Intl.DisplayNames === "function") {
    const regions = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_STATES.has(code) || (code[0] === "X" && code !== "XK") || code[0] === "Q") continue;
        const name = regions.of(code);
        if (!name || name === code) continue;
        names.add(
          tokenize(name, 0, name.length)
            .map((t) => t.lower)
            .join(" ")
        );
      }
    }
  }
  stateCache.set(language, names);
  return names;
}

const firstWords = new WeakMap<Sentence, number>();

function firstWordStart(doc: Doc, sentence: Sentence): number {
  let start = firstWords.get(sentence);
  if (start === undefined) {
    const tokens = doc.tokens(sentence.start, Math.min(sentence.end, sentence.start + 40));
    start = tokens.length ? tokens[0].start : sentence.start;
    firstWords.set(sentence, start);
  }
  return start;
}

function classify(
  doc: Doc,
  head: Token,
  how: { qualified: boolean; determined: boolean; initial: boolean }
): Role {
  const { words, lexicon } = doc.lex;
  const word = head.lower;
  if (words.generic.has(word)) return "generic";
  if (words.persons.has(word)) return "person";
  // staff named by a title in capitals inside the sentence ("interviewed by Drug Contact Officers") are a post
  if (words.staff.has(word)) return head.capital && !how.initial ? "named" : "staff";
  if (words.posts.has(word) || words.bodies.has(word)) return "named";
  if (words.qualifiedOnly.has(word)) {
    // "management" with no article (English) names the management of the place visited
    if (how.qualified || (lexicon.words.head === "last" && !how.determined)) return "named";
    return "generic";
  }
  if (words.institutions.has(word)) return "institution";
  const text = doc.full.slice(head.start, head.end);
  if (ACRONYM.test(text)) return "named";
  if (head.capital && !how.initial && !/^\p{N}/u.test(text)) return "named";
  return "thing";
}

/** Whether the words after a modal make its subject a non-actor: a passive, a recipient, a stative verb. */
function notActing(doc: Doc, modal: Span): boolean {
  if (doc.anchoredAt("passive", modal[1]) > 0) return true;
  if (doc.anchoredAt("passiveRecipient", modal[0]) > 0) return true;
  const next = doc.tokens(modal[1], Math.min(doc.full.length, modal[1] + 40));
  for (const t of next.slice(0, 3)) {
    if (doc.lex.words.stative.has(t.lower)) return true;
    if (!/(?:ly|ment|mente)$/.test(t.lower)) break;
  }
  return false;
}

function lastBefore(spans: readonly Span[], from: number, to: number): Span | undefined {
  let found: Span | undefined;
  for (const s of spans) {
    if (s[0] >= to) break;
    if (s[0] >= from && s[1] <= to) found = s;
  }
  return found;
}

function firstIn(spans: readonly Span[], from: number, to: number): Span | undefined {
  for (const s of spans) {
    if (s[0] >= to) return undefined;
    if (s[0] >= from) return s;
  }
  return undefined;
}

/** The asks of every operative sentence, one per clause. */
export function findAsks(doc: Doc): Ask[] {
  const frames = doc.hits("frame");
  const modals = doc.hits("modal");
  const intros = doc.hits("subjectIntro");
  const subordinates = doc.hits("subordinate");
  // "published by March 2027": a "by" that opens a time is a deadline, not an agent
  const times = doc.hits("timeframe");
  const agents = doc
    .hits("passiveAgent")
    .filter(([, e]) => !times.some(([ts, te]) => ts < e && te > e));
  const boundaries = [
    ...subordinates,
    ...doc.hits("purpose"),
    ...doc.hits("weakPurpose"),
    ...doc.hits("means"),
  ].sort((a, b) => a[0] - b[0]);
  const asks: Ask[] = [];
  for (const sentence of doc.sentences) {
    if (!sentence.operative) continue;
    let inherited: NounPhrase | null = null;
    for (const { span: clause, opener } of clausesOf(doc, sentence)) {
      const [cStart, cEnd] = clause;
      // a frame after the clause's first modal is inside its object ("should ensure that those who request …")
      const firstModal = firstIn(modals, cStart, cEnd);
      let frame = firstIn(frames, cStart, cEnd);
      if (frame && firstModal && firstModal[0] < frame[0]) frame = undefined;
      let modal = firstIn(modals, frame ? frame[1] : cStart, cEnd);
      // an ask whose verb opens the clause ("Arreglar la rejilla, pues puede ser utilizada …") has
      // no subject of its own: a modal past a subordinate marker belongs to that clause, not the ask
      if (
        !frame &&
        modal &&
        doc.anchoredAt("imperative", cStart) > 0 &&
        firstIn(subordinates, cStart, modal[0]) !== undefined
      )
        modal = undefined;
      // after a frame, a modal belongs to the addressee only when it follows it closely ("recommends that X should")
      if (
        frame &&
        modal &&
        (/[,;:(]/.test(doc.full.slice(frame[1], modal[0])) || modal[0] - frame[1] > 120)
      )
        modal = undefined;
      let subject: NounPhrase | null = null;
      let predicateStart = cStart;
      let passive = false;
      let bareVerb = false;
      if (frame) {
        subject = modal
          ? readNounPhrase(doc, frame[1], modal[0], true)
          : readNounPhrase(doc, frame[1], cEnd, false);
        predicateStart = modal ? modal[1] : subject ? subject.span[1] : frame[1];
        passive = modal ? notActing(doc, modal) : doc.anchoredAt("passive", predicateStart) > 0;
      } else if (
        !modal &&
        doc.lex.lexicon.words.head === "last" &&
        (cStart === firstWordStart(doc, sentence) || afterColon(doc, opener))
      ) {
        // a bare subjunctive with a named subject, as a recommending frame or a label leaves it
        // ("The Report recommends: The Minister appoint …", "The CSC review …")
        const bare = bareSubjunctive(doc, cStart, cEnd);
        if (bare) {
          subject = bare.subject;
          predicateStart = bare.verb;
          bareVerb = true;
          passive = doc.anchoredAt("passive", bare.verb) > 0;
        }
      } else if (modal) {
        const intro = lastBefore(intros, cStart, modal[0]);
        const from = intro ? intro[1] : cStart;
        subject = modal[0] > from ? readNounPhrase(doc, from, modal[0], true) : null;
        predicateStart = modal[1];
        passive = notActing(doc, modal);
      }
      if (subject && subject.role !== "pronoun") inherited = subject;
      else if (!subject && inherited && !frame && !modal) subject = inherited;
      // the passive's participle may be found from the modal on ("doit être reçu par …"): the mark
      // counts when the agent it opens stands in the predicate
      // a passive inside a relative or other subordinate clause of the predicate has its own agent
      // ("resolve the conditions which were being caused by the windows"): not who must act
      const agentMark = agents.find(
        ([s, e]) =>
          e > predicateStart &&
          e <= cEnd &&
          s >= cStart &&
          !subordinates.some(([b]) => b >= predicateStart && b <= s)
      );
      const agent = agentMark ? readNounPhrase(doc, agentMark[1], cEnd, false) : null;
      // the core of the clause ends at its first adjunct after the predicate starts
      let coreEnd = cEnd;
      // a marker at the very start of the predicate belongs to it ("urges X to ensure that …")
      const boundary = firstIn(boundaries, predicateStart + 4, cEnd);
      if (boundary) coreEnd = boundary[0];
      const mainEnd = coreEnd;
      const comma = doc.full.indexOf(", ", predicateStart);
      if (comma >= 0 && comma < coreEnd && comma > predicateStart + 2) coreEnd = comma;
      asks.push({
        sentence,
        clause,
        subject,
        framed: frame !== undefined || bareVerb,
        modal: modal ?? null,
        predicateStart,
        passive,
        agent,
        core: [cStart, coreEnd],
        main: [cStart, mainEnd],
        continuation:
          !frame && !modal && opensDetail(doc, opener) && doc.anchoredAt("imperative", cStart) < 0,
      });
    }
  }
  return asks;
}

/** A clause opened by a colon ("The Report recommends: …", "Recommendation 4: …"). */
function afterColon(doc: Doc, opener: Span | null): boolean {
  return opener !== null && doc.full.slice(opener[0], opener[1]).includes(":");
}

/** A finite verb or a clause it opens, after a noun: "found", "is", "has", "that". */
const FINITE = /^(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|that|which)$/;

/** Words a bare subjunctive's subject may run over ("The WA Government and the Department of …"). */
const MAX_BARE_SUBJECT_WORDS = 12;

/**
 * A clause that is a bare subjunctive, the recommending frame left out or said before a colon:
 * "The Minister appoint an expert committee", "The CSC overhaul its grievance policies",
 * "The Government and the Department prioritise and fund …". The subject is a named body or
 * post (an institution with its name); the verb is the first lower-case word after it in its
 * base form (an imperative verb, or a word that is no noun or stop word followed by an article
 * or a second verb: "secure and commit", "appoint a"). A verb with -s ("The CSC appoints") is a
 * statement, not a recommendation.
 */
function bareSubjunctive(
  doc: Doc,
  start: number,
  end: number
): { subject: NounPhrase; verb: number } | null {
  const { words } = doc.lex;
  const tokens = doc.tokens(start, end).slice(0, MAX_BARE_SUBJECT_WORDS + 2);
  if (tokens.length < 3) return null;
  const firstText = doc.full.slice(tokens[0].start, tokens[0].end);
  if (!words.determiners.has(tokens[0].lower) && !tokens[0].capital && !ACRONYM.test(firstText))
    return null;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.capital) continue;
    const lower = t.lower;
    if (words.stops.has(lower) || words.determiners.has(lower) || words.connectors.has(lower))
      continue;
    // the first lower-case word of another kind ends the subject: it is the verb or no subjunctive
    // what follows may lie in the next clause ("prioritise | and fund …")
    const [next, after] = doc.tokens(t.end, Math.min(doc.full.length, t.end + 40));
    const verb =
      doc.anchoredAt("imperative", t.start) > 0 ||
      (next !== undefined &&
        !/(?:s|ed|ing|ly)$/.test(lower) &&
        !isKnownNoun(doc, lower) &&
        (words.determiners.has(next.lower) ||
          ((next.lower === "and" || next.lower === "or") &&
            after !== undefined &&
            !after.capital)));
    // a noun after a possessive or before a finite verb is the subject's head, not a verb
    // ("The Board's report notes …", "The CPT review found that …")
    const before = doc.full.slice(tokens[j - 1].start, t.start);
    if (!verb || /[,;:(]|['’]s?\s*$/.test(before)) return null;
    if (
      next !== undefined &&
      (FINITE.test(next.lower) ||
        firstIn(doc.hits("modal"), next.start, next.start + 1) !== undefined)
    )
      return null;
    const subject = readNounPhrase(doc, start, t.start, true);
    if (!subject || !namesAddressee(subject, true)) return null;
    return { subject, verb: t.start };
  }
  return null;
}

/** A word the lexicon knows as a noun for someone (a post, a body, an institution, persons, staff). */
export function isKnownNoun(doc: Doc, word: string): boolean {
  const { words } = doc.lex;
  return (
    words.posts.has(word) ||
    words.bodies.has(word) ||
    words.qualifiedOnly.has(word) ||
    words.institutions.has(word) ||
    words.generic.has(word) ||
    words.persons.has(word) ||
    words.staff.has(word)
  );
}

/**
 * Whether the noun phrase names someone who must act: a named body or post
 * that acts, or an institution named by its name, pointed at as the one the
 * report is about ("The prison should provide …", "L'établissement doit …"),
 * or as the agent of a passive ask ("carried out by the sending establishment").
 */
export function namesAddressee(np: NounPhrase | null, acting: boolean, asAgent = false): boolean {
  if (!np || !acting) return false;
  return (
    np.role === "named" ||
    (np.role === "institution" && (np.qualified || asAgent || np.definite === true))
  );
}

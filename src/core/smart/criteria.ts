import type { CueKey } from "./lexicon/types";
import { Doc, overlaps, type Sentence } from "./text";
import type { CriterionKey, Span } from "./types";

/** What a rule decided, before spans are split between text and context and advice is worded. */
export interface RuleOutcome {
  verdict: "met" | "not_met" | "needs_review";
  evidence: Span[];
  /** Key of the suggestion in the lexicon ("default" when absent). */
  reason?: string;
  /** Words quoted in the suggestion's {phrase}. */
  phrase?: Span;
}

/** At most this many spans of one kind are reported: evidence is for reading, not a dump. */
const MAX_EVIDENCE = 6;

const met = (evidence: Span[]): RuleOutcome => ({ verdict: "met", evidence: cap(evidence) });
const notMet = (evidence: Span[], reason?: string, phrase?: Span): RuleOutcome => ({
  verdict: "not_met",
  evidence: cap(evidence),
  reason,
  phrase,
});

function cap(spans: Span[]): Span[] {
  const sorted = spans.length > 1 ? [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]) : spans;
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] === span[0] && last[1] === span[1]) continue;
    out.push(span);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

/**
 * For sorted, non-overlapping `ranges` and sorted `hits`, which ranges
 * contain the start of at least one hit (two-pointer walk, linear).
 */
function flagRanges(ranges: readonly Span[], hits: readonly Span[]): boolean[] {
  const flags = new Array<boolean>(ranges.length).fill(false);
  let h = 0;
  for (let r = 0; r < ranges.length; r++) {
    const [start, end] = ranges[r];
    while (h < hits.length && hits[h][0] < start) h++;
    if (h < hits.length && hits[h][0] < end) flags[r] = true;
  }
  return flags;
}

/** Hits (sorted) whose start lies in one of the ranges (sorted, non-overlapping). */
function hitsInRanges(ranges: readonly Span[], hits: readonly Span[]): Span[] {
  const out: Span[] = [];
  let r = 0;
  for (const hit of hits) {
    while (r < ranges.length && ranges[r][1] <= hit[0]) r++;
    if (r < ranges.length && hit[0] >= ranges[r][0]) out.push(hit);
  }
  return out;
}

/** Hits (sorted) that overlap none of `excluded` (sorted by start; spans are short). */
function withoutOverlaps(hits: readonly Span[], excluded: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const hit of hits) {
    while (j < excluded.length && excluded[j][1] <= hit[0]) j++;
    let clash = false;
    for (let k = j; k < excluded.length && excluded[k][0] < hit[1]; k++) {
      if (overlaps(excluded[k], hit)) {
        clash = true;
        break;
      }
    }
    if (!clash) out.push(hit);
  }
  return out;
}

function mergeSorted(...lists: Span[][]): Span[] {
  return lists.flat().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Runs the ten rules over one prepared document. */
export function applyRules(doc: Doc): Record<CriterionKey, RuleOutcome> {
  const { lexicon } = doc.lex;
  const op = (key: CueKey) => doc.operativeHits(key);
  const all = (key: CueKey) => doc.hits(key);
  const operative = doc.operativeSentences();
  const textSentences = doc.sentences.filter((s) => !s.inContext);
  const findings: Sentence[] = doc.sentences.filter(
    (s) => !s.operative && s.words >= lexicon.minFindingWords
  );

  // --- clauses: which ask for something concrete, which only vaguely ---
  const clauses = doc.operativeClauses();
  const vagueHits = mergeSorted(op("vague"), op("absolute"));
  const vagueFlags = flagRanges(clauses, vagueHits);
  const concrete: Span[] = [];
  const vagueClauses: Span[] = [];
  clauses.forEach((clause, i) => {
    const introducesList = doc.full.charCodeAt(clause[1]) === 58; // ":" opens a list
    const substantive = !introducesList && countWordsIn(doc, clause) >= 3;
    if (vagueFlags[i]) vagueClauses.push(clause);
    else if (substantive) concrete.push(clause);
  });
  const isSpecific = concrete.length > 0;

  // --- the addressee ---
  const agents = findAgents(doc, operative);

  const specific: RuleOutcome = isSpecific
    ? met(concrete.slice(0, 2))
    : vagueHits.length
      ? notMet(vagueHits, "vague", vagueHits[0])
      : notMet([]);

  // --- measurable ---
  let measurable: RuleOutcome;
  if (!isSpecific) {
    measurable = notMet(vagueHits);
  } else {
    const excluded = mergeSorted(all("standard"), op("timeframe"));
    const strong = withoutOverlaps(hitsInRanges(concrete, op("measure")), excluded);
    const soft = hitsInRanges(concrete, op("softYardstick"));
    const open = hitsInRanges(concrete, op("openAction"));
    if (strong.length) measurable = met(strong);
    else if (soft.length) measurable = notMet(soft, "soft", soft[0]);
    else if (open.length) measurable = notMet(open, "open", open[0]);
    else measurable = met(concrete.slice(0, 1));
  }

  // --- achievable ---
  let achievable: RuleOutcome;
  const absolute = op("absolute");
  const legislative = op("legislativeAct");
  const localAgent = agents.find(
    (a) =>
      doc.lex.spanTests.localPostHolder.test(doc.text(a)) &&
      !doc.lex.spanTests.nationalBody.test(doc.text(a))
  );
  const unbounded = isSpecific ? [] : hitsInRanges(vagueClauses, op("unbounded"));
  if (absolute.length) achievable = notMet(absolute, "absolute", absolute[0]);
  else if (localAgent && legislative.length)
    achievable = notMet([localAgent, ...legislative], "competence", legislative[0]);
  else if (unbounded.length) achievable = notMet(unbounded, "unbounded", unbounded[0]);
  else if (!operative.some((s) => s.words > 0)) achievable = notMet([]);
  else achievable = met(isSpecific ? concrete.slice(0, 1) : vagueClauses.slice(0, 1));

  // --- results ---
  const personSubjects = findPersonSubjects(doc, operative);
  const goalHits = mergeSorted(op("purpose"), op("problemClause"));
  const outcomeHits = mergeSorted(
    goalHits,
    op("effect"),
    // "the Commissioner for Children" names the addressee, not a beneficiary
    withoutOverlaps(op("beneficiary"), agents),
    op("ensureOutcome"),
    personSubjects
  );
  const findingSpans: Span[] = mergeSorted(
    findings.map((s): Span => [s.start, s.end]),
    all("finding"),
    op("problemClause")
  );
  const results: RuleOutcome = outcomeHits.length
    ? met(outcomeHits)
    : isSpecific && findingSpans.length
      ? met([...findingSpans.slice(0, 2), concrete[0]])
      : notMet([]);

  // --- timebound ---
  const times = op("timeframe");
  const openTimes = op("openTime");
  const timebound: RuleOutcome = times.length
    ? met(times)
    : openTimes.length
      ? notMet(openTimes, "openEnded", openTimes[0])
      : notMet([]);

  // --- solution ---
  const meansHits = mergeSorted(op("means"), op("option"), op("stopPractice"));
  const linkHits = isSpecific ? op("meansLink") : [];
  let solution: RuleOutcome;
  if (meansHits.length || linkHits.length) solution = met(mergeSorted(meansHits, linkHits));
  else if (isSpecific && (goalHits.length || findingSpans.length))
    solution = met([concrete[0], ...goalHits, ...findingSpans.slice(0, 1)]);
  else solution = notMet([]);

  // --- prioritised ---
  const priorities = op("priority");
  const prioritised: RuleOutcome = priorities.length ? met(priorities) : notMet([]);

  // --- argued ---
  const reasons = mergeSorted(all("standard"), all("finding"), all("problemClause"));
  const argued: RuleOutcome =
    reasons.length || findingSpans.length ? met([...reasons, ...findingSpans]) : notMet([]);

  // --- rootcause ---
  const levers = mergeSorted(op("rootLever"), op("systemic"));
  // A place named anywhere in the paragraph (often in the finding) confines "every detainee" to it.
  const groups = all("namedFacility").length || !isSpecific ? [] : op("quantifiedGroup");
  const weak = isSpecific ? op("weakLever") : [];
  // A concrete ask of a national body, confined to no named place, applies across its whole service.
  const national =
    isSpecific && !op("namedFacility").length
      ? agents.filter(
          (a) =>
            doc.lex.spanTests.nationalBody.test(doc.text(a)) &&
            !doc.lex.spanTests.localPostHolder.test(doc.text(a))
        )
      : [];
  const rootcause: RuleOutcome =
    levers.length || groups.length || weak.length || national.length
      ? met(mergeSorted(levers, groups, weak, national))
      : notMet([]);

  // --- targeted ---
  let targeted: RuleOutcome;
  if (agents.length) {
    targeted = met(agents);
  } else {
    const generic = op("genericAddressee");
    if (generic.length) targeted = notMet(generic, "generic", generic[0]);
    else if (addresseeElsewhere(doc, operative, textSentences))
      targeted = { verdict: "needs_review", evidence: [], reason: "review" };
    else targeted = notMet([]);
  }

  return {
    specific,
    measurable,
    achievable,
    results,
    timebound,
    solution,
    prioritised,
    argued,
    rootcause,
    targeted,
  };
}

function countWordsIn(doc: Doc, span: Span): number {
  let words = 0;
  let inWord = false;
  for (let i = span[0]; i < span[1]; i++) {
    const c = doc.full.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

/** Positions where a subject may begin in the given sentences: the sentence start and after each subject intro. */
function subjectStarts(doc: Doc, sentences: Sentence[], extra: Span[]): number[] {
  const starts: number[] = sentences.map((s) => s.start);
  const intros = mergeSorted(doc.hits("subjectIntro"), extra);
  const ranges: Span[] = sentences.map((s) => [s.start, s.end]);
  for (const [, end] of hitsInRanges(ranges, intros)) starts.push(end);
  return starts.sort((a, b) => a - b);
}

/** Named bodies or post holders in subject position: after "recommends that", or before a modal. */
function findAgents(doc: Doc, operative: Sentence[]): Span[] {
  const frames = doc.hits("agentFrame");
  const frameEnds = new Set(frames.map(([, end]) => end));
  const modals = doc.hits("modal");
  const out: Span[] = [];
  let lastEnd = -1;
  for (const at of subjectStarts(doc, operative, frames)) {
    if (at < lastEnd) continue;
    const end = doc.anchoredAt("authority", at);
    if (end <= at) continue;
    const sentence = doc.sentenceAt(at);
    if (!sentence) continue;
    const agent: Span = [at, trimEnd(doc.full, at, end)];
    const modal = modalAfter(modals, agent[1], Math.min(sentence.end, agent[1] + 100));
    const actor = modal !== undefined && doc.anchoredAt("passiveRecipient", modal[0]) < 0;
    if (frameEnds.has(at) || actor) {
      out.push(agent);
      lastEnd = end;
    }
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Binary search: the first modal that starts in [from, to). */
function modalAfter(modals: Span[], from: number, to: number): Span | undefined {
  let lo = 0;
  let hi = modals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (modals[mid][0] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < modals.length && modals[lo][0] < to ? modals[lo] : undefined;
}

/** Persons deprived of liberty at the start of a clause of an operative sentence ("every detainee should ..."). */
function findPersonSubjects(doc: Doc, operative: Sentence[]): Span[] {
  const out: Span[] = [];
  const open = doc.operativeHits("openAction");
  for (const at of subjectStarts(doc, operative, [])) {
    const end = doc.anchoredAt("personSubject", at);
    if (end > at && (!afterComma(doc.full, at) || hasVerbBeforeBreak(doc.full, end))) {
      out.push([at, end]);
      continue;
    }
    // A practice ("body searches should ...") states an outcome unless it is only to be reviewed.
    const practiceEnd = doc.anchoredAt("practiceSubject", at);
    const sentence = doc.sentenceAt(at);
    if (practiceEnd > at && sentence && !open.some(([s]) => s >= at && s < sentence.end)) {
      out.push([at, practiceEnd]);
    }
  }
  return out;
}

/** Whether the position follows a comma (skipping spaces): a list item or apposition may follow, not only a subject. */
function afterComma(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\n" || text[i] === "\t")) i--;
  return i >= 0 && text[i] === ",";
}

const FINITE_VERB =
  /\b(?:should|must|shall|can|could|may|will|would|are|is|were|was|be|have|has|need|needs|receive|receives|get|gets|remain|remains)\b/;
const CLAUSE_END = /[,;:.!?]/g;

/** Whether a finite verb follows `from` before the next punctuation: the noun phrase before it is then a subject. */
function hasVerbBeforeBreak(text: string, from: number): boolean {
  CLAUSE_END.lastIndex = from;
  const stop = CLAUSE_END.exec(text);
  return FINITE_VERB.test(text.slice(from, stop ? stop.index : text.length));
}

/** The addressee is probably named outside the text: a pronoun subject, or a list item with no context given. */
function addresseeElsewhere(doc: Doc, operative: Sentence[], textSentences: Sentence[]): boolean {
  if (operative.some((s) => doc.anchoredAt("pronounSubject", s.start) > 0)) return true;
  const first = textSentences[0];
  return (
    doc.offset === 0 && first !== undefined && doc.anchoredAt("fragmentStart", first.start) > 0
  );
}

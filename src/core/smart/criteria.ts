import type { CueKey } from "./lexicon/types";
import type { Basis } from "./types";
import {
  ACRONYM,
  findAsks,
  isKnownNoun,
  namesAddressee,
  readNounPhrase,
  type Ask,
  type NounPhrase,
} from "./structure";
import { Doc, overlaps, type Sentence } from "./text";
import type { CriterionKey, Span } from "./types";

/** What a rule decided, before spans are split between text and context and advice is worded. */
export interface RuleOutcome {
  verdict: "met" | "not_met" | "needs_review";
  evidence: Span[];
  /** What the evidence is (the label shown beside it, and the key of the advice). */
  basis: Basis;
  /** Words quoted in the advice's {phrase}. */
  phrase?: Span;
}

/** At most this many spans of one kind are reported: evidence is for reading, not a dump. */
const MAX_EVIDENCE = 6;

const met = (evidence: Span[], basis: Basis): RuleOutcome => ({
  verdict: "met",
  evidence: cap(evidence),
  basis,
});
const notMet = (evidence: Span[], basis: Basis, phrase?: Span): RuleOutcome => ({
  verdict: "not_met",
  evidence: cap(evidence),
  basis,
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

/** Hits (sorted) whose start lies in one of the ranges. */
function hitsInRanges(ranges: readonly Span[], hits: readonly Span[]): Span[] {
  return hits.filter(([start]) => ranges.some(([s, e]) => start >= s && start < e));
}

/** Hits that overlap none of `excluded`. */
function withoutOverlaps(hits: readonly Span[], excluded: readonly Span[]): Span[] {
  return hits.filter((hit) => !excluded.some((x) => overlaps(x, hit)));
}

function mergeSorted(...lists: Span[][]): Span[] {
  let only: Span[] | undefined;
  let count = 0;
  for (const list of lists) {
    if (list.length) {
      only = list;
      count++;
    }
  }
  if (count === 0) return [];
  if (count === 1) return only!;
  return lists.flat().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The first of several kinds of evidence that is found; later kinds are not computed. */
function firstWith(...kinds: Array<() => [Span[], Basis]>): [Span[], Basis] | undefined {
  for (const kind of kinds) {
    const found = kind();
    if (found[0].length > 0) return found;
  }
  return undefined;
}

function countWordsIn(doc: Doc, span: Span): number {
  return doc.tokens(span[0], span[1]).length;
}

/**
 * A time limit that a routine step must meet each time: counted from a
 * recurring event ("within 24 hours of admission", "immédiatement à leur
 * arrivée") or set on a step done to each person ("examined by a doctor
 * within 24 hours", "informed immediately").
 */
function isRoutine(doc: Doc, hit: Span): boolean {
  for (const [s, e] of doc.hits("routineAnchor")) {
    if (s > hit[1] + 3) break;
    if (overlaps([s, e], hit) || s >= hit[1]) return true;
  }
  const sentence = doc.sentenceAt(hit[0]);
  const from = Math.max(sentence ? sentence.start : 0, hit[0] - 50);
  for (const [s, e] of doc.hits("routineStep")) {
    if (s >= hit[0]) break;
    if (s >= from && e <= hit[0] && !/[;:]/.test(doc.full.slice(e, hit[0]))) return true;
  }
  return false;
}

/** A number of several parts ("14.6"), as a report numbers its paragraphs. */
const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})+$/;

/**
 * The hit is the number of a paragraph or list item, not a quantity: a number of several parts
 * followed by a capitalised word that starts the item ("For Area Director 14.6 Existing routines
 * should …", "11.4 A more structured approach …"), wherever it stands. A quantity is followed by its
 * unit in lower case or an acronym ("1.5 metres", "2.5 FTE").
 */
function isItemNumber(doc: Doc, hit: Span): boolean {
  const first = doc.full.charCodeAt(hit[0]);
  if (first < 48 || first > 57) return false;
  const words = doc.tokens(hit[0], Math.min(doc.full.length, hit[0] + 40));
  const [number, next] = words;
  if (!number || !next || number.start !== hit[0] || !SECTION_NUMBER.test(number.lower))
    return false;
  const nextText = doc.full.slice(next.start, next.end);
  return (
    next.capital && !ACRONYM.test(nextText) && /^\s+$/.test(doc.full.slice(number.end, next.start))
  );
}

/** Runs the ten rules over one prepared document. */
export function applyRules(doc: Doc): Record<CriterionKey, RuleOutcome> {
  const { lexicon } = doc.lex;
  const op = (key: CueKey) => doc.operativeHits(key);
  // a standard in general ("conformément aux normes internationales") names none
  const standards = withoutOverlaps(doc.hits("standard"), doc.hits("genericStandard"));
  const all = (key: CueKey) => (key === "standard" ? standards : doc.hits(key));
  const asks = findAsks(doc);
  const operative = doc.operativeSentences();
  const textSentences = doc.sentences.filter((s) => !s.inContext);
  const findingSentences: Sentence[] = doc.sentences.filter(
    (s) => !s.operative && s.words >= lexicon.minFindingWords
  );

  // --- the asks: which are concrete, which only vague ---
  // a quality tied to a named standard has a yardstick ("adecuadas …, conforme a la Instrucción 4/2018")
  const tiedToStandard = (hit: Span) =>
    standards.some(
      ([s]) => s >= hit[1] && s - hit[1] < 80 && doc.sentenceAt(s) === doc.sentenceAt(hit[0])
    );
  const bareHits = op("bareQuality").filter((hit) => !tiedToStandard(hit));
  const absoluteHits = op("absolute");
  const vagueHits = mergeSorted(op("vague"), bareHits, op("absolute"));
  const inCores = (hits: Span[]) =>
    hitsInRanges(
      asks.map((a) => a.core),
      hits
    );
  const concrete: Ask[] = [];
  const vague: Ask[] = [];
  for (const ask of asks) {
    if (ask.continuation || leadsIn(doc, ask, asks)) continue;
    const inCore = vagueHits.some(([s]) => s >= ask.core[0] && s < ask.core[1]);
    // a quality in a purpose, means or subordinate clause qualifies that clause, not the ask
    // ("amend the Act …, with a view to ensuring that detention is used only as a last resort")
    const bare = bareHits.some(([s]) => s >= ask.main[0] && s < ask.main[1]);
    if (inCore || bare) vague.push(ask);
    else if (!introducesList(doc, ask) && countWordsIn(doc, ask.clause) >= 3) concrete.push(ask);
  }
  const isSpecific = concrete.length > 0;
  const concreteClauses = concrete.map((a) => a.clause);
  const vagueInAsks = hitsInRanges(
    vague.map((a) => a.core),
    vagueHits
  );

  const specific: RuleOutcome = isSpecific
    ? met(concreteClauses.slice(0, 2), "action")
    : vagueInAsks.length || vagueHits.length
      ? notMet(
          vagueInAsks.length ? vagueInAsks : vagueHits,
          "vague",
          (vagueInAsks.length ? vagueInAsks : vagueHits)[0]
        )
      : notMet([], "none");

  // --- the addressee ---
  const addressees: Span[] = [];
  const generic: Span[] = [];
  let pronoun = false;
  const seen = new Set<string>();
  const consider = (np: NounPhrase | null, acting: boolean, asAgent = false, framed = false) => {
    if (!np) return;
    const key = `${np.span[0]}:${np.span[1]}`;
    if (seen.has(key)) return;
    seen.add(key);
    // a body cited as the source of a standard ("as laid down by the CPT", "conforme a lo señalado
    // por el Comité de Prevención de la Tortura") is not asked to act; a body a frame addresses is,
    // whatever else its name may stand for ("recommande au Conseil d'État de …")
    const addressed =
      framed &&
      np.head !== null &&
      (doc.lex.words.bodies.has(np.head.lower) || doc.lex.words.posts.has(np.head.lower));
    if (!addressed && standards.some((s) => overlaps(s, np.span))) return;
    if (namesAddressee(np, acting, asAgent)) addressees.push(np.span);
    else if (np.role === "generic") generic.push(np.span);
    else if (np.role === "pronoun") pronoun = true;
  };
  for (const ask of asks) {
    if (ask.subject && (ask.framed || ask.modal))
      consider(ask.subject, !ask.passive, false, ask.framed);
    consider(ask.agent, true, true);
  }
  // a body that carries out the ask with the addressee ("in cooperation with the Region revise …")
  // is named as one who acts
  for (const [, end] of op("coActor")) {
    const sentence = doc.sentenceAt(end);
    consider(readNounPhrase(doc, end, sentence ? sentence.end : doc.full.length, false), true);
  }
  for (const sentence of doc.sentences) {
    const end = doc.anchoredAt("vocative", sentence.start);
    if (end > 0) consider(readNounPhrase(doc, end, sentence.end, false), true);
  }

  // a word of a body's name is not an act asked of it ("the Police Investigations and Review Commissioner")
  let openActionsMemo: Span[] | undefined;
  const openActions = () => (openActionsMemo ??= withoutOverlaps(op("openAction"), addressees));

  // --- measurable ---
  let measurable: RuleOutcome;
  if (!isSpecific) {
    measurable = notMet(vagueInAsks, "vague", vagueInAsks[0]);
  } else {
    const excluded = mergeSorted(all("standard"), op("timeframe"), op("crossReference"));
    const strong = withoutOverlaps(hitsInRanges(concreteClauses, op("measure")), excluded).filter(
      (hit) => !isItemNumber(doc, hit)
    );
    const routineLimits = mergeSorted(op("timeframe"), op("immediacy")).filter((t) =>
      isRoutine(doc, t)
    );
    const checkable = mergeSorted(strong, routineLimits);
    if (checkable.length) {
      measurable = met(checkable, "measure");
    } else {
      const ties = op("yardstickTie");
      // a yardstick in a purpose, means or subordinate clause qualifies that clause, not the ask
      // a bare quality asked beside a concrete ask ("guarantee appropriate conditions of cleanliness,
      // in addition to ensuring …") leaves that part unchecked
      const soft = mergeSorted(
        // a yardstick that is itself the subordinate clause ("used where appropriate", "lorsque
        // cela est approprié") stands where the main clause ends, and qualifies the ask
        hitsInRanges(
          concrete.map((a): Span => [
            a.main[0],
            a.main[1] < a.clause[1] ? a.main[1] + 1 : a.main[1],
          ]),
          op("softYardstick")
        ),
        hitsInRanges(
          vague.map((a) => a.main),
          bareHits
        )
      ).filter(
        (hit) =>
          !ties.some((t) => overlaps(t, hit)) &&
          // "adequate ..., as laid down in Instruction 4/2018": tied to a named standard
          !tiedToStandard(hit)
      );
      // a review is open-ended when it is all that is asked; a review beside a concrete ask of its
      // own ("review catering against the guidelines, and implement a system of meal choices") is
      // checked by that ask
      const reviews = soft.length
        ? []
        : concrete.map((a) => openReviews(doc, a, hitsInRanges([a.core], openActions())));
      const open = reviews.every((hits) => hits.length > 0) ? reviews.flat() : [];
      // more or less of something ("increase access to the gym", "ampliar el horario"), with no
      // number or end state, cannot be checked: every concrete ask only changes a degree
      const degree = concrete.map((a): Span => [
        a.predicateStart,
        doc.anchoredAt("degreeChange", a.predicateStart),
      ]);
      if (soft.length) measurable = notMet(soft, "soft", soft[0]);
      else if (open.length) measurable = notMet(open, "open", open[0]);
      // a change of degree tied to what it must allow ("expand the kitchen … with enough capacity to
      // meet demand") has its yardstick
      else if (
        degree.every(([, end]) => end > 0) &&
        hitsInRanges(concreteClauses, ties).length === 0
      ) {
        const verbs = degree.map(([start, end]): Span => {
          const words = doc.tokens(start, end);
          return words.length ? [words[words.length - 1].start, end] : [start, end];
        });
        measurable = notMet(verbs, "soft", verbs[0]);
      } else measurable = met(concreteClauses.slice(0, 1), "action");
    }
  }

  // --- achievable ---
  let achievable: RuleOutcome;
  // an absolute demand anywhere in the ask's main clause, past a list set off by commas ("ensure that
  // persons lodging complaints, witnesses and their families are protected from any act of …")
  const absolute = hitsInRanges(
    asks.map((a) => a.main),
    absoluteHits
  );
  const local = asks
    .map((a) => a.subject)
    .find(
      (np) =>
        np !== null &&
        np.role === "named" &&
        np.head !== null &&
        doc.lex.words.posts.has(np.head.lower) &&
        !doc
          .tokens(np.span[0], np.span[1])
          .some(
            (t) =>
              doc.lex.words.bodies.has(t.lower) || t.lower === "general" || t.lower === "général"
          )
    );
  // "look into this matter" is bounded by the finding it points back at
  const unboundedHits = findingSentences.length
    ? op("unbounded")
    : mergeSorted(op("unbounded"), op("anaphoricObject"));
  const unbounded = isSpecific
    ? []
    : hitsInRanges(
        vague.map((a) => a.core),
        unboundedHits
      );
  if (absolute.length) achievable = notMet(absolute, "absolute", absolute[0]);
  else if (local && op("legislativeAct").length)
    achievable = notMet(
      [local.span, ...op("legislativeAct")],
      "competence",
      op("legislativeAct")[0]
    );
  else if (unbounded.length) achievable = notMet(unbounded, "unbounded", unbounded[0]);
  else if (!operative.some((s) => s.words > 0)) achievable = notMet([], "none");
  else
    achievable = met(
      isSpecific ? concreteClauses.slice(0, 1) : vague.map((a) => a.clause).slice(0, 1),
      "bounded"
    );

  // --- results ---
  const personSubjects: Span[] = [];
  for (const ask of asks) {
    // a subject carried over to a clause with no verb of its own was counted with its clause
    if (!ask.subject || (!ask.modal && !ask.framed)) continue;
    // persons as the object of a step done to them ("all prisoners arriving should be located in
    // …", "should have an assessment carried out by …") are not an outcome for them; what they
    // receive, may do or have is ("should be able to attend work", "should have enough time to …")
    // ("should not be placed in solitary confinement", "searched only by female staff" protect them)
    const processed =
      ask.modal !== null &&
      !restricted(doc, ask) &&
      doc.anchoredAt("passiveRecipient", ask.modal[0]) < 0 &&
      (ask.agent !== null || doc.anchoredAt("passive", ask.modal[1]) > 0);
    if (ask.subject.role === "person") {
      if (!processed) personSubjects.push(ask.subject.span);
    } else if (
      doc.anchoredAt("practiceSubject", ask.subject.span[0]) > ask.subject.span[0] &&
      !op("openAction").some(([s]) => s >= ask.predicateStart && s < ask.clause[1])
    )
      personSubjects.push(ask.subject.span);
  }
  // A purpose that only specifies the item ("so that it covers every area") or conformity with a
  // text ("to ensure it conforms to the Convention") is neither an outcome nor a goal to reach; a
  // purpose in a clause that introduces a list ("… the measures necessary to comply with the
  // following:") belongs to the introduction, not to the item.
  const statedPurposes = inMainClause(
    doc,
    asks,
    isSpecific
      ? mergeSorted(op("purpose"), op("weakPurpose"), op("neededFor"))
      : mergeSorted(op("purpose"), op("neededFor"))
  );
  const purposes = statedPurposes.length
    ? withoutOverlaps(
        statedPurposes,
        mergeSorted(
          op("itemPurpose"),
          op("conformPurpose"),
          asks.filter((a) => introducesList(doc, a)).map((a) => a.clause)
        )
      )
    : statedPurposes;
  // a change named with the way to it ("Improve staff retention by: 1. ensuring …", "reducir la
  // espera mediante …"): the change is the outcome the means must bring about
  const means = op("means");
  const changesByMeans: Span[] = [];
  for (const ask of means.length ? asks : []) {
    if (ask.continuation) continue;
    const end = doc.anchoredAt("changeHead", ask.predicateStart);
    if (end > 0 && means.some(([s]) => s >= end && s < ask.clause[1]))
      changesByMeans.push([ask.predicateStart, end]);
  }
  // a purpose that only yields information or assurance, or makes the thing work better, is what
  // the action is for (solution) but names no change for persons (results)
  const outcomePurposes = purposes.length ? withoutOverlaps(purposes, op("infoPurpose")) : purposes;
  const outcomeHits = mergeSorted(
    outcomePurposes,
    changesByMeans,
    inCores(absoluteHits),
    op("problemClause"),
    op("effect"),
    withoutOverlaps(op("beneficiary"), addressees),
    op("ensureOutcome"),
    personSubjects
  );
  // what the visit found, stated as a sentence or a clause ("as the NPM observed …")
  const findingSpans: Span[] = mergeSorted(
    findingSentences.map((s): Span => [s.start, s.end]),
    all("finding")
  );
  // a finding joined to the ask as its reason ("…, as the NPM observed …", "since prisoners said
  // …") is what the ask answers; a finding told apart answers it only when it speaks of the same thing
  // (computed only when no outcome or goal is stated: it reads every finding sentence)
  let answeredMemo: Span[] | undefined;
  const answered = (): Span[] =>
    (answeredMemo ??= isSpecific
      ? mergeSorted(
          findingsAnswered(doc, concrete, findingSentences),
          hitsInRanges(
            concrete.map((a) => a.clause),
            all("finding")
          )
        )
      : []);
  const results: RuleOutcome = outcomeHits.length
    ? met(outcomeHits, outcomePurposes.length ? "purpose" : "outcome")
    : answered().length
      ? met([...answered().slice(0, 2), concreteClauses[0]], "finding")
      : notMet([], "none");

  // --- timebound ---
  // a date inside a citation ("Ley Orgánica 3/1981, de 6 de abril") says when the law was made,
  // and numbers inside a cross-reference ("(paragraphs 8.10-11)") are paragraphs, not a date
  const cited = mergeSorted(all("standard"), op("crossReference"));
  // (nor is the number of the item, "15.1.10 Consideration should be given …", a date)
  const times = withoutOverlaps(op("timeframe"), cited).filter(
    (t) => !isRoutine(doc, t) && !isItemNumber(doc, t)
  );
  // immediacy governs the ask only in its main clause ("… so that they can open a cell immediately" does not)
  const immediacy = hitsInRanges(
    asks.map((a) => a.main),
    op("immediacy")
  ).filter((t) => !isRoutine(doc, t));
  const routine = mergeSorted(op("timeframe"), op("immediacy")).filter((t) => isRoutine(doc, t));
  const openTimes = op("openTime");
  let timebound: RuleOutcome;
  if (times.length) timebound = met(mergeSorted(times, immediacy), "deadline");
  else if (immediacy.length) timebound = met(immediacy, "immediacy");
  else if (routine.length) timebound = notMet(routine, "routineTime", routine[0]);
  else if (openTimes.length) timebound = notMet(openTimes, "openEnded", openTimes[0]);
  else timebound = notMet([], "none");

  // --- solution ---
  const meansOrStops = mergeSorted(means, op("stopPractice"));
  // an example or instrument that describes the practice to stop or ban ("prohibit the use of
  // instruments such as batons", "… attacher les détenus au moyen de sangles") says which practice,
  // not how the change is made
  const described = asks
    .map((a) => doc.anchoredAt("describedPractice", a.predicateStart))
    .filter((end) => end > 0);
  const describing = ([start]: Span) => described.some((end) => start >= end && start <= end + 3);
  // an instrument changed only to conform to a text names no way to a change ("revise the Code to
  // ensure that it conforms to the Convention")
  const meansHits = (
    meansOrStops.length ? withoutOverlaps(meansOrStops, op("conformPurpose")) : meansOrStops
  ).filter((hit) => !describing(hit));
  const optionHits = op("option").filter((hit) => !describing(hit));
  const linkHits = isSpecific ? op("meansLink") : [];
  // a manner clause says how the ask itself is done, not a further goal it is the way to
  const goalHits = mergeSorted(
    purposes.length ? withoutOverlaps(purposes, op("manner")) : purposes,
    op("problemClause")
  );
  let solution: RuleOutcome;
  if (meansHits.length || linkHits.length)
    solution = met(mergeSorted(meansHits, linkHits), "means");
  else if (optionHits.length) solution = met(optionHits, "option");
  // only asked to consider a concrete step ("consider transferring …", "envisager d'installer …"):
  // offered for a stated goal, the step is an option for how to reach it; with none, the step is
  // the whole ask left open, and no way to a change is given
  else if (!isSpecific && op("considered").length) {
    const considered = op("considered");
    solution = goalHits.length
      ? met([...considered, ...goalHits], "option")
      : notMet(considered, "considered", considered[0]);
  } else if (isSpecific && (goalHits.length || answered().length))
    solution = met([concreteClauses[0], ...goalHits, ...answered().slice(0, 1)], "purpose");
  // "keep the cells clean and ensure that each cell is cleaned after every stay": a concrete ask
  // beside a general one on the same thing is the way to it; beside a general one on something
  // else ("provide a full working day …, attendance should be good") it is another ask
  else {
    const ways = vague.length ? waysToGeneralAsks(doc, concrete, vague) : [];
    solution = ways.length ? met(ways, "means") : notMet([], "none");
  }

  // --- prioritised ---
  const urges = all("urge");
  // the words of a text quoted as the basis ("… el SPT, «… voluntarios únicamente cuando …»") set
  // no priority of the ask's own
  const priorities = op("priority").filter((p) => !isRoutine(doc, p) && !isQuoted(doc, p));
  const prioritised: RuleOutcome = urges.length
    ? met(mergeSorted(urges, priorities), "urge")
    : priorities.length
      ? met(priorities, "priority")
      : immediacy.length
        ? met(immediacy, "immediacy")
        : notMet([], "none");

  // --- argued ---
  // a law the ask changes is its object, not its basis ("Amend the Criminal Justice Act, 1960, to …",
  // "modifier l'article 12 du code …"): it is neither a reason nor a law cited against the lever
  const changed = standards.length ? op("legislativeAct") : [];
  // the body that makes the recommendation, named before its frame ("The CPT calls upon …", "Le
  // Comité pour la prévention de la torture (CPT) a exhorté …"), is its author, not a standard cited
  const authors = authorsOf(doc, asks);
  const citedLaws = standards.filter(
    (hit) =>
      !changed.some((act) => changesLaw(doc, act, hit, standards)) &&
      !authors.some(([s, e]) => hit[0] >= s && hit[1] <= e)
  );
  // a state named by the judgement on it argues the ask; it is not a goal the ask is the way to
  const reasons = mergeSorted(
    citedLaws,
    all("finding"),
    all("problemClause"),
    all("lackClause"),
    all("judgedState")
  );
  const crossRefs = all("crossReference");
  const genericStandards = all("genericStandard");
  let argued: RuleOutcome;
  if (reasons.length || findingSpans.length) {
    argued = met([...reasons, ...findingSpans], citedLaws.length ? "standard" : "finding");
  } else if (crossRefs.length) argued = notMet(crossRefs, "crossReference", crossRefs[0]);
  else if (genericStandards.length)
    argued = notMet(genericStandards, "genericStandard", genericStandards[0]);
  else argued = notMet([], "none");

  // --- rootcause: the first kind of evidence found decides, in this order ---
  const namedPlace = () => all("namedFacility").length > 0;
  // every concrete clause only fixes a physical item, treats one case or takes a step done once;
  // an open-ended review of something physical ("review the need for prisoners to share cells")
  // is about a practice, not a fix; an ask about one identified person treats that case
  // (computed only when a kind of evidence needs it: the cue families are costly to scan)
  const oneOffs = () => mergeSorted(op("oneOffFix"), op("oneOffStep"));
  const fixedClauses = (): Span[][] => {
    const fixes = oneOffs();
    const reviews = openActions();
    const cases = all("individualCase");
    return concrete.map((a) =>
      openReviews(doc, a, hitsInRanges([a.core], reviews)).length
        ? []
        : mergeSorted(hitsInRanges([a.core], fixes), hitsInRanges([a.clause], cases))
    );
  };
  const stepsOnly = () =>
    concrete.every((a) => hitsInRanges([a.core], op("oneOffStep")).length > 0);
  const rootFound = firstWith(
    // a law named as the reason ("in line with the Act") is not a lever the ask pulls
    // nor are resources that only set when it happens ("when resources allow")
    () => [
      withoutOverlaps(
        mergeSorted(op("rootLever"), op("systemic")),
        mergeSorted(citedLaws, op("openTime"))
      ),
      "lever",
    ],
    () => [
      isSpecific
        ? mergeSorted(
            hitsInRanges(
              concrete.map((a) => a.main),
              op("quantifiedGroup")
            ),
            namedPlace() ? [] : op("quantifiedItems")
          )
        : [],
      "ruleForAll",
    ],
    () => [
      isSpecific
        ? mergeSorted(
            concrete
              .filter(
                (a) =>
                  a.subject &&
                  (a.subject.role === "person" || a.subject.role === "staff") &&
                  // one identified person ("the detainee concerned") is a case, not everyone concerned
                  !all("individualCase").some((hit) => overlaps(hit, a.subject!.span))
              )
              .map((a) => a.subject!.span),
            routine
          )
        : [],
      "ruleForAll",
    ],
    () => [isSpecific ? op("weakLever") : [], "lever"],
    // a concrete ask of a national body, confined to no named place, applies across its whole
    // service, unless it is only a step done once ("Le gouvernement devrait publier ce rapport")
    () => [
      isSpecific && !namedPlace() && !stepsOnly()
        ? addressees.filter((span) =>
            doc.tokens(span[0], span[1]).some((t) => doc.lex.words.bodies.has(t.lower))
          )
        : [],
      "systemic",
    ]
  );
  // Without a lever named, the base rate decides: about three in four published recommendations
  // are root-cause responsive, and the annotators labelled a concrete ask on a practice, a
  // document or an arrangement as such ("The night shift instructions should be updated",
  // "There should be a one month probationary period"). Not met needs clear evidence: a vague
  // aspiration with no lever, or an ask whose every concrete clause only fixes a physical item
  // ("Beds should be fitted in the cells", "Dotar la dependencia de colchones").
  let rootcause: RuleOutcome;
  // an ask only to consider a concrete step is judged by the step: a practice ("consideration should
  // be given to transferring young remand prisoners to …") reaches the cause as the base rate has
  // it, a physical fix ("consider installing fans in the cells") does not
  const consideredSteps = isSpecific ? [] : op("considered");
  if (rootFound) rootcause = met(rootFound[0], rootFound[1]);
  else if (consideredSteps.length) {
    const fixes = hitsInRanges(
      vague.map((a) => a.clause),
      mergeSorted(oneOffs(), all("individualCase"))
    );
    rootcause = fixes.length
      ? notMet(fixes, "oneOff", fixes[0])
      : met(consideredSteps.slice(0, 1), "practice");
  } else if (!isSpecific) rootcause = notMet([], "none");
  else {
    const fixed = fixedClauses();
    if (fixed.every((hits) => hits.length > 0)) {
      const hits = fixed.flat();
      rootcause = notMet(hits, "oneOff", hits[0]);
    } else rootcause = met(concreteClauses.slice(0, 1), "practice");
  }

  // --- targeted ---
  let targeted: RuleOutcome;
  if (addressees.length) {
    targeted = met(addressees, "addressee");
  } else {
    const genericCues = mergeSorted(generic, op("genericAddressee"));
    if (genericCues.length) targeted = notMet(genericCues, "generic", genericCues[0]);
    else if (pronoun || fragmentWithoutIntroduction(doc, textSentences))
      targeted = { verdict: "needs_review", evidence: [], basis: "addresseeElsewhere" };
    else targeted = notMet([], "none");
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

/**
 * Where the author of each framed ask is named: the words before the frame, from the sentence's
 * start or its last comma, when they read as a noun phrase (a determiner or an acronym first:
 * "The CPT", "Le Comité …", "El SPT"), not as an adverbial ("In line with the Mandela Rules").
 */
function authorsOf(doc: Doc, asks: Ask[]): Span[] {
  const out: Span[] = [];
  const frames = doc.hits("frame");
  for (const ask of asks) {
    if (!ask.framed) continue;
    const frame = frames.find(([s]) => s >= ask.clause[0] && s < ask.clause[1]);
    if (!frame) continue;
    const before = doc.full.slice(ask.sentence.start, frame[0]);
    const comma = before.lastIndexOf(",");
    const start = ask.sentence.start + comma + 1;
    const first = doc.tokens(start, frame[0])[0];
    if (!first) continue;
    const word = doc.full.slice(first.start, first.end);
    if (doc.lex.words.determiners.has(first.lower) || /^[A-Z]{2,}$/.test(word))
      out.push([first.start, frame[0]]);
  }
  return out;
}

/**
 * The change of a law (`act`, from its verb) takes the standard `hit` as its object: only
 * determiners, connectors and other cited provisions stand between the verb and the law ("amend
 * the … Act", "modifier l'article 12 du code …", "modificar el artículo 12 de la Ley …").
 */
function changesLaw(doc: Doc, act: Span, hit: Span, cited: readonly Span[]): boolean {
  if (hit[0] <= act[0] || hit[0] >= act[1]) return false;
  const { determiners, connectors } = doc.lex.words;
  return doc
    .tokens(act[0], hit[0])
    .slice(1)
    .every(
      (t) =>
        determiners.has(t.lower) ||
        connectors.has(t.lower) ||
        cited.some(([s, e]) => t.start >= s && t.end <= e)
    );
}

/**
 * Purpose markers that state a purpose of the ask: not inside a subordinate
 * clause ("where they fail to …"), nor at the very start of the predicate,
 * where they are its complement ("urges the Ministry to ensure that …").
 */
function inMainClause(doc: Doc, asks: Ask[], hits: Span[]): Span[] {
  const subordinate = doc.hits("subordinate");
  const { stops, connectors } = doc.lex.words;
  return hits.filter(([start, end]) => {
    const ask = asks.find((a) => start >= a.clause[0] && start < a.clause[1]);
    if (!ask) return true;
    if (ask.framed && start >= ask.predicateStart && start < ask.predicateStart + 4) return false;
    // a connector of several words that stops before its verb ("in order to", "afin de", "con el
    // objeto de", "so that") opens a purpose of the ask itself, even after a subordinate clause;
    // a bare infinitive ("to prevent") may belong to the subordinate clause
    const words = doc.tokens(start, end);
    const last = words[words.length - 1];
    if (words.length >= 2 && last && (stops.has(last.lower) || connectors.has(last.lower)))
      return true;
    // a subordinate clause runs to the next comma; one that only says something exists ("cuando
    // hay detenidos para evitar riesgos") has no action a purpose could belong to
    return !subordinate.some(
      ([s, e]) =>
        s >= ask.predicateStart &&
        s < start &&
        !doc.full.slice(s, start).includes(",") &&
        doc.anchoredAt("beingClause", e) < 0
    );
  });
}

/**
 * Open-ended reviews among `hits` of one ask: examining or assessing persons ("detainees should
 * be medically examined on arrival", "examinar a los internos") is a concrete act done to each,
 * not a review with no end point.
 */
function openReviews(doc: Doc, ask: Ask, hits: Span[]): Span[] {
  if (hits.length === 0) return hits;
  if (ask.subject && ask.subject.role === "person" && ask.passive) return [];
  const { persons, stops, determiners, connectors } = doc.lex.words;
  const headFirst = doc.lex.lexicon.words.head === "first";
  return hits.filter(([start, end]) => {
    const next = doc.tokens(end, Math.min(doc.full.length, end + 40)).slice(0, 3);
    // where adjectives follow the noun, a person word right after a noun qualifies it
    // ("revisar el reglamento interno" is the internal rules, not an inmate)
    const person = (i: number) =>
      persons.has(next[i].lower) &&
      (!headFirst ||
        i === 0 ||
        determiners.has(next[i - 1].lower) ||
        connectors.has(next[i - 1].lower) ||
        stops.has(next[i - 1].lower));
    if (next.some((_, i) => person(i))) return false;
    // persons just before the verb, as its passive subject ("los detenidos sean examinados"),
    // not as a complement of another noun ("the situation of detainees should be reviewed")
    const before = doc.tokens(Math.max(ask.clause[0], start - 40), start).slice(-3);
    for (let i = before.length - 1; i >= 0; i--) {
      if (persons.has(before[i].lower)) return i > 0 && stops.has(before[i - 1].lower);
      if (stops.has(before[i].lower)) break;
    }
    return true;
  });
}

/** A negation or restriction stands at the ask's modal ("should not", "only", "ne doivent pas", "solo"). */
function restricted(doc: Doc, ask: Ask): boolean {
  if (!ask.modal) return false;
  const from = ask.subject
    ? Math.max(ask.subject.span[0], ask.subject.span[1] - 40)
    : ask.clause[0];
  for (let at = from; at <= ask.modal[0]; at++) {
    if (at > from && !/\s/.test(doc.full[at - 1])) continue;
    if (doc.anchoredAt("restriction", at) > ask.modal[0]) return true;
  }
  return false;
}

/** The ask's clause ends with a colon: it introduces a list of items rather than asking itself. */
function introducesList(doc: Doc, ask: Ask): boolean {
  const [start, end] = ask.clause;
  return /:\s*$/.test(doc.full.slice(start, Math.min(end + 2, doc.full.length)));
}

/** Letters a word's stem is compared on: "limpieza" and "limpia", "cleaned" and "clean". */
const STEM = 5;

/** Stems of the content words of an ask, leaving out its verb, modal and short or function words. */
function topicStems(doc: Doc, ask: Ask): Set<string> {
  const modals = doc.hits("modal");
  const out = new Set<string>();
  for (const t of doc.tokens(ask.clause[0], ask.clause[1])) {
    if (t.start === ask.predicateStart || !topicWord(doc, t.lower)) continue;
    if (modals.some(([s, e]) => t.start >= s && t.start < e)) continue;
    out.add(t.lower.slice(0, STEM));
  }
  return out;
}

/**
 * The finding sentences that speak of what a concrete ask acts on ("46 cells had no call bell" …
 * "install call bells in all cells"): the ask answers what was found, and removing it is the
 * change. A finding on something else ("the situation of women is worrying" … "close the two
 * wings") states a reason, not the change the ask brings about. Persons, staff, places and bodies
 * are the setting of any finding, not what it is about.
 */
function findingsAnswered(doc: Doc, concrete: Ask[], findings: Sentence[]): Span[] {
  if (!findings.length) return [];
  const askStems = new Set<string>();
  for (const ask of concrete)
    for (const t of doc.tokens(ask.framed ? ask.predicateStart : ask.clause[0], ask.main[1]))
      if (topicWord(doc, t.lower) && !isKnownNoun(doc, t.lower))
        askStems.add(t.lower.slice(0, STEM));
  return findings
    .filter((s) =>
      doc
        .tokens(s.start, s.end)
        .some(
          (t) =>
            topicWord(doc, t.lower) &&
            !isKnownNoun(doc, t.lower) &&
            askStems.has(t.lower.slice(0, STEM))
        )
    )
    .map((s): Span => [s.start, s.end]);
}

/** A content word long enough to have a stem: not a function word. */
function topicWord(doc: Doc, lower: string): boolean {
  const { stops, determiners, connectors } = doc.lex.words;
  return (
    lower.length >= STEM && !stops.has(lower) && !determiners.has(lower) && !connectors.has(lower)
  );
}

/** The clauses of the concrete asks, with a verb of their own, that speak of something a general ask speaks of. */
function waysToGeneralAsks(doc: Doc, concrete: Ask[], general: Ask[]): Span[] {
  const generalStems = new Set(general.flatMap((g) => [...topicStems(doc, g)]));
  return concrete
    .filter(
      (a) => hasOwnVerb(doc, a) && [...topicStems(doc, a)].some((stem) => generalStems.has(stem))
    )
    .map((a) => a.clause);
}

/**
 * The clause only leads in to the ask that follows it in the same sentence: it has no verb of its
 * own that asks (no modal, frame or imperative) while a later clause of the sentence has one. It is
 * a finding or an introduction ("Few allegations were heard; the CPT recommended that …", "Un nombre
 * limité d'allégations a été entendu ; le CPT a recommandé …"), not an ask.
 */
function leadsIn(doc: Doc, ask: Ask, asks: Ask[]): boolean {
  if (ask.subject || hasOwnVerb(doc, ask)) return false;
  return asks.some(
    (a) => a.sentence === ask.sentence && a.clause[0] > ask.clause[0] && hasOwnVerb(doc, a)
  );
}

/** The ask has a verb of its own (a modal, a frame, an imperative or infinitive), not only a phrase after a comma. */
function hasOwnVerb(doc: Doc, ask: Ask): boolean {
  return ask.modal !== null || ask.framed || doc.anchoredAt("imperative", ask.clause[0]) > 0;
}

/** The hit stands, at least in part, inside quotation marks: another text's words, quoted. */
function isQuoted(doc: Doc, [start, end]: Span): boolean {
  return doc.withoutQuotes().slice(start, end) !== doc.full.slice(start, end);
}

/** A list item given without the sentence that introduced it: its addressee is named there. */
function fragmentWithoutIntroduction(doc: Doc, textSentences: Sentence[]): boolean {
  const first = textSentences[0];
  return (
    doc.offset === 0 && first !== undefined && doc.anchoredAt("fragmentStart", first.start) > 0
  );
}

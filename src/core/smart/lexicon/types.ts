import type { Language } from "../../language";
import type { Basis, CriterionKey, Verdict } from "../types";

/**
 * One family of cues, as regular-expression sources joined into one
 * alternation. Sources are data so that another language is a new file,
 * not new code. Patterns ignore case unless the family is case-sensitive
 * (proper names, standards); they are matched in lower case rather than
 * with the `i` flag (see compile.ts), and with `u` when the lexicon asks.
 */
export interface CuePatterns {
  readonly patterns: readonly string[];
  readonly caseSensitive?: boolean;
}

/** Cues found anywhere in the text and in its context, each a class of words or constructions. */
export type CueKey =
  // --- the shape of the ask ---
  /** Marks a sentence as operative: it asks someone to do something. */
  | "directive"
  /** A modal or a request that ends the subject of the ask ("should", "devrait", "debería"). */
  | "modal"
  /** Frames after which the addressee stands ("recommends that", "recommande au", "insta a"). */
  | "frame"
  /** Where a new clause begins inside a sentence (";", ", and that", "et que", "y que"). */
  | "clauseBreak"
  /** Where a new subject may begin inside a clause (", ", "that ", "que "). */
  | "subjectIntro"
  /** The agent of a passive ask ("… should be carried out by ", "par ", "por parte de "). */
  | "passiveAgent"
  /**
   * Ends where a body that carries out the ask with the addressee begins ("in cooperation with ",
   * "en collaboration avec ", "en colaboración con "): a body so named is asked to act too.
   */
  | "coActor"
  /** Subordinate clauses ("where", "which", "lorsque", "cuando"): an ask's core ends before them. */
  | "subordinate"
  // --- what is asked ---
  /** Vague asks: "consider", "improve", "take appropriate measures", "should be addressed". */
  | "vague"
  /** A bare sufficiency or quality as the whole ask ("should be adequate", "kept at a suitable level"). */
  | "bareQuality"
  /** Outcomes no one can guarantee: "ensure that no one is ever ...". */
  | "absolute"
  /** Asks with no bounded object: "measures", "efforts", "attention", "the situation". */
  | "unbounded"
  /** An object that points back at a finding ("this matter", "cette question"): bounded when a finding precedes. */
  | "anaphoricObject"
  /** Yardsticks that cannot be checked: "when needed", "more often", "adequate". */
  | "softYardstick"
  /** Something that ties a soft yardstick to a check ("enough … to …", "as the CPT standards require"). */
  | "yardstickTie"
  /** Open-ended actions with no visible end: "be reviewed", "assess", "examine". */
  | "openAction"
  /** What an observer can check: numbers, quantifiers, frequencies, documents, on/off states. */
  | "measure"
  // --- time ---
  /** Deadlines and periods for carrying out the recommendation. */
  | "timeframe"
  /** Immediacy ("immediately", "sans délai", "de inmediato"): a deadline when it governs the ask. */
  | "immediacy"
  /** A recurring event that a time limit is counted from ("of admission", "à son arrivée", "tras cada"). */
  | "routineAnchor"
  /** A step done to each person, which a time limit after it qualifies ("be examined", "être informé", "ser informado"). */
  | "routineStep"
  /** Open-ended time phrases that are not a timeframe ("as soon as possible"). */
  | "openTime"
  // --- priority ---
  /** Priority, urgency, order of steps, interim measures, risks. */
  | "priority"
  /** "urges", "demande instamment", "insta": a priority signal, not a timeframe. */
  | "urge"
  // --- reasons ---
  /** Statements of what the visit found ("the delegation observed", "given that", "dado que"). */
  | "finding"
  /** Standards and law named in the text (Nelson Mandela Rules, article 5, an existing rule named by its subject). */
  | "standard"
  /** Standards in general, which name none ("applicable standards", "international standards"). */
  | "genericStandard"
  /** A bare cross-reference to another part of the report ("(paragraph 4.12)", "see section 3"). */
  | "crossReference"
  /** Relative clauses that state a problem ("which prevent access to light"). */
  | "problemClause"
  /** Relative clauses that state a lack ("which have no staff present"): a finding, not an outcome. */
  | "lackClause"
  /**
   * A state the visit found, named by the judgement on it ("the poor conditions in E Hall", "l'état
   * des douches est inacceptable", "las carencias detectadas"): a finding that argues the ask.
   */
  | "judgedState"
  // --- results ---
  /** Purpose conjunctions and infinitives that name a goal ("so that", "afin de", "con el fin de"). */
  | "purpose"
  /** A purpose that names only a general betterment ("to improve", "pour améliorer"): an outcome when the ask itself is concrete. */
  | "weakPurpose"
  /**
   * A purpose clause whose subject is the thing acted on ("extend the CCTV system so that it
   * covers every area", "de manera que cubra todas las zonas"): it specifies the item; it is
   * neither an outcome for persons nor a goal the ask is the means to.
   */
  | "itemPurpose"
  /**
   * A purpose whose end is information, data or assurance, or how well the thing itself works ("to
   * ensure that data about deaths in custody is published", "to provide assurance of safe
   * practice", "in order to improve its effectiveness"): the action is the way to it (solution), but
   * it names no change for persons or in their treatment (results).
   */
  | "infoPurpose"
  /**
   * What a resource or a piece of work is needed for ("the equipment necessary to disinfect the
   * cells", "el mobiliario necesario para generar un espacio propicio"): a purpose for results and
   * solution; it does not end the ask's core. Money enough for an activity ("funds sufficient to
   * build") names no outcome.
   */
  | "neededFor"
  /**
   * A purpose that is only conformity with a text ("revise the Code to ensure it conforms to the
   * Convention", "afin de le mettre en conformité avec", "para adecuarlo a"): not a change for
   * persons or a practice, nor a goal the ask is the means to.
   */
  | "conformPurpose"
  /**
   * A manner clause whose subject is not persons ("limit handcuffing …, in such a way that it does
   * not endanger them", "de modo que no se comprometa su indemnidad"): it says how the ask itself
   * is carried out, not a further goal the ask is the means to (solution).
   */
  | "manner"
  /** Effects named without a purpose marker ("reduce overcrowding"). */
  | "effect"
  /** Someone deprived of liberty receives or is allowed something ("allow patients to"). */
  | "beneficiary"
  /** "ensure that" followed by a state of persons or practice (not of a physical item). */
  | "ensureOutcome"
  // --- means ---
  /** Explicit means: "by installing", "through", "for instance", "such as", "en + gerund", "mediante". */
  | "means"
  /** Links an action back to a stated goal ("accordingly", "to this end"). */
  | "meansLink"
  /** Stopping a practice and saying what replaces it, or what must not happen. */
  | "stopPractice"
  /** Named options and replacements ("replace X with Y", "fans or air conditioning"). */
  | "option"
  /**
   * An ask only to consider a concrete step ("consider installing …", "envisager d'installer …",
   * "considerar la instalación de …"): whether the step is offered as the way to the change, or
   * is itself the ask left open, the text does not say.
   */
  | "considered"
  // --- root cause ---
  /** Levers on the cause: policy, procedure, regulation, training, staffing, budget, supervision. */
  | "rootLever"
  /** Routine and record-keeping, levers only when the ask is concrete. */
  | "weakLever"
  /** Explicitly systemic scope ("in all police stations", "nationwide"). */
  | "systemic"
  /** A universal quantifier over persons, cases or facilities ("every detainee", "toute personne"). */
  | "quantifiedGroup"
  /** A quantifier over rooms, cells or vehicles ("all segregation cells"): systemic unless one place is named. */
  | "quantifiedItems"
  /** A single named facility or part of one ("Northfield Prison", "cell 12"), which confines a quantifier. */
  | "namedFacility"
  /**
   * A physical item, supply or building work ("repair the window", "dotar de mantas",
   * "installer des lits"): an ask that only fixes such things treats a symptom, unless
   * the text extends it to a system or names a lever.
   */
  | "oneOffFix"
  /**
   * A step taken once on the visit itself ("make the present report public", "rendre public ce
   * rapport", "hacer público el presente informe"): done once, whoever takes it.
   */
  | "oneOffStep"
  /**
   * One identified person ("Mr K.", "the detainee concerned", "this patient", "el interno en
   * cuestión"): an ask about one case treats a symptom, unless it names a lever.
   */
  | "individualCase"
  /** Changing a law or a national budget. */
  | "legislativeAct"
  /** Addressees that name no one ("the authorities", "l'État partie", "la Administración"). */
  | "genericAddressee";

/** Cues tried only at a given position (the start of a subject or of a clause). */
export type AnchoredKey =
  /** Persons deprived of liberty as the subject of a clause ("every detainee", "les personnes détenues"). */
  | "personSubject"
  /** A practice done to them as the subject of a clause ("body searches", "el uso de la contención"). */
  | "practiceSubject"
  /** A modal that makes the subject a recipient, not an actor ("should be given", "devrait bénéficier"). */
  | "passiveRecipient"
  /**
   * A negation or restriction next to a modal ("should not be", "only", "ne doivent pas",
   * "no deben", "solo"), tried a few words before it: what must not be done to persons, or
   * done only in one way, protects them.
   */
  | "restriction"
  /** A passive after a modal or an addressee ("be", "être", "soit", "ser", "se"), tried where the verb starts. */
  | "passive"
  /** A pronoun subject whose referent lies outside the text ("It should", "Il devrait"). */
  | "pronounSubject"
  /** A lower-case start: a list item continuing a sentence that introduced it. */
  | "fragmentStart"
  /** An imperative or infinitive at the start of a sentence ("Ensure that …", "Veiller à …", "Impartir …"). */
  | "imperative"
  /**
   * A change of degree as the head of the predicate, tried where the predicate starts
   * ("increase access to the gym", "be reduced", "ampliar el horario", "augmenter les
   * activités"): more or less of something, which an observer cannot check without a number
   * or an end state. A resource whose amount is itself the deliverable (a budget, staff posts)
   * is not a degree.
   */
  | "degreeChange"
  /**
   * A change named as the head of the predicate, tried where the predicate starts ("improve staff
   * retention", "reduce waiting times", "renforcer le contrôle", "mejorar la atención"): with a
   * means after it in the same clause ("… by recruiting", "mediante …"), the change is the stated
   * outcome and the means the way to it.
   */
  | "changeHead"
  /**
   * A practice to stop or ban, described up to an example or instrument that belongs to it, tried
   * where the predicate starts ("prohibit the use of instruments such as …", "abandonner la
   * pratique consistant à attacher … au moyen de sangles", "prohibir el uso de objetos tales como
   * …"): those words say which practice, not how the change is made.
   */
  | "describedPractice"
  /**
   * A heading naming the addressee, ended by a colon, a line break or the number of the item under
   * it ("To the Ministry of Justice:", "Al Ministerio del Interior:", "For the Governor 14.1 …").
   */
  | "vocative"
  /**
   * A label that numbers the item, tried at the start of a sentence ("Recommendation 3",
   * "Recomendación 3:", "Recommandation n° 4 –", "R12", "4.", "b)"): it names the item, not
   * who acts, and the sentence is read from the word after it.
   */
  | "itemLabel"
  /**
   * A clause of being or existence, tried where a subordinate word ends ("when there are
   * detainees", "cuando hay detenidos", "lorsqu'il y a des détenus"): it states when the ask
   * applies and has no action of its own, so a purpose after it is the ask's.
   */
  | "beingClause";

/**
 * Word classes that decide who a noun phrase names. Words are lower case;
 * a class holds single words (a head noun) or short phrases matched at the
 * head.
 */
export interface AddresseeWords {
  /** Where the head noun of a noun phrase stands: "last" (English) or "first" (French, Spanish). */
  readonly head: "first" | "last";
  /** Words that open a noun phrase and are skipped (articles, quantifiers, possessives). */
  readonly determiners: readonly string[];
  /**
   * Determiners that point at one known thing ("the", "this", "le", "cette", "el", "dicho"): an
   * institution so pointed at that acts ("The prison should provide …") is the one the report is
   * about, acting through its management.
   */
  readonly definite: readonly string[];
  /** Words that end the head region (prepositions, relatives: "of", "in", "who", "de", "que"). */
  readonly stops: readonly string[];
  /** Prepositions that attach a qualifying name to the head ("of", "for", "at", "de", "del"). */
  readonly connectors: readonly string[];
  /** Post holders: a post named is an addressee ("governor", "directeur", "jefe"). */
  readonly posts: readonly string[];
  /** Bodies: a body named is an addressee ("ministry", "ministère", "ministerio"). */
  readonly bodies: readonly string[];
  /** Heads that name someone only when qualified or capitalised ("administration", "direction", "police"). */
  readonly qualifiedOnly: readonly string[];
  /** Institutions, which act through their management ("prison", "établissement", "centro"). */
  readonly institutions: readonly string[];
  /** Heads that name no one ("authorities", "autorités", "autoridades", "state"). */
  readonly generic: readonly string[];
  /** Persons deprived of liberty: beneficiaries, never addressees. */
  readonly persons: readonly string[];
  /** Staff in general: they act, but are not a named addressee ("staff", "personnel", "agentes"). */
  readonly staff: readonly string[];
  /** Verbs (after a modal) that make the subject a place or holder, not an actor ("have", "disposer", "contar"). */
  readonly stative: readonly string[];
}

/**
 * Advice when a criterion is not met, in the language of the pane (or of
 * rectrack's --lang). `default` always exists; other keys name the basis
 * found. `{phrase}` is replaced by the words that caused the verdict (in the
 * recommendation's language), `{example}` by the example of the
 * recommendation's language (see `examples`).
 */
export interface CriterionAdvice {
  readonly default: string;
  readonly [basis: string]: string;
}

export interface SmartLexicon {
  readonly language: Language;
  /** Compile with the `u` flag, for patterns that use \p{...} classes or non-ASCII word letters. */
  readonly unicode?: boolean;
  /** Minimum number of words for a non-operative sentence to count as a finding. */
  readonly minFindingWords: number;
  readonly cues: Readonly<Record<CueKey, CuePatterns>>;
  readonly anchored: Readonly<Record<AnchoredKey, CuePatterns>>;
  readonly words: AddresseeWords;
  /** Names of the criteria, in this language (rectrack check). */
  readonly criterionNames: Readonly<Record<CriterionKey, string>>;
  /** Names of the verdicts, in this language (rectrack check). */
  readonly verdictNames: Readonly<Record<Verdict, string>>;
  /** Names of the bases, shown beside the evidence, in this language. */
  readonly basisNames: Readonly<Record<Basis, string>>;
  /** Advice templates, in this language. */
  readonly advice: Readonly<Record<CriterionKey, CriterionAdvice>>;
  /** Examples quoted inside advice, written in this language: one per criterion, and per basis where it helps. */
  readonly examples: Readonly<Record<CriterionKey, string>> &
    Readonly<Partial<Record<`${CriterionKey}.${string}`, string>>>;
  /** Quotation marks of this language, around a phrase or example quoted in advice. */
  readonly quotes: readonly [string, string];
}

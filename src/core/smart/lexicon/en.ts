import type { SmartLexicon } from "./types";

/*
 * English lexicon of the Double-SMART checker. Everything language-specific
 * lives here; the rules in ../criteria.ts and ../structure.ts only combine
 * these classes. The fragments below are shared by several families so that,
 * say, a new word for "detainee" is added once.
 */

const PERSON =
  "(?:detainees?|detained persons?|(?:new )?arrivals|newcomers|prisoners?|inmates?|patients?|residents?|children|child|juveniles?|minors|(?<=\\b(?:a|every|each|any|no)\\s)minor|women|woman|girls?|boys?|fathers|mothers|persons?|people|migrants?|asylum[- ]seekers?|foreign nationals?|foreigners|offenders?|young offenders?|remand prisoners?|pupils?|service users?|(?:those|men) (?:held|detained|deprived))";

/** Physical items: a state of one of them is an input, not an outcome for persons. */
const PHYSICAL =
  "(?:yards?|cells?|rooms?|windows?|buildings?|premises|walls?|floors?|roofs?|doors?|toilets?|showers?|lighting|lights?|ventilation|heating|shelters?|furniture|equipment|beds?|mattress(?:es)?|vehicles?|vans?|cameras?|bells?|shutters?|bars?|fences?|kitchens?|infrastructure|prisons?|wings?|blocks?|units?|facilit(?:y|ies)|stations?|sanitation|water supply|areas?|dimensions|temperature|telephones?|cctv)";

/** Records kept on persons: securing one is an input, not an outcome for them. */
const RECORD = "(?:registers?|records?|files?|lists?|logs?|forms?|data|documents?|books?)";

/** Kinds of institution: a measure in all of them is systemic. */
const INSTITUTION =
  "(?:prisons?|police stations?|stations?|establishments?|facilit(?:y|ies)|institutions?|places? of (?:detention|deprivation of liberty)|detention (?:centres?|centers?|facilities)|custody (?:areas?|suites?|facilities)|centres?|centers?|hospitals?|homes?|camps?|schools?|units?|areas?|zones?|regions?|districts?)";

/** Cases and practices that a rule can cover: "all incidents", "every complaint". */
const CASES =
  "(?:incidents?|interviews?|consultations?|examinations?|complaints?|cases?|uses? of (?:force|restraint)|placements?|admissions?|transfers?|deaths?|allegations?|searches|restraints?|decisions?|sanctions?|requests?)";

const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|a|an|the next|the coming)";

const TIME_UNIT =
  "(?:hours?|days?|weeks?|months?|years?|working days|calendar days|(?:budget|financial|fiscal|reporting) (?:cycle|year|period)|quarters?)";

/** Nouns that, after a person noun, make it a modifier ("the juvenile unit"), not the subject. */
const NOT_HEAD =
  "(?!['’])(?!\\s+(?:units?|wings?|sections?|institutions?|centres?|centers?|courts?|justice|facilit(?:y|ies)|blocks?|wards?|homes?|detention|prisons?|cells?|rooms?|areas?|quarters|departments?|services?|protection|population|numbers?|files?|records?|registers?|complaints?|violence|healthcare|health care|escorts?|transport)\\b)";

/** Practices done to persons deprived of liberty; their required form is an outcome. */
const PRACTICE =
  "(?:visits?|(?:medical )?consultations?|interviews|escorts|admissions|releases|(?:telephone |phone |video )?calls|outdoor exercise|showers?|meals?|(?:medical |body |strip[- ])?(?:examinations?|searches|search)|strip[- ]searches|restraints?|handcuffing|handcuffs|(?:immigration |pre-trial |administrative )?detention|isolation|solitary confinement|segregation|seclusion|placements?|transfers?|sanctions?|punishments?|interrogations?|questioning|coercive measures|force)";

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/** Verbs that name a goal, not an action: "measures to prevent …" is a goal. */
const GOAL_VERB =
  "(?:prevent|improve|address|ensure|guarantee|avoid|combat|remedy|tackle|resolve|solve|rectify|alleviate|promote|protect|reduce|eliminate|end|stop|enhance|strengthen|meet|respond|deal)";

/**
 * A state to bring about that is only a likeness to a model ("so that its facilities resemble those
 * of community hospitals"): it says what the result should resemble, not what the measures are.
 */
const NOT_LIKENESS =
  "(?![^.;]{0,120}?\\b(?:resembles?|mirrors?|(?:is|are|be)\\s+(?:more\\s+)?(?:similar|comparable|equivalent|akin)\\s+to)\\b)";

/**
 * What follows "measures" / "steps" when they say which: an action that is not only a goal
 * ("to install …"), or the state to bring about ("to ensure that …", "so that …"). Measures
 * followed by one of these are specific; "take all necessary measures." or "measures to prevent
 * violence" are not.
 */
const MEASURES_SPECIFIED = `(?!(?:\\s+(?:should|must|shall|need to|are to)\\s+be\\s+(?:taken|adopted))?\\s+(?:necessary\\s+)?(?:(?:to|in order to)\\s+(?!${GOAL_VERB}\\b)[a-z]+|(?:to|in order to)\\s+(?:ensure|guarantee)\\s+that\\b${NOT_LIKENESS}|so that\\b${NOT_LIKENESS}))`;

/**
 * A label that numbers an item, before its first word: "Recommendation 3", "Rec. 12:", "R4 –",
 * "4.", "4.2)", "3- ", "b)", "iv.". It names the item, not who must act.
 */
const ITEM_LABEL =
  "(?:(?:recommendations?|rec\\.)\\s*(?:no\\.?\\s*|number\\s+|#\\s*)?\\d{1,3}[a-z]?(?:\\.\\d{1,3})*|r\\s?\\d{1,3}[a-z]?(?=\\s*[.:)–—-])|(?:\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[a-z]|[ivx]{1,4})(?=[.)])|\\d{1,3}(?=\\s?[–—-]\\s))[.:)\\s–—-]*\\s";

/** Harms from which persons are to be kept free: reprisals, intimidation, ill-treatment. */
const HARM =
  "(?:reprisals?|retaliation|intimidation|harassment|victimi[sz]ation|threats?|ill-treatment|torture|abuse|violence|discrimination|stigmati[sz]ation)";

/**
 * A concrete act named by a noun as the object of a verb of support ("promote the amendment of
 * section 12", "the adoption of a law"): the verb asks for that act, not for more of something.
 */
const NOT_NOMINAL_ACT =
  "(?!\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:amendment|adoption|reform|enactment|creation|establishment|revision|repeal|ratification|drafting|approval)\\s+of\\b)";

/**
 * Not inside a purpose infinitive ("recruit two psychiatrists to address the shortage"): a "to" that a
 * modal or a request governs ("needs to address", "is requested to remedy") still opens the ask.
 */
const NOT_AFTER_PURPOSE_TO =
  "(?<!(?<!\\b(?:needs?|has|have|ought|is|are|be|been|required|expected|asked|requested|urged|invited|encouraged|upon|continue|continues|seek|seeks|aim|aims|strive|strives|try|tries|wish|wishes)\\s)\\bto\\s)";

/** Unless an amount says by how much: "night staffing should be strengthened by two officers". */
const NOT_BY_AMOUNT =
  "(?![^.;,]{0,40}?\\bby\\s+(?:at\\s+least\\s+)?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|half)\\b)";

/**
 * A purpose that is itself only a quality ("to provide a safe environment") or the body's own
 * mandate ("to carry out its mandate effectively"): it ties no sufficiency to a check.
 */
// what a bare sufficiency is said of: the conditions a place offers and the means a service has
// ("adequate ventilation", "sufficient resources"), not a deliverable ("appropriate training")
const CONDITION_OR_MEANS =
  "(?:conditions?|levels?|standards?|state|quality|ventilation|air|lighting|light|heating|temperatures?|hygiene|cleanliness|sanitation|space|size|dimensions|resources|resourcing|staffing|staff|personnel|funding|funds|budget|means|capacity|time|privacy|care|health\\s?care|treatment)";
const QUALITY_PURPOSE =
  "(?:(?:carry\\s+out|fulfil|fulfill|perform|discharge|exercise)\\s+(?:its|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:mandate|functions?|duties|tasks?|role|mission)\\b|(?:provide|ensure|create|guarantee|maintain|offer|secure|give)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:safe|secure|safer|adequate|suitable|appropriate|good|decent|healthy|calm|positive|dignified|humane|proper|conducive)\\b)";

/** Imperative verbs that open a list item or a coordinated ask ("…, and introduce …"). */
/** The words that open a purpose ("to", "in order to", "so as to"). */
const PURPOSE_TO = "(?:to|in order to|so as to)";

const IMPERATIVE =
  "(?:ensure|install|provide|amend|adopt|establish|introduce|stop|cease|end|remove|repair|replace|review|revise|take|increase|reduce|limit|allow|permit|guarantee|create|set up|develop|train|record|keep|abolish|transfer|appoint|recruit|carry out|conduct|organi[sz]e|make|give|offer|inform|equip|publish|allocate|implement|prohibit|separate|improve|consider|pay|examine|assess|issue|draw up|withdraw|monitor|put|grant|inspect|clean|renovate|refurbish|close|open|hold|use|apply|respect|strengthen|continue|investigate|prosecute|punish|redouble|expedite|expand|extend|enhance|pursue|refrain|release|bring|seek|undertake|complete|facilitate|support|fund|upgrade|redecorate|fit|build|construct|collect|maintain|report|update|identify|document|register|notify|explain|clarify|evaluate|reconsider|restrict|reinforce|step up|include|invite|encourage|combat|prevent|protect|collect|gather|accelerate|expedite|intensify|overhaul|prioriti[sz]e)";

/**
 * A resource whose amount is the deliverable ("increase the budget", "reduce the number of …"), or
 * an event that happens or not ("expedite the adoption of the bill"): not a change of degree.
 */
const DEGREE_NOT_RESOURCE =
  "(?!\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:budgets?|funding|funds|allocations?|posts|staffing|number|adoption|entry into force|establishment|creation|construction|completion|ratification|enactment|opening|implementation)\\b)";

export const en: SmartLexicon = {
  language: "en",
  minFindingWords: 4,
  cues: {
    directive: {
      patterns: [
        "\\b(?:should|must|shall|ought to|needs? to|has to|have to)\\b",
        "\\b(?:is|are) (?:hereby )?(?:recommended|requested|urged|invited|required|encouraged|asked|called upon|expected)\\b",
        // an action said to be needed is asked for ("Immediate action is also needed to …"), and so
        // is what "requires to be" done, as Scottish reports write "needs to be"
        "\\b(?:action|steps|measures|work|improvements?|changes?|investment|efforts?)\\s+(?:is|are)\\s+(?:also\\s+|urgently\\s+|still\\s+|now\\s+)?(?:needed|required)\\b",
        "\\brequires? to be\\b",
        "\\b(?:recommends?|urges?|calls (?:on|upon|for)|reiterates)\\b",
        "\\b(?:invites?|requests?|encourages?|asks?) (?:that|the|all|every|each|its|their)\\b",
        "\\bneeds? (?:urgent )?attention\\b",
        "\\b(?:it is|it would be) (?:essential|important|necessary|vital|crucial|imperative|advisable|desirable) that\\b",
        `\\bthat(?<=(?:^|\\n)\\s*(?:\\W*${ITEM_LABEL})?that)\\s`,
      ],
    },
    modal: {
      patterns: [
        "\\b(?:should|must|shall|ought to|(?<!\\bthe\\s)needs? to|has to|have to|may wish to)\\b",
        "\\b(?:is|are) (?:hereby )?(?:recommended|requested|urged|invited|required|encouraged|asked|called upon|expected) to\\b",
        "\\b(?:is|are)\\s+(?:also\\s+|urgently\\s+|still\\s+|now\\s+)?(?:needed|required)\\s+to\\b(?<=\\b(?:action|steps|measures|work|improvements?|changes?|investment|efforts?)\\s+(?:is|are)\\s+(?:also\\s+|urgently\\s+|still\\s+|now\\s+)?(?:needed|required)\\s+to)",
        "\\brequires? to(?=\\s+be\\b)",
        "\\bmay consider\\b",
      ],
    },
    frame: {
      patterns: [
        "\\b(?:(?:we|I) (?:recommend|urge|request|invite|ask|encourage|call (?:on|upon))|recommends|recommended|recommendation(?!\\s*(?:no\\.?\\s*|number\\s+|#\\s*)?\\d)|urges|urged|calls (?:on|upon)|called (?:on|upon)|calls? for(?= (?:the|an?|all|its|their) [^.;]{1,80}? to [a-z])|invites|invited|requests|requested|asks|encourages|encouraged|reiterates (?:its|the) recommendation|draws (?:the )?attention of)(?: (?:to|that))?(?:,? (?:as a matter of urgency|as a priority|therefore|once again|again|in particular|inter alia|strongly),?)? (?:that )?",
        "\\b(?:essential|important|necessary|vital|crucial|imperative|advisable|desirable) that ",
        // the recommendation or letter addressed to someone: "recommendation 12, addressed to the
        // Chief Constable, …", "in a letter sent to the Home Office"
        "\\b(?:recommendations?|letters?|notes?)\\s+(?:[^\\s;:]+\\s+){0,3}?(?:addressed|sent)\\s+to\\s+",
        // the operative part of a decision, as an imperative at the start of a sentence or item:
        // "Recommend that the Chief Constable …", "Request the Health Board to …"
        `\\b(?:recommend|request|urge)(?<=(?:^|\\n|[.;:])\\s*(?:\\W*${ITEM_LABEL})?\\w+)\\s+(?:that\\s+)?`,
        // a list item that continues "The NPM recommends …": "that management ensure …"
        `\\bthat(?<=(?:^|\\n)\\s*(?:\\W*${ITEM_LABEL})?that)\\s+`,
      ],
    },
    clauseBreak: {
      patterns: [
        ";",
        ":\\s",
        ",\\s+(?:and|as well as|while|whereas)\\s+(?:that\\s+)?",
        // a non-restrictive relative clause gives a reason or a detail, not a second ask
        ",\\s+which\\s+",
        "\\s+and\\s+that\\s+",
        "\\s+as well as\\s+",
        ",\\s+in addition to\\s+(?=[a-z]+ing\\b)",
        `\\s+and\\s+(?=${IMPERATIVE}\\b(?!\\s+(?:of|to|for|by|on|in|and)\\b))`,
        // an acronym in brackets is part of the name before it: "the National Mechanism (NPM) should …"
        "\\((?![A-Z][A-Z0-9&-]{1,9}\\))",
        "(?<!\\([A-Z][A-Z0-9&-]{1,9})\\)",
      ],
    },
    subjectIntro: {
      patterns: [
        "\\b(?:considers?|believes?|notes?|finds?|is of the (?:view|opinion)|observes?|hopes?|trusts?|expects?|wishes)\\s+that\\s+",
        ",\\s+",
        ";\\s*",
        ":\\s+",
      ],
    },
    passiveAgent: {
      patterns: [
        "\\b(?:be|been|being|is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:\\w+(?:ed|en)|held|kept|made|done|set|put|run|led|drawn|undertaken|carried out)\\s+(?:[\\w-]+\\s+){0,6}?by\\s+(?!means\\b|way\\b|\\w+ing\\b)",
        "\\bcarried out by\\s+",
      ],
    },
    coActor: {
      patterns: [
        "\\b(?:in\\s+(?:close\\s+)?(?:cooperation|co-operation|collaboration|conjunction|partnership)|jointly|together)\\s+with\\s+",
      ],
    },
    subordinate: {
      patterns: [
        "\\b(?:where|when|whenever|which|who|whom|whose|if|unless|because|although|though|whether)\\b",
        "\\bin cases?\\b",
      ],
    },
    vague: {
      patterns: [
        "\\b(?:re)?consider(?:ed|ing)?\\b(?! that)",
        "\\bconsideration\\b",
        "\\bgive (?:due )?consideration to\\b",
        "\\blook(?:ed|ing)? into\\b",
        "\\b(?:pay|paid|give|given|draw) (?:\\w+ )?attention\\b",
        "\\battention (?:should|must|needs? to) be\\b",
        "\\bneeds? (?:urgent |particular |more )?attention\\b",
        "\\befforts?\\b",
        "\\b(?:endeavour|endeavor|strive)\\b",
        // taken, or put in place by whatever verb ("implement measures to improve access"), unless the
        // measures put in place are ones already named ("implement the measures set out in the action plan")
        `\\b(?:(?:take|taken|taking|adopt|adopted)\\s+(?:all\\s+)?(?:the\\s+)?|(?:implement|implemented|implementing|introduce|introduced|introducing|put\\s+in\\s+place|develop|developed|developing|undertake|undertaken)\\s+(?!(?:all\\s+)?(?:the|these|those|such)\\b)(?:all\\s+)?)(?:\\w+\\s+){0,2}?(?:measures|steps|action)\\b${MEASURES_SPECIFIED}`,
        `\\b(?:measures|steps|action) (?:should |must |needs? to )?(?:be )?(?:taken|adopted|implemented|introduced|put in place|developed|undertaken)\\b${MEASURES_SPECIFIED}`,
        // the arrangements made to reach a goal, with no say of what they are: "make arrangements to improve the observation room"
        `\\b(?:make|makes|made|making)\\s+(?:the\\s+)?(?:necessary\\s+|appropriate\\s+)?arrangements\\b${MEASURES_SPECIFIED}`,
        `${NOT_AFTER_PURPOSE_TO}\\b(?:address|tackle|deal with|remedy|resolve)(?:ed)? (?:the|this) (?:issue|problem|situation|matter|question|shortcomings?|lack|absence|shortage|deficiencies)\\b`,
        // not in an infinitive that states a purpose ("advised on how to get help to address their problems")
        `${NOT_AFTER_PURPOSE_TO}\\b(?:address|tackle|combat|fight|counter|remedy|resolve)(?:s|ed|ing)?\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:overcrowding|understaffing|violence|ill-treatment|bullying|corruption|shortages?|problems?|issues?|deficiencies|shortcomings|delays)\\b`,
        // fighting a harm names a goal, whatever the harm: "combat impunity for acts of torture"
        `${NOT_AFTER_PURPOSE_TO}\\b(?:combat(?:s|ed|ing|t?ing)?|fight(?:s|ing)?|counter(?:s|ed|ing)?)\\s+(?:against\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:impunity|torture|abuse|discrimination|racism|trafficking|extremism|radicali[sz]ation|drugs?|suicides?|self-harm|${HARM})\\b`,
        // redress obtained as the whole ask, with no act that provides it: "ensure that victims obtain redress"
        "\\b(?:(?:ensure|ensures|ensuring|guarantee|guarantees|make sure)\\s+that\\s+[^.;]{0,80}?)?\\b(?:obtain|obtains|receive|receives|get|gets|be\\s+granted|are\\s+granted|is\\s+granted)\\s+(?:full\\s+|fair\\s+|adequate\\s+|effective\\s+|appropriate\\s+)*(?:redress|reparation|compensation|justice|rehabilitation|remed(?:y|ies))\\b",
        // unless what is to be addressed is itself an act named as a noun: "the introduction of induction
        // programmes should be addressed" asks for the programmes
        "(?<!(?:^|[.;:]\\s*|\\d\\s+|\\n)(?:the\\s+|an?\\s+)?(?:introduction|provision|installation|establishment|creation|appointment|recruitment|development|replacement|repair|refurbishment|adoption|implementation|setting[- ]up|upgrading|extension)\\s+of\\b[^.;]{1,120}?\\s)\\b(?:be|been|being)\\s+(?:properly\\s+|effectively\\s+|urgently\\s+)?(?:addressed|tackled|dealt with|remedied|resolved|looked at)\\b(?!\\s+(?:to|by)\\b)",
        "\\b(?:bring|brought|bringing)\\s+(?:\\w+\\s+){0,4}?up to (?:standard|par|the (?:required |minimum )?standards?)\\b",
        "\\bmake\\s+(?:\\w+\\s+){1,3}?(?:more|less)\\s+(?!than\\b|often\\b|frequently\\b)\\w+",
        "\\bdo (?:much )?more\\b",
        // the same asked in the passive, with nothing said of what: "more requires to be done to tackle …"
        "\\b(?:much\\s+)?more\\s+(?:(?:needs|requires|has|have|is\\s+required|is\\s+needed)\\s+to|should|must|could|can|ought\\s+to)\\s+be\\s+done\\b",
        "\\b(?:further|more|additional)\\s+(?:work|action)\\s+(?:is|was|will\\s+be|should\\s+be|must\\s+be)\\s+(?:required|needed|necessary)\\b",
        // more of what exists, with no say of what: "links with families should be developed further"
        "\\b(?:develop(?:ed|ing)?|buil[dt] on)\\s+(?:[\\w-]+\\s+){0,4}?further\\b(?!\\s+(?:than|to|by)\\b)|\\bfurther\\s+develop(?:ed|ment)?\\b",
        "\\b(?:find|look for|seek|identify|explore|examine|consider)\\s+(?:a |an |the )?(?:\\w+\\s+)?(?:solutions?|ways?|means)\\b",
        "\\breflect on\\b",
        "\\b(?:find|found|strike|struck|achieve|achieved|reach|reached)\\s+(?:a|the)\\s+(?:\\w+\\s+)?balance\\b",
        "\\b(?:a|the)\\s+(?:\\w+\\s+)?balance\\s+(?:should|must|needs? to)\\s+be\\s+(?:found|struck|achieved|reached)\\b",
        "\\bwork(?:s|ing)? towards?\\b",
        "\\b(?:ensure|ensuring|guarantee)\\s+(?:full\\s+)?(?:compliance|conformity) with\\b",
        // pursuing what exists, not a concrete step ("pursue meetings with the Courts Service", "pursue
        // disciplinary action" are one, as fr "poursuivre ses efforts" and es "proseguir sus esfuerzos" only are vague)
        "\\bpursue\\b(?!\\s+(?:(?:regular|formal|urgent)\\s+)?(?:meetings?|talks|discussions?|negotiations?|consultations?|legal\\s+action|prosecutions?|proceedings|disciplinary\\s+(?:action|proceedings)|criminal\\s+(?:charges|proceedings)|investigations?)\\b)",
        "\\btreat(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,3}?(?:fairly|well|decently|correctly|properly|humanely|appropriately|with (?:due )?(?:respect|dignity))\\b",
        "\\b(?:monitor|follow(?: up)?|keep under review|look at|examine|review|study)\\s+(?:the|this|that)\\s+(?:general\\s+)?(?:situation|matter|issue|question|problem)\\b",
        "\\b(?:the|this)\\s+(?:situation|matter|issue|question)\\b[^.;]{0,60}?\\bbe\\s+(?:examined|reviewed|studied|assessed|monitored)\\b",
        "(?<!\\bto\\s)\\bimprov(?:e|ed|es|ing|ement)\\b",
        // new life for what exists, with no say of what changes: "a complete re-invigoration of the routine"
        "(?<!\\bto\\s)\\b(?:re-?invigorat|revitali[sz]|rejuvenat|re-?energi[sz])\\w*",
        // a way of working to adopt, with no act named: "a more structured approach should be adopted"
        "\\b(?:adopt|adopts|adopted|adopting|take|takes|taken|taking)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:approach|attitude|stance|ethos|philosophy)\\b|\\b(?:approach|attitude|stance|ethos|philosophy)\\b[^.;]{0,100}?\\b(?:should|must|shall|needs? to)\\s+be\\s+(?:adopted|taken)\\b",
        // an outcome to reach, with no act that reaches it: "a reduction in overcrowding needs to be achieved"
        "\\b(?:should|must|shall|needs? to|is to|are to)\\s+be\\s+(?:achieved|attained|realised|realized)\\b(?!\\s+(?:by|through)\\s+(?!\\d|the end\\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b))",
        // every form of the verb: "should be strengthened", "strengthens", "enhancing"
        // unless its object is a concrete act named by a noun: "promote the amendment of section 12"
        `(?<!\\bto\\s)(?<!\\bby\\s)\\b(?:enhanc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|promot(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing))\\b${NOT_NOMINAL_ACT}${NOT_BY_AMOUNT}`,
        "\\b(?:be|made|make|become|get|are|is)\\s+(?:much\\s+)?(?:more|less)\\s+(?!than\\b|often\\b|frequently\\b)\\w+",
        "\\b(?:be|made|make|become|are|is)\\s+(?:better|worse|friendlier|kinder|safer|cleaner|warmer|brighter|larger|bigger|nicer|healthier)\\b",
        // unless it qualifies a thing a concrete verb provides: "better systems of communication should
        // be put in place" asks for the systems (the comparative leaves the measure open)
        "\\bbetter\\b(?![^.;]{0,100}?\\b(?:should|must|shall|needs? to)\\s+be\\s+(?:put in place|introduced|installed|provided|established|set up|developed|fitted)\\b)(?<!\\b(?:put in place|introduce|install|provide|establish|set up|develop|fit)\\s+(?:an?\\s+|the\\s+)?better)",
        // more of a state of mind as the whole thing asked: "a greater focus on …", "a clearer understanding of …"
        "\\b(?:a |an )?(?:greater|stronger|increased|enhanced|closer|clearer|better|fuller|deeper) (?:focus|emphasis|attention|awareness|priority|understanding|knowledge)\\b",
        "\\bto a (?:greater|larger|much greater) extent\\b",
        "\\brespectful(?:ly)?\\b",
        "\\bdo (?:its|their|his|her|our|everything|all)\\s*(?:utmost|best|possible|in (?:its|their) power)\\b",
        "\\bdo (?:something|anything)\\b",
        "\\beverything (?:possible|necessary|in (?:its|their) power)\\b",
        "\\brespect(?:s|ed)? (?:for )?(?:the|their|his|her) (?:dignity|rights|privacy)\\b",
        "\\b(?:rights|dignity|privacy)\\s+(?:\\w+\\s+){0,3}?(?:are|is|be)\\s+(?:fully\\s+)?respected\\b",
        "\\bdignit(?:y|ies)\\b",
        "\\bhumane(?:ly)?\\b",
        `\\b(?:appropriate|necessary|adequate|suitable) (?:measures|steps|action)\\b${MEASURES_SPECIFIED}`,
        "\\bcontinue(?:s|d)? (?:to|its|their|the)\\b",
        "\\b(?:efforts?|work) should continue\\b",
        `(?<!\\bto\\s)(?<!\\bby\\s)\\b(?:reinforc(?:e|es|ed|ing)|intensif(?:y|ies|ied|ying)|step(?:s|ped|ping)? up)\\b${NOT_BY_AMOUNT}`,
        "\\b(?:seek|seeks|aim|aims|strive|strives) to\\b",
        "\\b(?:pay|paying) (?:due |particular )?regard\\b",
        "\\bbe mindful\\b",
        // heed and awareness as the whole ask: an attitude, not an act ("take into account the needs
        // of …", "exercise greater care", "place more emphasis on …", "be alert to …")
        "\\b(?:take|takes|taken|taking)\\s+(?:(?:full|due|proper|greater|particular)\\s+)?(?:into\\s+account|account\\s+of|into\\s+consideration)\\b|\\b(?:bear|bears|borne|keep|keeps|kept)\\s+in\\s+mind\\b|\\b(?:be|are|is|remain|become)\\s+(?:more\\s+|fully\\s+|particularly\\s+)?(?:aware|alert|attentive|vigilant|sensitive)\\b|\\b(?:exercise|exercises|exercised|show|shows|shown|use|take)\\s+(?:(?:more|greater|particular|special|due|extra|the\\s+utmost)\\s+)?(?:care|caution|vigilance|sensitivity|discretion)\\b|\\b(?:place|places|placed|put|puts|lay|lays|laid)\\s+(?:(?:more|greater|particular|special|an?|the)\\s+)*(?:emphasis|focus|stress)\\s+on\\b|\\b(?:give|gives|given)\\s+(?:(?:some|more|further|serious)\\s+)?thought\\s+to\\b|\\bredouble\\w*\\s+(?:its|their|his|her)?\\s*(?:vigilance|efforts?)\\b|\\b(?:be|are|is)\\s+(?:sensiti[sz]ed|made aware|encouraged to)\\b",
        // unless the yardstick is named: "bring the definition of torture into line with article 1 of the Convention"
        "\\b(?:bring|brought|bringing) (?:\\w+ ){0,4}?into line with\\b(?!\\s+(?:the\\s+)?(?:(?:articles?|rules?|sections?|principles?|paragraphs?)\\s+\\d|(?:UN\\s+|United Nations\\s+|European\\s+)?(?:Convention|Covenant|Optional Protocol|Nelson Mandela|Mandela|Bangkok|Havana|Beijing|Istanbul)\\b))",
        "\\braise awareness\\b",
        // an orientation, not an act, as the verb of the ask ("should encourage contact", "Facilitate …"),
        // like "promote"; the framing verb ("The NPM encourages the Ministry to …") is not the ask
        "(?<=(?:^|\\n|[.;:]\\s|\\b(?:should|must|shall|will|could|that|and)\\s)(?:[a-z]+ly\\s+)?)(?:encourage|foster|facilitate)\\b",
        // a state to secure as the whole ask, with no act that secures it: "ensure the safety of all
        // detainees", "guarantee the independence of medical staff", "ensure that their needs are met"
        "(?<!\\bto\\s)\\b(?:ensur(?:e|es|ed|ing)|guarantee(?:s|d|ing)?|secur(?:e|es|ed|ing)|safeguard(?:s|ed|ing)?)\\s+(?:the\\s+|their\\s+|its\\s+|his\\s+|her\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+)?(?:safety|security|protection|integrity|independence|well-?being|welfare|functioning|quality|continuity|effectiveness|efficiency|(?:safe|secure|healthy|humane|dignified)\\s+(?:environment|conditions|treatment))\\b",
        "\\b(?:needs|rights|interests|safety|requirements)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:are|is|be)\\s+(?:fully\\s+|properly\\s+|always\\s+)?(?:met|protected|safeguarded|upheld|guaranteed|secured|taken into account)\\b",
        // freedom from a harm as the whole ask, with no act that brings it about: "ensure that there are
        // no reprisals", "ensure that witnesses … are protected from any act of intimidation"
        `\\b(?:(?:ensure|ensures|ensuring|guarantee|guarantees|make sure)\\s+that\\s+[^.;]{0,100}?)?(?:\\b(?:protected|shielded|safe|free)\\s+(?:from|against)\\b[^.;]{0,30}?|\\bthere\\s+(?:are|is|be|will be)\\s+no\\s+(?:[\\w-]+\\s+){0,2}?|\\bnot\\s+be\\s+subjected\\s+to\\b[^.;]{0,20}?)\\b${HARM}\\b`,
        "\\b(?:suffer|suffers|face|faces)\\s+(?:any\\s+)?(?:form\\s+of\\s+)?(?:[\\w-]+\\s+)?(?:reprisals?|retaliation|intimidation|harassment|victimi[sz]ation)\\b",
        // no reprisal for cooperating with a monitoring body: "those who provide information … should not be
        // punished or otherwise penalized for having done so"
        "\\bnot\\s+be\\s+(?:[\\w-]+\\s+){0,2}?(?:punished|penali[sz]ed|sanctioned|victimi[sz]ed|intimidated|harassed|threatened)\\b[^.;]{0,40}?\\bfor\\s+(?:having\\s+)?(?:done\\s+so|cooperat|communicat|complain|provid|spok|speak|testif|report|talk|contact|lodg|submitt|met\\b)\\w*",
        // rights in general as what to secure, none named: "guarantee the human rights of all detainees"
        // ("guarantee the right of detainees to see a lawyer" names one)
        "(?<!\\bto\\s)\\b(?:ensur(?:e|es|ed|ing)|guarantee(?:s|d|ing)?|secur(?:e|es|ed|ing)|safeguard(?:s|ed|ing)?|uphold(?:s|ing)?|protect(?:s|ed|ing)?)\\s+(?:the\\s+|their\\s+|its\\s+|his\\s+|her\\s+)?(?:human\\s+|fundamental\\s+|basic\\s+)?rights\\b(?!\\s+(?:of\\s+(?:[\\w'’-]+\\s+){1,6}?)?to\\b)",
        // the law in general to apply or comply with, with no provision named and no act: "apply the law on
        // the treatment of children", "ensure that detention practices are in full conformity with the law"
        "\\b(?:apply|applies|applied|enforce|enforces|enforced|respect|respects|respected|observe|observes|observed|comply\\s+with|complies\\s+with)\\s+(?:the\\s+)?(?:(?:existing|national|domestic|international|relevant|applicable)\\s+(?:and\\s+international\\s+)?)*(?:law|laws|legislation|legal\\s+provisions)\\b(?![^.;,]{0,30}?\\b(?:articles?|sections?|\\d))",
        "\\b(?:is|are|be|remain)\\s+(?:fully\\s+)?(?:in\\s+(?:full\\s+)?(?:conformity|compliance|line|accordance)\\s+with|compliant\\s+with|consistent\\s+with)\\s+(?:the\\s+)?(?:(?:national|domestic|international|applicable|relevant)\\s+)*(?:law|laws|legislation)\\b(?!\\s+(?:on|of)\\b)",
        // conditions named only by a quality, as fr "dans des conditions dignes", es "en condiciones dignas":
        // "detainees should be held in decent conditions"
        "\\b(?:in|under)\\s+(?:decent|dignified|humane|adequate|acceptable|appropriate|suitable|proper|good|satisfactory)\\s+(?:material\\s+)?conditions\\b(?!\\s+(?:as|in\\s+line|in\\s+accordance|consistent|that|which|with)\\b)",
        // a behaviour named only by its manner: "staff should engage positively with prisoners"
        "\\b(?:engage|engages|interact|interacts|communicate|communicates|behave|behaves|deal|deals|work|works|relate|relates)\\s+(?:more\\s+)?(?:positively|constructively|appropriately|respectfully|professionally|sensitively|courteously|well)\\b",
        // conformity with standards in general, which name none: "in line with international standards"
        "\\b(?:in line|in accordance|in conformity|in compliance|compl(?:y|ies)|consistent)\\s+with\\s+(?:the\\s+)?(?:relevant\\s+|applicable\\s+|international\\s+|national\\s+|minimum\\s+|human rights\\s+)+(?:standards|norms|requirements|obligations)\\b",
        "\\b(?:explore|examine|study|investigate|assess|evaluate|look at|look into) (?:the )?(?:possibility|options?|feasibility)\\b",
      ],
    },
    bareQuality: {
      patterns: [
        // the quality is the whole ask: "should be adequate", "kept at a suitable level"
        "\\b(?:should|must|shall|to)\\s+(?:be|remain)\\s+(?:\\w+ly\\s+)?(?:sufficient|adequate|appropriate|suitable|satisfactory|acceptable|reasonable|decent|good|fit for purpose|safe|clean|hygienic|proportionate|proportional|dignified|humane|fair|in good (?:condition|repair|order))\\b(?!\\s+(?:to\\b|for\\b(?!\\s+(?:the|a|an)\\s+(?!(?:number|size|capacity|demand|population)\\b))))",
        // the same quality at the end of the ask, before its cross-reference: "ensure that the nurse's
        // station is fit for purpose (paragraph 5.15)"
        "\\b(?:are|is|be)\\s+(?:sufficient|adequate|appropriate|suitable|satisfactory|acceptable|decent|safe|clean|hygienic|proportionate|humane|fit for purpose)(?:\\s+and\\s+(?:sufficient|adequate|appropriate|suitable|satisfactory|acceptable|decent|safe|clean|hygienic|proportionate|humane|fit for purpose))?(?=\\s*(?:[.;(]|$))",
        "\\b(?:kept|maintained|held|keep|maintain)\\s+(?:\\w+\\s+){0,3}?(?:at|in)\\s+(?:a|an)\\s+(?:suitable|adequate|appropriate|acceptable|reasonable|good|satisfactory|decent|comfortable|proper|sufficient)\\s+[a-z]+\\b(?!\\s+(?:of|for)\\s+\\d)",
        "\\b(?:kept|maintained|held|keep|maintain)\\s+(?:\\w+\\s+){0,3}?at\\s+a\\s+(?:level|standard|temperature)\\s+(?:which|that)\\s+(?:is|are)\\b",
        "\\b(?:kept|maintained|keep|maintain)\\s+(?:\\w+\\s+){0,3}?(?:clean|tidy|in good (?:order|repair|condition))\\b",
        "\\b(?:the\\s+)?(?:necessary\\s+|adequate\\s+|sufficient\\s+)?resources\\s+(?:it|they|that are|which are)?\\s*(?:needs?|required|necessary)\\b",
        // a manner as the whole ask, after a verb that only keeps or uses what exists:
        // "the register should be kept properly", "detention used only as a last resort"
        "\\b(?:kept|maintained|used|applied|run|managed|handled|conducted|carried out|done|keep|maintain|use(?!\\s+of\\b)|apply|run|manage|handle)\\s+(?:\\w+\\s+){0,2}?(?:properly|correctly|appropriately|adequately|effectively|(?:only\\s+)?as a (?:measure of )?last resort)\\b",
        "\\b(?:properly|correctly|appropriately|adequately)\\s+(?:kept|maintained|used|applied|run|managed|handled|conducted)\\b",
        // a state named only by how well it is reached, with nothing after it: "cells should be
        // adequately heated.", "the room is properly ventilated"
        "\\b(?:be|are|is|remain|remains)\\s+(?:adequately|sufficiently|properly|appropriately|suitably|well|reasonably|satisfactorily)\\s+[a-z]+(?:ed|en|lit|kept)\\b(?=\\s*(?:[.;]|$))",
        // a sufficiency of means named by a participle, wherever it stands: "ensure the service is
        // adequately resourced for all prisons" (a yardstick after it ties it: "… staffed to cover every
        // shift"; what it is equipped with names the thing: "equipped with a call bell")
        "\\b(?:be|are|is|remain|remains|being)\\s+(?:adequately|sufficiently|properly|appropriately|suitably|well)\\s+(?:resourced|funded|financed|staffed|equipped|supplied|furnished|provisioned)\\b(?!\\s+(?:to|so as to|in order to|so that)\\b)(?!\\s+with\\s+(?:an?|one|two|three|four|\\d+)\\b)",
        // records kept "proper", with no say of what they hold ("keep proper records"); a record of each
        // case says what it holds ("keep proper records of each detention")
        "\\b(?:keep|keeps|kept|maintain|maintains|maintained|ensure)\\s+(?:\\w+\\s+)?(?:proper|adequate|appropriate|sufficient|suitable)\\s+(?:records?|registers?|files?|logs?|documentation|standards?|conditions?|levels?)\\b(?!\\s+of\\s+(?:each|every|all)\\b)",
        // a sufficiency as what must exist or be had, with no yardstick: "there should be sufficient
        // staff", "the unit should have adequate staffing" (a provision verb, "provide sufficient
        // blankets", is an action)
        `\\b(?:there\\s+(?:should|must|shall|needs? to)\\s+be|(?:should|must|shall|needs? to)\\s+have)\\s+(?:an?\\s+)?(?:sufficient|adequate|appropriate|suitable|enough|more)\\b(?!\\s+than\\b)(?![^.;]{0,50}?\\b(?:to\\s+(?!${QUALITY_PURPOSE})|so that|in order|as required)\\b)`,
        // the same sufficiency behind "ensure that": "ensure that the mechanism has sufficient resources"
        `\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure)\\s+that\\s+[^.;]{1,80}?\\b(?:has|have|receives?|gets?|is given|are given|is provided with|are provided with)\\s+(?:an?\\s+)?(?:sufficient|adequate|appropriate|suitable|enough)\\b(?=\\s+(?:[\\w-]+\\s+){0,3}?${CONDITION_OR_MEANS}\\b)(?![^.;]{0,50}?\\b(?:to\\s+(?!${QUALITY_PURPOSE})|so that|in order|as required)\\b)`,
        // a quality of what a thing is or has, with no measure: "cells should be of an adequate size"
        "\\b(?:are|is|be|remain|remains)\\s+of\\s+(?:an?\\s+)?(?:sufficient|adequate|appropriate|suitable|satisfactory|acceptable|reasonable|decent|good|proper)\\s+[a-z]+\\b(?!\\s+(?:to|for|so that|in order|as required)\\b)",
        // "should be robust enough to …": a quality, with no measure of how much
        "\\b(?:be|remain|are|is)\\s+(?:\\w+ly\\s+)?(?!old\\b|long\\b)[a-z]+\\s+enough\\b",
        // ensuring a quality of something that exists: "ensure adequate ventilation"
        // "suitable care for persons …" names who receives it, not a yardstick
        `\\b(?:ensure|ensures|ensuring|guarantee|guarantees|maintain|maintains)\\s+(?:an?\\s+|the\\s+)?(?:sufficient|adequate|appropriate|suitable|satisfactory|acceptable|decent|good)\\s+(?=(?:[\\w-]+\\s+){0,3}?${CONDITION_OR_MEANS}\\b)(?![\\w-]+\\s+(?:to\\s|for\\b(?!\\s+(?:(?:the|a|an)\\s+(?!(?:number|size|capacity|demand|population)\\b)|(?:all\\s+)?${PERSON}\\b))))`,
      ],
    },
    absolute: {
      patterns: [
        "\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure)\\b[^.;]{0,120}?\\b(?:never|at no time|under no circumstances)\\b",
        "\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure)\\b[^.;]{0,20}?\\bthat\\s+no\\b[^.;]{0,80}?\\bever\\b",
        "\\beradicat\\w*\\b",
        "\\b(?:eliminate|prevent|avoid)\\s+(?:all|any|every)\\b",
        "\\b(?:totally|entirely|completely) (?:eliminate|prevent|end)\\b",
        "\\b(?:ensur|guarant)\\w*\\s+(?:the\\s+)?(?:full\\s+)?(?:safety|security|protection|well-?being)\\s+of\\b[^.;]{0,60}?\\bat all times\\b",
        // the absence of any harm others may cause, guaranteed: "ensure that there are no reprisals",
        // "protected from any act of intimidation" (not a bound: "no more than two")
        "\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure)\\b[^.;]{0,20}?\\bthat\\s+there\\s+(?:are|is|will be|be)\\s+no\\b(?!\\s+(?:more|fewer|less|longer|later)\\b)",
        "\\bprotect(?:s|ed|ing)?\\s+(?:[\\w-]+\\s+){0,3}?(?:from|against)\\s+(?:any|all|every)\\s+(?:forms?|acts?|kinds?|types?)\\s+of\\b",
        "\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure)\\b[^.;]{0,20}?\\bthat\\s+(?:no(?:\\s+|-)one|nobody|no\\s+(?:person|detainee|prisoner|patient|individual|child)s?)\\s+(?:is|are|will be|be|shall be)\\s+(?:ever\\s+)?(?:subjected\\s+to|ill-treated|tortured|abused|harmed|intimidated|(?:a\\s+)?victims?\\s+of)\\b",
      ],
    },
    unbounded: {
      patterns: [
        // measures with no object, or only a goal: "take appropriate measures.", "measures to prevent ill-treatment"
        "\\b(?:measures|steps|efforts?|action|attention)\\b(?=\\s*(?:[.;]|$|(?:\\w+\\s+){0,3}?(?:to|in order to)\\s+(?:prevent|address|avoid|combat|tackle|remedy|deal with|ensure|guarantee|reduce|end|eliminate|protect|promote|improve (?:the|this) situation)\\b))",
        "\\battention (?:should|must|needs? to) be\\b",
        "\\bneeds? (?:urgent |particular |more )?attention\\b",
        // the situation as the object of the ask, not a mention of it ("… reflect the scale of the problem")
        // a problem named by what it is ("resolve the problem of the unhygienic conditions in B Hall")
        // is bounded by it, as a finding before it bounds "this problem"
        "\\b(?:address|addressed|tackle|tackled|resolve|resolved|remedy|remedied|improve|improved|examine|examined|review|reviewed|monitor|monitored|follow|study|deal with|dealt with|look (?:at|into)|solve|solved)\\s+(?:the|this|that)\\s+(?:general\\s+)?(?:situation|matter|issue|problem|question)s?\\b(?!(?<=problems?)\\s+(?:of|with)\\s+(?!this\\b|that\\b|it\\b)[a-z])",
        "\\b(?:the|this|that)\\s+(?:general\\s+)?(?:situation|matter|issue|problem|question)s?\\s+(?:should|must|shall|needs? to)\\s+be\\b",
        "\\beverything (?:possible|necessary)\\b",
      ],
    },
    anaphoricObject: {
      patterns: ["\\b(?:this|that|these) (?:situation|matter|issue|problem|question|point)s?\\b"],
    },
    softYardstick: {
      patterns: [
        // a restriction to what is necessary, with no say of when it is: "handcuffs used only in cases
        // where it is strictly necessary"
        "\\b(?:only|solely|exclusively)\\s+(?:[\\w-]+\\s+){0,4}?(?:where|when|if)\\s+(?:it\\s+is\\s+|this\\s+is\\s+)?(?:strictly\\s+|absolutely\\s+)?(?:necessary|needed|required|essential|indispensable)\\b",
        "\\b(?:when|where|as|if) (?:needed|necessary|appropriate|required|possible|feasible)\\b(?!\\s+(?:by|under|in)\\b)",
        "\\b(?:shortest|least) (?:possible|necessary)\\b|\\bas (?:short|little|few) as possible\\b",
        "\\bwhenever (?:possible|necessary|needed)\\b",
        "\\bmore (?:often|frequently|regularly)\\b",
        "\\b(?:at )?regular(?:ly| intervals| basis)?\\b",
        "\\b(?:sufficient|adequate|appropriate|reasonable|decent|suitable|affordable|timely|enough|robust|effective|significant|substantial|meaningful)(?:ly)?\\b",
        // "readily available / accessible" is a state an observer sees: the thing is there without asking
        "\\b(?:promptly|quickly|rapidly|swiftly|speedily|(?:readily|easily)(?!\\s+(?:available|accessible|obtainable|visible)\\b)|in good time|in a timely (?:manner|fashion|way))\\b",
        // a manner or a limit with no measure: "proper mealtimes", "without undue delay"
        "\\b(?:proper(?:ly)?|undue|unnecessar(?:y|ily)|unreasonabl[ey])\\b",
        "\\b(?:long|lengthy|prolonged|extended|short|excessive) periods?\\b",
        "\\b(?:close|closer|near|nearer) to (?:their|his|her)\\b",
        "\\b(?:good|acceptable|satisfactory|decent) (?:quality|standard|condition|state|level)\\b",
        "\\bto the (?:greatest|fullest|maximum|largest) (?:extent|degree) possible\\b",
        "\\b(?:as far as|to the extent) (?:possible|practicable)\\b",
        // a state of mind no one can observe: "have the necessary knowledge of the rules"
        "\\b(?:necessary|requisite)\\s+(?:knowledge|understanding|awareness|skills|competence)\\b",
        "\\bas a (?:measure of )?last resort\\b",
        "\\b(?:greater|higher|larger|further) (?!than\\b)\\w+",
        "\\bmore\\b(?!\\s+than\\b)",
        "\\bbetter\\b",
        // a comparative with nothing to compare to: "a wider range of activities", "longer visits",
        // "closer scrutiny of …"
        "(?<!\\bno\\s)\\b(?:wider|broader|longer|shorter|bigger|stronger|smaller|fewer|quicker|faster)\\b(?!\\s+than\\b)",
        "(?<!\\bno\\s)\\b(?:closer|tighter|stricter)\\b(?!\\s+(?:than|to)\\b)",
      ],
    },
    yardstickTie: {
      patterns: [
        // a quantity tied to what it must allow: "enough time to collect their medication"
        `\\b(?:sufficient|enough)\\s+(?:[\\w-]+\\s+){0,3}?to\\s+(?!${GOAL_VERB}\\b|${QUALITY_PURPOSE}|the\\b|their\\b|its\\b|all\\b|a\\b|an\\b|each\\b|every\\b|any\\b|new\\b|those\\b|these\\b|his\\b|her\\b)[a-z]+`,
        "\\b(?:sufficient|enough|adequate)\\b[^.;]{0,40}?\\bto meet (?:the\\s+)?(?:[\\w-]+\\s+){0,5}?demand\\b",
        "\\b(?:sufficient|adequate|appropriate)\\b[^.;]{0,30}?\\bas (?:required|laid down|set out|defined|provided) (?:by|in)\\b",
      ],
    },
    openAction: {
      patterns: [
        "(?<!\\bto\\s)(?<!\\b(?:a|an|the|its|their|this|these|that|every|any|each|annual|monthly|regular|periodic|independent|judicial|medical|post-incident|thorough|full|systematic)\\s)(?<!-)\\b(?:review|reconsider|re-examine|assess|evaluate|examine|analyse|analyze|study|discuss|reflect on|look at|explore|monitor)(?:ed|d)?\\b(?!s\\b)",
        // watching with no end point: "the use of the silent cell should be kept under review"
        "\\b(?:keep|kept|be kept)\\s+under\\s+(?:\\w+\\s+)?review\\b",
        "\\b(?:there should be|carry out|conduct|undertake) (?:a|an) (?:\\w+ )?(?:evaluation|review|assessment|re-?examination|analysis)\\b(?! (?:by|within|every|each|before)\\b)",
        // the review named first and then asked for in the passive: "a full assessment of the
        // arrangements should be carried out" is as open as "carry out an assessment of …"
        "\\b(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:evaluation|review|assessment|re-?examination|analysis|study)(?:\\s+(?:of|into)\\b[^.;]{0,120}?)?\\s+(?:should|must|shall|needs? to)\\s+be\\s+(?:carried out|undertaken|conducted|performed)\\b(?!\\s+(?:by|within|every|each|before)\\b)",
        // a review named as what the thing undergoes: "the policy should be the subject of a review"
        "\\b(?:be|is|are)\\s+(?:the\\s+)?subject\\s+of\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:review|evaluation|assessment|re-?examination|analysis|study)\\b(?!\\s+(?:by|within|every|each|before)\\b)",
      ],
    },
    measure: {
      patterns: [
        // a number standing alone ("2 hours", "7m2"), not a digit inside a code or a citation ("S47", "Covid-19", "4/2018")
        // nor the number of a list item, of a recommendation or of a document, nor a year ("3. Install …",
        // "…: 1. record …; and 2. …", "…: 2- install …", "Recommendation 4", "No. 12", "the 2019 report"),
        // nor the day of a date ("the Order of 6 March 2000"; "2 may share a cell" is a number)
        `(?<![A-Za-z0-9/.-])(?<!\\bRecommendations?\\s+)(?<!\\b(?:No|Nos|Nr|Number)\\.?\\s*)(?!(?:19|20)[0-9]{2}(?![0-9]))\\d(?![0-9]*/[0-9])(?![0-9]?(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:January|February|March|April|June|July|August|September|October|November|December|May(?=[\\s,]*(?:\\d|$))))(?!(?<=(?:^|\\n|[:;]|\\b(?:and|or))\\s*\\d)\\d*(?:[.)]|\\s?[–—-])\\s)`,
        "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|once|twice|half|double|single)\\b",
        "\\bper ?cent\\b|%",
        "\\b(?:at least|at most|a maximum of|a minimum of|(?<!\\bto\\s+(?:an?\\s+|the\\s+)?(?:absolute\\s+|strict\\s+|bare\\s+|very\\s+)?|\\bstandard\\s+)(?:maximum|minimum)(?!\\s+(?:rules|standards?|necessary|required|possible|extent)\\b)|no more than|no fewer than|no less than|not (?:to )?exceed(?:ing)?|up to(?!\\s+date\\b))\\b",
        // (not everyone holding a state of mind no one can observe: "all staff have the necessary knowledge of …")
        "\\b(?:every|each|all|any)\\s+(?!times?\\b|necessary\\b|appropriate\\b|possible\\b|efforts?\\b|measures\\b|(?:kinds?|types?|forms?|sorts?)\\b)(?![^.;]{0,40}?\\b(?:has|have|possess|possesses|acquire|acquires)\\s+(?:the\\s+|a\\s+)?(?:necessary|sufficient|adequate|appropriate|good|proper|requisite)\\s+(?:knowledge|understanding|awareness|skills|competence)\\b)(?:[\\w'-]+\\s+){0,2}?[\\w'-]+",
        "\\bat all times\\b",
        // not the name of a dated report cited ("paragraph 82 of the Annual Report 2014")
        "\\b(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?(?!\\s+reports?\\s+(?:for\\s+|of\\s+)?(?:19|20)\\d{2}\\b)|hourly|nightly|per (?:day|week|month|year|hour|shift))\\b",
        "\\b(?:completely|in full|fully|without exception|separately|full-time)\\b",
        "\\b(?:documented|recorded|registered|logged|in writing|written)\\b",
        "\\b(?:increase|reduce|raise|lower|double|halve)\\s+(?:the\\s+)?number of\\b",
        // a named deliverable made, in either voice: "draw up a written protocol", "a survey of … should be
        // undertaken", "un protocole doit être élaboré"
        "\\b(?:adopt|issue|introduce|establish|draw up|develop|publish|set up|create|keep|maintain|appoint|amend|update|provide|produce|prepare|compile|write|put in place|undertake|carry out|conduct)\\b(?:(?!\\b(?:evaluation|review|assessment|re-?examination|analysis|study)\\s+of\\b)[^.;]){0,40}?\\b(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|programmes?|programs?|protocols?|orders?|regulations?|guidelines?|guidance|procedures?|registers?|logs?|instructions?|circulars?|coordinators?|focal points?|mechanisms?|committees?|forms?|leaflets?|booklets?|handbooks?|checklists?|documents?|surveys?|audits?|inventor(?:y|ies)|timetables?|schedules?|systems?|databases?|helplines?|hotlines?)\\b",
        // the same deliverable named by a noun of making: "priority should be given to the establishment of a
        // register", "the creation of a complaints mechanism"
        "\\b(?:establishment|creation|introduction|adoption|setting[- ]up|drafting|publication)\\s+of\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:policy|strategy|plan|programme|program|protocol|register|log|guidelines|procedures?|mechanism|committee|system|database|helpline|hotline|leaflet|handbook|checklist)\\b",
        "\\b(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|programmes?|programs?|protocols?|procedures?|registers?|logs?|surveys?|audits?|inventor(?:y|ies)|timetables?|schedules?|guidelines|guidance|instructions|circulars?|forms?|leaflets?|booklets?|handbooks?|checklists?|documents?|mechanisms?|committees?|systems?|databases?|helplines?|hotlines?)\\b(?:\\s+(?!should\\b|must\\b|shall\\b)[\\w/-]+){0,8}?\\s+(?:should|must|shall|needs? to)\\s+be\\s+(?:\\w+ly\\s+)?(?:adopted|issued|introduced|established|drawn up|developed|published|set up|created|produced|prepared|compiled|written|put in place|undertaken|carried out|conducted|updated|amended|revised|translated|distributed)\\b",
        "\\b(?:stop|cease|abolish|prohibit|ban|discontinue|withdraw|no longer|close (?:down|the|all|this|these))\\b",
        "\\b(?:should|must|shall) not\\b",
      ],
    },
    timeframe: {
      patterns: [
        // a date given as a document's ("the Order of 1 July 2019") is not a deadline
        `(?<!\\b(?:of|dated)\\s)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+(?:19|20)\\d{2}\\b`,
        "\\b\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}\\b",
        "\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b",
        `\\b(?:by|before|until|till|no later than|not later than|the end of|the beginning of|the start of|starting in)\\s+(?:the\\s+)?(?:(?:end|beginning|start|middle|first half|second half|first quarter|second quarter|third quarter|fourth quarter)\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d{2}\\b`,
        `\\bwithin\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|first\\s+)?(?:\\d+|${NUMBER_WORD})?\\s*(?:\\d+\\s+)?${TIME_UNIT}`,
        `\\b(?:in|over|during)\\s+the\\s+(?:next|coming)\\s+(?:\\d+\\s+|${NUMBER_WORD}\\s+)?${TIME_UNIT}`,
        "\\bno later than\\b",
        // a bound on the time given: "within a period not exceeding three months"
        `\\bwithin\\s+a\\s+(?:maximum\\s+)?(?:period|time(?:frame)?|deadline)\\s+(?:of\\s+)?(?:not\\s+(?:exceeding|more\\s+than)\\s+|no\\s+(?:more|longer)\\s+than\\s+|at\\s+most\\s+)?(?:\\d+|${NUMBER_WORD})\\s+${TIME_UNIT}`,
        // the next report to the body that asks: "inform the Committee in its next periodic report"
        "\\b(?:in|by|before) (?:its|their|the) next (?:periodic |annual |follow-up )?report\\b",
        // a day or month of the year ahead: "by 31 December", "before the end of March"
        `\\b(?:by|before|until|no later than|not later than)\\s+(?:the\\s+)?(?:(?:end|beginning|start|middle)\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?`,
        `\\b(?:by|before|until) mid-(?:19|20)\\d{2}\\b`,
        `\\b(?:during|in the course of)\\s+(?:the\\s+)?(?:(?:first|second) half of\\s+)?(?:19|20)\\d{2}\\b`,
        "\\bnot later than\\b",
        "\\bby the end of (?:the |this |next )?(?:year|month|quarter|semester|term|financial year|budget year)\\b",
        "\\b(?:by|before|until) (?:the )?(?:next|end of the) (?:visit|year|month|budget|financial year|reporting period|winter|summer|heating season)\\b",
        "\\bbefore (?:the )?(?:winter|summer|heating season|cold season|rainy season|hot season)\\b",
        "\\b(?:19|20)\\d{2}(?:[/-]\\d{2,4})? (?:budget|financial year|fiscal year|budget year)\\b",
        "\\b(?:starting|beginning|from) (?:next|this|the next) (?:week|month|year|quarter)\\b",
        `\\b(?:starting|beginning|as) (?:from|on) (?:\\d{1,2}\\s+)?${MONTH}\\b`,
        "\\b(?:next|this) (?:year|month|budget year|financial year)\\b",
        // a period of the reporting or budget cycle, named as the one now running or the next one
        // ("during the upcoming review period", "within the current financial year", "before the next inspection")
        "\\b(?:during|within|in|over|in the course of|by the end of|before the end of)\\s+the\\s+(?:current|present|upcoming|coming|next|forthcoming)\\s+(?:review|reporting|monitoring)\\s+(?:period|cycle)\\b",
        "\\b(?:during|within|in|over|in the course of)\\s+the\\s+(?:current|present|upcoming|coming|next|forthcoming)\\s+(?:financial|fiscal|budget|budgetary)\\s+year\\b",
        "\\b(?:by|before|ahead of)\\s+the\\s+(?:next|forthcoming|upcoming)\\s+(?:inspection|monitoring visit|follow-up visit|review)\\b",
      ],
    },
    immediacy: {
      patterns: [
        "\\bimmediate(?:ly)?\\b",
        "\\bwithout (?:further |any )?delay\\b",
        "\\bforthwith\\b",
        "\\bat once\\b",
        "\\bas a matter of urgency\\b",
        // urgency of carrying out the ask, not a kind of service or case ("urgent medical care", "urgent cases")
        "\\burgently\\b|\\burgent\\b(?!\\s+(?:need|needs|medical|health|healthcare|health-care|care|treatment|cases?|situations?|requests?|calls?|referrals?|appointments?|hospital|admissions?|transfers?)\\b)",
      ],
    },
    routineAnchor: {
      patterns: [
        "\\b(?:of|after|following|from|upon|on|at the time of|before)\\s+(?:their|his|her|its|the|each|every|a)?\\s*(?:[\\w-]+\\s+)?(?:admission|arrival|arrest|apprehension|detention|placement|transfer|release|request|incident|reception|the request|being (?:detained|admitted|arrested)|entry|entering|deprivation of liberty)\\b",
        "\\b(?:each|every) time\\b",
        "\\bafter (?:each|every)\\b",
        "\\b(?:for|of) (?:each|every|a) (?:complaint|request|application|incident|detainee|prisoner|patient)\\b",
        // a decision taken on each case, which the time limit follows: "in immediate connection with
        // the decision to place a child in seclusion", "immediately after the decision to restrain"
        "\\b(?:(?:in\\s+)?connection\\s+with|after|following|upon|on|at\\s+the\\s+time\\s+of)\\s+(?:the|each|every|any|a)\\s+decision\\s+to\\b",
      ],
    },
    routineStep: {
      patterns: [
        "\\b(?:be|are|is|been|being)\\s+(?:\\w+ly\\s+)?(?:informed|notified|examined|seen|told|assessed|registered|brought before|heard|visited)\\b",
        // urgency of a step named by a participle, not of the ask: "patients admitted urgently"
        "(?<!\\b(?:be|is|are|was|were|been|being|should|must)\\s)\\b[a-z]+(?:ed|en)\\b(?=\\s+(?:urgently|immediately|as a matter of urgency)\\s+(?!by\\b|to\\b))",
      ],
    },
    openTime: {
      patterns: [
        "\\bas (?:soon|quickly|early) as (?:possible|feasible|practicable)\\b",
        "\\bin due course\\b",
        "\\bprogressively\\b",
        "\\bgradually\\b",
        "\\bin the (?:near |foreseeable )?future\\b",
        "\\bin the (?:short|medium|long)[- ]term\\b",
        "\\beventually\\b",
        "\\bover time\\b",
        "\\bwhen (?:resources|funds|the budget) (?:allow|permit)s?\\b",
        "\\bat the earliest opportunity\\b",
        "\\bwithin a reasonable (?:time|period|timeframe)\\b",
      ],
    },
    priority: {
      patterns: [
        // urgency of the ask, not a kind of service or case ("urgent medical care", "urgent cases")
        "\\burgen(?:tly|cy)\\b|\\burgent\\b(?!\\s+(?:need|needs|medical|health|healthcare|health-care|care|treatment|cases?|situations?|requests?|calls?|referrals?|appointments?|hospital|admissions?|transfers?)\\b)",
        "\\b(?:as a|top|high|higher|highest|first|absolute) priority\\b",
        "\\bprioriti[sz]\\w*\\b",
        // "priority" given to the ask ("priority should be given to …"), not a noun of its subject ("the priority … for detoxification should reflect …")
        "\\bpriority\\s+(?:should|must|shall|needs? to|is to)\\s+be\\s+given\\b",
        "\\b(?:give|given|giving|accord|accorded)\\s+(?:\\w+\\s+)?priority\\b",
        // the ask made a priority, as French "une priorité" and Spanish "una prioridad" ("should be made a
        // priority", "make the refurbishment a priority"), not a kind of group or area ("a priority group")
        "\\ban?\\s+(?:(?:key|clear|real|major|urgent|particular|national|strategic)\\s+)?priority\\b(?!\\s+(?:group|groups|area|areas|list|lists|case|cases|need|needs)\\b)(?<=\\b(?:be|been|is|are|make|makes|made|making|become|becomes|remain|remains|treat(?:ed)?\\s+as)\\s+(?:[\\w-]+\\s+){0,6}?an?\\s+(?:(?:key|clear|real|major|urgent|particular|national|strategic)\\s+)?priority)",
        "\\bas (?:soon|quickly|early) as (?:possible|feasible|practicable)\\b",
        "\\bat the earliest opportunity\\b",
        "\\bas a first step\\b",
        "\\bin a first (?:step|phase|stage)\\b",
        "\\bfirst(?:ly)?\\b(?:,)?[^.]{1,160}?\\b(?:then|thereafter|secondly|subsequently|afterwards|in a second (?:step|phase|stage))\\b",
        "\\b(?:starting|beginning) with\\b",
        // an interim step, not a legal status ("held pending trial", "pending deportation")
        "\\bpending\\b(?!\\s+(?:trial|deportation|removal|extradition|expulsion|investigation|appeal|sentencing|sentence|assessment|release|charges?|court|hearing|repatriation|return)\\b)",
        "\\bin the meantime\\b",
        // a step for as long as something is missing: "while there is no CCTV, staff should …"
        "\\b(?:while|as long as|for as long as)\\s+there\\s+(?:is|are)\\s+(?:still\\s+)?no\\b",
        "\\bmeanwhile\\b",
        "\\binterim\\b",
        "\\b(?:as a )?temporary (?:measure|solution)\\b",
        "\\buntil (?:the|such time|a|it|they|these|this|then|that time|completion)\\b",
        "\\bin the interim\\b",
        "\\bat the very least\\b",
        "\\bwhile (?:ensuring|making sure|guaranteeing|taking care)\\b",
        "\\bwithout (?:reducing|compromising|undermining|affecting|restricting|limiting|jeopardi[sz]ing|increasing|intruding|infringing|interfering|impairing|prejudic(?:e|ing)|detriment)\\b",
        // an order of steps: "repaired before any other building work"
        "\\b(?:before|ahead of)\\s+(?:any|all)\\s+other\\b",
        "\\bunintended\\b",
        "\\bcontingency\\b",
        // (a risk to reduce as the aim of the ask is its goal, not a risk of the measure itself:
        // "staff should be present at all times to minimise the risks")
        "(?<!\\b(?:to|in order to|so as to|with a view to)\\s)\\b(?:mitigate|minimi[sz]e|take into account|taking into account|mindful of|bear in mind|(?:with|having|have)\\s+(?:due\\s+|proper\\s+|appropriate\\s+)?regard\\s+(?:to|for))\\b[^.;]{0,30}\\brisks?\\b",
        // the risks of the step weighed as such: "review the potential risks and benefits of …"
        "\\b(?:review|assess|evaluate|examine|identify|weigh|analy[sz]e)(?:s|ed|ing)?\\s+(?:the\\s+)?(?:potential\\s+|possible\\s+)?risks\\s+(?:and\\s+benefits\\s+)?(?:of|associated\\s+with|involved\\s+in|posed\\s+by)\\b",
        "(?<!\\bat\\s)(?<!\\b(?:to|in order to|so as to|with a view to)\\s+(?:reduce|reducing|minimi[sz]e|minimi[sz]ing|mitigate|mitigating|avoid|avoiding|prevent|preventing|lower|lowering)\\s+(?:the\\s+|any\\s+|all\\s+)?)\\brisks? of\\b",
        "\\bnot automatically\\b",
        "\\bso as not to\\b",
        // a risk named as what the way of doing it must avoid: "without recourse to excessive overtime",
        // "in a way that does not reduce outdoor time"
        "\\bwithout (?:(?:any|further|undue)\\s+)?recourse to\\b|\\bwithout (?:endangering|putting|placing)\\b[^.;]{0,40}?\\b(?:at risk|in danger)\\b",
        "\\b(?:so|in such a way|in a (?:way|manner)) that (?:this |it |they |the change )?(?:does|do|will|would) not (?:reduce|compromise|undermine|affect|restrict|limit|jeopardi[sz]e|endanger|increase|impair)\\b",
        // a step asked for soon, ahead of others ("in the short term"), like "as soon as possible"
        "\\b(?:in|over) the (?:very )?short[- ]term\\b|\\bat (?:very )?short notice\\b",
        "\\bin order not to\\b",
        "\\bonly (?:when|where|if)\\b[^.;]{0,40}?\\brisk",
        // speed asked for as such: "expedite the adoption of the bill", "speed up the transfers"
        "\\b(?:expedit(?:e|es|ed|ing)|accelerat(?:e|es|ed|ing)|speed(?:s|ed)?\\s+up|fast-track(?:s|ed|ing)?)\\b",
        "\\bas a matter of priority\\b",
        // a risk the way of doing it must avoid, named as care to take: "taking care not to reduce …"
        "\\b(?:taking|take|takes)\\s+care\\s+(?:not\\s+to|that)\\b|\\bcare\\s+(?:should|must)\\s+be\\s+taken\\s+(?:not\\s+to|that|to\\s+avoid)\\b",
        // interim measures while works go on: "while the renovation is carried out"
        "\\b(?:while|during|for the duration of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:works|renovation|refurbishment|building work|construction work)\\b",
        // a safeguard the way of doing it must keep, against a risk the ask itself brings: "with
        // appropriate security measures", "while applying data protection measures", "following
        // a risk assessment"
        "\\b(?:security|safety|data[- ]protection|confidentiality|privacy)(?:(?:\\s+and\\s+|,\\s*|\\s+)(?:security|safety|data[- ]protection|confidentiality|privacy))*\\s+(?:measures|safeguards|precautions|protocols)\\b(?<=\\b(?:with|while\\s+(?:applying|observing|maintaining|respecting|adopting|taking|putting\\s+in\\s+place)|applying|adopting|subject\\s+to)\\s+(?:the\\s+|all\\s+)?(?:(?:appropriate|relevant|adequate|necessary|suitable|proper|due|strict)\\s+)?(?:(?:security|safety|data[- ]protection|confidentiality|privacy)(?:\\s+and\\s+|,\\s*|\\s+))+(?:measures|safeguards|precautions|protocols))",
        "\\brisk\\s+assessments?\\b(?<=\\b(?:following|after|subject\\s+to|on\\s+the\\s+basis\\s+of|based\\s+on)\\s+(?:an?\\s+|the\\s+)?(?:(?:appropriate|individual|individuali[sz]ed|proper|prior|thorough)\\s+)?risk\\s+assessments?)",
        // a part of the ask to see to first or most: "with particular attention to …", "with a specific
        // focus on …" (paying attention as the whole ask singles nothing out of it)
        "\\b(?:particular|special|specific|especial)\\s+(?:attention|focus|emphasis|care)\\s+(?:to|on|for)\\b(?<=\\b(?:with|paying|giving|placing|putting)\\s+(?:a\\s+|the\\s+)?(?:particular|special|specific|especial)\\s+(?:attention|focus|emphasis|care)\\s+(?:to|on|for))",
        // a harm the way of doing it must not cause: "restraint limited to the minimum, without
        // inflicting pain"
        "\\bwithout\\s+(?:causing|inflicting)\\s+(?:any\\s+|unnecessary\\s+|undue\\s+)?(?:pain|harm|injury|injuries|suffering|distress|humiliation)\\b",
        // places left out to protect privacy (watching detainees everywhere but the toilets and the rooms
        // where they meet their lawyers): a risk the ask is mindful of
        "\\b(?:except|excluding|with\\s+the\\s+exception\\s+of|other\\s+than|save\\s+for|apart\\s+from)\\s+(?:in\\s+)?(?:the\\s+)?(?:toilets?|showers?|washrooms?|lavator(?:y|ies)|bathrooms?|sanitary\\s+(?:areas|facilities)|(?:(?:rooms?|areas?)\\s+(?:used\\s+)?for\\s+(?:(?:private|confidential|legal)\\s+)?(?:consultations?|interviews?|meetings?)\\s+with\\s+(?:their\\s+)?(?:lawyers?|legal\\s+(?:representatives|counsel)|doctors?)|(?:lawyers?['’]?\\s+|legal\\s+)(?:interview|consultation|visits?)\\s+rooms?))\\b",
      ],
    },
    urge: {
      patterns: ["\\burg(?:es|ed|e)\\b(?!nt)", "\\bstrongly (?:recommends|encourages)\\b"],
    },
    finding: {
      patterns: [
        "\\b(?:NPM|delegation|team|Mechanism|monitors|visitors|inspectors|Subcommittee|Committee|we)\\s+(?:\\w+\\s+){0,2}?(?:found|observed|noted|saw|learned|learnt|heard|witnessed|was informed|were informed|was told|were told|received|is concerned|was concerned|notes|regrets)\\b",
        "\\b(?:during|at the time of|in the course of) (?:its|the|our|their) (?:visit|inspection|monitoring)\\b",
        "(?<!\\b(?:be|being|been)\\s)\\binterviewed\\b",
        "\\breported (?:that|to)\\b",
        "\\b(?:complained|alleged|stated) (?:that|to)\\b",
        "\\baccording to\\b",
        "\\b(?:given|considering|in view of the fact|bearing in mind) that\\b",
        "(?<=(?:^|[.;:,!?\\n])\\s*)[Gg]iven (?:the|its|their|his|her)\\b",
        "\\bin view of\\b",
        "\\bbecause\\b",
        "(?<=(?:^|[.;:,!?\\n])\\s*)[Ss]ince\\s+(?!\\d|the (?:beginning|start|end)\\b|January|February|March|April|May|June|July|August|September|October|November|December)",
        "\\b(?:owing|due) to (?:the )?(?:lack|absence|shortage)\\b",
        "\\b(?:showed|shows|indicated|indicates|revealed|reveals) that\\b",
        "\\b(?:was|were|is|are) (?:found|observed|noted)\\b",
        "(?<!\\b(?:which|that|where|they)\\s)\\b(?:has|have|had) (?:had )?no\\b",
        "\\black(?:s|ed)?\\b",
        "\\bthe (?:lack|absence|shortage) of\\b",
      ],
    },
    standard: {
      caseSensitive: true,
      patterns: [
        "\\b(?:Nelson Mandela|Mandela|Bangkok|Havana|Beijing|Tokyo|European Prison|Standard Minimum) Rules\\b",
        "\\bIstanbul Protocol\\b",
        // a body named as a source, not as the author of the recommendation ("The CPT recommends")
        "\\b(?:CPT|SPT|UNCAT|OPCAT|CRPD|CRC|CEDAW|ICCPR|ECHR|ECtHR|UNHCR|WHO)\\b(?!,?\\s+(?:(?:once again|again|also|therefore|further|hereby|strongly),?\\s+)?(?:recommends|urges|requests|considers|notes|calls|invites|reiterates|would|wishes|also|has|is|was|visited|delegation|found|observed))",
        "\\bWorld Health Organi[sz]ation\\b",
        "\\b(?:UN|United Nations) (?:Basic Principles|Principles|Guidelines|Rules|Standards?|Committee|Convention|Subcommittee|Special Rapporteur)\\b",
        "\\b(?:Convention|Covenant|Optional Protocol|Constitution|[Cc]onstitutional)\\b",
        "\\b[Rr]ules? \\d+",
        "\\b[Aa]rt(?:icles?|s?\\.) ?\\d+",
        "\\b(?:[Ss]ections?|[Pp]aragraphs?|[Pp]aras?\\.)\\s*\\d+(?:[.(]\\w+\\)?)*(?:\\s*(?:and|to|-)\\s*\\d+(?:\\.\\d+)*)?\\s+of\\s+(?:the\\s+)?(?:(?:study|report|protocol|manual|guide|plan|programme)\\s+)?[A-Z]",
        // a document symbol: CAT/OP/12/5, CPT/Inf (2015) 6
        "\\b[A-Z]{2,}(?:/[A-Za-z0-9.()]+){2,}",
        "\\bCPT/Inf\\b",
        "\\b[A-Z][\\w-]*(?: [A-Z][\\w-]*){0,6} Act\\b",
        // any other instrument named by its title after an article or a preposition ("against the 2013
        // National Dietary Guidelines", "under the Prison Rules"), not a capital that only opens the sentence
        // (an instrument the ask changes is its object: "amend the Prison Rules", "revise the Guidelines")
        "\\b(?:[Tt]he|of|with|under|by|in|to|against)\\s+(?:\\d{4}\\s+)?(?:[A-Z][\\w'’-]*\\s+){1,6}(?:Rules|Regulations|Guidelines|Standards|Code|Directive|Protocol|Principles|Standing Orders)\\b(?<!\\b(?:[Aa]mend|[Rr]evis|[Cc]hang|[Uu]pdat|[Rr]eplac|[Rr]epeal|[Mm]odif|[Rr]ewrit|[Rr]eview|[Rr]edraft)\\w*\\s+(?:[Tt]he|of|with|under|by|in|to|against)\\s+(?:\\d{4}\\s+)?(?:[A-Z][\\w'’-]*\\s+){1,6}(?:Rules|Regulations|Guidelines|Standards|Code|Directive|Protocol|Principles|Standing Orders))",
        "\\b(?:[Ii]n (?:line|accordance|conformity|keeping|compliance) with|[Aa]s (?:required|provided|set out|laid down) (?:by|in)|[Pp]ursuant to|[Cc]onsistent with|required under|[Cc]omply(?:ing)? with|[Cc]ompliance with|[Cc]ompliant with|[Aa]lign(?:s|ed|ing)? with|[Aa]dher(?:e|ing|ence) (?:strictly |fully )?to|[Mm]eet(?:ing|s)?|[Rr]espect(?:ing|s)?)\\s+(?:the\\s+)?(?:[a-z]+['’]?s?\\s+){0,2}?(?:[A-Z]|\\d|(?:rule|article|section|law|regulation|guidance|policy|policies|instruction|standard|procedure|principle)s?\\s+(?:on|of|for|relating\\s+to|regarding|governing|concerning|\\d)|rights? (?:to|of)\\b)",
        "\\b(?:[Ii]nternational|[Hh]uman rights|[Mm]inimum) (?:law|norms|obligations)\\b",
        "\\bCommittee against Torture\\b",
        "\\bSubcommittee on Prevention of Torture\\b",
        "\\b(?:European )?Court of Human Rights\\b",
        "\\b[Cc]ase[- ]law\\b",
        "\\b[Jj]urisprudence\\b",
        "\\b(?:draws?|drew) (?:the )?(?:[A-Z][\\w ]{0,30}['’]s )?attention (?:of [^.;]{0,40})?to\\b",
        // an existing duty named by its subject: "their duty to wear their number"
        "\\b(?:its|their|his|her) (?:legal |statutory )?(?:duty|duties|obligation|obligations) (?:to|of|under)\\b",
        // a duty that must be complied with, whoever holds it: "comply with the duty to wear …"
        "\\b(?:compl(?:y|ies|ying)\\s+with|fulfil(?:l|s|ls)?|meet|meets|observe|observes|respect|respects|uphold|upholds|discharge|discharges)\\s+the\\s+(?:legal\\s+|statutory\\s+)?(?:duty|duties|obligation|obligations)\\s+(?:to|of|under)\\b",
        // an existing rule that must be kept, named by its subject: "ensure that policy relating to
        // single officer staffing is adhered to"
        "\\b(?:[Pp]olic(?:y|ies)|[Gg]uidance|[Pp]rocedures?|[Pp]rotocols?|[Rr]ules|[Ii]nstructions|[Rr]egulations|[Ss]tandards)\\s+(?:(?:on|for|relating\\s+to|regarding|governing|concerning|about)\\s+[^.;]{1,60}?\\s+)?(?:is|are|be)\\s+(?:fully\\s+|strictly\\s+|consistently\\s+|always\\s+)?(?:adhered\\s+to|complied\\s+with|followed|observed|respected)\\b",
        // an existing requirement named by its subject: "the required 15-minute checks", "in line with
        // the timescales set by the Governor"
        "\\b[Tt]he (?:required|prescribed) (?:[\\w-]+ ){0,2}?(?:checks?|observations?|rounds?|visits?|times?|timescales?|intervals?|frequency|levels?|ratios?|periods?|procedures?|records?)\\b",
        "\\b(?:[Ii]n (?:accordance|line|compliance)|[Cc]onsistent) with the (?:[\\w-]+ ){1,2}?(?:set|established|laid down|prescribed|required) (?:by|in|under)\\b",
        // an existing law named by its subject: "the implementation of the law establishing the NPM"
        "\\b[Tt]he (?:law|act|decree|regulations?|legislation) (?:establishing|creating|governing|relating to|on the)\\b",
        // an existing law named by its subject before it, where the ask is to act under it:
        // "pursuant to the adult responsibility legislation", "under the mental health law"
        "\\b(?:[Ii]n (?:line|accordance|conformity|keeping|compliance) with|[Pp]ursuant to|[Uu]nder|[Aa]s (?:required|provided|set out|laid down) (?:by|in)|[Cc]onsistent with|[Cc]omply(?:ing)? with|[Cc]ompliance with)\\s+the\\s+(?!(?:applicable|relevant|national|international|domestic|current|existing|appropriate|new|present|same|above|following|general)\\b)(?:[a-z][\\w-]*\\s+){1,3}(?:legislation|law|act|regulations)\\b",
        // a principle of law named by its content: "in the best interests of the child"
        "\\b(?:[Tt]he\\s+)?best\\s+interests?\\s+of\\s+(?:the\\s+|each\\s+|every\\s+)?(?:child|children|minors?|young\\s+persons?)\\b",
      ],
    },
    genericStandard: {
      patterns: [
        "\\b(?:international|applicable|relevant|human rights|minimum|European|professional) (?:human rights )?(?:standards|norms)\\b",
        "\\b(?:the )?(?:applicable|relevant) (?:rules|law|legislation)\\b",
      ],
    },
    crossReference: {
      patterns: [
        "\\(\\s*(?:see\\s+)?(?:paragraphs?|paras?\\.?|sections?|chapters?|§)\\s*\\d[\\w.,\\s-]*(?:and\\s+\\d[\\w.]*)?\\)",
        "\\b(?:see|cf\\.?)\\s+(?:paragraphs?|paras?\\.?|sections?|chapters?|§|above|below)\\s*\\d*[\\w.]*",
        "\\((?:see\\s+)?\\d+(?:\\.\\d+)+\\)",
      ],
    },
    judgedState: {
      patterns: [
        // a state the visit found, named by the judgement on it ("the poor conditions in E Hall",
        // "critical overcrowding", "the state of the showers is unacceptable"), or shortcomings
        // named as found ("the deficiencies identified")
        // (a kind of conduct to challenge is no state found: "challenge unacceptable behaviour")
        "\\b(?:unacceptabl[ey]|deplorabl[ey]|appalling|dilapidated|squalid|intolerabl[ey]|insanitary)\\b(?!\\s+(?:behaviou?rs?|conduct|language|comments?|remarks?|attitudes?))",
        // (the state of a place or a service, not of a person's health: "prisoners in a poor state of health")
        "\\bpoor\\s+(?:(?!physical|mental|health|medical|psychological)[\\w-]+\\s+)?(?:conditions|condition|state|hygiene|repair)\\b(?!\\s+of\\s+(?:health|mind))",
        "\\b(?:critical|severe|chronic|serious|acute)\\s+(?:overcrowding|shortages?|understaffing|staff\\s+shortages?)\\b",
        "\\b(?:shortcomings|deficiencies|failings|failures)\\s+(?:(?:that\\s+were|which\\s+were)\\s+)?(?:identified|found|observed|noted|detected)\\b",
        // a scale the visit found, named by the judgement on it: "so many prisoners testing positive",
        // "the high number of transfers", "a burgeoning prisoner population"
        "\\bso\\s+(?:many|few)\\b(?!\\s+(?:as|that)\\b)",
        "\\bsuch\\s+(?:a\\s+)?(?:high|large|low|small)\\s+(?:numbers?|proportions?|levels?|rates?)\\s+of\\b",
        "\\bthe\\s+(?:very\\s+)?(?:high|large|excessive)\\s+(?:numbers?|proportions?|rates?)\\s+of\\b",
        "\\b(?:burgeoning|growing|rising|increasing|spiral(?:l)?ing|escalating)\\s+(?:(?:prison|prisoner|remand|custodial)\\s+)?(?:populations?|numbers\\s+of|demand\\s+for|levels\\s+of|rates\\s+of)\\b",
        // the scale of a harm, wherever it is named: "an analysis of the causes of high levels of violence"
        `\\b(?:high|higher|excessive|alarming|worrying)\\s+(?:levels?|rates?|numbers?|incidence|prevalence)\\s+of\\s+(?:[\\w-]+\\s+)?(?:${HARM}|self-harm(?:ing)?|suicides?|deaths?|assaults?|fights?|bullying|drug\\s+use|overdoses?|overcrowding)\\b`,
        // work left undone, named as found: "the backlog of assessments"
        "\\bbacklogs?\\s+(?:of|in)\\b",
        // the ask's object judged as a wrong: "it amounts to degrading treatment", "which may amount to de facto solitary confinement"
        "\\b(?:constitutes?|constituting|amounts?\\s+to|amounting\\s+to|(?:may|might|could)\\s+(?:constitute|amount\\s+to))\\s+(?:an?\\s+)?(?:de\\s+facto\\s+|serious\\s+|clear\\s+)?(?:violations?|breach(?:es)?|infringements?|ill-treatment|torture|(?:inhuman|degrading|cruel)\\b|solitary\\s+confinement|discrimination|an\\s+affront)",
      ],
    },
    lackClause: {
      patterns: [
        "\\b(?:which|that|where|as they|since they)\\s+(?:currently\\s+|still\\s+)?(?:have|has|had) no\\b",
        "\\b(?:which|that)\\s+(?:lacks?|do not have|does not have)\\b",
      ],
    },
    problemClause: {
      patterns: [
        `\\b(?:which|that|as they|since they)\\s+(?:(?:currently|often|routinely|still|effectively|repeatedly)\\s+)?(?:prevents?|deprives?|exposes?|causes?|restricts?|obstructs?|blocks?|endangers?|hinders?|denies|deny|violates?|leads? to|puts? (?:\\w+ )?at risk|(?:is|are|were|was|have been|has been) (?:used|applied) (?:to|for|as))\\b`,
        // the cause the visit found, told in the past: "conditions which were being caused by the windows"
        "\\b(?:which|that)\\s+(?:(?:was|were|had\\s+been)\\s+(?:being\\s+)?(?:caused|created|aggravated|worsened)\\s+by|(?:caused|prevented|deprived|exposed|restricted|endangered|denied|led\\s+to))\\b",
      ],
    },
    purpose: {
      patterns: [
        // what the thing asked for must achieve, in a relative clause: "install a heating system that
        // ensures an adequate temperature" (the clause states the end; the system is the way to it); what
        // it allows is only what it is for ("a system allowing prisoners to call")
        "\\b(?:that|which)\\s+(?:ensures|guarantees|prevents|protects)\\b",
        // the content of an instruction is what it must bring about: "instruct all officers to wear
        // their number", "instructions requiring officers to …" (as "instructions so that officers …")
        "\\b(?:instruct|instructs|instructed|direct|directs)\\s+(?:[\\w-]+\\s+){1,5}?to\\s+(?!the\\b|a\\b|an\\b|all\\b|every\\b|each\\b|their\\b|its\\b)(?=[a-z]+\\b)",
        "\\b(?:instructions?|orders?|guidance|circulars?|directives?)\\s+(?:[\\w-]+\\s+){0,3}?(?:requiring|instructing|obliging|directing|(?:that|which)\\s+(?:ensure|ensures|guarantee|guarantees|require|requires|oblige|obliges))\\b",
        // "take the necessary steps so that …": the ask itself, not a purpose (as "to ensure that")
        "(?<!\\b(?:steps|measures|action|actions)\\s)\\bso that\\b",
        "\\bin order (?:to|that|for)\\b",
        "\\bthereby\\b",
        "\\bwith the (?:result|effect) that\\b",
        // "so detainees can ...": a purpose without "that"
        "\\bso\\s+(?!as\\b|that\\b|far\\b|on\\b|much\\b|many\\b|long\\b|forth\\b)(?:[\\w'’-]+\\s+){1,3}?(?:can|could|may|will|are able|is able|no longer|do not|does not)\\b",
        "\\bso as to\\b",
        // an infinitive set off by a comma is the purpose of the clause before it ("install a bell in every
        // cell, to let detainees call for help"); a weak goal ("to improve") is weakPurpose
        "(?<=,\\s)to\\s+(?!(?:improve|enhance|strengthen|promote|better|be|have|do|this|that|the|a|an|all|date|which|whom|whose|what|where|when|whether|those|these|their|its|his|her|them|our|such|each|every|any|some|other|include|including)\\b)[a-z]{3,}\\b(?!\\s+(?:\\w+\\s+)?(?:months|weeks|days|years|hours)\\b)",
        "\\bwith a view to\\b",
        "\\bwith the (?:(?:particular|specific|express|main|primary|overall|ultimate|clear)\\s+)?(?:aim|objective|intention|goal) of\\b",
        "\\bfor the purpose of\\b",
        "\\baimed at\\b",
        // purpose infinitives naming an effect: the action before them is the means to it
        // "take steps to ensure that …": the ask itself, not a purpose
        "\\b(?<!\\b(?:steps|measures|action|necessary|appropriate)\\s)to (?:ensure|guarantee)\\b",
        "\\bto (?:prevent|reduce|protect|avoid|safeguard|minimi[sz]e|end|stop|limit|allow|enable|facilitate|eliminate|abolish|keep|maintain|shorten|lower|preserve|restore|secure|uphold|increase|alleviate|respond)\\b",
        // what the action gives, after a complete clause ("refurbished to provide a quieter room"),
        // not an infinitive a word governs ("able to provide", "continue to offer", "time to give")
        "(?<!\\b(?:able|unable|need|needs|have|has|had|ought|continue|continues|is|are|be|was|were|going|used|wish|wishes|want|wants|seek|seeks|aim|aims|strive|strives|try|tries|expected|required|asked|requested|recommended|upon|invited|encouraged|urged|obliged|entitled|likely|enough|time|opportunity|possibility|right|ways?|means|how|what|whether|staff|officers|nurses|doctors|willing|ready|free|allowed|permitted|steps|measures|action|taken|made|efforts?|necessary|appropriate)\\s)\\bto (?:provide|give|offer|create|support|help|assist|make it possible)\\b",
        "\\bto (?:meet|respond to|address) (?:the )?(?:[\\w-]+ )?needs\\b",
      ],
    },
    weakPurpose: {
      patterns: [
        "\\b(?:to|in order to|so as to)\\s+(?:improve|enhance|strengthen|promote|better)\\b(?!\\s+(?:the|this)\\s+situation\\b)",
        // remedying a problem named: "to resolve this problem", "to remedy the shortcomings" (after
        // "measures", the ask itself: "take measures to remedy the problem")
        "\\b(?:to|in order to|so as to)\\s+(?:resolve|remedy|solve|rectify|redress|overcome)\\b(?<!\\b(?:steps|measures|action|efforts?)\\b[^.;]{0,60}\\bto\\s+[a-z]+)",
      ],
    },
    neededFor: {
      patterns: [
        // the quantity before what is provided: "enough nurses to give adequate care"
        "\\b(?:enough|sufficient)\\s+(?!(?:steps|measures|action|actions|efforts|time|funds|funding|budget|money|resources|means)\\b)(?:[\\w-]+\\s+){1,2}?to\\s+(?!(?:be|have|do|this|that|the|a|an|ensure|guarantee)\\b)[a-z]{3,}\\b",
        "\\b(?:necessary|needed|required|sufficient|enough)(?<!\\b(?:steps|measures|action|actions|efforts|time|funds|funding|budget|money|resources|means)\\s[a-z]+)\\s+(?:in order\\s+)?to\\s+(?!(?:be|have|do|this|that|the|a|an|ensure|guarantee)\\b)[a-z]{3,}\\b",
      ],
    },
    itemPurpose: {
      patterns: [
        // "it" stands for the thing acted on, never for persons: "extend the CCTV so that it covers every corridor"
        // (an "it" that stands for nothing, before the clause it announces, is no thing: "revise the
        // guidelines so that it is clear that a doctor must be called")
        "\\b(?:so|in such a way|in a way|in a manner|such)\\s+that\\s+it\\b(?!\\s+(?:is|be|becomes|will\\s+be)\\s+(?:made\\s+)?(?:clear|plain|explicit|certain|understood|possible)\\s+(?:that|to|for)\\b)",
      ],
    },
    infoPurpose: {
      patterns: [
        `\\b${PURPOSE_TO}\\s+(?:ensure|guarantee|make sure)\\s+that\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:data|information|statistics|figures)\\b(?=[^.;]{0,80}?\\b(?:is|are|be)\\s+(?:\\w+ly\\s+)?(?:published|collected|compiled|recorded|reported|shared|made\\s+available|available|accurate|complete|up\\s+to\\s+date)\\b)`,
        `\\b${PURPOSE_TO}\\s+(?:provide|give|obtain|gain)\\s+(?:such\\s+|this\\s+|the\\s+|that\\s+|an?\\s+|full\\s+|better\\s+)?(?:information|data|statistics|assurance|oversight|overview)\\b`,
        `\\b${PURPOSE_TO}\\s+(?:improve|enhance|increase|maximi[sz]e)\\s+(?:its|their)\\s+(?:effectiveness|efficiency|accuracy|quality|reliability|usefulness|impact)\\b`,
        // to know how many, or when: "a register … to know how many persons passed through the cells"
        `\\b${PURPOSE_TO}\\s+(?:be\\s+able\\s+to\\s+)?(?:know|establish|determine|ascertain)\\s+(?:how\\s+(?:many|long|often)|the\\s+(?:number|time|length|duration)|when|who|whether)\\b`,
      ],
    },
    manner: {
      patterns: [
        `\\bin (?:such a|a|the same) (?:way|manner) (?:that|as to|which)\\b(?!\\s+(?:(?:all|every|each|the|no)\\s+)?(?:[\\w-]+\\s+)?${PERSON}\\b)`,
      ],
    },
    conformPurpose: {
      patterns: [
        "\\b(?:to|in order to|so as to)\\s+(?:ensure|guarantee|make sure)\\s+(?:that\\s+)?(?:it|they|its|their|the|this|these|such)\\b[^.;]{0,40}?\\b(?:conforms?|complies|comply|(?:is|are|be) (?:fully )?(?:in (?:line|conformity|accordance|compliance|keeping)|consistent|compatible|compliant))\\s+(?:with|to)\\b",
        "\\b(?:to|in order to|so as to)\\s+(?:conform|comply|be (?:fully )?(?:in (?:line|conformity|accordance|compliance|keeping)|consistent|compatible|compliant))\\s+with\\b",
        "\\b(?:to|in order to|so as to)\\s+(?:bring|align)\\b[^.;]{0,60}?\\b(?:into (?:line|conformity|compliance|harmony)|with)\\b",
      ],
    },
    effect: {
      patterns: [
        // what victims are to obtain: "ensure that they obtain redress", "effective access to justice"
        "\\b(?:obtain|obtains|receive|receives|get|gets|access\\s+to)\\s+(?:full\\s+|fair\\s+|adequate\\s+|effective\\s+|appropriate\\s+)*(?:redress|reparation|compensation|justice|remed(?:y|ies))\\b",
        // the persons' return to society named as the aim ("a greater potential for reintegration", "the
        // rehabilitative purpose of the unit")
        "\\b(?:rehabilitative|resettlement|reintegration|rehabilitation)\\s+(?:function|purpose|aim|potential|goal)\\b|\\b(?:potential|function|purpose|aim|goal)\\s+(?:of|for)\\s+(?:social\\s+)?(?:rehabilitation|reintegration|resettlement)\\b",
        // the harm to persons that the fix must prevent, stated as its reason: "… as it could be used by
        // detainees to harm themselves", "there is a risk of suicide"
        "\\b(?:could|can|may|might)\\s+be\\s+used\\s+(?:by\\s+(?:[\\w-]+\\s+){1,3}?)?(?:to|for)\\s+(?:attempt(?:ing)?\\s+(?:to\\s+)?)?(?:self-harm|harm(?:ing)?\\s+(?:themselves|himself|herself)|suicide|(?:commit|committing)\\s+suicide|hang(?:ing)?\\s+(?:themselves|himself|herself)|injur(?:e|ing)\\s+(?:themselves|himself|herself))\\b",
        "\\ba\\s+risk\\s+of\\s+(?:self-harm|suicide|injury)\\b",
        // a change in a problem that persons live with: "reduce overcrowding"
        // (or named by its noun: "a reduction in the present levels of critical overcrowding")
        "\\b(?:reduc|end|eliminat|prevent|limit|lower|shorten|alleviat)\\w*\\s+(?:(?:in|of)\\s+)?(?:the\\s+)?(?:(?:present|current|existing|high)\\s+)?(?:levels? of\\s+|number of\\s+|risk of\\s+)?(?:(?:critical|severe|chronic|serious)\\s+)?(?:overcrowding|occupancy|violence|ill-treatment|self-harm|suicides?|deaths?|waiting times?|delays|isolation|idleness)\\b",
        `\\b(?:reduc|shorten|limit|increas|extend)\\w*\\s+(?:the\\s+)?(?:amount of\\s+)?time\\s+(?:(?:that\\s+)?(?:[\\w-]+\\s+){0,2}?${PERSON}\\b|out of (?:their\\s+)?cells?|outside|spent\\s+(?:in|at|on|by|under)\\b)`,
        "\\b(?:reduc|limit|restrict|end|stop|ceas|abolish|prohibit|ban|minimi[sz]|discontinu|abandon|eradicat|renounc)\\w*\\s+(?:its\\s+|the\\s+|their\\s+)?(?:use|practice|length|duration|frequency) of\\b",
        "\\bput an end,?(?:\\s+[\\w ]{1,30},)?\\s+to\\b",
        `\\b(?:stop|cease|discontinue|refrain from|no longer)\\s+[a-z]+ing\\s+(?:(?:all|any|the|those)\\s+)?(?:[\\w-]+\\s+){0,2}?${PERSON}\\b${NOT_HEAD}`,
        "\\b(?:maximum|limits? (?:on|to)) (?:the )?(?:length|duration|period) of\\b",
        "\\b(?:abolish|end|remove|lift|relax|withdraw)\\w*\\s+(?:the\\s+)?(?:blanket\\s+)?(?:requirements?|obligations?|bans?|prohibitions?|restrictions?)\\b",
        "\\b(?:stop|cease|discontinue|refrain from)\\s+(?!during\\b)[a-z]+ing\\b",
        "\\b(?:for|to) the benefit of\\b|\\bin the (?:best )?interests? of\\s+(?:the\\s+)?(?:child|children|detainees?|prisoners?|patients?|residents?|persons?)\\b",
        "\\bin a language (?:that\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:understands?|can understand|speaks?)\\b",
        `\\b${PERSON}\\b${NOT_HEAD}\\s+(?:can|could|are able to|is able to|will be able to|may)\\b(?!\\s+(?:be\\s+)?(?:held|placed|detained|restrained|searched|handcuffed|isolated|punished|sanctioned)\\b)`,
        "\\b(?:held|be held) accountable\\b",
        // accountability of the perpetrators is the outcome for the persons wronged
        "\\b(?:brought|bring|bringing) (?:\\w+ )?to justice\\b",
        "\\b(?:perpetrators?|those responsible|offenders|alleged authors?)\\b[^.;]{0,80}?\\b(?:are|be|is|being) (?:\\w+ly )?(?:prosecuted|punished|sanctioned|tried|convicted)\\b",
        // the practice changed, named by what it must no longer do or risk: "managed without resorting
        // to transfers", "allocate cells by origin, avoiding the mixing of remand and convicted persons"
        "\\bwithout\\s+(?:\\w+ly\\s+)?(?!delaying\\b|waiting\\b)(?:resorting|recourse|compromising|undermining|jeopardi[sz]ing|infringing|breaching|violating|exposing|endangering|restricting|reducing|affecting|harming|depriving|being)\\b",
        "(?<=,\\s|\\band\\s|\\bthus\\s|\\bthereby\\s)\\b(?:avoiding|preventing|averting)\\s+(?!delays?\\b)[\\w-]+",
        "\\bso as not to\\b",
        // a purpose whose object is persons: "rounds … to check on the condition of detainees"
        `\\bto(?<!\\b(?:able|unable|need|needs|have|has|had|ought|continue|continues|is|are|be|was|were|going|used|wish|want|seek|aim|strive|try|expected|required|asked|requested|recommended|invited|encouraged|urged|obliged|entitled|likely|time|opportunity|possibility|right|ways?|means|how|what|whether|willing|ready|free|allowed|permitted)\\sto)\\s+(?:check|monitor|verify|observe|protect|support|assist|reach|help|care for|look after|supervise|safeguard)\\s+(?:on\\s+)?(?:[\\w-]+\\s+){0,3}?(?:of\\s+)?(?:(?:the|all|every|each|any)\\s+)?${PERSON}\\b${NOT_HEAD}`,
        // persons protected by a rule for everyone: "no one shall be returned to …", "ensure that no one
        // is held in secret places"
        "\\b(?:no(?:\\s+|-)one|nobody|no person)\\s+(?:(?:shall|should|must|may|can|will|is\\s+to|are\\s+to)\\s+(?:ever\\s+)?be|is|are|be|gets?)\\s+(?:ever\\s+)?(?:[a-z]+ed|held|kept|put|sent|taken|seen|beaten|given)\\b",
        // a harm that must not occur: "ensure that there are no reprisals"
        `\\b(?:ensur|guarant|make sure)\\w*\\b[^.;]{0,25}?\\bthat\\s+there\\s+(?:are|is|will be)\\s+no\\s+(?!${PHYSICAL}\\b)`,
        // the needs of persons met: "a strategy that addresses the cultural needs of Aboriginal prisoners"
        `\\b(?:meet|meets|meeting|address|addresses|addressing|respond(?:s|ing)?\\s+to|cater(?:s|ing)?\\s+(?:for|to))\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?needs\\s+of\\s+(?:the\\s+|all\\s+)?(?:[\\w-]+\\s+){0,5}?${PERSON}\\b`,
      ],
    },
    beneficiary: {
      patterns: [
        // ("information relating to prisoners" only says what the thing is about)
        `\\b(?:(?<!\\b(?:relating|related|relation|regard|respect|reference|pertaining|according|due|owing|prior|specific|particular)\\s)to|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?|offer(?:s|ed|ing)?|giv(?:e|es|en|ing)|grant(?:s|ed|ing)?|treat(?:s|ed|ing)?|inform(?:s|ed|ing)?|protect(?:s|ed|ing)?|consult(?:s|ed|ing)?|support(?:s|ed|ing)?|assist(?:s|ed|ing)?|accompan(?:y|ies|ied|ying)|separat(?:e|es|ed|ing)|involv(?:e|es|ed|ing)|notify|afford|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|issu(?:e|es|ed|ing)|equip(?:s|ped|ping)?|mak(?:e|es|ing)\\s+it\\s+possible\\s+for)\\s+(?:(?:all|every|each|any|the|those|newly|at-risk|female|male|foreign|elderly|young|vulnerable|unaccompanied|pregnant)\\s+){0,4}(?:(?!of\\b)[\\w-]+\\s+){0,2}?${PERSON}\\b${NOT_HEAD}`,
        `\\b(?:on|about|of) (?:the\\s+)?${PERSON}\\s+understanding\\b`,
        // a state judged by what it is for persons: "kept at a level which is comfortable for prisoners"
        // (French and Spanish read any "pour" / "para" before persons so)
        `\\b(?:comfortable|safe|accessible|bearable|tolerable|healthy|dignified|humane|usable)\\s+for\\s+(?:(?:all|every|each|the|those|any)\\s+)?(?:[\\w-]+\\s+)?${PERSON}\\b${NOT_HEAD}`,
        // what is provided for persons ("provide a full working day for all the men held"), not a complement of a noun ("planning for prisoners")
        `\\b(?:provid|offer|organi[sz]|arrang|deliver|run)\\w*\\b[^.;,]{1,60}?\\bfor\\s+(?:(?:all|every|each|the|those|any)\\s+){0,2}(?:(?!of\\b)[\\w-]+\\s+){0,2}?${PERSON}\\b${NOT_HEAD}`,
      ],
    },
    ensureOutcome: {
      patterns: [
        // persons' access to a service, as what an instrument governs or a body secures: "a protocol
        // that regulates the access of victims to medical care"
        `\\b(?:regulat|govern|organi[sz]|ensur|guarant|secur|safeguard|facilitat|provid|allow|grant|enabl)\\w*\\s+(?:the\\s+)?access\\s+of\\s+(?:(?:the|all|every|each|any)\\s+)?(?:[\\w-]+\\s+)?(?:${PERSON}|victims?)(?:\\s+(?:of|with|in)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)?\\s+to\\b`,
        // access or contact secured is the persons' entitlement, even when they are implied:
        // "guarantee access to a lawyer from the outset", "ensure effective contact with families"
        "\\b(?:ensur|guarant|secur|safeguard|uphold|facilitat|provid|allow|grant|enabl)\\w*\\s+(?:the\\s+|their\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:right\\s+of\\s+)?(?:access|contact)\\s+(?:to|with)\\b",
        // any state or practice of persons secured, not a physical item, a count or a record of
        // theirs: "ensure the safety of detainees", "guarantee the accessibility of persons with …"
        `\\b(?:ensur|guarant|protect|safeguard|secur)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?!${PHYSICAL}\\b|${RECORD}\\b|numbers?\\b)[\\w-]+ of\\s+(?:(?:all|every|each|the)\\s+)?(?:[\\w-]+\\s+)?${PERSON}\\b`,
        // what persons need or are owed, secured: "that the health needs of detainees are met"
        `\\b(?:needs|rights?(?:\\s+to\\s+(?:[\\w-]+\\s+)?[\\w-]+)?|interests|privacy|dignity|safety)\\s+of\\s+(?:(?:all|every|each|the)\\s+)?(?:[\\w-]+\\s+)?${PERSON}\\b[^.;]{0,30}?\\b(?:are|is|be)\\s+(?:fully\\s+|properly\\s+|always\\s+)?(?:met|respected|protected|safeguarded|upheld|guaranteed)\\b`,
        // "guarantee prisoners' access to ...": a possession of persons secured
        `\\b(?:ensur|guarantee|respect|protect|secur|safeguard|uphold)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${PERSON}['’]s?\\s+(?:[\\w-]+\\s+)?(?:access|rights?|privacy|safety|dignity|contact|health|well-?being|autonomy|integrity|consent)\\b`,
        // "ensure that persons / their practice / a use of force ..."
        `\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure|see to it|so)\\b[^.;]{0,25}?\\bthat\\s+(?:(?:the|a|an|all|every|each|its|their|any|no)\\s+)?(?:(?!of\\b|for\\b)[\\w-]+\\s+){0,3}?(?:${PERSON}|${PRACTICE}|officials?|perpetrators?)\\b(?!\\s+${PHYSICAL})${NOT_HEAD}`,
        // what is done for or to persons, as the subject: "ensure that the legal assistance of detainees takes place …"
        `\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure|see to it)\\b[^.;]{0,25}?\\bthat\\s+(?:(?:the|a|an|all|every|each|any)\\s+)?(?:(?!${PHYSICAL}\\b|of\\b|for\\b|that\\b|number\\b|(?:registers?|records?|files?|lists?|logs?|forms?|data|documents?|books?)\\b)[\\w-]+\\s+){1,3}?(?:of|for|to)\\s+(?:(?:the|all|every|each|any)\\s+)?(?:[\\w-]+\\s+)?${PERSON}\\b${NOT_HEAD}`,
      ],
    },
    means: {
      patterns: [
        // an instrument amended together with what it must state: the content is how the change is made
        // ("amend the Instruction on restraint and state expressly that doctors must …")
        "\\b(?:amend|revis|updat|modif)\\w*\\b[^.;]{0,120}?\\b(?:instructions?|protocols?|orders?|circulars?|regulations?|rules|procedures?|guidelines|polic(?:y|ies))\\b[^.;]{0,160}?\\band\\s+(?:(?:expressly|clearly|explicitly)\\s+)?(?:specify|state|set out|indicate|make clear|include)\\b",
        "\\bby (?:means of |way of )?(?!(?:during|existing|being|morning|evening|nothing|something|anything)\\b)[a-z]+ing\\b",
        // an action named by its noun says how as a gerund does: "improved by an increase in the number
        // of telephones", "by the introduction of a key-worker scheme" (no body or person is so named)
        "\\bby (?:an?|the) (?:[\\w-]+ )?(?:increase|reduction|introduction|expansion|extension|installation|provision|adjustment|creation|recruitment|appointment|deployment|establishment|redistribution|reallocation|reorgani[sz]ation|conversion|refurbishment|replacement)s? (?:in|of|to)\\b",
        // (the document a body issued its recommendation through is no means of the change)
        "\\bthrough (?!the night\\b|the day\\b|(?:its|their|the|a)\\s+(?:recommendations?|letters?|resolutions?|decisions?|opinions?)\\b)(?:the |a |an )?\\w+",
        "\\bvia\\b",
        "\\bby means of\\b",
        "\\bfor (?:instance|example)\\b",
        "\\bsuch as\\b",
        // measures named as part of the ask are a way to its end: "…, including measures to record incidents"
        // ("including by an independent doctor" names an agent, not a means)
        "\\bincluding (?:by (?:means of |way of )?[a-z]+ing|through|via|measures|steps|actions?|(?:the\\s+)?(?:use|introduction|provision|creation|development|installation)\\s+of)\\b",
        // working with another body is the way to what the work is for: "collaborate with the NHS to introduce …"
        "\\b(?:collaborat\\w*|cooperat\\w*|co-operat\\w*|liais\\w*|engag(?:e|es|ed|ing)|partner(?:s|ed|ing)?|work(?:s|ed|ing)?\\s+(?:together|jointly|closely|in\\s+partnership))\\s+with\\b(?=[^.;]{1,120}?\\bto\\s+(?!be\\b|the\\b|a\\b|an\\b|its\\b|their\\b)[a-z]+)",
        "\\be\\.g\\.",
        "\\b(?:should|would|could|might|may) include\\b",
        // the parts named of a change asked for are how it is made: "should be improved and include …"
        "\\band (?:should )?include\\b",
        // a list of means after "by:" ("Improve retention by: 1. ensuring …")
        "\\bby:\\s*(?:\\(?[0-9a-z]{1,3}[.)]\\s*)?[a-z]+ing\\b",
        "\\bwith the help of\\b",
        "\\b(?:drawing|building) on\\b",
        "\\b(?:on the basis of|based on)\\b",
        "\\bin the form of\\b",
        "\\bmaking use of\\b",
        "\\b(?:covering|comprising)\\b",
        "\\bwith consideration (?:being )?given to\\b",
        "\\b(?:regulations?|rules|laws?|legislation|polic(?:y|ies)|procedures?|protocols?|guidelines)\\b[^.;]{0,30}?\\b(?:be|is|are) (?:amended|revised|changed|adopted|updated)\\s+(?:so as )?to\\b",
        "(?:,\\s+using\\b|\\busing (?:a|an)\\b)",
        "\\b(?:one |an )?options? (?:being|would be|could be|might be|include)\\b",
        "\\b(?:could|might|may) (?:be achieved|be done)\\b",
        // the content of an instrument is how the change is made: "an order limiting ..."
        "\\b(?:regulations?|rules?|laws?|legislation|polic(?:y|ies)|procedures?|protocols?|guidelines|guidance|circular|instructions|orders|order|decree|strategy|plan|bill)\\s+(?:[\\w-]+\\s+){0,3}?(?:establishing|requiring|setting|limiting|prohibiting|providing for|introducing|ensuring|stating|specifying|(?:that|which) (?:sets|set|requires|require|limits|prohibits|provides for|establishes|introduces|ensures|ensure|states|specifies|makes clear))\\b",
        "\\b(?:amend|revise|change|adopt|introduce|issue|draw up|develop|establish|set up)(?:d|ed)?\\b[^.;]{0,60}?\\b(?:regulations?|rules|laws?|legislation|Act|Code|polic(?:y|ies)|procedures?|protocol|circular|guidelines|instructions|order|strategy|plan|bill|draft law|programmes?|programs?|curriculum|course)\\b[^.;]{0,20}?\\b(?:to|so as to|requiring|allowing|providing|prohibiting|limiting|covering|including|establishing|setting|introducing)\\b",
        "\\binstead of\\b",
        "\\brather than\\b",
        // (a basis that only qualifies the effort, "on a strategic basis", says nothing of how)
        "\\bon a (?!regular|daily|weekly|monthly|yearly|permanent|continuous|systematic|routine|strategic|sustained|consistent|ongoing|long-term|planned|structured|priority)[\\w-]+ basis\\b",
      ],
    },
    meansLink: {
      patterns: [
        "\\baccordingly\\b",
        "\\bto (?:this|that) end\\b",
        "\\bfor (?:this|that) purpose\\b",
      ],
    },
    considered: {
      patterns: [
        "\\b(?:(?:re)?consider(?:s|ed|ing)?|(?:consideration|thought)\\s+(?:should|must|could|might|ought to)\\s+be\\s+given\\s+to|give\\s+(?:due\\s+|serious\\s+)?(?:consideration|thought)\\s+to|(?:explore|examine|study|investigate|assess|evaluate|look\\s+at|look\\s+into)\\s+the\\s+(?:possibility|feasibility)\\s+of)\\s+(?:\\w+ly\\s+)?(?!during\\b|nothing\\b|something\\b|anything\\b)[a-z]{3,}ing\\b",
      ],
    },
    stopPractice: {
      patterns: [
        "\\b(?:stop|cease|(?<!\\bthe\\s)end|discontinue|abolish|withdraw|refrain from|put an end to|no longer)\\b[^.;]{1,200}?\\band\\b",
        "\\b(?:should|must|shall|are|is|be)\\s+not\\b[^.;]{1,200}?\\band\\b",
        "\\bnot be\\b[^.;]{1,200}?\\band\\b",
      ],
    },
    option: {
      patterns: [
        // a discreet way to carry out an escort or a visit is a concrete option for how: "in plain clothes",
        // "in unmarked vehicles"
        "\\bin (?:plain|civilian) clothes\\b|\\bunmarked (?:police )?(?:vehicles?|cars?|vans?)\\b",
        "\\bconsider(?:ing)?\\s+(?:\\w+\\s+)?[a-z]+ing\\b[^.;]{0,60}\\bor\\b",
        "\\b(?:options?|alternatives?) such as\\b",
        // a model to follow is a concrete option for how the change is made: "an induction process, on
        // the lines of the one at the national centre"
        "\\b(?:(?:on|along) (?:the )?(?:same )?lines of|model(?:l)?ed (?:on|after)|(?:following|on|after) the (?:model|example) of|based on the (?:model|example) of)\\b",
        // what replaces the practice, named after it: "…; instead, an officer should wait outside"
        "(?<=[;,.]\\s{0,3})\\b(?:[Ii]nstead|[Aa]lternatively|[Aa]s an alternative)\\b|\\bin (?:its|their) place\\b",
        "\\breplac(?:e|ed|ing)\\b[^.;]{1,120}?\\b(?:with|by)\\b",
        // two ways offered for the same fix: "either in person or by telephone"
        "\\beither\\b[^.;]{1,80}?\\bor\\b",
        // two actions offered for the same end, each with its own object: "expand the kitchen or build a new one"
        `\\bor(?=\\s+(?:to\\s+)?${IMPERATIVE}\\s+(?:a|an|the|new|additional|another|separate|dedicated)\\b)(?<=\\b${IMPERATIVE}\\b[^.;:]{1,80}?\\sor)\\s+(?:to\\s+)?${IMPERATIVE}\\s+(?:a|an|the|new|additional|another|separate|dedicated)\\b`,
      ],
    },
    rootLever: {
      patterns: [
        "\\bpolic(?:y|ies)\\b",
        "\\bprocedur(?:e|es|al)\\b",
        "\\bprocess(?:es)?\\b",
        "\\bprotocols?\\b",
        "\\bregulations?\\b",
        "\\blegislat(?:ion|ive)\\b",
        "\\blaws?\\b",
        "\\b(?:Act|Code)\\b",
        "\\b(?:house|internal|disciplinary|prison) rules\\b",
        "\\bguid(?:elines?|ance)\\b",
        "\\b(?:written |standing |shift )?instructions\\b",
        "\\bcirculars?\\b",
        "\\bdirectives?\\b",
        "(?<!\\b(?:in|should|must|shall|to)\\s)\\border\\b(?!\\s+(?:to|that|the|a|an|its|their)\\b)",
        "\\b(?:re-?)?train(?:s|ing|ed)?\\b",
        "\\bstaff(?:ing)? (?:levels?|numbers?|shortages?|ratios?)\\b",
        // staff present at all times where persons are held is a staffing arrangement ("the constant presence
        // of officers in the cell area")
        "\\b(?:constant|permanent|continuous|round-the-clock|24-hour)\\s+(?:staff\\s+)?presence\\s+of\\s+(?:[\\w-]+\\s+)?(?:staff|officers|guards|nurses|personnel)\\b|\\b(?:constant|permanent|continuous|round-the-clock|24-hour)\\s+staff\\s+presence\\b",
        "\\b(?:post|deploy|assign|allocate|second|rotate)\\w*\\s+(?:more\\s+|additional\\s+)?staff\\b",
        "(?<!(?:sufficient|adequate|enough) )\\bnumber of (?:\\w+\\s+)?(?:staff|officers|guards|nurses|doctors|psychologists|psychiatrists|social workers|educators|teachers|interpreters|lawyers|personnel)\\b",
        "\\b(?:recruit\\w*|employ(?:ed|ment)?|vacanc(?:y|ies)|secondment)\\b",
        // staff in the number a task needs, however the number is said ("enough staff supervising to …")
        "\\b(?:enough|sufficient|adequate)\\s+(?:numbers?\\s+of\\s+)?(?:[\\w-]+\\s+)?(?:staff|staffing|officers|nurses|doctors|personnel)\\b",
        "\\b(?:officer|staff|nursing|medical|teaching|vacant|new|additional|full-time|part-time|permanent)\\s+posts?\\b|\\bposts? of\\b",
        "\\bhir(?:e|es|ed|ing)\\b",
        "\\b(?:rotas?|rosters?|shift patterns?|staffing|personnel)\\b",
        "\\b(?:additional|more|extra|new)\\s+(?:[\\w-]+\\s+)?(?:staff|officers|guards|nurses|doctors|psychologists|psychiatrists|social workers|educators|teachers|interpreters|care assistants|carers)\\b",
        "\\bbudget\\w*\\b",
        "\\bfund(?:s|ing|ed)?\\b",
        "\\bsupervis(?:e|ion|ory)\\b",
        "\\boversight\\b",
        // control as supervision of a service or of medicines, not of a room's climate: "professional
        // control over the pharmacy", "control of drugs"
        "\\b(?:professional|managerial|management|hierarchical|clinical)\\s+control\\b|\\bcontrol\\s+(?:of|over)\\s+(?:the\\s+)?(?:drugs|medicines|medication|controlled\\s+drugs|pharmacy|pharmacies)\\b",
        "\\baccountab\\w*\\b",
        "\\bculture\\b",
        "\\bstrateg(?:y|ies)\\b",
        // the same lever named by its adjective: "achieved on a strategic basis", "planned strategically"
        "\\bstrategic(?:ally)?\\b",
        "\\b(?:action )?plans?\\b",
        "\\bplanning\\b",
        "\\bprogrammes?\\b|\\bprograms?\\b",
        "\\b(?:prison|penitentiary|detention|health|health-care|justice|juvenile justice|complaints?|referral|monitoring|inspection|maintenance|records?) system\\b",
        "\\bmechanisms?\\b",
        // a document that lays down a rule or records consent is a procedure: "provide the units with a
        // document setting out the patient's informed consent"
        "\\b(?:documents?|forms?)\\s+(?:(?:that|which)\\s+)?(?:sets?\\s+out|setting\\s+out|lays?\\s+down|laying\\s+down|records?|recording|provides?\\s+for|providing\\s+for)\\b",
        "\\bcomplaints?\\b",
        "\\bpractices?\\b",
        "\\broutines?\\b",
        "\\barrangements\\b",
        "\\buse of (?:force|firearms|tasers?|(?:means of )?restraints?|isolation|solitary confinement|segregation|seclusion|handcuffs|coercion|coercive measures|pre-trial detention)\\b",
        "\\b(?:reduc|limit|restrict|review|end|stop|ceas|abolish|prohibit|ban|discontinu)\\w*\\s+(?:its\\s+|the\\s+|their\\s+)?(?:use|practice) of\\b",
        "\\b(?:use|practice) of\\b[^.;]{0,60}?\\b(?:be|is|are) (?:prohibited|banned|abolished|discontinued|ended|restricted|limited)\\b",
        // a practice stopped, not one room or item taken out of use ("stop using this room")
        "\\b(?:stop|cease|end|prohibit|ban|discontinue)\\w*\\s+(?!during\\b|using\\b)[a-z]+ing\\b(?!\\s+(?:this|that|these|those|the|cells?|rooms?)\\b)",
        "\\b(?:prohibit|ban|abolish|restrict|regulate|limit)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:restraints?|seclusion|isolation|segregation|handcuffing|strip[- ]searches|solitary confinement)\\b",
        "\\bresources\\b",
        "\\blast resort\\b",
        "\\balternatives? to (?:detention|deprivation of liberty|custody|imprisonment)\\b",
        "\\bnon-custodial\\b",
        "\\bresponsibilit(?:y|ies)\\b",
        "\\bscreening\\b",
        "\\btesting\\b",
        "\\brisk assessments?\\b",
        "\\bsystem (?:for|of|to|that|which|whereby)\\b",
        "\\bcriteria\\b",
        "\\breliance on\\b",
        "\\b(?:the way|how)\\b[^.;]{0,40}?\\b(?:are|is) (?:handled|dealt with|managed|organi[sz]ed|processed|recorded|assessed|allocated)\\b",
        "\\b(?:induction|refresher)\\b",
        "(?<!\\bdue\\s)\\bcourses?\\b(?!\\s+of\\b)",
        "\\bindependent (?:body|authority|mechanism|investigations?|review|inspections?|monitoring|complaints?)\\b",
        "\\binvestigat\\w*\\b",
        "\\b(?:communication|cooperation|co-operation|coordination|co-ordination) (?:between|with)\\b",
        "\\b(?:salar(?:y|ies)|wages|remuneration|(?:staff )?turnover|working conditions)\\b",
        "\\b(?:additional|new) places\\b",
        "\\bcapacity\\b",
        "\\baudits?\\b",
        "\\b(?:root |underlying |structural )?causes? of\\b",
        "\\brules (?:on|governing|for|concerning|regarding|about)\\b",
        "\\bappoint(?:s|ed|ing)?\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:lead|coordinator|officer|manager|focal point|head|director|deputy|doctor|nurse|psychologist|psychiatrist|social worker)\\b",
        "\\b(?:maintenance|inspection|cleaning) (?:schedule|log|programme|program|plan|system)\\b",
        "\\bschedule\\b",
        "\\bmonitor(?:ing)?\\b(?!\\s+(?:the|this|that)\\s+(?:general\\s+)?(?:situation|matter|issue|question|problem)\\b)",
        "\\binspections?\\b",
        "\\b(?:selection|recruitment|admission|allocation|induction) (?:process|procedure|criteria)\\b",
      ],
    },
    weakLever: {
      patterns: [
        "\\bregisters?\\b",
        "\\brecords?\\b",
        "\\b(?:documented|recorded|logged|registered|in writing)\\b",
        "\\b(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?(?!\\s+reports?\\s+(?:for\\s+|of\\s+)?(?:19|20)\\d{2}\\b))\\b",
        "\\bfilled in\\b",
        "\\bstatistics\\b",
        "\\b(?:forms?|templates?|leaflets?)\\b",
      ],
    },
    systemic: {
      patterns: [
        `\\b(?:in|across|at|throughout|for|to)\\s+(?:all|every|each)\\s+(?:\\w+\\s+){0,2}?(?:of\\s+(?:the\\s+)?)?${INSTITUTION}`,
        "\\b(?:nationwide|nation-wide|country-wide|countrywide)\\b",
        // the whole of a service, a body or a territory, however it is named ("across the SPS", "across Western
        // Australia"), not a stretch of time ("throughout the day", "throughout their detention")
        "\\b(?:throughout|across)\\s+(?!(?:the\\s+)?(?:day|days|night|nights|week|weeks|month|months|year|years|period|stay|visit|process|procedure|detention|custody|interview|journey|transfer|whole\\s+(?:day|night|period))\\b|(?:their|his|her|its)\\b)(?:the\\s+)?[\\w-]+",
        "\\b(?:the whole|the entire) (?:service|system|prison estate|estate|police force)\\b",
        "\\ball (?:places of detention|prisons|police stations|establishments|facilities|institutions)\\b",
        `\\b(?:every|each|all|any)\\s+${INSTITUTION}\\b`,
      ],
    },
    quantifiedItems: {
      patterns: [
        "\\b(?:every|each|all|any)\\s+(?:[\\w-]+\\s+){0,2}?(?:cells?|rooms?|vans?|vehicles?|wings?|dormitor(?:y|ies)|yards?|showers?|toilets?|units?|wards?)\\b",
      ],
    },
    quantifiedGroup: {
      patterns: [
        `\\b(?:every|each|all|any|no)\\s+(?:[\\w-]+\\s+){0,2}?(?:of\\s+(?:the\\s+)?)?(?:${PERSON}|${CASES})\\b`,
      ],
    },
    namedFacility: {
      caseSensitive: true,
      patterns: [
        // a numbered or lettered part of a place: "Station 4", "Block C", "cell 12"
        "\\b(?:Station|Block|Unit|Ward|Wing|Building|Dormitory|Section|[Cc]ell|[Rr]oom)\\s+(?:[Nn]o\\.?\\s*)?(?:\\d+|[A-Z])\\b",
        "\\b(?!The\\b)[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,6}\\s+(?:Prison|Hospital|Centre|Center|Institution|Home|Station|Jail|Gaol|Clinic|Camp|Unit|Ward|District|Facility|Penitentiary|Colony|Hall|House)\\b(?!\\s+(?:Service|Directorate|Administration|Department|Authority|Inspectorate|Agency))",
        "\\bHMP\\s+[A-Z]",
      ],
    },
    individualCase: {
      caseSensitive: true,
      patterns: [
        "\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+[A-Z]",
        "\\b(?:[Tt]his|[Tt]hat)\\s+(?:particular\\s+)?(?:detainee|prisoner|inmate|patient|resident|person|man|woman|child|boy|girl|young person)\\b",
        "\\b[Tt]he\\s+(?:detainee|prisoner|inmate|patient|resident|person|man|woman|child|boy|girl|young person)\\s+(?:concerned|in question|named|mentioned|referred to)\\b",
        "\\b(?:[Pp]atient|[Pp]risoner|[Dd]etainee|[Ii]nmate|[Rr]esident)\\s+[A-Z](?:\\.|\\b)(?!\\w)",
      ],
    },
    oneOffFix: {
      patterns: [
        // building work and fittings
        "\\b(?:repair|mend|repaint|paint|redecorat|refurbish|renovat|construct|build|install|enclos|glaz|insulat|replac|unblock|re-?sit(?:e|ed|ing)\\b|relocat|fit(?=s?\\b|ted\\b|ting\\b))\\w*",
        // items, supplies and rooms (not institutions: "in all units" is a scope, not an item)
        "\\b(?:cells?|rooms?|spaces?|windows?|shutters?|blinds|curtains?|walls?|floors?|ceilings?|roofs?|doors?|locks?|toilets?|showers?|sinks?|basins?|taps?|lighting|lights?|light bulbs?|ventilation|heating|heaters?|radiators?|air[- ]conditioning|fans?|temperature|furniture|chairs?|tables?|lockers?|beds?|mattress(?:es)?|blankets?|bedding|sheets|pillows?|towels?|soap|toiletries|hygiene products|sanitary (?:products|towels|pads)|masks?|gloves?|canopies|bells?|call buttons?|cameras?|cctv|telephones?|phones?|televisions?|yards?|shelters?|benches|fences?|gyms?|workshops?|worksheds?|kitchens?|equipment|buildings?|premises|paintwork|graffiti|dimensions|storage|hand (?:gel|saniti[sz]er)|screens?|(?:drying|washing|laundry|cooking|storage|shower|toilet|sanitary|changing) facilities)\\b",
      ],
    },
    oneOffStep: {
      patterns: [
        // a step on the visit's own report, done once: "make the report public", "publish this report"
        "\\b(?:publish(?:es|ed|ing)?|publication of|disseminat(?:e|es|ed|ing|ion of)|translat(?:e|es|ed|ing|ion of)|circulat(?:e|es|ed|ing))\\s+(?:the|this|its|their)\\s+(?:present\\s+|visit\\s+|full\\s+)?report\\b|\\b(?:make|makes|making|made)\\s+(?:the|this|its|their)\\s+(?:present\\s+|visit\\s+|full\\s+)?report\\s+public\\b",
      ],
    },
    legislativeAct: {
      caseSensitive: true,
      patterns: [
        "\\b(?:[Aa]mend|[Cc]hange|[Rr]epeal|[Aa]dopt|[Ee]nact|[Pp]ass|[Rr]evise|[Mm]odify|[Rr]eform)\\w*\\b[^.;]{0,50}?\\b(?:[Ll]aws?|[Ll]egislation|Act|Code|Constitution|[Ss]tatutes?|[Bb]ill)\\b",
        "\\b(?:[Aa]llocate|[Ii]ncrease|[Aa]dopt)\\b[^.;]{0,30}?\\b(?:national|[Ss]tate|federal) budget\\b",
        "\\b[Rr]atify\\b",
      ],
    },
    genericAddressee: {
      patterns: [
        "\\bthe (?:competent |relevant |responsible |national |public |prison |police |local )?authorities\\b",
        "\\bthe State(?: party)?\\b",
        "\\b(?:relevant|competent|responsible|appropriate|concerned) (?:bodies|authorities|institutions|services|actors|stakeholders|ministries)\\b",
        "\\b(?:all )?(?:relevant )?stakeholders\\b",
      ],
    },
  },
  anchored: {
    changeHead: {
      patterns: [
        "\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:(?:be|also|further|\\w+ly)\\s+)*(?:improv|enhanc|strengthen|reinforc|increas|reduc|decreas|lessen|lower|minimi[sz]|shorten|expand|extend|widen|broaden)\\w*\\b",
      ],
    },
    degreeChange: {
      patterns: [
        `\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:(?:be|also|further|still|\\w+ly)\\s+)*(?:(?:increas|enlarg|boost|augment|reduc|decreas|lessen|lower|minimi[sz]|maximi[sz]|accelerat|expedit)(?:e|es|ed|ing)?|(?:expand|extend|widen|broaden)(?:s|ed|ing)?|(?:step|scale|speed)(?:s|ped|d|ed)?\\s+up|develop(?:s|ed)?(?!\\s+(?:a|an|and|new)\\b)|(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:increase|reduction|expansion|extension)\\s+(?:in|of))\\b(?![^.;,]{0,60}?\\bto\\s+(?:the|all|every|each|include|cover)\\b)${DEGREE_NOT_RESOURCE}`,
      ],
    },
    personSubject: {
      patterns: [
        `(?:(?:every|each|all|no|any|the|these|those)\\s+)?(?:(?!of\\b)[\\w-]+\\s+){0,2}?${PERSON}\\b${NOT_HEAD}`,
      ],
    },
    practiceSubject: {
      patterns: [
        `(?:(?:the|any|all|every)\\s+)?(?:(?:use|practice) of\\s+)?(?:[\\w-]+\\s+){0,2}?${PRACTICE}(?=\\s+(?:of|at|in|on|by|during|for|should|must|shall|is|are|be|can|may|will)\\b|,)`,
        // what persons are entitled to or live with, as the subject: "access to a lawyer should ..."
        "(?:(?:the|their|any)\\s+)?(?:(?:right of )?access|contact|rights?|confidentiality|privacy|time spent|waiting times?|occupancy|length of stay|duration of [\\w-]+)(?=\\s+(?:of|to|with|at|in|on|by|during|for|should|must|shall|is|are|be|can|may|will)\\b|,)",
        // "the use of spit hoods by police officers should ...": any practice named by "use of"
        "(?:(?:the|any|all)\\s+)?(?:use|practice) of\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+(?=\\s+(?:at|in|on|by|during|for|should|must|shall|is|are|be|can|may|will)\\b|,)",
      ],
    },
    imperative: {
      // an item of a list introduced by "urges the State party:" may open with "to" ("(a) To ensure …")
      patterns: [`\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:to\\s+)?${IMPERATIVE}\\b`],
    },
    passiveRecipient: {
      patterns: [
        "(?:should|must|shall)\\s+(?:be\\s+(?:given|provided|granted|allocated|allowed|offered|equipped|supplied|able|entitled|informed|notified|told|consulted|protected|made aware|kept informed)|receive|get)\\b",
      ],
    },
    restriction: {
      patterns: [
        "(?:[\\w-]+\\s+){0,2}?(?:should|must|shall|may|can)\\s+(?:\\w+ly\\s+)?(?:be\\s+[a-z]+(?:ed|en)\\s+)?(?:not|never|only|no longer)\\b",
      ],
    },
    passive: {
      patterns: [
        "\\s*(?:,[^,]{1,40},\\s*)?(?:(?:also|not|still|then|always|only|\\w+ly)\\s+)*(?:be|have been|remain|become|no longer be)\\b(?!\\s+able\\b)",
      ],
    },
    pronounSubject: {
      patterns: ["(?:it|they|he|she)\\s+(?:should|must|shall|is requested to|are requested to)\\b"],
    },
    fragmentStart: {
      caseSensitive: true,
      patterns: ["\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?[a-z]"],
    },
    describedPractice: {
      patterns: [
        "\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:to\\s+)?(?:(?:also|\\w+ly)\\s+)*(?:prohibit|ban|stop|end|cease|abandon|discontinue|put\\s+an\\s+end\\s+to|refrain\\s+from|outlaw)\\w*\\b[^.;:,()]{1,150}?(?=\\s*\\(?\\s*\\b(?:such\\s+as|by\\s+means\\s+of|for\\s+(?:example|instance)|e\\.g\\.)\\b)",
      ],
    },
    vocative: {
      patterns: [
        "\\s*(?:to|for|recommendations? (?:to|for)|(?:addressees?|responsible(?:\\s+(?:body|bodies|authority|authorities|institution))?|authority)\\s*:)\\s+(?=[^:\\n]{2,80}(?::|\\n|\\s\\d{1,3}(?:\\.\\d{1,3})+\\s))",
      ],
    },
    itemLabel: {
      patterns: [`\\W*${ITEM_LABEL}`],
    },
    beingClause: {
      patterns: ["\\s+there\\s+(?:is|are|was|were|will\\s+be|may\\s+be|might\\s+be)\\b"],
    },
  },
  words: {
    head: "last",
    definite: ["the", "this", "that"],
    determiners: [
      "the",
      "a",
      "an",
      "each",
      "every",
      "all",
      "any",
      "its",
      "their",
      "this",
      "these",
      "those",
      "that",
      "our",
      "his",
      "her",
      "both",
      "no",
    ],
    stops: [
      "of",
      "in",
      "at",
      "for",
      "on",
      "from",
      "with",
      "within",
      "who",
      "which",
      "that",
      "whose",
      "where",
      "to",
      "by",
      "under",
      "and",
      "or",
      "without",
      "including",
      "except",
      "among",
      "during",
      "after",
      "before",
      "per",
      "like",
      "such",
      "as",
      "into",
      "over",
      "between",
      "whose",
      "when",
      "if",
      "held",
      "kept",
      "detained",
      "placed",
      "deprived",
      "admitted",
      "accommodated",
      "housed",
      "located",
      "responsible",
      "in charge",
    ],
    connectors: ["of", "for", "at"],
    posts: [
      "judge",
      "judges",
      "magistrate",
      "magistrates",
      "supervisor",
      "supervisors",
      "director",
      "directors",
      "governor",
      "governors",
      "head",
      "heads",
      "chief",
      "chiefs",
      "manager",
      "managers",
      "commander",
      "superintendent",
      "warden",
      "wardens",
      "commissioner",
      "ombudsman",
      "ombudsperson",
      "prosecutor",
      "mayor",
      "secretary",
      "minister",
      "president",
      "registrar",
      "inspector",
      "controller",
      "coordinator",
      "leaders",
      "leadership",
    ],
    bodies: [
      "ministry",
      "ministries",
      "department",
      "directorate",
      "service",
      "agency",
      "government",
      "parliament",
      "inspectorate",
      "commission",
      "council",
      "board",
      "bureau",
      "office",
      "trust",
      "constabulary",
      "judiciary",
      "cabinet",
      "presidency",
      "senate",
      "assembly",
      "legislature",
      "command",
      "headquarters",
      "hq",
      "mechanism",
      "prosecution",
      "municipality",
      "court",
      "executive",
      "subcommittee",
      "committee",
      "provider",
      "providers",
      "partnership",
      "contractor",
    ],
    qualifiedOnly: ["management", "administration", "authority", "police", "force", "guard"],
    institutions: [
      "prison",
      "prisons",
      "establishment",
      "establishments",
      "hospital",
      "institution",
      "centre",
      "center",
      "home",
      "unit",
      "ward",
      "station",
      "facility",
      "clinic",
      "penitentiary",
    ],
    generic: [
      "country",
      "authorities",
      "state",
      "states",
      "stakeholders",
      "bodies",
      "actors",
      "everyone",
      "party",
    ],
    persons: [
      "detainee",
      "detainees",
      "prisoner",
      "prisoners",
      "inmate",
      "inmates",
      "patient",
      "patients",
      "resident",
      "residents",
      "child",
      "children",
      "juvenile",
      "juveniles",
      "minor",
      "minors",
      "woman",
      "women",
      "girl",
      "girls",
      "boy",
      "boys",
      "person",
      "persons",
      "people",
      "migrant",
      "migrants",
      "foreigner",
      "foreigners",
      "nationals",
      "offender",
      "offenders",
      "pupil",
      "pupils",
      "users",
      "adults",
      "individuals",
      "those",
      "everybody",
    ],
    staff: [
      "staff",
      "officers",
      "officer",
      "officials",
      "guards",
      "personnel",
      "employees",
      "nurses",
      "doctors",
      "professionals",
      "teams",
      "team",
      "workers",
      "escorts",
    ],
    stative: ["have", "be", "remain", "contain", "include", "receive", "get", "hold"],
  },
  criterionNames: {
    specific: "Specific",
    measurable: "Measurable",
    achievable: "Achievable",
    results: "Results-oriented",
    timebound: "Time-bound",
    solution: "Solution-suggestive",
    prioritised: "Prioritised",
    argued: "Argued",
    rootcause: "Root-cause responsive",
    targeted: "Targeted",
  },
  verdictNames: { met: "met", not_met: "not met", needs_review: "needs review" },
  basisNames: {
    action: "concrete action",
    measure: "checkable measure",
    bounded: "bounded request",
    outcome: "outcome for persons",
    purpose: "stated purpose",
    deadline: "deadline",
    immediacy: "immediacy",
    means: "means",
    option: "option",
    priority: "priority",
    urge: "urging",
    sequence: "sequence",
    risk: "risk",
    finding: "finding",
    standard: "standard",
    lever: "lever on the cause",
    systemic: "whole service",
    ruleForAll: "rule for everyone concerned",
    practice: "practice or arrangement",
    addressee: "addressee",
    vague: "vague wording",
    bareQuality: "quality without a yardstick",
    soft: "no yardstick",
    open: "open-ended review",
    absolute: "outcome no one can guarantee",
    oneOff: "one-off fix",
    unbounded: "open-ended request",
    competence: "outside the addressee's powers",
    openEnded: "open-ended time",
    routineTime: "routine time limit",
    crossReference: "cross-reference only",
    genericStandard: "standards in general",
    generic: "no one named",
    addresseeElsewhere: "addressee named elsewhere",
    considered: "only to be considered",
    none: "nothing found",
    empty: "empty text",
  },
  quotes: ["“", "”"],
  advice: {
    specific: {
      default:
        "Say exactly what must be done: an action verb with a definite object, e.g. {example}.",
      vague: "“{phrase}” does not say what must be done; name the concrete action, e.g. {example}.",
      empty: "Write the recommendation as one concrete action, e.g. {example}.",
    },
    measurable: {
      default:
        "Add something an observer can check: a number, a frequency, a deliverable (a register, a written policy) or a clear on/off state, e.g. {example}.",
      soft: "“{phrase}” gives no yardstick; say how much or how often, e.g. {example}.",
      open: "“{phrase}” has no visible end point; say what the result must be, e.g. {example}.",
    },
    achievable: {
      default:
        "Bound the request to what the addressee can do with its own powers and resources, e.g. {example}.",
      absolute:
        "“{phrase}” is an outcome no one can guarantee; ask for concrete measures that reduce the risk instead, e.g. {example}.",
      unbounded:
        "“{phrase}” leaves the request open-ended; name a bounded measure the addressee can take, e.g. {example}.",
      competence:
        "“{phrase}” is outside the powers of the addressee; address it to the ministry or parliament, or ask the addressee to propose the change.",
    },
    results: {
      default: "State the change expected for the persons deprived of liberty, e.g. {example}.",
    },
    timebound: {
      default: "Give a deadline or timeframe for carrying it out, e.g. {example}.",
      openEnded: "“{phrase}” is open-ended; give a date or period instead, e.g. {example}.",
      routineTime:
        "“{phrase}” is a time limit for a routine step, not a deadline for carrying out the recommendation; add one, e.g. {example}.",
    },
    solution: {
      default: "Indicate how the change could be made, e.g. {example}.",
      considered:
        "The text only asks to consider “{phrase}”: decide whether that step is offered as the way to make the change, or say how, e.g. {example}.",
    },
    prioritised: {
      default: "Signal the priority, the order of steps or a risk to watch, e.g. {example}.",
    },
    argued: {
      default: "Give the reason: what the visit found or the standard it rests on, e.g. {example}.",
      crossReference:
        "“{phrase}” only points elsewhere in the report; state the finding or the standard in the recommendation, e.g. {example}.",
      genericStandard: "“{phrase}” names no standard; cite the rule or finding, e.g. {example}.",
    },
    rootcause: {
      default:
        "Address the cause as well as the symptom: the policy, procedure, training, staffing or budget behind it, or extend the measure to all places concerned, e.g. {example}.",
      oneOff:
        "“{phrase}” fixes one thing; say what will keep the problem from coming back (a maintenance schedule, a procedure, a budget line) or extend it to all places concerned, e.g. {example}.",
    },
    targeted: {
      default: "Name who must act, e.g. {example}.",
      generic:
        "“{phrase}” does not say who must act; name the ministry, service or post holder, e.g. {example}.",
      addresseeElsewhere:
        "The addressee may be named in the sentence that introduces this recommendation; check who must act.",
    },
  },
  examples: {
    specific: "“install a call bell in every cell”",
    measurable: "“at least one hour outdoors every day” or “a written policy”",
    "measurable.open": "“adopt a revised procedure”",
    achievable: "“recruit two additional nurses”",
    results: "“… so that detainees can call for help at night”",
    timebound: "“within six months” or “by 31 December 2027”",
    solution: "“by recruiting two nurses” or “for instance by installing …”",
    prioritised: "“as a priority”, “pending …, in the meantime …”, “while ensuring that …”",
    argued: "“the delegation observed that …” or “rule 23 of the Nelson Mandela Rules”",
    rootcause: "“adopt a written procedure and train all staff in it”",
    targeted: "“The Director of … Prison should …” or “The Ministry of Justice should …”",
    "specific.empty": "“The Director of … should install …”",
  },
};

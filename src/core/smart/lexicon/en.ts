import type { SmartLexicon } from "./types";

/*
 * English lexicon of the Double-SMART checker. Everything language-specific
 * lives here; the rules in ../criteria.ts only combine these families. The
 * fragments below are shared by several families so that, say, a new word for
 * "detainee" is added once.
 */

const PERSON =
  "(?:detainees?|prisoners?|inmates?|patients?|residents?|children|child|juveniles?|minors|(?<=\\b(?:a|every|each|any|no)\\s)minor|women|woman|girls?|boys?|persons?|people|migrants?|asylum[- ]seekers?|foreign nationals?|foreigners|young offenders?|remand prisoners?|pupils?|those (?:held|detained|deprived))";

/** Physical items: a state of one of them is an input, not an outcome for persons. */
const PHYSICAL =
  "(?:yards?|cells?|rooms?|windows?|buildings?|premises|walls?|floors?|roofs?|doors?|toilets?|showers?|lighting|lights?|ventilation|heating|shelters?|furniture|equipment|beds?|mattress(?:es)?|vehicles?|vans?|cameras?|bells?|shutters?|bars?|fences?|kitchens?|infrastructure|prisons?|wings?|blocks?|units?|facilit(?:y|ies)|stations?|sanitation|water supply)";

/** Kinds of institution: a measure in all of them is systemic. */
const INSTITUTION =
  "(?:prisons?|police stations?|stations?|establishments?|facilit(?:y|ies)|institutions?|places? of (?:detention|deprivation of liberty)|detention (?:centres?|centers?|facilities)|custody (?:areas?|suites?|facilities)|centres?|centers?|hospitals?|homes?|camps?|schools?)";

/** Institutions and the units, rooms and vehicles inside them. */
const FACILITY = `(?:${INSTITUTION}|units?|wards?|cells?|police cells?|custody suites?|vehicles?|vans?)`;

const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a|an|the next|the coming)";

const TIME_UNIT =
  "(?:hours?|days?|weeks?|months?|years?|working days|calendar days|(?:budget|financial|fiscal|reporting) (?:cycle|year|period)|quarters?)";

/** Nouns that, after a person noun, make it a modifier ("the juvenile unit"), not the subject. */
const NOT_HEAD =
  "(?!['’])(?!\\s+(?:units?|wings?|sections?|institutions?|centres?|centers?|courts?|justice|facilit(?:y|ies)|blocks?|wards?|homes?|detention|prisons?|cells?|rooms?|areas?|quarters|departments?|services?|protection|population|numbers?|files?|records?|registers?)\\b)";

/** Practices done to persons deprived of liberty; their required form is an outcome. */
const PRACTICE =
  "(?:visits?|(?:telephone |phone |video )?calls|outdoor exercise|showers?|meals?|(?:medical |body |strip[- ])?(?:examinations?|searches|search)|strip[- ]searches|restraints?|handcuffing|handcuffs|(?:immigration |pre-trial |administrative )?detention|isolation|solitary confinement|segregation|seclusion|placements?|transfers?|sanctions?|punishments?|interrogations?|questioning|coercive measures|force)";

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

export const en: SmartLexicon = {
  language: "en",
  abbreviations: [
    "e.g",
    "i.e",
    "no",
    "nos",
    "art",
    "arts",
    "para",
    "paras",
    "cf",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "vol",
    "p",
    "pp",
    "op",
    "cit",
    "ibid",
    "approx",
    "fig",
    "sect",
    "ch",
    "viz",
  ],
  minFindingWords: 4,
  cues: {
    directive: {
      patterns: [
        "\\b(?:should|must|shall|ought to|needs? to|has to|have to)\\b",
        "\\b(?:is|are) (?:hereby )?(?:recommended|requested|urged|invited|required|encouraged|asked|called upon|expected)\\b",
        "\\b(?:recommends?|urges?|calls (?:on|upon)|reiterates)\\b",
        "\\b(?:invites?|requests?|encourages?|asks?) (?:that|the|all|every|each|its|their)\\b",
        "\\bneeds? (?:urgent )?attention\\b",
        "\\b(?:it is|it would be) (?:essential|important|necessary|vital|crucial|imperative|advisable) that\\b",
      ],
    },
    modal: {
      patterns: [
        "\\b(?:should|must|shall|ought to|needs? to|has to|have to)\\b",
        "\\b(?:is|are) (?:hereby )?(?:recommended|requested|urged|invited|required|encouraged|asked|called upon|expected) to\\b",
      ],
    },
    agentFrame: {
      patterns: [
        "\\b(?:recommends?|recommended|recommendation|urges?|urged|calls (?:on|upon)|called (?:on|upon)|invites?|invited|requests?|requested|asks?|encourages?|encouraged|reiterates (?:its|the) recommendation)(?: (?:to|that))?(?:, (?:as a matter of urgency|as a priority|therefore|once again|again),)? (?:that )?",
        "\\b(?:essential|important|necessary|vital|crucial|imperative|advisable) that ",
        "\\b(?:should|must|shall)\\s+be\\s+[a-z]+(?:ed|en)\\s+(?:[a-z]+\\s+){0,3}?by\\s+",
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
        "\\(",
        "\\)",
      ],
    },
    subjectIntro: {
      patterns: ["\\bthat\\s+", ",\\s+", ";\\s*", ":\\s+"],
    },
    vague: {
      patterns: [
        "\\b(?:re)?consider(?:ed|ing)?\\b(?! that)",
        "\\bgive (?:due )?consideration to\\b",
        "\\blook(?:ed|ing)? into\\b",
        "\\b(?:pay|paid|give|given|draw) (?:\\w+ )?attention\\b",
        "\\battention (?:should|must|needs? to) be\\b",
        "\\bneeds? (?:urgent |particular |more )?attention\\b",
        "\\befforts?\\b",
        "\\b(?:endeavour|endeavor|strive)\\b",
        "\\b(?:take|taken|taking|adopt|adopted)\\s+(?:all\\s+)?(?:the\\s+)?(?:\\w+\\s+){0,2}?(?:measures|steps|action)\\b",
        "\\bmeasures (?:should |must |need to )?(?:be )?(?:taken|adopted)\\b",
        "\\b(?:address|tackle|deal with|remedy|resolve)(?:ed)? (?:the|this) (?:issue|problem|situation|matter|question|shortcomings?|lack|absence|shortage|deficiencies)\\b",
        "\\b(?:address|tackle|combat|fight|counter|remedy|resolve)(?:s|ed|ing)?\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:overcrowding|understaffing|violence|ill-treatment|bullying|corruption|shortages?|problems?|issues?|deficiencies|shortcomings|delays)\\b",
        "\\b(?:be|been|being)\\s+(?:properly\\s+|effectively\\s+)?(?:addressed|tackled|dealt with|remedied|resolved)\\b(?!\\s+to\\b)",
        "\\b(?:bring|brought|bringing)\\s+(?:\\w+\\s+){0,4}?up to (?:standard|par|the (?:required |minimum )?standards?)\\b",
        "\\bmake\\s+(?:\\w+\\s+){1,3}?(?:more|less)\\s+(?!than\\b|often\\b|frequently\\b)\\w+",
        "\\bdo (?:much )?more\\b",
        "\\b(?:find|look for|seek|identify)\\s+(?:a |an |the )?(?:\\w+\\s+)?(?:solutions?|ways?|means)\\b",
        "\\breflect on\\b",
        "\\bwork(?:s|ing)? towards?\\b",
        "\\b(?:ensure|ensuring|guarantee)\\s+(?:full\\s+)?(?:compliance|conformity) with\\b",
        "\\bpursue\\b",
        "\\btreat(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,3}?(?:fairly|well|decently|correctly|appropriately)\\b",
        "\\b(?:monitor|follow(?: up)?|keep under review|look at|examine|review|study)\\s+(?:the|this|that)\\s+(?:general\\s+)?(?:situation|matter|issue|question|problem)\\b",
        "(?<!\\bto\\s)\\bimprov(?:e|ed|es|ing|ement)\\b",
        "(?<!\\bto\\s)\\b(?:enhance|strengthen|promote)(?:d)?\\b",
        "\\b(?:be|made|make|become|get|are|is)\\s+(?:much\\s+)?(?:more|less)\\s+(?!than\\b|often\\b|frequently\\b)\\w+",
        "\\b(?:be|made|make|become|are|is)\\s+(?:better|worse|friendlier|kinder|safer|cleaner|warmer|brighter|larger|bigger|nicer|healthier)\\b",
        "\\bbetter\\b",
        "\\bwith (?:due )?respect\\b",
        "(?<!\\bin\\s)\\brespect(?:ed|ful(?:ly)?)\\b",
        "\\bdo (?:its|their|his|her|our|everything|all)\\s*(?:utmost|best|possible|in (?:its|their) power)\\b",
        "\\bdo (?:something|anything)\\b",
        "\\beverything (?:possible|necessary|in (?:its|their) power)\\b",
        "\\bsee to it\\b",
        "\\b(?:the )?(?:necessary |adequate |sufficient )?resources (?:it|they|that are|which are)? ?(?:needs?|required|necessary)\\b",
        "\\brespect(?:s|ed)? (?:for )?(?:the|their|his|her) (?:dignity|rights|privacy)\\b",
        "\\bdignit(?:y|ies)\\b",
        "\\bhumane(?:ly)?\\b",
        "\\bproper(?:ly)?\\b",
        "\\b(?:appropriate|necessary|adequate|suitable) (?:measures|steps|action)\\b",
        "\\bcontinue to\\b",
        "(?<!\\bto\\s)\\b(?:reinforce|intensify|step up)(?:d|s)?\\b",
        "\\b(?:seek|seeks|aim|aims|strive|strives) to\\b",
        "\\b(?:pay|paying) (?:due |particular )?regard\\b",
        "\\bbe mindful\\b",
        "\\b(?:bring|brought|bringing) (?:\\w+ ){0,4}?into line with\\b",
        "\\braise awareness\\b",
        "\\b(?:explore|examine|study) (?:the )?(?:possibility|options?|feasibility)\\b",
        "\\b(?:as far as|to the extent) possible\\b",
        "\\bas a (?:measure of )?last resort\\b",
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
      ],
    },
    unbounded: {
      patterns: [
        "\\bmeasures\\b",
        "\\bsteps\\b",
        "\\befforts?\\b",
        "\\battention\\b",
        "\\b(?:the|this|that) (?:general )?(?:situation|matter|issue|problem|question)\\b",
        "\\beverything (?:possible|necessary)\\b",
      ],
    },
    softYardstick: {
      patterns: [
        "\\b(?:when|where|as|if) (?:needed|necessary|appropriate|required|possible|feasible)\\b(?!\\s+(?:by|under|in)\\b)",
        "\\b(?:shortest|least) (?:possible|necessary)\\b|\\bas (?:short|little|few) as possible\\b",
        "\\bwhenever (?:possible|necessary|needed)\\b",
        "\\bmore (?:often|frequently|regularly)\\b",
        "\\b(?:at )?regular(?:ly| intervals)?\\b",
        "\\b(?:sufficient|adequate|appropriate|reasonable|decent|suitable|affordable|timely|enough)(?:ly)?\\b(?!\\s+\\w+\\s+to\\s+\\w)",
        "\\b(?:promptly|quickly|rapidly|swiftly|speedily|in good time)\\b",
        "\\b(?:long|lengthy|prolonged|extended|short|excessive) periods?\\b",
        "\\b(?:close|closer|near|nearer) to (?:their|his|her)\\b",
        "\\b(?:good|acceptable|satisfactory|decent) (?:quality|standard|condition|state|level)\\b",
        "\\bmore\\b(?!\\s+than\\b)",
        "\\bbetter\\b",
      ],
    },
    openAction: {
      patterns: [
        "(?<!\\bto\\s)(?<!\\b(?:a|an|the|its|their|this|these|that|every|any|each|annual|monthly|regular|periodic|independent|judicial|medical|post-incident|thorough|full|systematic)\\s)(?<!-)\\b(?:review|reconsider|re-examine|assess|evaluate|examine|analyse|analyze|study|discuss|reflect on|look at|explore)(?:ed|d)?\\b(?!s\\b)",
      ],
    },
    measure: {
      patterns: [
        "\\d",
        "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|once|twice|half|double|single)\\b",
        "\\bper ?cent\\b|%",
        "\\b(?:at least|at most|a maximum of|a minimum of|maximum|minimum|no more than|no fewer than|no less than|not (?:to )?exceed(?:ing)?|up to)\\b",
        "\\b(?:every|each|all|any)\\s+(?!times?\\b|necessary\\b|appropriate\\b|possible\\b)(?:[\\w'-]+\\s+){0,2}?[\\w'-]+",
        "\\bat all times\\b",
        "\\b(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?|hourly|nightly|per (?:day|week|month|year|hour|shift))\\b",
        "\\b(?:completely|in full|fully|without exception)\\b",
        "\\b(?:documented|recorded|registered|logged|in writing|written)\\b",
        "\\b(?:the )?number of\\b",
        "\\b(?:adopt|issue|introduce|establish|draw up|develop|publish|set up|create|keep|maintain|appoint|amend)\\b[^.;]{0,40}?\\b(?:policy|policies|strategy|plan|protocol|order|regulations?|guidelines?|procedures?|register|log|instructions?|circular|coordinator|focal point|mechanism|committee)\\b",
      ],
    },
    timeframe: {
      patterns: [
        `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+(?:19|20)\\d{2}\\b`,
        "\\b\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}\\b",
        "\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b",
        `\\b(?:by|before|until|till|no later than|not later than|the end of|the beginning of|the start of|starting in)\\s+(?:the\\s+)?(?:(?:end|beginning|start|middle|first half|second half|first quarter|second quarter|third quarter|fourth quarter)\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d{2}\\b`,
        `\\bwithin\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|first\\s+)?(?:\\d+|${NUMBER_WORD})?\\s*(?:\\d+\\s+)?${TIME_UNIT}`,
        `\\b(?:in|over|during)\\s+the\\s+(?:next|coming)\\s+(?:\\d+\\s+|${NUMBER_WORD}\\s+)?${TIME_UNIT}`,
        "\\bno later than\\b",
        `\\b(?:by|before|until) mid-(?:19|20)\\d{2}\\b`,
        `\\b(?:during|in the course of)\\s+(?:the\\s+)?(?:(?:first|second) half of\\s+)?(?:19|20)\\d{2}\\b`,
        "\\bnot later than\\b",
        "\\bby the end of (?:the |this |next )?(?:year|month|quarter|semester|term|financial year|budget year)\\b",
        "\\b(?:by|before|until) (?:the )?(?:next|end of the) (?:visit|year|month|budget|financial year|reporting period|winter|summer|heating season)\\b",
        "\\bbefore (?:the )?(?:winter|summer|heating season|cold season|rainy season|hot season)\\b",
        "\\b(?:19|20)\\d{2}(?:[/-]\\d{2,4})? (?:budget|financial year|fiscal year|budget year)\\b",
        "\\b(?:on|within) the (?:same |first )?day of (?:admission|arrival|arrest|transfer|placement|release)\\b",
        "\\b(?:starting|beginning|from) (?:next|this|the next) (?:week|month|year|quarter)\\b",
        `\\b(?:starting|beginning|as) (?:from|on) (?:\\d{1,2}\\s+)?${MONTH}\\b`,
        "\\b(?:next|this) (?:year|month|budget year|financial year)\\b",
        "\\bimmediate(?:ly)?\\b",
        "\\bwithout (?:further |any )?delay\\b",
        "\\bforthwith\\b",
        "\\bat once\\b",
        "\\bas a matter of (?:urgency|priority)\\b",
        "\\burgently\\b",
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
        "\\bimmediate(?:ly)?\\b",
        "\\bwithout (?:further |any )?delay\\b",
        "\\bforthwith\\b",
        "\\bat once\\b",
        "\\burgen(?:t|tly|cy)\\b",
        "\\b(?:as a|top|high|highest|first|absolute) priority\\b",
        "\\bprioriti[sz]\\w*\\b",
        "\\bpriority\\b",
        "\\bas a first step\\b",
        "\\bin a first (?:step|phase|stage)\\b",
        "\\bfirst(?:ly)?\\b(?:,)?[^.]{1,160}?\\b(?:then|thereafter|secondly|subsequently|afterwards|in a second (?:step|phase|stage))\\b",
        "\\b(?:starting|beginning) with\\b",
        "\\bpending\\b",
        "\\bin the meantime\\b",
        "\\bmeanwhile\\b",
        "\\binterim\\b",
        "\\b(?:as a )?temporary (?:measure|solution)\\b",
        "\\buntil (?:the|such time|a|it|they|these|this|then|that time|completion)\\b",
        "\\bin the interim\\b",
        "\\bwhile (?:ensuring|making sure|guaranteeing|taking care)\\b",
        "\\bwithout (?:reducing|compromising|undermining|affecting|restricting|limiting|jeopardi[sz]ing|increasing)\\b",
        "\\bunintended\\b",
        "\\b(?:mitigate|minimi[sz]e|take into account|mindful of|bear in mind)\\b[^.;]{0,30}\\brisks?\\b",
        "(?<!\\bat\\s)\\brisks? of\\b",
        "\\bnot automatically\\b",
        "\\bso as not to\\b",
        "\\bin order not to\\b",
      ],
    },
    finding: {
      patterns: [
        "\\b(?:NPM|delegation|team|Mechanism|monitors|visitors|inspectors|we)\\s+(?:\\w+\\s+){0,2}?(?:found|observed|noted|saw|learned|learnt|heard|witnessed|was informed|were informed|was told|were told|received)\\b",
        "\\b(?:during|at the time of|in the course of) (?:its|the|our|their) (?:visit|inspection|monitoring)\\b",
        "\\binterviewed\\b",
        "\\breported (?:that|to)\\b",
        "\\b(?:complained|alleged|described|stated) (?:that|to|as)\\b",
        "\\baccording to\\b",
        "\\b(?:given|considering|in view of the fact|bearing in mind) that\\b",
        "(?<=(?:^|[.;:,!?\\n])\\s*)[Gg]iven (?:the|its|their|his|her)\\b",
        "\\bin view of\\b",
        "\\bbecause\\b",
        "(?<=(?:^|[.;:,!?\\n])\\s*)[Ss]ince\\s+(?!\\d|the (?:beginning|start|end)\\b|January|February|March|April|May|June|July|August|September|October|November|December)",
        "\\b(?:owing|due) to (?:the )?(?:lack|absence|shortage)\\b",
        "\\b(?:showed|shows|indicated|indicates|revealed|reveals) that\\b",
        "\\b(?:was|were|is|are) (?:found|observed|noted)\\b",
        "\\b(?:has|have|had) (?:had )?no\\b",
        "\\black(?:s|ed)?\\b",
        "\\bthe (?:lack|absence|shortage) of\\b",
      ],
    },
    standard: {
      caseSensitive: true,
      patterns: [
        "\\b(?:Nelson Mandela|Mandela|Bangkok|Havana|Beijing|Tokyo|European Prison|Standard Minimum) Rules\\b",
        "\\bIstanbul Protocol\\b",
        "\\b(?:CPT|SPT|UNCAT|OPCAT|CRPD|CRC|CEDAW|ICCPR|ECHR|ECtHR|UNHCR|WHO)\\b",
        "\\bWorld Health Organi[sz]ation\\b",
        "\\b(?:UN|United Nations) (?:Basic Principles|Principles|Guidelines|Rules|Standards?|Committee|Convention|Subcommittee|Special Rapporteur)\\b",
        "\\b(?:Convention|Covenant|Optional Protocol|Constitution|[Cc]onstitutional)\\b",
        "\\b[Rr]ules? \\d+",
        "\\b[Aa]rt(?:icles?|s?\\.) ?\\d+",
        "\\b[Ss]ections? \\d+",
        "\\b[Pp]aragraphs? \\d+",
        "\\b[A-Z][\\w-]*(?: [A-Z][\\w-]*){0,6} Act\\b",
        "\\b[Ii]n (?:line|accordance|conformity|keeping|compliance) with\\b",
        "\\b(?:[Aa]s (?:required|provided|set out|laid down) (?:by|in)|[Pp]ursuant to|[Cc]onsistent with|required under|under (?:article|section|the law))\\b",
        "\\b(?:[Ii]nternational|[Hh]uman rights|[Mm]inimum) (?:standards|law|norms|obligations)\\b",
        "\\bCommittee against Torture\\b",
        "\\bSubcommittee on Prevention of Torture\\b",
        "\\b(?:European )?Court of Human Rights\\b",
        "\\b[Cc]ase[- ]law\\b",
        "\\b[Jj]urisprudence\\b",
      ],
    },
    problemClause: {
      patterns: [
        "\\b(?:which|that|as they|since they)\\s+(?:(?:currently|often|routinely|still|effectively|repeatedly)\\s+)?(?:prevents?|deprives?|exposes?|causes?|restricts?|obstructs?|blocks?|endangers?|hinders?|denies|deny|violates?|leads? to|puts? (?:\\w+ )?at risk|(?:is|are|were|was|have been|has been) (?:used|applied) (?:to|for|as)|(?:has|have|had) no|lacks?|do not have|does not have)\\b",
      ],
    },
    purpose: {
      patterns: [
        "\\bso that\\b",
        "\\bin order (?:to|that|for)\\b",
        "\\bthereby\\b",
        "\\bwith the (?:result|effect) that\\b",
        // "so detainees can ...": a purpose without "that"
        "\\bso\\s+(?!as\\b|that\\b|far\\b|on\\b|much\\b|many\\b|long\\b|forth\\b)(?:[\\w'’-]+\\s+){1,3}?(?:can|could|may|will|are able|is able|no longer|do not|does not)\\b",
        "\\bso as to\\b",
        "\\bwith a view to\\b",
        "\\bwith the aim of\\b",
        "\\baimed at\\b",
        // purpose infinitives naming an effect: the action before them is the means to it
        "\\bto (?:prevent|reduce|protect|avoid|guarantee|ensure|safeguard|minimi[sz]e|end|stop|limit|allow|enable|facilitate|eliminate|abolish|keep|maintain|shorten|lower|preserve|restore|secure|uphold)\\b",
        "\\bto (?:meet|respond to|address) (?:the )?(?:[\\w-]+ )?needs\\b",
      ],
    },
    effect: {
      patterns: [
        // a change in a problem that persons live with: "reduce overcrowding"
        "\\b(?:reduc|end|eliminat|prevent|limit|lower|shorten)\\w*\\s+(?:the\\s+)?(?:level of\\s+|number of\\s+|risk of\\s+)?(?:overcrowding|occupancy|violence|ill-treatment|self-harm|suicides?|deaths?|waiting times?|delays|isolation|idleness)\\b",
        `\\b(?:reduc|shorten|limit|increas|extend)\\w*\\s+(?:the\\s+)?(?:amount of\\s+)?time\\s+(?:(?:that\\s+)?(?:[\\w-]+\\s+){0,2}?${PERSON}\\b|out of (?:their\\s+)?cells?|outside)`,
        "\\b(?:reduc|limit|restrict|end|stop|ceas|abolish|prohibit|ban|minimi[sz]|discontinu)\\w*\\s+(?:its\\s+|the\\s+|their\\s+)?(?:use|practice|length|duration|frequency) of\\b",
        // stopping something done to persons: "stop detaining families with children"
        `\\b(?:stop|cease|discontinue|refrain from|no longer)\\s+[a-z]+ing\\s+(?:(?:all|any|the|those)\\s+)?(?:[\\w-]+\\s+){0,2}?${PERSON}\\b${NOT_HEAD}`,
        "\\b(?:maximum|limits? (?:on|to)) (?:the )?(?:length|duration|period) of\\b",
        "\\b(?:abolish|end|remove|lift|relax|withdraw)\\w*\\s+(?:the\\s+)?(?:blanket\\s+)?(?:requirements?|obligations?|bans?|prohibitions?|restrictions?)\\b",
        "\\b(?:stop|cease|discontinue|refrain from)\\s+(?!during\\b)[a-z]+ing\\b",
        "\\bfor the benefit of\\b",
        "\\bin a language (?:that\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:understands?|can understand|speaks?)\\b",
        // persons who gain a capability: "a system whereby prisoners can request ..."
        `\\b${PERSON}\\b${NOT_HEAD}\\s+(?:can|could|are able to|is able to|will be able to|may)\\b(?!\\s+(?:be\\s+)?(?:held|placed|detained|restrained|searched|handcuffed|isolated|punished|sanctioned)\\b)`,
      ],
    },
    beneficiary: {
      patterns: [
        `\\b(?:to|for|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?|offer(?:s|ed|ing)?|giv(?:e|es|en|ing)|provid(?:e|es|ed|ing)|grant(?:s|ed|ing)?|treat(?:s|ed|ing)?|inform(?:s|ed|ing)?|protect(?:s|ed|ing)?|consult(?:s|ed|ing)?|support(?:s|ed|ing)?|assist(?:s|ed|ing)?|accompan(?:y|ies|ied|ying)|separat(?:e|es|ed|ing)|involv(?:e|es|ed|ing)|notify|afford|ensure|guarantee|make sure)\\s+(?:(?:all|every|each|any|the|those|newly|at-risk|female|male|foreign|elderly|young|vulnerable|unaccompanied|pregnant)\\s+){0,4}(?:(?!of\\b)[\\w-]+\\s+){0,2}?${PERSON}\\b${NOT_HEAD}`,
      ],
    },
    ensureOutcome: {
      patterns: [
        `\\b(?:ensur|guarant|protect|safeguard|secur)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:safety|security|protection|health|well-?being|dignity|rights|privacy) of\\s+(?:(?:all|every|each|the)\\s+)?(?:[\\w-]+\\s+)?${PERSON}\\b`,
        // "guarantee prisoners' access to ...": a possession of persons secured
        `\\b(?:ensur|guarantee|respect|protect|secur|safeguard|uphold)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${PERSON}['’]s?\\s+(?:[\\w-]+\\s+)?(?:access|rights?|privacy|safety|dignity|contact|health|well-?being|autonomy|integrity)\\b`,
        `\\b(?:ensure|ensures|ensuring|guarantee|guarantees|make sure|see to it)\\b[^.;]{0,25}?\\bthat\\s+(?!(?:(?:the|a|an|all|every|each|its|their|any)\\s+)?(?:[\\w-]+\\s+){0,3}?${PHYSICAL}\\b)`,
      ],
    },
    means: {
      patterns: [
        "\\bby (?:means of |way of )?(?!(?:during|existing|being|morning|evening|nothing|something|anything)\\b)[a-z]+ing\\b",
        "\\bthrough (?!the night\\b|the day\\b)(?:the |a |an )?\\w+",
        "\\bvia\\b",
        "\\bby means of\\b",
        "\\bfor (?:instance|example)\\b",
        "\\bsuch as\\b",
        "\\be\\.g\\.",
        "\\bwith the help of\\b",
        "\\b(?:drawing|building) on\\b",
        "\\b(?:on the basis of|based on)\\b",
        "\\bin the form of\\b",
        "\\bmaking use of\\b",
        "\\b(?:regulations?|rules|laws?|legislation|polic(?:y|ies)|procedures?|protocols?|guidelines)\\b[^.;]{0,30}?\\b(?:be|is|are) (?:amended|revised|changed|adopted|updated)\\s+(?:so as )?to\\b",
        "(?:,\\s+using\\b|\\busing (?:a|an)\\b)",
        "\\b(?:one |an )?options? (?:being|would be|could be|might be|include)\\b",
        "\\b(?:could|might|may) (?:be achieved|be done|include)\\b",
        // the content of an instrument is how the change is made: "a draft law establishing a maximum ..."
        "\\b(?:regulations?|rules?|laws?|legislation|polic(?:y|ies)|procedures?|protocols?|guidelines|circular|instructions|order|decree|strategy|plan|bill)\\s+(?:[\\w-]+\\s+){0,3}?(?:establishing|requiring|setting|limiting|prohibiting|providing for|introducing|(?:that|which) (?:sets|requires|limits|prohibits|provides for|establishes|introduces))\\b",
        "\\b(?:amend|revise|change|adopt|introduce|issue|draw up|develop|establish|set up)(?:d|ed)?\\b[^.;]{0,60}?\\b(?:regulations?|rules|laws?|legislation|Act|Code|polic(?:y|ies)|procedures?|protocol|circular|guidelines|instructions|order|strategy|plan|bill|draft law|programmes?|programs?|curriculum|course)\\b[^.;]{0,20}?\\b(?:to|so as to|requiring|allowing|providing|prohibiting|limiting|covering|including|establishing|setting|introducing)\\b",
        "\\binstead of\\b",
        "\\brather than\\b",
        "\\breplac(?:e|ed|ing)\\b[^.;]{1,120}?\\b(?:with|by)\\b",
      ],
    },
    meansLink: {
      patterns: [
        "\\baccordingly\\b",
        "\\bto (?:this|that) end\\b",
        "\\bfor (?:this|that) purpose\\b",
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
        "\\bconsider(?:ing)?\\s+(?:\\w+\\s+)?[a-z]+ing\\b[^.;]{0,60}\\bor\\b",
        "\\b(?:options?|alternatives?) such as\\b",
      ],
    },
    rootLever: {
      patterns: [
        "\\bpolic(?:y|ies)\\b",
        "\\bprocedur(?:e|es|al)\\b",
        "\\bprotocols?\\b",
        "\\bregulations?\\b",
        "\\blegislat(?:ion|ive)\\b",
        "\\blaws?\\b",
        "\\b(?:Act|Code)\\b",
        "\\b(?:house|internal|disciplinary|prison) rules\\b",
        "\\bguidelines?\\b",
        "\\b(?:written |standing )?instructions\\b",
        "\\bcirculars?\\b",
        "\\bdirectives?\\b",
        "(?<!\\b(?:in|should|must|shall|to)\\s)\\border\\b(?!\\s+(?:to|that|the|a|an|its|their)\\b)",
        "\\b(?:re-?)?train(?:s|ing|ed)?\\b",
        "\\bstaff(?:ing)? (?:levels?|numbers?|shortages?|ratios?)\\b",
        "\\bnumber of (?:\\w+\\s+)?(?:staff|officers|guards|nurses|doctors|psychologists|psychiatrists|social workers|educators|teachers|interpreters|lawyers)\\b",
        "\\b(?:recruit\\w*|employ(?:ed|ment)?|vacanc(?:y|ies)|posts?)\\b",
        "\\bhir(?:e|es|ed|ing)\\b",
        "\\b(?:rotas?|rosters?|shift patterns?|staffing)\\b",
        "\\b(?:additional|more|extra|new)\\s+(?:[\\w-]+\\s+)?(?:staff|officers|guards|nurses|doctors|psychologists|psychiatrists|social workers|educators|teachers|interpreters|care assistants|carers)\\b",
        "\\bbudget\\w*\\b",
        "\\bfund(?:s|ing|ed)?\\b",
        "\\bsupervis(?:e|ion|ory)\\b",
        "\\boversight\\b",
        "\\baccountab\\w*\\b",
        "\\bculture\\b",
        "\\bstrateg(?:y|ies)\\b",
        "\\baction plan\\b",
        "\\b(?:prison|penitentiary|detention|health|health-care|justice|juvenile justice|complaints?|referral|monitoring|inspection|maintenance) system\\b",
        "\\bmechanisms?\\b",
        "\\bcomplaints?\\b",
        "\\bpractice of\\b",
        "\\buse of (?:force|firearms|tasers?|(?:means of )?restraints?|isolation|solitary confinement|segregation|seclusion|handcuffs|coercion|coercive measures|pre-trial detention)\\b",
        "\\b(?:reduc|limit|restrict|review|end|stop|ceas|abolish|prohibit|ban|discontinu)\\w*\\s+(?:its\\s+|the\\s+|their\\s+)?(?:use|practice) of\\b",
        "\\b(?:reduc|limit|restrict)\\w*\\s+(?:its|their) use\\b",
        // a practice stopped, not one room or item taken out of use ("stop using this room")
        "\\b(?:stop|cease|end|prohibit|ban|discontinue)\\w*\\s+(?!during\\b)[a-z]+ing\\b(?!\\s+(?:this|that|these|those|the|cells?|rooms?)\\b)",
        "\\b(?:prohibit|ban|abolish|restrict|regulate|limit)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:restraints?|seclusion|isolation|segregation|handcuffing|strip[- ]searches|solitary confinement)\\b",
        "\\b(?:restraints?|seclusion|isolation|segregation|handcuffing|strip[- ]search\\w*|body searches|solitary confinement)\\b[^.;]{0,60}?\\b(?:be|is|are) (?:reviewed|regulated|restricted|limited|prohibited|banned|abolished)\\b",
        "\\bresources\\b",
        "\\b(?:end|stop|cease|abolish|prohibit|ban|discontinue)\\w*\\s+(?:the\\s+)?(?:use|practice) of\\b",
        "\\b(?:use|practice) of\\b[^.;]{0,60}?\\b(?:prohibited|banned|abolished|discontinued|ended)\\b",
        "\\blast resort\\b",
        "\\balternatives? to (?:detention|deprivation of liberty|custody|imprisonment)\\b",
        "\\bresponsibility for\\b",
        "\\bscreen(?:ing|ed)?\\b",
        "\\brisk assessments?\\b",
        "\\bsystem (?:for|of|to|that|which|whereby)\\b",
        "\\b(?:put in place|set up|establish|introduce|create|develop)\\b[^.;]{0,30}?\\bsystem\\b",
        "\\bpractices\\b",
        "\\b(?:sentencing|custody|detention|admission|discharge|release|placement|remand|referral) (?:practice|policy|criteria)\\b",
        "\\bcriteria\\b",
        "\\breliance on\\b",
        "\\b(?:the way|how)\\b[^.;]{0,40}?\\b(?:are|is) (?:handled|dealt with|managed|organi[sz]ed|processed|recorded|assessed|allocated)\\b",
        "\\b(?:roles|responsibilities|who is responsible)\\b",
        "\\b(?:induction|refresher)\\b",
        "(?<!\\bdue\\s)\\bcourses?\\b(?!\\s+of\\b)",
        "\\bindependent (?:body|authority|mechanism|investigations?|review|inspections?|monitoring|complaints?)\\b",
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
      ],
    },
    weakLever: {
      patterns: [
        "\\bregisters?\\b",
        "\\brecords?\\b",
        "\\b(?:documented|recorded|logged|registered|in writing)\\b",
        "\\b(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?)\\b",
        "\\bfilled in\\b",
      ],
    },
    systemic: {
      patterns: [
        `\\b(?:in|across|at|throughout|for)\\s+(?:all|every|each)\\s+(?:\\w+\\s+){0,2}?(?:of\\s+(?:the\\s+)?)?${INSTITUTION}`,
        "\\b(?:nationwide|nation-wide|country-wide|countrywide)\\b",
        "\\b(?:throughout|across) the (?:country|service|force|prison system|prison estate|estate|territory|region)\\b",
        "\\b(?:the whole|the entire) (?:service|system|prison estate|estate|police force)\\b",
        "\\ball (?:places of detention|prisons|police stations|establishments|facilities|institutions)\\b",
      ],
    },
    quantifiedGroup: {
      patterns: [
        `\\b(?:every|each|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:of\\s+(?:the\\s+)?)?(?:${PERSON}|${FACILITY})\\b`,
      ],
    },
    namedFacility: {
      caseSensitive: true,
      patterns: [
        // a numbered or lettered part of a place: "Station 4", "Block C", "cell 12"
        "\\b(?:Station|Block|Unit|Ward|Wing|Building|Dormitory|Section|[Cc]ell|[Rr]oom)\\s+(?:[Nn]o\\.?\\s*)?(?:\\d+|[A-Z])\\b",
        "\\b(?!The\\b)[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,6}\\s+(?:Prison|Hospital|Centre|Center|Institution|Home|Station|Jail|Gaol|Clinic|Camp|Unit|Ward|District|Facility|Penitentiary|Colony)\\b(?!\\s+(?:Service|Directorate|Administration|Department|Authority|Inspectorate|Agency))",
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
        "\\bthe (?:prison |hospital |centre |center )?(?:administration|management)\\b",
        "\\bthe police\\b",
      ],
    },
  },
  anchored: {
    authority: {
      caseSensitive: true,
      patterns: [
        "(?:[Tt]he\\s+)?(?:[A-Z][\\w'’.-]*\\s+(?:(?:and|&)\\s+(?=[A-Z]))?){0,5}(?:Ministry|Minister|Directorate|Department|Agency|Government|Parliament|Inspectorate|Ombudsman|Ombudsperson|Commission|Commissioner|Council|Office|Service|Administration|Authority|Board|Bureau|Prosecutor|Prosecution|Municipality|Mayor|Director|Governor|Chief|Head|Commander|Superintendent|Warden|Manager|Secretary|Judiciary|Cabinet|Presidency|Senate|Assembly|Legislature|Command|Headquarters|Officer)\\b(?:\\s*(?:-\\s*)?General\\b)?(?:\\s+(?:of|for|at|in)\\s+(?:the\\s+)?[A-Z][\\w'’.-]*(?:\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?[A-Z][\\w'’.-]*){0,6})?",
        "(?:(?:[Tt]he|[Ee]ach|[Ee]very)\\s+)?(?:[a-z-]+['’]s\\s+)?(?:[a-z-]+\\s+){0,2}?(?:head|chief|director|governor|commander|manager|superintendent|warden|minister|prosecutor)\\b(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:ward|unit|department|service|prison|hospital|centre|center|institution|station|facility|establishment|home|police|clinic|team|directorate|district|[A-Z][\\w'’-]*))?(?:\\s+[A-Z][\\w'’-]*){0,4}",
        "(?:[Tt]he\\s+)?(?:government|parliament)\\b",
        "(?:[Tt]he\\s+)?(?:[a-z-]+\\s+){0,2}?(?:council|board|authority|office|agency|inspectorate|directorate|ministry|department|service|municipality)\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,4}",
        // a qualified police or guard force ("the Border Police"); "the police" alone names no one
        "(?:[Tt]he\\s+)?(?:[A-Z][\\w'’.-]*\\s+){1,5}(?:Police|Constabulary|Gendarmerie|Guard|Force)\\b",
        "(?:[Tt]he\\s+)?(?:[Mm]anagement|[Aa]dministration|[Dd]irector|[Gg]overnor)\\s+(?:of|at)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,6}",
        "(?:[Tt]he\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,6}\\s+(?:Prison|Hospital|Centre|Center|Institution|Home|Station|Jail|Clinic|Penitentiary)\\b",
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
      patterns: [
        "\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:ensure|install|provide|amend|adopt|establish|introduce|stop|cease|end|remove|repair|replace|review|revise|take|increase|reduce|limit|allow|permit|guarantee|create|set up|develop|train|record|keep|abolish|transfer|appoint|recruit|carry out|conduct|organi[sz]e|make|give|offer|inform|equip|publish|allocate|implement|prohibit|separate|improve|consider|pay|examine|assess|issue|draw up|withdraw|monitor|put|grant|inspect|clean|renovate|refurbish|close|open|hold|use|apply|respect|strengthen|continue)\\b",
      ],
    },
    passiveRecipient: {
      patterns: [
        "(?:should|must|shall)\\s+(?:be\\s+(?:given|provided|granted|allocated|allowed|offered|equipped|supplied)|receive|get)\\b",
      ],
    },
    pronounSubject: {
      patterns: ["(?:it|they|he|she)\\s+(?:should|must|shall|is requested to|are requested to)\\b"],
    },
    fragmentStart: {
      caseSensitive: true,
      patterns: ["\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?[a-z]"],
    },
  },
  spanTests: {
    localPostHolder: {
      patterns: [
        "\\b(?:director|governor|head|chief|manager|commander|superintendent|warden)\\b(?![\\s-]*general\\b)",
        "\\b(?:Prison|Hospital|Centre|Center|Institution|Home|Station|Clinic|Penitentiary)\\b$",
      ],
    },
    nationalBody: {
      patterns: [
        "\\b(?:ministry|minister|directorate|government|parliament|service|department|agency|inspectorate|cabinet|council|administration|authority|board|police|guard)\\b",
      ],
    },
  },
  suggestions: {
    specific: {
      default:
        "Say exactly what must be done: an action verb with a definite object, e.g. 'install a call bell in every cell'.",
      vague:
        "“{phrase}” does not say what must be done; name the concrete action, e.g. 'install a call bell in every cell'.",
      empty:
        "Write the recommendation as one concrete action, e.g. 'The Director of … should install …'.",
    },
    measurable: {
      default:
        "Add something an observer can check: a number, a frequency, a deliverable (a register, a written policy) or a clear on/off state.",
      soft: "“{phrase}” gives no yardstick; say how much or how often, e.g. 'at least one hour a day' or 'every cell'.",
      open: "“{phrase}” has no visible end point; say what the result must be, e.g. 'adopt a revised procedure'.",
    },
    achievable: {
      default: "Bound the request to what the addressee can do with its own powers and resources.",
      absolute:
        "“{phrase}” is an outcome no one can guarantee; ask for concrete measures that reduce the risk instead.",
      unbounded:
        "“{phrase}” leaves the request open-ended; name a bounded measure the addressee can take.",
      competence:
        "“{phrase}” is outside the powers of the addressee; address it to the ministry or parliament, or ask the addressee to propose the change.",
    },
    results: {
      default:
        "State the change expected for the persons deprived of liberty, e.g. '… so that detainees can call for help at night'.",
    },
    timebound: {
      default: "Give a deadline or timeframe, e.g. 'within six months' or 'by 31 December 2027'.",
      openEnded:
        "“{phrase}” is open-ended; give a date or period instead, e.g. 'within six months'.",
    },
    solution: {
      default:
        "Indicate how the change could be made, e.g. 'by recruiting two nurses' or 'for instance by installing …'.",
    },
    prioritised: {
      default:
        "Signal the priority, the order of steps or a risk to watch, e.g. 'as a priority', 'pending …, in the meantime …', 'while ensuring that …'.",
    },
    argued: {
      default:
        "Give the reason: what the visit found ('the delegation observed …') or the standard (e.g. rule 23 of the Nelson Mandela Rules).",
    },
    rootcause: {
      default:
        "Address the cause as well as the symptom: the policy, procedure, training, staffing or budget behind it, or extend the measure to all places concerned.",
    },
    targeted: {
      default:
        "Name who must act, e.g. 'The Director of … Prison should …' or 'The Ministry of Justice should …'.",
      generic:
        "“{phrase}” does not say who must act; name the ministry, service or post holder, e.g. 'The Ministry of Justice should …'.",
      review:
        "The addressee may be named in the sentence that introduces this recommendation; check who must act.",
    },
  },
};

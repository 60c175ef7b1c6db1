import type { SmartLexicon } from "./types";

/*
 * French lexicon of the Double-SMART checker. Patterns are matched on the
 * text with accents folded (compile.ts folds the patterns the same way), so
 * "détenu" and "detenu" are one word for them. Shared fragments first.
 */

const PERSON =
  "(?:personnes?(?:\\s+(?:privées?\\s+de\\s+(?:leur\\s+|sa\\s+)?liberté|détenues?|retenues?|hospitalisées?|placées?|gardées?\\s+à\\s+vue|enfermées?|écrouées?|incarcérées?|étrangères?|migrantes?))?|détenu(?:e|s|es)?|prévenu(?:e|s|es)?|condamné(?:e|s|es)?|prisonni(?:er|ère)s?|patient(?:e|s|es)?|résident(?:e|s|es)?|mineur(?:e|s|es)?|enfants?|adolescent(?:e|s|es)?|jeunes|femmes?|pères|mères|étranger(?:e|s|es)?|migrant(?:e|s|es)?|demandeurs?\\s+d['’]asile|(?:nouveaux\\s+)?arrivants?|ressortissant(?:e|s|es)?|arrivants?|gardés?\\s+à\\s+vue|retenu(?:e|s|es)|victimes?)";

/** Practices done to persons deprived of liberty; their required form is an outcome. */
const PRACTICE =
  "(?:visites?|consultations?|entretiens|escortes|admissions|libérations|parloirs?|appels?(?:\\s+téléphoniques?)?|promenades?|douches?|repas|fouilles?(?:\\s+(?:intégrales?|corporelles?|à\\s+nu))?|palpations?|contentions?|menottage|menottes|entraves?|détention|rétention|isolement|mises?\\s+à\\s+l['’]isolement|placements?|sanctions?|punitions?|transferts?|extractions?|auditions?|interrogatoires?|usage\\s+de\\s+la\\s+force|moyens\\s+de\\s+contrainte|gardes?\\s+à\\s+vue)";

/** Physical items: a state of one of them is an input, not an outcome for persons. */
const PHYSICAL =
  "(?:cellules?|chambres?|salles?|cours?|fenêtres?|bâtiments?|locaux|murs?|sols?|toits?|portes?|toilettes|sanitaires|douches?|éclairage|lumière|ventilation|chauffage|température|mobilier|équipements?|lits?|matelas|couvertures?|véhicules?|fourgons?|caméras?|dispositifs?\\s+d['’]appel|boutons?\\s+d['’]appel|volets?|dimensions|zones?|espaces?)";

/** Records kept on persons: securing one is an input, not an outcome for them. */
const RECORD = "(?:registres?|dossiers?|fichiers?|listes?|formulaires?|données|documents?|livres?)";

/** Kinds of institution: a measure in all of them is systemic. */
const INSTITUTION =
  "(?:établissements?|prisons?|maisons?\\s+d['’]arrêt|centres?|commissariats?|brigades?|unités?|services?|hôpitaux|hôpital|lieux?\\s+de\\s+(?:privation\\s+de\\s+liberté|détention|privation)|locaux|zones?|quartiers?|structures?|sites?)";

const CASES =
  "(?:incidents?|entretiens?|auditions?|consultations?|plaintes?|requêtes?|cas|sanctions?|fouilles?|transferts?|placements?|décisions?|décès|demandes?|signalements?)";

const NUMBER_WORD =
  "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|vingt|trente|quarante|soixante|quatre-vingt-dix|cent)";

const TIME_UNIT =
  "(?:heures?|jours?(?:\\s+(?:ouvrables|ouvrés|calendaires))?|semaines?|mois|ans|années?|trimestres?)";

const MONTH =
  "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";

/** Verbs that name a goal, not an action: "mesures pour prévenir …" is a goal. */
const GOAL_VERB =
  "(?:prévenir|améliorer|remédier|résoudre|régler|pallier|garantir|assurer|éviter|combattre|lutter|promouvoir|protéger|réduire|éliminer|renforcer|répondre|traiter|empêcher|enrayer|mettre\\s+fin)";

/** Torts dont les personnes doivent être gardées : représailles, intimidation, mauvais traitements. */
const HARM =
  "(?:représailles?|intimidations?|harcèlement|menaces?|mauvais\\s+traitements|torture|violences?|abus|discriminations?)";

/**
 * Un acte concret dit par un nom, objet d'un verbe d'appui (« promouvoir la modification de
 * l'article 12 », « l'adoption d'une loi ») : le verbe demande cet acte, non davantage de quelque chose.
 */
const NOT_NOMINAL_ACT =
  "(?!\\s+(?:la\\s+|le\\s+|l['’]\\s*|les\\s+)?(?:[a-zœ]+\\s+)?(?:modification|adoption|réforme|création|révision|abrogation|ratification|élaboration|approbation)\\s+(?:de|du|des|d['’]))";

/** Sauf si un nombre dit de combien : « renforcer l'équipe de nuit de deux agents ». */
const NOT_BY_AMOUNT =
  "(?![^.;,]{0,40}?\\b(?:de|par)\\s+(?:au\\s+moins\\s+)?(?:\\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cinquante|moitié)\\b)";

/**
 * Un but qui n'est qu'une qualité (« pour créer un environnement propice ») ou le mandat même de
 * l'organe (« pour s'acquitter de son mandat ») : il ne lie aucune suffisance à un contrôle.
 */
// ce dont une suffisance nue est dite : les conditions qu'offre un lieu et les moyens d'un service
// (« une ventilation suffisante », « des moyens suffisants »), non un livrable (« une formation adaptée »)
const CONDITION_OR_MEANS =
  "(?:conditions?|niveaux?|normes?|état|qualité|ventilation|aération|air|éclairage|lumière|chauffage|températures?|hygiène|propreté|salubrité|espaces?|taille|dimensions|ressources|effectifs?|personnel|financements?|fonds|budgets?|moyens|capacités?|temps|intimité|soins|prise\\s+en\\s+charge|traitement)";
const QUALITY_PURPOSE =
  "(?:(?:s['’]acquitter\\s+(?:\\w+ment\\s+)?de|remplir|exercer|accomplir|mener\\s+à\\s+bien)\\s+(?:\\w+ment\\s+)?(?:son|sa|ses|leur|leurs)\\s+(?:mandat|missions?|fonctions?|tâches?)\\b|(?:créer|garantir|assurer|offrir|fournir|favoriser|maintenir|procurer)\\s+(?:un|une|le|la|les|des|l['’])\\s*(?:[a-zœ'’]+\\s+){0,3}?(?:propice|adéquat|sûr|sécurisé|digne|approprié|sain|serein|apaisé|favorable|convenable)\\w*\\b)";

/** An infinitive: the ask of a French list item ("Veiller à …", "Mettre fin à …", "Réduire …"). */
/** Les mots qui ouvrent un but (« pour », « afin de », « de manière à »). */
const PURPOSE_OPENER = "(?:pour|afin\\s+de|afin\\s+d['’]|de\\s+manière\\s+à)";

const INFINITIVE = "[a-zœ]{2,}(?:er|ir|re|oir)";

/**
 * Un état à obtenir qui n'est qu'une ressemblance à un modèle (« pour que ses locaux se rapprochent
 * de ceux des hôpitaux de droit commun ») : il dit à quoi le résultat doit ressembler, non ce que
 * sont les mesures.
 */
const NOT_LIKENESS =
  "(?![^.;]{0,120}?\\b(?:ressemble|ressemblent|se\\s+rapproche|se\\s+rapprochent|soi(?:t|ent)\\s+(?:comparables?|équivalente?s?|semblables?|similaires?)\\s+(?:à|aux?))\\b)";

/**
 * What follows "mesures" when they say which: an action that is not only a goal ("pour installer
 * …"), or the state to bring about ("afin que …", "pour garantir que …"). "Prendre les mesures
 * nécessaires." or "des mesures pour prévenir la violence" stay vague.
 */
const MEASURES_SPECIFIED = `(?!(?:\\s+(?:doivent|devraient)\\s+être\\s+(?:prises|adoptées))?\\s+(?:\\w+\\s+){0,2}(?:(?:pour\\s+|(?:afin|en\\s+vue)\\s+(?:de\\s+|d['’]))(?!${GOAL_VERB}\\b)${INFINITIVE}\\b|(?:afin|pour)\\s+(?:que|qu['’])${NOT_LIKENESS}|pour\\s+(?:garantir|assurer)\\s+(?:que|qu['’])${NOT_LIKENESS}))`;

/**
 * Une ressource dont le montant est le livrable (« augmenter le budget », « le nombre de … »), ou un
 * événement qui a lieu ou non (« accélérer l'adoption du projet de loi ») : pas un changement de degré.
 */
const DEGREE_NOT_RESOURCE =
  "(?!\\s+(?:le\\s+|la\\s+|les\\s+|l['’]\\s*|son\\s+|leur\\s+)?(?:[a-zœ]+\\s+){0,2}?(?:budgets?|crédits|financements?|moyens\\s+financiers|postes|effectifs?|nombre|adoption|entrée\\s+en\\s+vigueur|création|construction|ouverture|achèvement|ratification|mise\\s+en\\s+(?:œuvre|place))\\b)";

/**
 * A label that numbers an item, before its first word: "Recommandation 3", "Recommandation n° 12 :",
 * "R4 –", "4.", "4.2)", "3- ", "b)", "iv.". It names the item, not who must act.
 */
const ITEM_LABEL =
  "(?:(?:recommandations?|rec\\.)\\s*(?:n[o°º]\\.?\\s*|numéro\\s+|#\\s*)?\\d{1,3}[a-z]?(?:\\.\\d{1,3})*|r\\s?\\d{1,3}[a-z]?(?=\\s*[.:)–—-])|(?:\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[a-z]|[ivx]{1,4})(?=[.)])|\\d{1,3}(?=\\s?[–—-]\\s))[.:)\\s–—-]*\\s";

export const fr: SmartLexicon = {
  language: "fr",
  minFindingWords: 4,
  cues: {
    directive: {
      patterns: [
        "\\b(?:doit|doivent|devrait|devraient|devra|devront|il\\s+(?:convient|conviendrait)\\s+de|il\\s+y\\s+a(?:urait)?\\s+lieu\\s+de|il\\s+importe\\s+(?:de|que)|il\\s+(?:est|serait)\\s+(?:nécessaire|indispensable|essentiel|impératif|urgent|souhaitable|opportun)\\s+(?:de|que))\\b",
        "\\b(?:recommande|recommandent|recommandons|demande|demandent|demandons|invite|invitent|exhorte|exhortent|engage|engagent|appelle|réitère|prie|préconise|préconisent|encourage)\\b",
        "\\b(?:recommand|demand|préconis)(?:ait|aient)\\b",
        "\\bil\\s+est\\s+(?:recommandé|demandé|préconisé|suggéré)\\b",
        // an action said to be needed is asked for: "une action immédiate est également nécessaire"
        "\\b(?:action|actions|mesures?|intervention|interventions|travaux|efforts?)\\s+(?:[\\wéèêàçô-]+\\s+){0,2}?(?:est|sont)\\s+(?:également\\s+|aussi\\s+|encore\\s+|donc\\s+)?(?:nécessaires?|requise?s?|indispensables?)\\b",
        `\\bqu(?<=(?:^|\\n)\\s*(?:\\W*${ITEM_LABEL})?qu)(?:e\\s|['’])`,
      ],
    },
    modal: {
      patterns: [
        "\\b(?:doit|doivent|devrait|devraient|devra|devront|pourrait|pourraient|peut|peuvent)\\b",
        "\\b(?:est|sont)\\s+(?:invitée?s?|priée?s?|tenue?s?|appelée?s?|encouragée?s?)\\s+à\\b",
      ],
    },
    frame: {
      patterns: [
        // with its addressee, "que", or straight before the infinitive it asks for, as in English and Spanish
        // ("recommande de redoubler d'efforts", "a recommandé d'adapter la cour")
        `\\b(?:recommande(?:nt)?|recommandons|demande(?:nt)?|demandons|préconise(?:nt)?|(?:recommand|demand|préconis)(?:ait|aient)|(?:a|ont)\\s+(?:également\\s+|aussi\\s+|en\\s+outre\\s+)?(?:recommandé|demandé|préconisé)|réitère\\s+sa\\s+recommandation)(?:\\s*,?\\s*(?:instamment|vivement|à\\s+nouveau|une\\s+nouvelle\\s+fois|en\\s+outre|également|notamment|en\\s+particulier|en\\s+priorité|de\\s+toute\\s+urgence)\\s*,?)?\\s+(?:(?:de\\s+nouveau\\s+)?(?:que|qu['’])\\s*|aux?\\s+|à\\s+|(?:de\\s+|d['’])(?=(?:ne\\s+pas\\s+|ne\\s+plus\\s+)?${INFINITIVE}\\b))`,
        "\\b(?:invite(?:nt)?|exhorte(?:nt)?|engage(?:nt)?|appelle(?:nt)?|prie(?:nt)?|encourage(?:nt)?)(?:\\s*,?\\s*(?:instamment|vivement|à\\s+nouveau|une\\s+nouvelle\\s+fois|en\\s+outre|également|notamment|en\\s+particulier|de\\s+toute\\s+urgence)\\s*,?)?\\s+(?:aux?\\s+|à\\s+)?(?=(?:le|la|les|l['’])\\s*\\S|aux?\\s|à\\s)",
        "\\bil\\s+est\\s+(?:recommandé|demandé|préconisé|suggéré)\\s+(?:que\\s+|qu['’]|aux?\\s+|à\\s+)",
        "\\b(?:nécessaire|indispensable|essentiel|impératif|urgent)\\s+que\\s+",
        // the recommendation or letter addressed to someone: "la recommandation n° 12 adressée au
        // directeur …", "dans un courrier envoyé à la direction"
        "\\b(?:recommandations?|lettres?|courriers?|notes?|courriels?)\\s+(?:[^\\s,;:]+\\s+){0,3}?(?:adressé|envoyé|transmis)(?:e|s|es)?\\s+(?:aux?\\s+|à\\s+)",
        // the operative part of a decision, in the infinitive, at the start of a sentence or item:
        // "Recommander au directeur de l'établissement de …", "Demander à la direction de …"
        `\\b(?:recommander|demander|inviter|exhorter|enjoindre)(?<=(?:^|\\n|[.;:])\\s*(?:\\W*${ITEM_LABEL})?\\w+)\\s+(?:aux?\\s+|à\\s+)`,
        `\\bqu(?<=(?:^|\\n)\\s*(?:\\W*${ITEM_LABEL})?qu)(?:e\\s+|['’])`,
      ],
    },
    clauseBreak: {
      patterns: [
        ";",
        ":\\s",
        ",\\s+(?:et|ainsi\\s+que|tandis\\s+que)\\s+(?:(?:que|qu['’])\\s*)?",
        "\\s+et\\s+(?:que|qu['’])\\s*",
        "\\s+ainsi\\s+que\\s+",
        `,\\s+(?:en\\s+plus\\s+de|outre)\\s+(?=${INFINITIVE}\\b)`,
        `\\s+et\\s+(?:de\\s+|d['’])(?=${INFINITIVE}\\b)`,
        `\\s+et\\s+(?=(?:mettre|veiller|installer|adopter|prendre|garantir|assurer|réduire|limiter|supprimer|procéder|instaurer|établir|désigner|recruter|former|fournir|modifier|réviser|renforcer|rénover|remplacer|retirer|cesser|organiser|publier|créer|doter|équiper|informer|permettre|autoriser)\\b)`,
        // un sigle entre parenthèses fait partie du nom qui le précède : « le Mécanisme national (MNP) devrait … »
        "\\((?![A-Z][A-Z0-9&-]{1,9}\\))",
        "(?<!\\([A-Z][A-Z0-9&-]{1,9})\\)",
      ],
    },
    subjectIntro: {
      patterns: [
        "\\b(?:considère|considèrent|estime|estiment|constate|observe|note|pense|croit|espère|espèrent|souhaite|souhaitent|compte)\\s+(?:(?:aussi|également|vivement)\\s+)?(?:que|qu['’])\\s*",
        ",\\s+",
        ";\\s*",
        ":\\s+",
      ],
    },
    passiveAgent: {
      patterns: [
        "\\b[a-zœ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)\\s+(?:[a-zœ]+\\s+){0,5}?par\\s+(?=(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\\s*)",
      ],
    },
    coActor: {
      patterns: [
        "\\b(?:en\\s+(?:étroite\\s+)?(?:coopération|collaboration|partenariat)|conjointement)\\s+avec\\s+",
      ],
    },
    subordinate: {
      patterns: [
        "\\b(?:où|lorsque|lorsqu|quand|dont|lequel|laquelle|lesquels|lesquelles|si|parce\\s+que|puisque|car|bien\\s+que|quoique|sauf\\s+si|à\\s+moins\\s+que)\\b(?!\\s+(?:cela\\s+est\\s+)?(?:nécessaire|possible)\\b)",
        "\\bqui\\b",
      ],
    },
    vague: {
      patterns: [
        // davantage d'un état d'esprit comme tout ce qui est demandé : « une meilleure compréhension de … »
        "\\b(?:une?\\s+)?(?:meilleure|plus\\s+grande|accrue)\\s+(?:attention|vigilance|sensibilisation|compréhension|connaissance|prise\\s+de\\s+conscience)\\b|\\b(?:attention|vigilance|sensibilisation|compréhension|connaissance)\\s+(?:accrue|renforcée|plus\\s+grande)\\b",
        "\\b(?:envisager|envisage|envisagent|réfléchir|étudier|examiner|évaluer)\\s+(?:la\\s+)?(?:possibilité|opportunité|nécessité|faisabilité)\\b",
        "\\b(?:envisager|envisage|envisagent|considérer|reconsidérer|reconsidérée?s?|reconsidère|reconsidèrent)\\b",
        // davantage de ce qui existe, sans dire quoi : « les liens avec les familles doivent être davantage développés »
        // en faire plus, sans dire quoi : « il faut faire davantage pour réduire la violence »
        "\\bfaire\\s+(?:beaucoup\\s+)?(?:davantage|plus|mieux)\\b(?!\\s+(?:de|d['’]|que)\\b)|\\b(?:davantage|plus)\\s+(?:doit|devrait|reste\\s+à)\\s+(?:être\\s+fait|faire)\\b",
        "\\b(?:davantage|plus)\\s+développ\\w*|\\bdévelopp\\w*\\s+(?:\\w+\\s+){0,4}?davantage\\b",
        "\\bprendre\\s+en\\s+(?:compte|considération)\\b",
        "\\b(?:porter|prêter|accorder|consacrer)\\s+(?:une\\s+)?(?:\\w+\\s+)?attention\\b",
        "\\battention\\s+(?:devrait|doit)\\s+être\\b",
        "\\bretenir\\s+(?:l['’]|toute\\s+l['’])attention\\b",
        "\\befforts?\\b",
        "\\bs['’]efforcer\\b",
        // prises, ou mises en place par n'importe quel verbe, sauf des mesures déjà nommées (« mettre en
        // œuvre les mesures prévues par le plan »)
        `\\b(?:(?:prendre|prenne|prennent|adopter|adopte|adoptent)\\s+(?:toutes\\s+)?(?:les\\s+)?|(?:(?:mettre|mette|mettent)\\s+en\\s+(?:œuvre|place)|instaurer|instaure|instaurent)\\s+(?!(?:toutes\\s+)?(?:les|ces)\\b)(?:toutes\\s+)?(?:des\\s+)?)(?:\\w+\\s+){0,2}?mesures\\b${MEASURES_SPECIFIED}`,
        `\\b(?:mesures|actions|dispositions)\\s+(?:\\w+\\s+)?(?:devraient|doivent|soient)\\s+(?:être\\s+)?(?:prises|adoptées|entreprises)\\b${MEASURES_SPECIFIED}`,
        "(?<!\\b(?:pour|afin\\s+de)\\s)\\b(?:remédier|répondre|faire\\s+face)\\s+(?:à|au|aux)\\s+(?:ce\\s+|cette\\s+|la\\s+|le\\s+)?(?:problème|situation|question|difficulté|carence|lacune|insuffisance|pénurie|manque|absence|déficit|surpopulation|surencombrement|retard)s?\\b",
        "(?<!\\b(?:pour|afin\\s+de)\\s)\\b(?:lutter\\s+contre|combattre|traiter|résoudre)\\s+(?:la\\s+|le\\s+|les\\s+)?(?:\\w+\\s+)?(?:surpopulation|surencombrement|violence|violences|mauvais\\s+traitements|problèmes?|difficultés)\\b",
        // lutter contre un mal nomme un but, quel que soit ce mal : « lutter contre l'impunité des actes de torture »
        `(?<!\\b(?:pour|afin\\s+de)\\s)\\b(?:lutter\\s+contre|combattre|combatte|combattent)\\s+(?:la\\s+|le\\s+|les\\s+|l['’]\\s*)?(?:[a-zœ'’-]+\\s+){0,2}?(?:impunité|torture|abus|discriminations?|racisme|traite|trafics?|suicides?|automutilations?|${HARM})\\b`,
        // une réparation obtenue comme toute la demande, sans l'acte qui la fournit : « que les victimes obtiennent réparation »
        "\\b(?:obtenir|obtienne|obtiennent|reçoive|reçoivent|recevoir|bénéficier\\s+d['’]une|bénéficient\\s+d['’]une)\\s+(?:une\\s+|la\\s+|pleine\\s+)?(?:pleine\\s+)?(?:réparation|indemnisation|justice|réadaptation)\\b",
        "\\b(?:examiner|suivre|étudier|se\\s+pencher\\s+sur)\\s+(?:cette|la|ce)\\s+(?:situation|question|problème|problématique)\\b",
        "\\bse\\s+pencher\\s+sur\\b",
        "\\b(?:la|cette)\\s+(?:situation|question|problématique)\\b[^.;]{0,60}?\\b(?:soit|soient|être)\\s+(?:examinée|étudiée|suivie|réexaminée|évaluée)\\b",
        "(?<!\\bpour\\s)(?<!\\bd['’])\\bamélior(?:er|é|ée|és|ées|e|ent|ation)\\b",
        // un nouvel élan pour ce qui existe, sans dire ce qui change : « une complète redynamisation de la routine »
        "(?<!\\bpour\\s)\\b(?:redynamis|revitalis|dynamis)\\w*",
        // une manière de travailler à adopter, sans acte nommé : « adopter une approche plus structurée »
        "\\b(?:adopter|adopte|adoptent|adopté|adoptée)\\s+(?:une?|l['’]|la|le)\\s*(?:[a-zéèêàç-]+\\s+){0,2}?(?:approche|attitude|démarche|philosophie)\\b|\\b(?:approche|attitude|démarche|philosophie)\\b[^.;]{0,100}?\\b(?:doit|doivent|devrait|devraient|devra)\\s+être\\s+adoptée?s?\\b",
        // un résultat à atteindre, sans l'acte qui l'atteint : « une réduction de la surpopulation doit être atteinte »
        "\\b(?:doit|doivent|devrait|devraient|devra|devront)\\s+être\\s+(?:atteinte?s?|obtenue?s?)\\b(?!\\s+(?:par|grâce)\\s+(?!le\\s+\\d|\\d)\\w)",
        "\\bmieux\\b",
        // toutes les formes du verbe : « doit être renforcée », « renforcent », « soient consolidés »
        // l'attention ou la conscience comme toute la demande : une attitude, non un acte (« tenir compte
        // des besoins », « redoubler de vigilance », « mettre l'accent sur », « être attentif à »)
        "\\b(?:tenir|tienne|tiennent|tenu)\\s+compte\\b|\\b(?:prendre|prenne|prennent|pris)\\s+en\\s+(?:compte|considération)\\b|\\b(?:porter|porte|portent|prêter|prête|prêtent|accorder|accorde|accordent)\\s+(?:une\\s+)?(?:(?:attention|vigilance)\\b|(?:[a-zœ]+\\s+)?(?:attention|vigilance)\\b)|\\b(?:être|soit|soient|rester|reste|restent)\\s+(?:plus\\s+|particulièrement\\s+)?(?:attentif|attentive|attentifs|attentives|vigilant|vigilante|vigilants|vigilantes|sensibilisé|sensibilisée|sensibilisés|sensibilisées)\\b|\\bredoubler\\s+(?:de|d['’])\\s*(?:vigilance|efforts?|attention|prudence)\\b|\\bfaire\\s+preuve\\s+(?:de|d['’])\\b|\\bmettre\\s+(?:l['’]\\s*|davantage\\s+l['’]\\s*)?accent\\s+sur\\b|\\bsensibiliser\\b|\\b(?:garder|avoir)\\s+à\\s+l['’]\\s*esprit\\b",
        // sauf si son objet est un acte concret dit par un nom : « promouvoir la modification de l'article 12 »
        `(?<!\\bpour\\s)\\b(?:renforc(?:er|é|ée|és|ées|e|ent)|consolid(?:er|é|ée|és|ées|e|ent)|promouvoir|promu|promue|promus|promues|promeuve|promeuvent|favoris(?:er|é|ée|és|ées|e|ent)|intensifi(?:er|é|ée|és|ées|e|ent)|optimis(?:er|é|ée|és|ées|e|ent))\\b${NOT_NOMINAL_ACT}${NOT_BY_AMOUNT}`,
        "\\b(?:poursuivre|continuer|poursuive|poursuivent)\\s+(?:à\\s+|ses\\s+|leurs\\s+|les\\s+)?(?:efforts|travaux|action)\\b",
        "\\b(?:continuer|continue|continuent)\\s+(?:à|de)\\b",
        "\\befforts\\s+(?:devraient|doivent)\\s+se\\s+poursuivre\\b",
        "\\b(?:rendre|rendues?|rendus?|être|se\\s+montrer|devenir)\\s+plus\\s+(?!de\\b|que\\b)[a-zœ]+",
        "\\bveiller\\s+au\\s+(?:respect|bon\\s+fonctionnement)\\b",
        "\\b(?:garantir|assurer)\\s+(?:le\\s+)?(?:plein\\s+)?respect\\s+(?:des\\s+normes|de\\s+la\\s+réglementation|de\\s+la\\s+législation)\\b",
        "\\bavec\\s+(?:le\\s+plus\\s+grand\\s+)?respect\\b",
        "\\b(?:dignité|dignes?|humaines?|humainement|respectueu(?:x|se|ses))\\b",
        "\\b(?:traiter|traite|traitent|traités?|traitées?)\\s+(?:\\w+\\s+){0,3}?(?:correctement|convenablement|dignement|humainement|avec\\s+respect)\\b",
        `\\bmesures\\s+(?:nécessaires|appropriées|adéquates|utiles|idoines|qui\\s+s['’]imposent)\\b${MEASURES_SPECIFIED}`,
        "\\b(?:rechercher|trouver|explorer)\\s+(?:des\\s+)?(?:solutions|pistes|moyens|voies)\\b",
        "\\bsensibiliser\\b",
        // une orientation, non un acte, comme verbe de la demande (« encourager », « faciliter ») ; non la
        // formule qui recommande (« encourage le ministère à »), ni un but (« pour faciliter »)
        "(?<!\\bpour\\s)\\b(?:encourager|faciliter)\\b",
        // un état à garantir comme toute la demande, sans l'acte qui le garantit : « garantir la sécurité des
        // personnes détenues », « veiller à ce que leurs besoins soient satisfaits »
        "(?<!\\b(?:pour|de|d['’])\\s?)\\b(?:garantir|garantisse|garantissent|assurer|assure|assurent|préserver|sauvegarder)\\s+(?:la\\s+|le\\s+|l['’]\\s*|leur\\s+|sa\\s+|son\\s+|un\\s+|une\\s+)(?:[a-zœ]+\\s+)?(?:sécurité|protection|intégrité|indépendance|bien-être|fonctionnement|qualité|continuité|efficacité|environnement\\s+(?:sûr|sain|sécurisé))\\b",
        "\\b(?:besoins|droits|intérêts|sécurité|exigences)\\s+(?:[a-zœ'’-]+\\s+){0,4}?(?:soient|soit|sont|est|être)\\s+(?:pleinement\\s+|dûment\\s+|toujours\\s+)?(?:satisfaits?|respectés?|protégée?s?|garantie?s?|assurée?s?|pris\\s+en\\s+compte)\\b",
        // l'absence d'un tort comme toute la demande, sans l'acte qui l'assure : « veiller à ce qu'il n'y
        // ait pas de représailles », « que les témoins soient protégés contre toute intimidation »
        `\\b(?:(?:veiller\\s+à\\s+ce|garantir|garantisse|garantissent|s['’]assurer|assurer)\\s+qu(?:e\\s+|['’]\\s*)[^.;]{0,100}?)?(?:\\b(?:protégée?s?|à\\s+l['’]abri)\\s+(?:contre|de|des|d['’])[^.;]{0,30}?|\\bn['’]y\\s+(?:ait|a|aura)\\s+(?:pas|aucune?s?|plus)\\s+(?:de\\s+|d['’])?[^.;]{0,20}?|\\bne\\s+(?:fassent|fasse|soient|soit|subissent|subisse)\\s+(?:l['’]objet\\s+)?(?:d['’]aucune?s?|pas\\s+(?:l['’]objet\\s+)?(?:de|d['’]))\\s*[^.;]{0,20}?)${HARM}\\b`,
        // pas de sanction pour avoir coopéré avec un organe de contrôle : « ne doivent pas être sanctionnées pour
        // avoir communiqué des informations »
        "\\bne\\s+(?:doivent|devraient|doit|devrait|soient|soit)\\s+(?:pas|en\\s+aucun\\s+cas|jamais)\\s+(?:être\\s+)?(?:[a-zœ'’-]+\\s+){0,2}?(?:sanctionn|puni|pénalis|inquiét|intimid|harcel|menac)\\w*\\b[^.;]{0,40}?\\b(?:pour|en\\s+raison\\s+de)\\s+(?:avoir\\s+|s['’]être\\s+)?(?:[a-zœ'’-]+\\s+)?(?:coopér|communiqu|porté\\s+plainte|dépos|fourni|parl|témoign|signal|contact|rencontr|entretenu)\\w*",
        // les droits en général comme ce qu'il faut garantir, sans en nommer aucun : « garantir les droits
        // fondamentaux des personnes détenues » (« le droit des personnes détenues à un avocat » en nomme un)
        "(?<!\\b(?:pour|de|d['’])\\s?)\\b(?:garantir|garantisse|garantissent|assurer|assure|assurent|protéger|protège|protègent|respecter|respecte|respectent)\\s+(?:les\\s+|leurs\\s+|ses\\s+)droits(?:\\s+(?:de\\s+l['’]homme|fondamentaux|humains))?\\b(?!\\s+(?:(?:des?|du|d['’])\\s*(?:[a-zœ'’-]+\\s+){1,6}?)?à\\s)",
        // un problème à traiter comme toute la demande, sans dire comment : « le manque d'activités devrait être traité. »
        "\\b(?:être|soit|soient|sont|est)\\s+(?:\\w+ment\\s+)?(?:traitée?s?|résolue?s?|réglée?s?|abordée?s?)\\b(?=\\s*(?:[.;,)]|$))",
        // tout faire, chercher à : une intention, non un acte (« tout mettre en œuvre pour », « chercher à réduire »)
        "\\btout\\s+mettre\\s+en\\s+(?:œuvre|oeuvre)\\b|\\bfaire\\s+(?:tout\\s+son\\s+possible|tout\\s+leur\\s+possible|le\\s+maximum|tout\\s+ce\\s+qui\\s+est\\s+(?:possible|en\\s+son\\s+pouvoir))\\b",
        "\\b(?:chercher|cherche|cherchent|viser|vise|visent|tendre|tende|tendent|s['’]attacher|s['’]attache|s['’]attachent)\\s+à\\b",
        // une mise aux normes sans dire lesquelles : « les cellules doivent être mises aux normes »
        "\\b(?:mettre|mette|mettent|mise?s?)\\s+(?:[\\w'’-]+\\s+){0,4}?aux\\s+normes\\b(?!\\s+(?:de|du|des|d['’])\\s*\\S)",
        // le droit en général à appliquer ou respecter, sans disposition nommée ni acte : « appliquer le droit
        // relatif au traitement des enfants », « que les pratiques soient pleinement conformes à la loi »
        "\\b(?:appliquer|applique|appliquent|imposer\\s+l['’]application\\s+(?:du|de\\s+la|des)|faire\\s+appliquer|respecter|respecte|respectent)\\s*(?:le\\s+|la\\s+|les\\s+|l['’])?(?:droit|loi|lois|législation|dispositions\\s+légales)(?:\\s+(?:national|nationale|international|internationale|en\\s+vigueur)(?:\\s+et\\s+(?:international|internationale))?)?\\b(?![^.;,]{0,30}?\\b(?:articles?|\\d))",
        "\\b(?:soit|soient|sont|est|être)\\s+(?:pleinement\\s+|entièrement\\s+)?(?:conformes?|en\\s+conformité)\\s+(?:à|avec)\\s+(?:la\\s+loi|la\\s+législation|au\\s+droit|aux\\s+lois)\\b(?!\\s+(?:du|de|sur|relative)\\b)",
        // des conditions dites seulement par une qualité : « hébergées dans des conditions satisfaisantes »
        "\\b(?:dans|en)\\s+(?:des\\s+)?conditions\\s+(?:matérielles\\s+)?(?:décentes|satisfaisantes|adaptées|acceptables|convenables|appropriées|adéquates|correctes)\\b(?!\\s+(?:conformes|au\\s+sens|telles|définies|prévues|fixées))",
        // un comportement dit seulement par sa manière : « le personnel doit interagir de manière positive »
        "\\b(?:interagir|interagisse|interagissent|communiquer|communique|communiquent|se\\s+comporter|se\\s+comporte|se\\s+comportent|agir|agisse|agissent)\\s+(?:avec\\s+[^.;,]{1,40}?\\s+)?(?:de\\s+(?:manière|façon)\\s+(?:plus\\s+)?(?:positive|constructive|appropriée|adaptée|respectueuse|professionnelle|bienveillante|courtoise)|positivement|correctement|convenablement|respectueusement)\\b",
        // la conformité à des normes en général, qui n'en nomment aucune : « conformes aux normes internationales »
        "\\b(?:conformes?|conformément|se\\s+conforment|se\\s+conformer)\\s+aux\\s+(?:normes|standards|exigences|obligations)\\s+(?:internationales|internationaux|applicables|en\\s+vigueur|nationales|minimales)\\b",
      ],
    },
    bareQuality: {
      patterns: [
        "\\b(?:soit|soient|être|sont|est|rester|reste|restent)\\s+(?:\\w+ment\\s+)?(?:suffisante?s?|adéquate?s?|appropriée?s?|satisfaisante?s?|acceptables?|dignes?|convenables?|raisonnables?|correcte?s?|propres?|sûre?s?|sains?|saines?|hygiéniques?|proportionnée?s?|humaines?|en\\s+bon\\s+état)\\b(?!\\s+(?:pour\\b(?!\\s+(?:(?:la|le|les|un|une|des)\\s+|l['’]\\s*)(?!(?:nombre|capacité|demande|taille|population)\\b))|à\\b|au\\b|conformément\\b|selon\\b))",
        "\\b(?:maintenir|maintienne|maintiennent|conserver|tenir)\\s+(?:\\w+\\s+){0,5}?en\\s+(?:bon|parfait)\\s+état\\b",
        "\\b(?:maintenir|maintenus?|maintenues?|maintienne|maintiennent)\\s+(?:[\\w'’-]+\\s+){0,4}?à\\s+une?\\s+[a-zéèê]+\\s+(?:suffisante?|adéquate?|appropriée?|acceptable|satisfaisante?|convenable|correcte?|raisonnable)\\b",
        "\\b(?:maintenir|maintienne|maintiennent)\\s+(?:\\w+\\s+){0,4}?propres?\\b",
        // une suffisance comme ce qui doit exister ou être disponible, sans étalon : « il doit y avoir
        // un nombre suffisant de surveillants », « l'unité doit disposer d'un personnel suffisant »
        `\\b(?:y\\s+avoir|y\\s+ait|disposer|dispose|disposent)\\s+(?:[a-zœ'’]+\\s+){0,5}?(?:suffisante?s?|suffisamment\\s+d|adéquate?s?|appropriée?s?|davantage\\s+d|plus\\s+d['’e])(?![^.;]{0,50}?\\b(?:pour\\s+(?!${QUALITY_PURPOSE})|afin|conformément)\\b)`,
        // une qualité de ce qu'une chose est ou a, sans étalon : « les cellules soient d'une taille suffisante »
        "\\b(?:soit|soient|être|sont|est|ait|aient|avoir)\\s+(?:d['’]une?|une?)\\s+[a-zà-ÿœ]+\\s+(?:suffisante?s?|adéquate?s?|appropriée?s?|satisfaisante?s?|acceptables?|convenables?|raisonnables?|correcte?s?|décente?s?)\\b(?!\\s+(?:pour|à|au|afin|conformément|selon)\\b)",
        // a manner as the whole ask, after a verb that only keeps or uses what exists
        "\\b(?:tenu\\w*|tenir|tienne\\w*|utilis\\w*|appliqu\\w*|employ\\w*|us(?:er|é|ée|és|ées))\\s+(?:\\w+\\s+){0,3}?(?:correctement|convenablement|en\\s+bonne\\s+et\\s+due\\s+forme|(?:qu['’]|seulement\\s+|uniquement\\s+)?en\\s+dernier\\s+recours)\\b",
        "\\b(?:correctement|convenablement)\\s+(?:tenu|utilis|appliqu|employ)\\w*",
        // un état dit seulement par son degré, sans rien après : « les cellules doivent être
        // suffisamment chauffées. »
        // (un acte judiciaire « dûment » accompli l'est selon la loi : « soient dûment poursuivis »)
        "\\b(?:être|soit|soient|sont|est|reste|restent)\\s+(?!dûment\\s+(?:poursuivi|jugé|sanctionné|puni|condamné))(?:suffisamment|correctement|convenablement|bien|adéquatement|dûment)\\s+[a-zéèê]+(?:é|ée|és|ées|i|ie|is|ies|t|te|ts|tes)\\b(?=\\s*(?:[.;]|$))",
        // une suffisance de moyens dite par un participe, où qu'elle soit : « que le service soit
        // suffisamment doté pour toutes les prisons » (un étalon après elle la lie : « … pour couvrir chaque
        // équipe » ; ce dont il est équipé nomme la chose : « équipées d'un bouton d'appel »)
        "\\b(?:être|soit|soient|sont|est|reste|restent)\\s+(?:suffisamment|correctement|convenablement|adéquatement|dûment|bien)\\s+(?:dotée?s?|financée?s?|équipée?s?|pourvue?s?|approvisionnée?s?|outillée?s?)\\b(?!\\s+(?:en\\s+\\w+\\s+)?(?:pour|afin)\\s+(?:de\\s+|d['’])?[a-zœ]+(?:er|ir|re)\\b)(?!\\s+(?:d['’]une?|de\\s+(?:\\d+|deux|trois|quatre))\\b)",
        // ensuring a quality of something that exists: "garantir une ventilation suffisante"
        `\\b(?:garanti\\w*|assur\\w*|maint\\w*|veiller\\s+à)\\s+(?:un|une|le|la|les|des|l['’])?\\s*(?:[\\wéèêàç]+\\s+){0,3}?(?:${CONDITION_OR_MEANS}\\s+(?:et\\s+${CONDITION_OR_MEANS}\\s+)?(?:[\\wéèêàç'’]+\\s+){0,3}?(?:suffisant|adéquat|approprié|adapté|convenable|satisfaisant|décent)\\w*|(?:suffisant|adéquat|approprié|adapté|convenable|satisfaisant|décent)\\w*(?=\\s+(?:de\\s+|d['’])?${CONDITION_OR_MEANS}\\b))\\b(?!\\s+(?:pour\\b(?!\\s+(?:(?:la|le|les|un|une|des)\\s+|l['’]\\s*)(?!(?:nombre|capacité|demande|taille|population)\\b))|(?:à|aux?)\\s))`,
      ],
    },
    absolute: {
      patterns: [
        "\\b(?:garantir|garantisse|garantissent|assurer|veiller\\s+à\\s+ce)\\b[^.;]{0,120}?\\b(?:jamais|en\\s+aucun\\s+cas|en\\s+aucune\\s+circonstance)\\b",
        "\\bqu['’]aucune?\\b[^.;]{0,80}?\\bjamais\\b",
        "\\béradiquer\\b",
        "\\b(?:éliminer|éviter|prévenir)\\s+(?:tout|toute|tous|toutes)\\b",
        "\\b(?:totalement|complètement|entièrement)\\s+(?:éliminer|supprimer|prévenir)\\b",
        // l'absence de tout tort que d'autres peuvent causer, garantie : « veiller à ce qu'il n'y ait aucune
        // représaille », « protégés contre tout acte d'intimidation » (pas une borne : « pas plus de deux »)
        "\\b(?:veiller|garantir|garantisse|assurer|s['’]assurer)\\b[^.;]{0,30}?\\bqu['’]il\\s+n['’]y\\s+(?:ait|a|aura)\\s+(?:aucune?|pas\\s+de|nulle)\\b",
        "\\bprotég(?:er|é|ée|és|ées)\\s+(?:[\\w'’-]+\\s+){0,3}?contre\\s+(?:toute|tout|tous|toutes)\\s+(?:les\\s+)?(?:formes?|actes?|types?)\\s+d",
        "\\b(?:veiller|garantir|garantisse|assurer|s['’]assurer)\\b[^.;]{0,30}?\\b(?:personne|aucune?\\s+(?:personne|détenue?|patiente?|enfant)s?)\\s+ne\\s+(?:soit|sera|puisse\\s+être)\\s+(?:jamais\\s+)?(?:soumise?s?|victimes?|maltraitée?s?|torturée?s?|intimidée?s?)\\b",
      ],
    },
    unbounded: {
      patterns: [
        `\\b(?:mesures|efforts?|attention)\\b(?=\\s*(?:(?:[a-zœ'’]+\\s*){0,2}(?:[.;]|$)|(?:[a-zœ'’]+\\s+){0,3}?(?:pour\\s+|afin\\s+d(?:e\\s+|['’])|en\\s+vue\\s+d(?:e\\s+|['’]))(?:prévenir|remédier|éviter|lutter|combattre|traiter|améliorer\\s+la\\s+situation)\\b))`,
        "\\b(?:la|au|du)\\s+(?:situation|question|problème|problématique)\\b",
        "\\battention\\s+(?:\\w+\\s+)?(?:devrait|doit|doivent)\\s+être\\s+(?:portée|accordée|prêtée)\\b",
        "\\btout\\s+(?:ce\\s+qui\\s+est\\s+)?(?:possible|nécessaire)\\b",
        "\\bretenir\\s+(?:l['’]|toute\\s+l['’])attention\\b",
      ],
    },
    anaphoricObject: {
      patterns: [
        "\\b(?:cette|ce|cet)\\s+(?:situation|question|problème|problématique|point|sujet)\\b",
      ],
    },
    softYardstick: {
      patterns: [
        // une restriction au nécessaire, sans dire quand il l'est : « menottes utilisées uniquement dans les
        // cas où c'est strictement nécessaire »
        "\\b(?:uniquement|seulement|exclusivement|que|qu['’])\\s*(?:[a-zœ'’-]+\\s+){0,4}?(?:où|lorsque|quand|si)\\s+(?:cela\\s+est\\s+|c['’]est\\s+|elle\\s+est\\s+|il\\s+est\\s+)?(?:strictement\\s+|absolument\\s+)?(?:nécessaire|indispensable|requis)\\b",
        "\\b(?:si|lorsque|quand)\\s+(?:cela\\s+est\\s+|c['’]est\\s+)?(?:nécessaire|possible|approprié)\\b",
        "\\ben\\s+cas\\s+de\\s+besoin\\b",
        "\\b(?:le\\s+plus\\s+(?:court|bref)\\s+(?:délai|temps)\\s+possible)\\b",
        "\\bplus\\s+(?:souvent|fréquemment|régulièrement)\\b",
        "\\b(?:régulièrement|périodiquement|à\\s+intervalles\\s+réguliers|de\\s+manière\\s+(?:régulière|périodique))\\b",
        "\\b(?:suffisante?s?|suffisamment|adéquate?s?|adéquatement|appropriée?s?|adaptée?s?|raisonnables?|convenables?|abordables?|efficaces?|effecti(?:f|ve|fs|ves)|significati(?:f|ve|fs|ves)|substantiel(?:le)?s?|robustes?|(?<!\\bmesures\\s+(?:[a-zœ]+\\s+)?)(?:nécessaires|utiles?))\\b",
        "\\b(?:rapidement|rapides?|promptement|dans\\s+les\\s+meilleurs\\s+délais|correctement|correcte?s?|indue?s?|inutiles?|excessi(?:f|ve|fs|ves))\\b",
        "\\b(?:longues|prolongées|excessives)\\s+périodes?\\b",
        "\\bdans\\s+(?:toute\\s+)?la\\s+mesure\\s+du\\s+possible\\b",
        "\\ben\\s+dernier\\s+recours\\b",
        "\\b(?:meilleure?s?|accrue?s?|davantage)\\b",
        // (un superlatif nomme un degré atteint, pas un changement : « du plus haut niveau », « les plus vulnérables » ;
        // « le plus … possible » en reste un)
        "\\b(?<!\\b(?:le|la|les|du|des|au|aux)\\s+)plus\\b(?!\\s+(?:de|que|tard|tôt)\\b)|\\ble\\s+plus\\s+(?:[a-zœ]+\\s+){1,2}?possible\\b",
      ],
    },
    yardstickTie: {
      patterns: [
        `\\b(?:suffisante?s?|suffisamment|nécessaires?)\\s+(?:[a-zœ'’]+\\s+){0,3}?(?:(?:pour\\s+|afin\\s+(?:de\\s+|d['’]))(?!${GOAL_VERB}\\b|${QUALITY_PURPOSE})${INFINITIVE}\\b|(?:pour|afin)\\s+(?:que|qu['’]))`,
        "\\b(?:suffisante?s?|suffisamment|adéquate?s?)\\s+(?:[a-zœ'’]+\\s+){0,3}?(?:pour|à)\\s+(?:la|le|l['’])\\s*[a-zœ]+(?:tion|ment)\\b",
        "\\b(?:suffisante?s?|adéquate?s?)\\b[^.;]{0,40}?\\b(?:répondre|faire\\s+face)\\s+à\\s+(?:la\\s+|l['’]\\s*)?(?:[a-zœ'’-]+\\s+){0,4}?demande\\b",
      ],
    },
    openAction: {
      patterns: [
        "(?<!\\bpour\\s)\\b(?:réexaminer|réexamine|réexaminent|examiner|examine|examinent|évaluer|évalue|évaluent|étudier|étudie|étudient|analyser|reconsidérer|réfléchir|réviser|révise|révisent|revoir|revoie|revoient|surveiller|surveille|surveillent)\\b",
        "\\b(?:soit|soient|être|sont|est)\\s+(?:\\w+ment\\s+)?revue?s?\\b",
        "\\b(?:soit|soient|être|sont|est)\\s+(?:\\w+ment\\s+)?(?:réexaminée?s?|examinée?s?|évaluée?s?|réévaluée?s?|reconsidérée?s?|étudiée?s?|analysée?s?|révisée?s?)\\b",
        // un réexamen nommé comme ce que la chose subit : « la politique devrait faire l'objet d'un réexamen »
        "\\b(?:faire|fasse|fassent|fait|font)\\s+l['’]objet\\s+d['’]\\s*(?:une?\\s+)?(?:[a-zœ'’-]+\\s+)?(?:réexamen|examen|évaluation|réévaluation|révision|analyse|étude)\\b(?!\\s+(?:annuel(?:le)?|mensuel(?:le)?|périodique|par|dans|avant|chaque)\\b)",
        "\\b(?:assurer|assure|assurent|faire|fasse|fassent)\\s+(?:un|le)\\s+suivi\\b(?!\\s+(?:annuel|mensuel|hebdomadaire|quotidien|périodique|chaque|régulier)\\b)",
        "\\b(?:procéder\\s+à|soit\\s+procédé\\s+à|conduire|réaliser|mener)\\s+(?:un|une)\\s+(?:\\w+\\s+)?(?:évaluation|réexamen|examen|analyse|étude|bilan)\\b(?!\\s+(?:annuel(?:le)?|mensuel(?:le)?|périodique|chaque|avant|dans\\s+un\\s+délai)\\b)",
        // le réexamen nommé d'abord et demandé au passif : « une évaluation complète du dispositif
        // devrait être menée » est aussi ouverte que « mener une évaluation de … »
        "\\b(?:un|une|le|la|l['’])\\s*(?:[a-zéèêàç-]+\\s+){0,2}?(?:évaluation|réexamen|examen|analyse|étude|bilan)\\b(?:\\s+(?:complète|complet|approfondie?|détaillée?|exhaustive?))?(?:\\s+(?:de|du|des|d['’]|sur)[^.;]{0,120}?)?\\s+(?:doit|devrait|devra)\\s+être\\s+(?:réalisée?|menée?|conduite?|effectuée?)\\b(?!\\s+(?:par|dans\\s+un\\s+délai|avant|chaque)\\b)",
      ],
    },
    measure: {
      patterns: [
        // a number standing alone ("2 hours", "7m2"), not a digit inside a code or a citation ("S47", "Covid-19", "4/2018")
        // ni le numéro d'un point de liste, d'une recommandation ou d'un texte, ni une année (« 3. Installer … »,
        // « Recommandation 4 », « n° 12 », « le rapport 2019 »), ni le jour d'une date (« la circulaire du 6 mars 2000 »)
        `(?<![A-Za-z0-9/.-])(?<!\\bRecommandations?\\s+)(?<!\\b(?:n[°º]|nos?|numéro)\\.?\\s*)(?!(?:19|20)[0-9]{2}(?![0-9]))\\d(?![0-9]*/[0-9])(?![0-9]?(?:er)?\\s+${MONTH})(?!(?<=(?:^|\\n|[:;]|\\b(?:et|ou))\\s*\\d)\\d*(?:[.)]|\\s?[–—-])\\s)`,
        "\\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|moitié|double)\\b",
        "\\bpour\\s+cent\\b|%",
        "\\b(?:au\\s+moins|au\\s+minimum|au\\s+maximum|au\\s+plus|un\\s+maximum\\s+de|un\\s+minimum\\s+de|pas\\s+plus\\s+de|ne\\s+dépassant\\s+pas|jusqu['’]à)\\b",
        // (pas tous dans un état d'esprit que nul ne peut observer : « tout le personnel ait les connaissances nécessaires »)
        "\\b(?:tout|toute|tous|toutes|chaque|aucune?)\\s+(?!moment\\b|ce\\b|les\\s+mesures\\b|(?:les\\s+)?(?:types?|formes?|sortes?)\\s+(?:de|d['’])|(?:type|forme|sorte)\\s+(?:de|d['’]))(?![^.;]{0,40}?\\b(?:ait|aient|possède|possèdent|acquière|acquièrent)\\s+(?:les|la|le|des)?\\s*(?:connaissances|compétences|aptitudes)\\s+(?:nécessaires|suffisantes|adéquates|appropriées|requises))(?:[a-zœ'’-]+\\s+){0,2}?[a-zœ'’-]+",
        "\\b(?:à\\s+tout\\s+moment|en\\s+permanence|toujours)\\b",
        // pas le nom d'un rapport daté que l'on cite (« le paragraphe 82 du rapport annuel 2014 »)
        "\\b(?:quotidien(?:ne)?s?|quotidiennement|chaque\\s+jour|hebdomadaires?|mensuel(?:le)?s?|mensuellement|trimestriel(?:le)?s?|annuel(?:le)?s?(?!\\s+(?:de\\s+|d['’]activité\\s+(?:de\\s+)?)?(?:19|20)\\d{2}\\b)|annuellement|par\\s+(?:jour|semaine|mois|an))\\b",
        // une proportion : « une personne par cellule », « un surveillant pour dix personnes détenues »
        "\\b(?:une?|deux|trois|quatre|cinq|six|dix|\\d+)\\s+(?:[a-zœéèêàç'’-]+\\s+){0,2}?par\\s+(?:cellules?|chambres?|dortoirs?|lits?|quartiers?|personnes?\\s+détenues?|détenus?|patients?|résidents?|surveillants?|agents?)\\b",
        "\\b(?:complète?s?|complètement|intégralement|sans\\s+exception|séparément|exacte?s?)\\b",
        "\\b(?:par\\s+écrit|consign\\w+|enregistr\\w+|document\\w+|traçab\\w+|inscrit\\w*|mentionn\\w+)\\b",
        "\\b(?:augmenter|accroître|réduire|diminuer|doubler)\\s+(?:le\\s+)?nombre\\s+de\\b",
        // un livrable nommé, quelle que soit la forme du verbe : « élaborer un protocole », « qu'un
        // protocole soit élaboré », « le livret d'accueil doit être traduit »
        "\\b(?:adopt|édict|élabor|développ|établi(?:r|sse|ssent|t|e|es|s)?\\b|mettre\\s+en\\s+place|mis(?:e|es)?\\s+en\\s+place|publi(?:er|é|ée|és|ées|e|ent)\\b|cré[eé]|modifi|actualis|rédig|diffus|remett|remis|install(?:er|é|ée|és|ées|e|ent)\\b|dot(?:er|é|ée|és|ées|e|ent)\\b|réalis|effectu|produi|instaur)\\w*\\b(?:(?!\\b(?:évaluation|réexamen|examen|analyse|étude|révision|bilan)\\s+(?:de|du|des|d['’]))[^.;]){0,40}?\\b(?:instructions?|notes?\\s+de\\s+service|circulaires?|protocoles?|procédures?|plans?|programmes?|registres?|formulaires?|règlements?|guides?|documents?|livrets?|dispositifs?|systèmes?|stratégies?|coordinat(?:eur|rice)s?|référents?|rapports?|audits?|inventaires?|emplois\\s+du\\s+temps|calendriers?|fiches?|notices?|comités?|commissions?|mécanismes?)\\b",
        // le même livrable nommé par un nom de fabrication : « la mise en place d'un registre », « la création
        // d'un mécanisme de plainte »
        "\\b(?:mise\\s+en\\s+(?:place|œuvre|oeuvre)|création|instauration|adoption|élaboration|publication)\\s+(?:d['’]une?|des|du|de\\s+la|de\\s+l['’])\\s*(?:[a-zœ'’-]+\\s+){0,3}?(?:protocoles?|procédures?|plans?|programmes?|stratégies?|registres?|mécanismes?|comités?|commissions?|systèmes?|dispositifs?|guides?|livrets?|circulaires?|notes?\\s+de\\s+service)\\b",
        "\\b(?:instructions?|notes?\\s+de\\s+service|circulaires?|protocoles?|procédures?|plans?|programmes?|stratégies?|registres?|formulaires?|règlements?|guides?|livrets?|rapports?|audits?|inventaires?|fiches?|notices?)\\b[^.;]{0,60}?\\b(?:doit|doivent|devrait|devraient|devra|devront)\\s+être\\s+(?:adopté|édicté|élaboré|établi|mis\\s+en\\s+place|publié|créé|modifié|actualisé|rédigé|diffusé|remis|traduit|mis\\s+à\\s+jour)\\w*",
        "\\b(?:supprimer|retirer|cesser|mettre\\s+fin|prohiber|interdire|fermer|remplacer)\\b",
        "\\bne\\s+(?:doit|doivent|devrait|devraient|soit|soient)\\s+(?:plus|pas|jamais)\\b",
      ],
    },
    timeframe: {
      patterns: [
        // a date given as a document's ("la circulaire du 1er juillet 2019") is not a deadline
        `(?<!\\b(?:du|de)\\s)\\b(?:1er|\\d{1,2})\\s+${MONTH}(?:\\s+(?:19|20)\\d{2})?\\b`,
        `\\b${MONTH}\\s+(?:19|20)\\d{2}\\b`,
        "\\b\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}\\b",
        `\\b(?:d['’]ici\\s+(?:à\\s+)?(?:la\\s+fin\\s+de\\s+)?(?:l['’]année\\s+)?|avant\\s+(?:la\\s+fin\\s+de\\s+)?(?:l['’]année\\s+)?|au\\s+plus\\s+tard\\s+(?:le\\s+|en\\s+|à\\s+la\\s+fin\\s+de\\s+)?|jusqu['’](?:au|en)\\s+|courant\\s+|dans\\s+le\\s+courant\\s+de\\s+(?:l['’]année\\s+)?|au\\s+cours\\s+de\\s+(?:l['’]année\\s+)?|fin\\s+|début\\s+)(?:(?:1er|\\d{1,2})\\s+)?(?:${MONTH}\\s+)?(?:19|20)\\d{2}\\b`,
        `\\bdans\\s+(?:un\\s+délai\\s+(?:maximum\\s+|maximal\\s+)?(?:de\\s+|d['’])|les\\s+)(?:\\d+|${NUMBER_WORD})\\s+(?:prochain(?:e)?s\\s+)?${TIME_UNIT}`,
        `\\b(?:au\\s+cours\\s+des?|dans\\s+les?|pendant\\s+les?)\\s+(?:\\d+\\s+|${NUMBER_WORD}\\s+)?(?:prochain(?:e)?s?)\\s+${TIME_UNIT}`,
        `\\b(?:au\\s+cours\\s+des?|dans\\s+les?)\\s+(?:\\d+\\s+|${NUMBER_WORD}\\s+)${TIME_UNIT}\\s+(?:à\\s+venir|prochain(?:e)?s)\\b`,
        "\\bau\\s+(?:cours\\s+du\\s+)?prochain\\s+(?:cycle|exercice|budget)(?:\\s+budgétaire)?\\b",
        // une période du cycle budgétaire ou d'examen, celle en cours ou la suivante
        "\\b(?:au\\s+cours\\s+de|durant|pendant|dans)\\s+(?:l['’]exercice|la\\s+période\\s+(?:d['’]examen|de\\s+référence|couverte\\s+par\\s+le\\s+prochain\\s+rapport))(?:\\s+budgétaire)?\\s+(?:en\\s+cours|(?:19|20)\\d{2}|à\\s+venir)\\b",
        "\\b(?:avant|d['’]ici)\\s+la\\s+prochaine\\s+inspection\\b",
        "\\b(?:à\\s+compter\\s+du|dès\\s+le|à\\s+partir\\s+du)\\s+(?:mois|trimestre|exercice)\\s+prochain\\b",
        "\\b(?:à\\s+compter\\s+du|dès\\s+le|à\\s+partir\\s+du)\\s+(?:1er|\\d{1,2})\\b",
        "\\bau\\s+plus\\s+tard\\b",
        // a part of a year, or a bound on the time given
        "\\b(?:au\\s+cours\\s+du|durant\\s+le|pendant\\s+le|avant\\s+la\\s+fin\\s+du|d['’]ici\\s+la\\s+fin\\s+du)\\s+(?:premier|second|deuxième|troisième|quatrième)\\s+(?:semestre|trimestre)\\s+(?:de\\s+(?:l['’]année\\s+)?)?(?:19|20)\\d{2}\\b",
        `\\bdans\\s+un\\s+délai\\s+(?:n['’]excédant\\s+pas|ne\\s+dépassant\\s+pas|inférieur\\s+à|qui\\s+ne\\s+saurait\\s+excéder)\\s+(?:\\d+|${NUMBER_WORD})\\s+${TIME_UNIT}`,
        // le prochain rapport à l'organe qui demande : « dans son prochain rapport périodique »
        "\\b(?:dans|avant)\\s+(?:son|leur|le)\\s+prochain\\s+rapport\\b",
        "\\b(?:avant|d['’]ici)\\s+(?:l['’]hiver|l['’]été|la\\s+période\\s+de\\s+chauffe|la\\s+prochaine\\s+visite|la\\s+fin\\s+de\\s+l['’]année)\\b",
        "\\b(?:dans\\s+le\\s+)?budget\\s+(?:de\\s+)?(?:19|20)\\d{2}\\b",
      ],
    },
    immediacy: {
      patterns: [
        "\\b(?:immédiat(?:e|ement)?|sur-le-champ|sans\\s+(?:plus\\s+(?:de\\s+|tarder)|aucun\\s+)?délai|sans\\s+tarder|sans\\s+attendre|dès\\s+à\\s+présent|dès\\s+maintenant|de\\s+toute\\s+urgence|en\\s+urgence|(?<!\\b(?:appels?|boutons?|services?|cas|situations?|numéros?|sorties?|soins|médecins?|médecine|unités?|cellules?|dispositifs?|sonnettes?|interphones?|systèmes?)\\s)d['’]urgence|à\\s+titre\\s+urgent|urgemment)\\b",
        // urgency of the measures asked for, or of the whole ask: "prendre les mesures urgentes suivantes"
        "\\b(?:mesures|actions|dispositions|démarches|interventions)\\s+(?:[\\w-]+\\s+(?:et|ou)\\s+)?urgentes\\b|\\burgentes\\s+(?:mesures|actions|dispositions|démarches)\\b|\\bil\\s+est\\s+(?:(?:très|particulièrement|donc)\\s+)?urgent\\s+(?:de|d['’]|que|qu['’])",
      ],
    },
    routineAnchor: {
      patterns: [
        "\\b(?:suivant|après|dès|à\\s+compter\\s+de|lors\\s+de|au\\s+moment\\s+de|avant)\\s+(?:son|sa|leur|l['’]|la|le|chaque)?\\s*(?:arrivée|admission|interpellation|arrestation|placement|transfert|libération|demande|incident|entrée|écrou|mise\\s+en\\s+détention|privation\\s+de\\s+liberté|garde\\s+à\\s+vue)\\b",
        "\\b(?:à|de)\\s+(?:son|sa|leur)\\s+(?:arrivée|admission|placement|entrée)\\b",
        "\\bchaque\\s+fois\\s+que\\b",
        "\\baprès\\s+chaque\\b",
        "\\bpour\\s+chaque\\s+(?:plainte|demande|requête|incident|personne|détenu)\\b",
        // une décision prise pour chaque cas, que le délai suit : « dès la décision de placement à
        // l'isolement », « en lien immédiat avec la décision de contention »
        "\\b(?:en\\s+lien\\s+(?:immédiat\\s+)?avec|suivant|après|dès|lors\\s+de|au\\s+moment\\s+de)\\s+(?:la|chaque|toute)\\s+décision\\s+(?:de|d['’])",
      ],
    },
    routineStep: {
      patterns: [
        "\\b(?:être|soit|soient|est|sont|été)\\s+(?:\\w+ment\\s+)?(?:informée?s?|avisée?s?|examinée?s?|vue?s?|entendue?s?|présentée?s?|notifiée?s?|enregistrée?s?|visitée?s?)\\b",
      ],
    },
    openTime: {
      patterns: [
        "\\b(?:dès\\s+que\\s+possible|dans\\s+les\\s+meilleurs\\s+délais|le\\s+plus\\s+rapidement\\s+possible|au\\s+plus\\s+vite|aussi\\s+rapidement\\s+que\\s+possible|dans\\s+les\\s+plus\\s+brefs\\s+délais)\\b",
        "\\ben\\s+temps\\s+(?:utile|voulu)\\b",
        "\\b(?:à|dans\\s+le)\\s+(?:court|moyen|long)\\s+terme\\b",
        "\\b(?:progressivement|graduellement|à\\s+terme|prochainement)\\b",
        "\\bà\\s+l['’]avenir\\b|\\bdans\\s+un\\s+(?:proche\\s+)?avenir\\b",
        "\\blorsque\\s+(?:les\\s+moyens|le\\s+budget|les\\s+ressources)\\s+le\\s+permett(?:ent|ra)\\b",
        "\\bdans\\s+un\\s+délai\\s+raisonnable\\b",
      ],
    },
    priority: {
      patterns: [
        "\\b(?:priorité|prioritaire(?:s|ment)?|en\\s+priorité|prioriser)\\b",
        // l'urgence de la demande, pas une sorte de soin ou de cas (« soins urgents », « en cas d'urgence »)
        "(?<!\\b(?:soins|cas|situations?|besoins?|appels?|consultations?|hospitalisations?|transferts?|médicaux|médicales|médical|médicale)\\s)\\burgen(?:t|te|ts|tes)\\b|(?<!\\b(?:en\\s+cas\\s+d['’]|situations?\\s+d['’]|appels?\\s+d['’]|services?\\s+d['’]|bouton\\s+d['’]|soins\\s+d['’]))\\burgence\\b(?!\\s+médicale)",
        "\\b(?:dès\\s+que\\s+possible|dans\\s+les\\s+meilleurs\\s+délais|le\\s+plus\\s+rapidement\\s+possible|au\\s+plus\\s+vite|dans\\s+les\\s+plus\\s+brefs\\s+délais)\\b",
        "\\b(?:dans\\s+un\\s+premier\\s+temps|d['’]abord|en\\s+premier\\s+lieu)\\b[^.]{1,160}?\\b(?:puis|ensuite|dans\\s+un\\s+second\\s+temps|en\\s+second\\s+lieu)\\b",
        "\\ben\\s+commençant\\s+par\\b",
        "\\bcomme\\s+première\\s+étape\\b",
        "\\b(?:dans\\s+l['’]attente(?!\\s+(?:de\\s+)?(?:leur|son|sa|ses|d['’]un|d['’]une)\\s+(?:jugement|procès|éloignement|expulsion|extradition|audience|condamnation|renvoi))|en\\s+attendant|dans\\s+l['’]intervalle|entre-temps|d['’]ici\\s+là|jusqu['’]à\\s+ce\\s+que)\\b",
        // une mesure pour aussi longtemps qu'une chose manque : « tant que la vidéosurveillance n'est pas installée »
        "\\btant\\s+que\\s+(?:[a-zœ'’-]+\\s+){0,6}?(?:n['’]|ne\\s+)",
        // (pas une situation légale : « détention provisoire », « mise en liberté provisoire », « les prévenus provisoires »)
        "\\b(?:provisoirement|transitoire(?:s|ment)?|à\\s+titre\\s+temporaire)\\b|(?<!\\b(?:détention|liberté|isolement|placement|admission|détenus?|détenues?|prévenus?|prévenues?)\\s)\\bprovisoires?\\b",
        "\\bsans\\s+(?:pour\\s+autant\\s+)?(?:réduire|porter\\s+atteinte|compromettre|restreindre|limiter|affecter|nuire|empiéter)\\b",
        "\\bsans\\s+préjudice\\s+(?:de|du|des|pour)\\b",
        // un risque que la manière de faire doit éviter : « de manière à ne pas réduire … », « sans recourir à des heures supplémentaires excessives »
        "\\b(?:de\\s+(?:manière|façon|sorte)\\s+(?:à\\s+ne\\s+pas|que\\s+(?:cela\\s+|ceci\\s+)?(?:ne|n['’]))|pour\\s+ne\\s+pas)\\s+(?:réduire|porter\\s+atteinte|compromettre|restreindre|limiter|affecter|nuire|mettre\\s+en\\s+(?:danger|péril|cause))\\b|\\bsans\\s+(?:(?:avoir\\s+)?recours|recourir)\\s+(?:à|aux?)\\b|\\bsans\\s+mettre\\s+en\\s+(?:danger|péril)\\b",
        // une étape demandée bientôt, avant d'autres (« à très court terme »), comme « dès que possible »
        "\\b(?:à|dans\\s+le)\\s+(?:très\\s+)?court\\s+terme\\b",
        // un ordre des étapes : « réparer la cuisine avant tout autre chantier »
        "\\bavant\\s+tou(?:t|te)\\s+autre\\b",
        "\\ben\\s+veillant\\s+à\\s+ce\\s+que\\s+(?:cela|ceci)\\s+ne\\b",
        "\\b(?:évaluation|analyse)\\s+(?:des\\s+|du\\s+)?risques?\\b",
        // (un risque à réduire comme but de la demande en est l'objectif, non un risque de la mesure
        // elle-même : « assurer une présence constante pour prévenir les risques »)
        "(?<!\\b(?:pour|afin\\s+de|dans\\s+le\\s+but\\s+de)\\s)\\b(?:atténuer|minimiser|limiter|prévenir|(?:tenir|tenant)\\s+compte\\s+d(?:u|es))\\b[^.;]{0,30}\\brisques?\\b",
        // les risques de la mesure pesés comme tels : « évaluer les risques et les bénéfices de … »
        "\\b(?:évaluer|évalue|évaluent|examiner|examine|examinent|analyser|analyse|analysent|identifier|peser)\\s+les\\s+(?:éventuels\\s+)?risques\\s+(?:potentiels\\s+)?(?:et\\s+(?:les\\s+)?(?:bénéfices|avantages)\\s+)?(?:de|du|des|liés?\\s+à|associés?\\s+à)\\b",
        // the noun, not the verb after its subject ("qu'il risque d'être soumis à …" describes a case)
        "(?<!\\b(?:il|elle|ils|elles|qui|on|ne|n['’]|nul|personne)\\s)(?<!\\b(?:pour|afin\\s+de|dans\\s+le\\s+but\\s+de)\\s+(?:réduire|minimiser|atténuer|éviter|prévenir|limiter|diminuer)\\s+(?:le\\s+|les\\s+|tout\\s+)?)\\brisques?\\s+(?:de|d['’])\\b",
        "\\b(?:seulement|uniquement)\\s+(?:lorsque|si|quand)\\b",
        "\\bpas\\s+(?:de\\s+manière\\s+|de\\s+façon\\s+)?automatique(?:ment)?\\b",
        // la rapidité demandée comme telle : « accélérer l'adoption de la loi »
        "\\b(?:accélér(?:er|e|ent|é|ée|és|ées)|hâter|hâte)\\b",
        // un risque à éviter, nommé comme un soin à prendre : « en veillant à ne pas réduire … »
        "\\b(?:en\\s+veillant|en\\s+prenant\\s+soin)\\s+(?:à|de)\\s+ne\\s+pas\\b",
        // des mesures provisoires le temps des travaux : « pendant la durée des travaux »
        "\\b(?:pendant|durant)\\s+(?:la\\s+durée\\s+des\\s+|les\\s+)?travaux\\b|\\ble\\s+temps\\s+des\\s+travaux\\b",
        // une garantie que la manière de faire doit préserver, contre un risque que la demande
        // comporte : « avec les mesures de sécurité appropriées », « en appliquant les mesures de
        // protection des données », « après une évaluation des risques » (déjà lue plus haut)
        "\\b(?:mesures|garanties|précautions)\\s+(?:de\\s+|d['’])\\s*(?:sécurité|sûreté|confidentialité|protection\\s+des\\s+données)\\b(?<=\\b(?:avec|en\\s+(?:appliquant|adoptant|prenant|respectant|observant|mettant\\s+en\\s+(?:œuvre|place))|moyennant|sous\\s+réserve\\s+(?:de|des|d['’]))\\s*(?:les\\s+|des\\s+|de\\s+|toutes\\s+les\\s+)?(?:(?:mesures|garanties|précautions)\\s+(?:de\\s+|d['’])\\s*(?:sécurité|sûreté|confidentialité|protection\\s+des\\s+données)))",
        // une part de la demande à soigner d'abord ou le plus : « avec une attention (toute) particulière à … »
        // (porter attention comme toute la demande n'en distingue aucune part)
        "\\battention\\s+(?:toute\\s+)?(?:particulière|spéciale)\\b(?<=\\b(?:avec|en\\s+(?:prêtant|accordant|portant|apportant))\\s+(?:une\\s+|l['’]\\s*|toute\\s+son\\s+|toute\\s+leur\\s+)?attention\\s+(?:toute\\s+)?(?:particulière|spéciale))|\\ben\\s+mettant\\s+(?:l['’]|un\\s+)\\s*accent\\s+(?:particulier\\s+)?sur\\b",
        // un mal que la manière de faire ne doit pas causer : « une contention limitée au minimum,
        // sans infliger de douleur »
        "\\bsans\\s+(?:causer|infliger|provoquer|occasionner)\\s+(?:de\\s+|d['’]|aucune?\\s+)?(?:douleurs?|blessures?|souffrances?|dommages?|humiliation)\\b",
        // des lieux exclus pour protéger l'intimité (« à l'exception des toilettes et des locaux
        // d'entretien avec les avocats ») : un risque dont la recommandation tient compte
        "\\b(?:à\\s+l['’]exception\\s+(?:des|du|de\\s+la|de\\s+l['’])|sauf(?:\\s+dans)?|hormis|excepté)\\s*(?:les\\s+|la\\s+|le\\s+|l['’])?\\s*(?:toilettes|douches?|sanitaires|WC|(?:salles?|locaux|parloirs?|bureaux)\\s+(?:d['’]entretiens?|réservée?s?\\s+aux\\s+entretiens)(?:\\s+avec\\s+(?:les\\s+)?(?:avocats|médecins))?)\\b",
      ],
    },
    urge: {
      patterns: [
        "\\b(?:demande(?:nt)?|prie(?:nt)?|engage(?:nt)?|invite(?:nt)?|recommande(?:nt)?)\\s+instamment\\b",
        "\\bexhorte(?:nt)?\\b",
        "\\bappelle(?:nt)?\\s+instamment\\b",
      ],
    },
    finding: {
      patterns: [
        "\\b(?:MNP|CGLPL|Contrôleur|contrôleurs|délégation|équipe|Mécanisme|Comité|Sous-Comité|visiteurs|nous)\\s+(?:\\w+\\s+){0,2}?(?:a\\s+constaté|ont\\s+constaté|constate|a\\s+observé|ont\\s+observé|observe|a\\s+relevé|ont\\s+relevé|relève|a\\s+noté|note|a\\s+été\\s+informée?|ont\\s+été\\s+informés|déplore|regrette|s['’]inquiète|est\\s+préoccupé|est\\s+préoccupée)\\b",
        "\\b(?:lors|au\\s+cours)\\s+de\\s+(?:la|sa|leur|cette)\\s+visite\\b",
        "\\b(?:ont|a)\\s+(?:déclaré|indiqué|rapporté|signalé|affirmé|dénoncé|allégué|décrit)\\b",
        "\\bselon\\s+(?:les\\s+)?(?:témoignages|informations|déclarations|personnes)\\b",
        "\\b(?:étant\\s+donné|vu|compte\\s+tenu\\s+du\\s+fait|attendu)\\s+que\\b",
        "\\bcompte\\s+tenu\\s+d(?:e|u|es)\\b",
        "\\b(?:dans\\s+la\\s+mesure\\s+où|puisque|parce\\s+que|car)\\b",
        "\\ben\\s+raison\\s+d(?:e|u|es)\\s+(?:l['’]absence|du\\s+manque|de\\s+l['’]insuffisance)\\b",
        "\\b(?:l['’]absence|le\\s+manque|l['’]insuffisance)\\s+d(?:e|u|es)\\b",
        "\\b(?:n['’](?:a|ont|avait|avaient|existe|existait|y\\s+a|y\\s+avait)|ne\\s+(?:dispose|disposent|disposait|disposaient|sont|étaient))\\s+(?:pas|aucun|aucune|jamais)\\b(?<!\\bqui\\s+n['’](?:a|ont)\\s+(?:pas|aucun|aucune))",
        "\\bdépourvue?s?\\b",
        "\\bprivée?s?\\s+de\\b(?!\\s+(?:leur\\s+|sa\\s+)?liberté)",
      ],
    },
    standard: {
      caseSensitive: true,
      patterns: [
        "\\bRègles\\s+(?:Nelson\\s+)?Mandela\\b",
        "\\bRègles\\s+(?:de\\s+)?(?:Bangkok|Beijing|La\\s+Havane|Tokyo)\\b",
        "\\bRègles\\s+(?:minima|pénitentiaires\\s+européennes)\\b",
        "\\bProtocole\\s+(?:d['’]Istanbul|facultatif)\\b",
        "\\b(?:Convention|Pacte\\s+international|Constitution|Charte)\\b",
        "\\b(?:CPT|SPT|OPCAT|CEDH|CrEDH|HCR|OMS)\\b(?!,?\\s+(?:(?:à\\s+nouveau|de\\s+nouveau|une\\s+(?:nouvelle\\s+fois|fois\\s+encore|fois\\s+de\\s+plus)|également|aussi|donc|encore),?\\s+)?(?:recommande|demande|invite|exhorte|considère|estime|note|rappelle|réitère|souhaite|a\\s|avait|est|a\\s+constaté|a\\s+visité))",
        "\\b(?:Comité\\s+(?:européen|contre\\s+la\\s+torture|des\\s+droits)|Sous-Comité\\s+pour\\s+la\\s+prévention|Cour\\s+européenne|Conseil\\s+constitutionnel|Conseil\\s+d['’]État|Cour\\s+de\\s+cassation)\\b",
        "\\b[Jj]urisprudence\\b",
        "\\b[Aa]rt(?:icles?|s?\\.)\\s*[LRD]?\\.?\\s*\\d+",
        `\\b(?:[Ll]oi|[Dd]écret|[Oo]rdonnance|[Cc]irculaire|[Aa]rrêté|[Rr]èglement|[Cc]ode)\\s+(?:n[°º]\\s*[\\d-]+\\s+)?(?:du\\s+(?:1er|\\d{1,2})\\s+${MONTH}\\s+\\d{4}|n[°º]|de\\s+[a-z]+\\s+[A-Z]|\\d|[A-Z]|de\\s+procédure|pénal|pénitentiaire|de\\s+la\\s+santé)`,
        "\\b(?:[Cc]onformément\\s+(?:à|aux?)|[Aa]u\\s+regard\\s+d(?:e|u|es)|[Àà]\\s+l['’]aune\\s+d(?:e|u|es)|[Ee]n\\s+(?:application|conformité)\\s+(?:de|du|des|avec)|[Cc]omme\\s+(?:le\\s+)?(?:prévoit|prévoient|exige|exigent|dispose)|[Aa]insi\\s+que\\s+le\\s+(?:prévoit|prévoient|exige|exigent)|[Ss]elon|[Rr]especter|[Ss]e\\s+conformer\\s+(?:à|aux?)|(?:[Cc]onformes?|[Cc]onformité|[Rr]espect|[Cc]ohérente?s?)\\s+(?:à|aux?|avec|de|des|du)|(?:[Ss]oit|[Ss]oient|[Ss]ont|[Ee]st)\\s+(?:\\w+ment\\s+)?conformes?\\s+(?:à|aux?))\\s*(?:l['’]|le|la|les|aux?)?\\s*(?:[a-zœ]+\\s+){0,2}?(?:[A-Z]|\\d|(?:articles?|lois?|règlements?|instructions?|normes?|règles?|recommandations?|protocoles?|codes?|décrets?|circulaires?|obligations?)\\b|(?:principes?|politiques?|procédures?|lignes\\s+directrices)\\s+(?:de|d['’]|relati(?:f|fs|ve|ves)|en\\s+matière|sur|concernant)\\b)",
        "\\b(?:son|sa|ses|leur|leurs)\\s+(?:devoir|devoirs|obligation|obligations)\\s+(?:légale?s?\\s+)?(?:de|d['’])\\b",
        // une règle existante à respecter, nommée par son objet : « veiller à ce que le protocole relatif
        // aux transferts soit strictement respecté »
        "\\b(?:[Ll]a\\s+politique|[Ll]es\\s+procédures|[Ll]a\\s+procédure|[Ll]e\\s+protocole|[Ll]es\\s+protocoles|[Ll]es\\s+règles|[Ll]es\\s+instructions|[Ll]a\\s+circulaire)\\s+(?:(?:relati(?:f|fs|ve|ves)\\s+(?:à|aux?)|concernant|sur|en\\s+matière\\s+de)\\s+[^.;]{1,60}?\\s+)?(?:soit|soient|est|sont)\\s+(?:strictement\\s+|rigoureusement\\s+|toujours\\s+)?(?:respectée?s?|suivie?s?|observée?s?)\\b",
        // une obligation à respecter, quel qu'en soit le titulaire : « respecter l'obligation de porter … »
        "\\b(?:respect\\w*|rempli\\w*|observ\\w*|satisfaire\\s+à|se\\s+conform\\w*\\s+à)\\s+(?:l['’]|les\\s+|la\\s+|le\\s+)(?:devoir|devoirs|obligation|obligations)\\s+(?:légale?s?\\s+)?(?:de|d['’])",
        // une exigence existante nommée par son objet : « conformément aux délais fixés par le chef d'établissement »
        "\\b(?:[Cc]onformément\\s+aux?|[Ss]elon\\s+les?|[Dd]ans\\s+le\\s+respect\\s+des?)\\s+(?:[\\w-]+\\s+){1,2}?(?:prévu|fixé|établi|prescrit|défini)e?s?\\s+(?:par|dans|à)\\b",
        // une loi existante nommée par son objet : « l'application de la loi créant le mécanisme national »
        "\\b(?:[Ll]a\\s+loi|[Ll]e\\s+décret|[Ll]['’]ordonnance|[Ll]a\\s+(?:législation|réglementation))\\s+(?:créant|instituant|portant|relative?\\s+(?:à|au|aux)|sur\\s+(?:le|la|les)|en\\s+matière\\s+(?:de|d['’]))",
        // (aussi le point d'un document nommé par son titre : « le point 5.4 de l'étude Les certificats médicaux »)
        "\\b(?:paragraphes?|points?|§)\\s*\\d+(?:\\.\\d+)*(?:\\s+(?:et|à)\\s+\\d+(?:\\.\\d+)*)?\\s+(?:du|de\\s+la|de\\s+l['’]|des)\\s*(?:(?:étude|rapport|protocole|manuel|document|guide|plan|programme)\\s+)?[A-Z]",
        "\\b(?:[Rr]apport\\s+annuel|[Rr]ecommandations\\s+minimales)\\b",
        "\\b[A-Z]{2,}(?:/[A-Za-z0-9.()]+){2,}",
        // un principe de droit nommé par son contenu : « l'intérêt supérieur de l'enfant », « le principe de mutabilité »
        "\\b[Ii]ntérêt\\s+supérieur\\s+(?:de\\s+l['’]\\s*enfant|des\\s+enfants|du\\s+mineur|des\\s+mineurs)\\b",
        "\\b(?:[Pp]ar|[Ee]n)\\s+application\\s+d(?:u|es?)\\s+(?:principes?|règles?|dispositions?|articles?)\\b",
        // un code nommé (« le Code de protection de l'enfance », « le Code de procédure pénale »)
        "\\bCode\\s+(?:de\\s+la|de\\s+l['’]|du|des|de)\\s*[a-zœéèê][a-zœéèêàç-]*(?:\\s+(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])\\s*[a-zœéèê][a-zœéèêàç-]*)?",
      ],
    },
    genericStandard: {
      patterns: [
        "\\b(?:normes|standards|règles|exigences)\\s+(?:internationales|internationaux|applicables|en\\s+vigueur|en\\s+matière\\s+de\\s+droits\\s+de\\s+l['’]homme)\\b",
        "\\b(?:la\\s+)?(?:législation|réglementation)\\s+(?:applicable|en\\s+vigueur)\\b",
      ],
    },
    crossReference: {
      patterns: [
        "\\(\\s*(?:voir|cf\\.?)?\\s*(?:paragraphes?|par\\.|points?|sections?|chapitres?|§)\\s*\\d[\\w.,\\s-]*(?:et\\s+\\d[\\w.]*)?\\)",
        "\\b(?:voir|cf\\.?)\\s+(?:le\\s+|la\\s+)?(?:paragraphes?|par\\.|points?|sections?|chapitres?|§|supra|infra|ci-dessus|ci-dessous)\\s*\\d*[\\w.]*",
        "\\((?:voir\\s+)?\\d+(?:\\.\\d+)+\\)",
      ],
    },
    judgedState: {
      patterns: [
        // un état constaté, nommé par le jugement porté sur lui (« l'état des douches est
        // inacceptable », « des locaux vétustes », « le mauvais état »), ou des carences nommées
        // comme constatées (« les carences relevées »)
        // (une sorte de conduite à reprendre n'est pas un état constaté : « reprendre les comportements inacceptables »)
        "\\b(?:inacceptables?|intolérables?|déplorables?|indignes?|vétustes?|insalubres?|délabrée?s?|lamentables?)\\b(?<!\\b(?:comportements?|propos|conduites?|attitudes?|langage|paroles?)\\s+\\w+)",
        "\\b(?:mauvais|mauvaise|mauvaises)\\s+(?:état|conditions?)\\b(?!\\s+(?:de\\s+santé|physique|psychique|mental))|\\bsurpopulation\\s+(?:critique|chronique|grave|massive)\\b",
        "\\b(?:carences|lacunes|défaillances|dysfonctionnements|insuffisances|manquements)\\s+(?:graves\\s+|importantes\\s+)?(?:constatée?s|relevée?s|observée?s|identifiée?s)\\b",
        // une ampleur constatée, nommée par le jugement porté sur elle : « tant de détenus testés
        // positifs », « le nombre élevé de transferts », « une population carcérale croissante »
        "\\btant\\s+de\\b(?![^.;]{0,60}?\\bque\\b)",
        "\\b(?:le|au|du)\\s+(?:nombre|taux)\\s+(?:très\\s+)?(?:élevé|croissant|important|excessif)\\s+(?:de|d['’])",
        "\\b(?:le|au|du)\\s+(?:très\\s+)?(?:grand|fort)\\s+nombre\\s+(?:de|d['’])",
        "\\bpopulation\\s+(?:carcérale\\s+|détenue\\s+)?(?:croissante|en\\s+(?:forte\\s+)?(?:hausse|augmentation))\\b",
        // l'ampleur d'un mal, où qu'elle soit nommée : « une analyse des causes des niveaux élevés de violence »
        `\\b(?:niveaux?|taux|nombres?|fréquence)\\s+(?:très\\s+)?(?:élevée?s?|excessi(?:f|fs|ve|ves)|alarmante?s?|préoccupante?s?)\\s+(?:de\\s+|d['’]\\s*)(?:${HARM}|automutilations?|suicides?|décès|agressions?|bagarres|surpopulation)\\b`,
        // un travail resté en souffrance, nommé comme constaté : « l'arriéré des évaluations »
        "\\barriérés?\\s+(?:de|des|du|d['’])|\\bretards?\\s+accumulés?\\b",
        // l'objet de la demande jugé comme un tort : « elle constitue une atteinte à la dignité »
        "\\b(?:constitue|constituent|constituerait|constitueraient|s['’]apparente|s['’]apparentent)\\s+(?:à\\s+)?(?:une?\\s+)?(?:atteintes?|violations?|manquements?|traitements?\\s+(?:inhumains?|dégradants?|cruels?)|mauvais\\s+traitements?|discriminations?)\\b",
      ],
    },
    lackClause: {
      patterns: [
        "\\b(?:qui|où|lesquel(?:le)?s)\\s+(?:ne\\s+)?(?:n['’](?:a|ont|avait|avaient)|disposent|dispose)\\s+(?:pas|d['’]aucun|d['’]aucune|aucun|aucune)\\b",
        "\\b(?:qui|lesquel(?:le)?s)\\s+(?:sont\\s+)?dépourvue?s?\\s+d",
      ],
    },
    problemClause: {
      patterns: [
        "\\b(?:qui|lesquel(?:le)?s?)\\s+(?:(?:actuellement|souvent|encore|toujours)\\s+)?(?:empêche(?:nt)?|prive(?:nt)?|expose(?:nt)?|cause(?:nt)?|entrave(?:nt)?|porte(?:nt)?\\s+atteinte|met(?:tent)?\\s+en\\s+danger|restrei(?:nt|gnent)|limite(?:nt)?|servent\\s+à|sert\\s+à|sont\\s+utilisée?s\\s+pour|est\\s+utilisée?\\s+pour)\\b",
        // la cause constatée, dite au passé : « des conditions qui étaient causées par les fenêtres »
        "\\b(?:qui|lesquel(?:le)?s?)\\s+(?:(?:étai(?:en)?t|avai(?:en)?t\\s+été)\\s+(?:causée?s?|provoquée?s?|aggravée?s?)\\s+par|(?:causai(?:en)?t|empêchai(?:en)?t|privai(?:en)?t|exposai(?:en)?t|a\\s+causé|ont\\s+causé))\\b",
      ],
    },
    purpose: {
      patterns: [
        // ce que doit obtenir la chose demandée, dans une relative : « un système de chauffage qui garantisse
        // une température adéquate » (la relative dit la fin ; le système est le moyen) ; ce qu'elle
        // permet n'est que ce à quoi elle sert (« un système qui permette d'ouvrir les portes »)
        "\\bqui\\s+(?:garantisse|garantissent|garantit|assure|assurent|empêche|empêchent|évite|évitent|protège|protègent)\\b",
        // le contenu d'une instruction est ce qu'elle doit produire : « donner instruction au personnel
        // de porter son numéro » (comme « des instructions pour que le personnel porte … »)
        "\\b(?:instructions?|consignes?|directives?|ordre)\\s+(?:précises\\s+|nécessaires\\s+)?(?:à|aux?)\\s+(?:[a-zœ'’]+\\s+){0,5}?(?:de\\s+|d['’])(?=[a-zœ]{2,}(?:er|ir|re)\\b)",
        // ce qu'une instruction doit garantir, en relative : « des instructions qui garantissent la tenue du registre »
        "\\b(?:instructions?|consignes?|directives?|ordres?|notes?\\s+de\\s+service)\\s+(?:précises\\s+|nécessaires\\s+|expresses\\s+)?(?:qui\\s+(?:garantissent|garantisse|garantit|assurent|assure|imposent|impose|exigent|exige|obligent|oblige)|garantissant|imposant|exigeant|obligeant)\\b",
        // "prendre les mesures nécessaires afin que …": the ask itself, not a purpose
        "\\b(?<!\\bmesures(?:\\s+[a-zœ]+)?\\s)(?:afin|pour)\\s+(?:que|qu['’])",
        "\\b(?:afin|en\\s+vue|dans\\s+le\\s+(?:(?:seul|double|principal|même)\\s+)?(?:but|souci|objectif))\\s+(?:de\\s+|d['’])(?!\\s*améliorer\\s+(?:la|cette)\\s+situation)",
        "\\bde\\s+(?:manière|façon|sorte)\\s+(?:à|que|qu['’])",
        "\\baux\\s+fins\\s+(?:de\\s+|d['’])",
        "\\b(?<!\\bmesures(?:\\s+[a-zœ]+)?\\s)pour\\s+(?:garantir|assurer)\\b",
        // « pour » et un infinitif détachés par une virgule sont le but de la proposition qui précède
        // (« installer un bouton dans chaque cellule, pour appeler à l'aide la nuit »)
        `,\\s+pour\\s+(?:(?:le|la|les|l['’]|leur|lui|se|s['’]|en|y)\\s*)?(?!(?:améliorer|renforcer|favoriser|promouvoir|être|avoir|cela|ce)\\b)${INFINITIVE}\\b`,
        // the verb may follow its object pronoun ("pour la limiter", "pour les protéger")
        "\\bpour\\s+(?:(?:le|la|les|l['’]|leur|lui|se|s['’]|en|y)\\s*)?(?:éviter|prévenir|réduire|protéger|permettre|faciliter|limiter|supprimer|préserver|sauvegarder|respecter|empêcher|raccourcir|diminuer|favoriser|répondre\\s+aux\\s+besoins|améliorer(?!\\s+la\\s+situation))\\b",
        // ce que l'action donne, après une proposition complète (« aménager la salle pour offrir de l'intimité »)
        "(?<!\\b(?:mesures|temps|possibilité|droit|capacité|nécessaires?|suffisante?s?)(?:\\s+[a-zœ]+)?\\s)\\b(?:pour|afin\\s+de|afin\\s+d['’])\\s*(?:pouvoir|offrir|donner|fournir|créer|soutenir|aider|assister|rendre\\s+possible)\\b",
        // (not inside the name of a body: « le Comité européen pour la prévention de la torture »)
        `\\bpour(?<!\\b(?:comité|sous-comité|mécanisme|association|commission|conseil|organisation|observatoire|institut|fonds|bureau|centre|ligue|fédération|alliance|coalition|office)(?:\\s+[a-zœ]+){0,2}\\s+pour)\\s+(?:la|le|l['’]|les)\\s*(?:[a-zœ]+\\s+)?[a-zœ]+(?:tion|ment|ance|ence)s?\\b`,
      ],
    },
    weakPurpose: {
      patterns: [
        "\\b(?:pour|afin\\s+d['’]|en\\s+vue\\s+d['’])\\s*(?:améliorer|renforcer|favoriser|promouvoir)\\b(?!\\s+(?:la|cette)\\s+situation\\b)",
        // remédier à un problème nommé : « pour résoudre ce problème », « afin de remédier aux carences »
        "\\b(?:pour|afin\\s+de)\\s+(?:y\\s+|le\\s+|la\\s+|les\\s+)?(?:résoudre|remédier|régler|corriger|pallier|surmonter)\\b(?<!\\bmesures\\b[^.;]{0,60}\\b(?:pour|de)\\s+(?:(?:y|le|la|les)\\s+)?[a-z]+)",
      ],
    },
    neededFor: {
      patterns: [
        // la quantité avant ce qui est fourni : « suffisamment de surveillants pour assurer les promenades »
        `\\bsuffisamment\\s+(?:de\\s+|d['’])\\s*(?!(?:mesures|fonds|crédits|budget|moyens|ressources|financements?|temps)\\b)(?:[a-zœ]+\\s+){1,2}?(?:pour|afin\\s+de)\\s+(?:(?:le|la|les|l['’]|leur|lui|se|s['’]|en|y)\\s*)?(?!(?:être|avoir|faire|cela|ce|garantir|assurer)\\b)${INFINITIVE}\\b`,
        `\\b(?:nécessaires?|suffisante?s?|indispensables?)(?<!\\b(?:mesures|fonds|crédits|budget|moyens|ressources|financements?)(?:\\s+[a-zœ]+)?\\s[a-zœ]+)\\s+(?:pour|afin\\s+de|à)\\s+(?:(?:le|la|les|l['’]|leur|lui|se|s['’]|en|y)\\s*)?(?!(?:être|avoir|faire|cela|ce|garantir|assurer)\\b)${INFINITIVE}\\b`,
      ],
    },
    itemPurpose: {
      patterns: [
        // « il » / « elle » y reprend la chose sur laquelle on agit : « étendre la vidéosurveillance de sorte qu'elle couvre tous les couloirs »
        // (un « il » impersonnel n'est aucune chose : « de sorte qu'il soit clair que le médecin doit être appelé »)
        "\\bde\\s+(?:manière|façon|sorte)\\s+(?:(?:à\\s+ce\\s+)?qu['’](?:il\\b(?!\\s+(?:soit|sera|devienne)\\s+(?:clair|établi|entendu|explicite|possible)\\s+(?:que|qu['’]|de|d['’]))|ils|elles?)|que\\s+(?:celui|celle)-ci)\\b",
      ],
    },
    infoPurpose: {
      patterns: [
        `\\b${PURPOSE_OPENER}\\s+(?:garantir|assurer|veiller\\s+à\\s+ce)\\s+que\\s+(?:les\\s+|des\\s+|la\\s+|l['’])?\\s*(?:données|informations|statistiques|chiffres)\\b(?=[^.;]{0,80}?\\b(?:soi(?:en)?t|sont|est)\\s+(?:\\w+ment\\s+)?(?:publiée?s|collectée?s|recueillie?s|enregistrée?s|communiquée?s|disponibles?|fiables?|complètes?|à\\s+jour)\\b)`,
        `\\b${PURPOSE_OPENER}\\s+(?:fournir|donner|obtenir|disposer\\s+d['’]|disposer\\s+de)\\s*(?:ces\\s+|les\\s+|des\\s+|une\\s+)?(?:informations|données|statistiques|garanties?\\s+sur|vue\\s+d['’]ensemble)\\b`,
        `\\b${PURPOSE_OPENER}\\s*(?:améliorer|renforcer|accroître)\\s+(?:son|sa|leur)\\s+(?:efficacité|efficience|fiabilité|qualité|utilité|précision)\\b`,
        // savoir combien ou quand : « un registre … pour connaître le nombre de personnes passées en cellule »
        `\\b${PURPOSE_OPENER}\\s+(?:pouvoir\\s+)?(?:connaître|savoir|déterminer)\\s+(?:le\\s+nombre|combien|quand|qui\\b|si\\b|la\\s+durée)`,
      ],
    },
    manner: {
      patterns: [
        // (un « il » impersonnel annonce le contenu voulu, un but : « de sorte qu'il soit clair que … »)
        `\\bde\\s+(?:manière|façon|sorte)\\s+(?:à\\s+ce\\s+)?qu(?:e\\s+|['’])\\s*(?!il\\s+(?:soit|sera|devienne)\\s+(?:clair|établi|entendu|explicite|possible)\\s+(?:que|qu['’]|de|d['’]))(?!(?:(?:tous|toutes|chaque|aucun|aucune|les|le|la|l['’]|leurs?)\\s*){0,2}(?:[a-zœ]+\\s+)?${PERSON}\\b)`,
        "\\bde\\s+(?:manière|façon)\\s+à\\s+(?!ce\\b)",
      ],
    },
    conformPurpose: {
      patterns: [
        "\\b(?:afin|pour|en\\s+vue|de\\s+manière|de\\s+façon)\\s+(?:de\\s+|d['’]|à\\s+|que\\s+|qu['’])?\\s*[^.;]{0,40}?\\b(?:(?:soit|soient|être|sont|est)\\s+(?:pleinement\\s+)?(?:conformes?|compatibles?|en\\s+conformité|en\\s+adéquation|en\\s+harmonie)|(?:se\\s+)?conformer|(?:le|la|les|l['’])?\\s*(?:mettre|rendre)\\s+(?:pleinement\\s+)?(?:conformes?|en\\s+conformité)|(?:l['’]|les?|la)?\\s*harmoniser)\\b",
      ],
    },
    effect: {
      patterns: [
        // ce que les victimes doivent obtenir : « garantir un accès effectif à la justice et à réparation »
        "\\b(?:accès\\s+(?:effectif\\s+)?à\\s+la\\s+justice|(?:obtenir|obtiennent|obtienne|recevoir|reçoivent|reçoive)\\s+(?:une\\s+)?(?:pleine\\s+|juste\\s+|adéquate\\s+)?(?:réparation|indemnisation)|mesures\\s+de\\s+réparation)\\b",
        // le retour des personnes dans la société nommé comme but (« un plus grand potentiel de réinsertion »)
        "\\b(?:fonction|finalité|mission|potentiel|objectif|vocation)\\s+(?:de\\s+)?(?:réinsertion|réhabilitation|resocialisation)\\b",
        // le tort aux personnes que la mesure doit prévenir, donné pour raison : « car elle pourrait être
        // utilisée par les détenus pour se blesser », « un risque de suicide »
        "\\b(?:peut|peuvent|pourrait|pourraient)\\s+être\\s+utilisée?s?\\s+(?:par\\s+(?:[a-zœ]+\\s+){1,3}?)?pour\\s+(?:tenter\\s+de\\s+)?(?:se\\s+(?:blesser|suicider|pendre|mutiler|donner\\s+la\\s+mort)|s['’](?:automutiler|étrangler))\\b",
        "\\bun\\s+risque\\s+(?:de\\s+|d['’])\\s*(?:suicide|automutilation|blessures?)\\b",
        // le changement nommé par son nom : « une réduction de la surpopulation actuelle »
        "\\b(?:réduction|diminution|limitation|élimination)\\s+(?:de\\s+la\\s+|du\\s+|des\\s+|de\\s+l['’]|de\\s+)\\s*(?:niveau\\s+(?:de\\s+|d['’])|nombre\\s+(?:de\\s+|d['’])|risque\\s+(?:de\\s+|d['’]))?\\s*(?:surpopulation|surencombrement|violences?|mauvais\\s+traitements|automutilations?|suicides?|décès|délais?\\s+d['’]attente|isolement|inactivité)\\b",
        "\\b(?:réduire|diminuer|limiter|éviter|éliminer|raccourcir|mettre\\s+fin\\s+(?:à|au|aux))\\s+(?:la|le|les|l['’])?\\s*(?:niveau\\s+de\\s+|nombre\\s+de\\s+|risque\\s+de\\s+)?(?:surpopulation|surencombrement|violences?|mauvais\\s+traitements|automutilations?|suicides?|décès|délais?\\s+d['’]attente|isolement|inactivité|rétention|détention)\\b",
        "\\b(?:réduire|limiter|restreindre|mettre\\s+(?:fin|un\\s+terme)\\s+(?:à|au|aux)|supprimer|interdire|abolir|abandonner|éradiquer|renoncer\\s+(?:à|au|aux))\\s+(?:la|le|les|l['’])?\\s*(?:usage|utilisation|recours|pratique|durée|fréquence|placement|enfermement|isolement|menottage)\\b",
        `\\b(?:cesser|arrêter|s['’]abstenir)\\s+(?:de|d['’])\\s*${INFINITIVE}\\b`,
        `\\b${PERSON}\\s+(?:puissent|puisse|pourront|pourra|aient\\s+la\\s+possibilité|ait\\s+la\\s+possibilité)\\b`,
        // the time persons spend somewhere, shortened or lengthened: "réduire le temps passé en cellule par les personnes"
        `\\b(?:rédui|raccourci|limite|diminue|augmente|allonge|prolonge)[a-zœ]*\\s+(?:la\\s+|le\\s+)?(?:temps|durée)\\s+(?:(?:que|pendant\\s+lequel)\\s+(?:[a-zœ]+\\s+){0,2}?${PERSON}\\b|(?:de|d['’])\\s*(?:séjour|présence|attente|garde\\s+à\\s+vue|rétention)\\b|passée?s?\\s+(?:par|en|au|aux|dans)\\b|(?:hors|en\\s+dehors)\\s+(?:de\\s+)?(?:la\\s+|leur\\s+)?cellules?\\b)`,
        "\\b(?:rendent|rende)\\s+compte\\b",
        // que les auteurs répondent de leurs actes est le résultat pour les personnes lésées
        "\\btraduits?\\s+en\\s+justice\\b",
        "\\b(?:auteurs?|responsables)\\b[^.;]{0,80}?\\b(?:soient|soit|sont|être)\\s+(?:\\w+ment\\s+)?(?:poursuivi|jugé|sanctionné|puni|condamné)e?s?\\b",
        // au profit des personnes : « au bénéfice des personnes détenues », « dans l'intérêt supérieur de l'enfant »
        `\\b(?:au\\s+(?:bénéfice|profit)|dans\\s+l['’]intérêt(?:\\s+supérieur)?)\\s+(?:de\\s+|des\\s+|du\\s+|de\\s+la\\s+|de\\s+l['’])\\s*(?:tou(?:s|tes)\\s+)?(?:les\\s+)?${PERSON}\\b`,
        "\\bdans\\s+une\\s+langue\\s+qu['’](?:elles?|ils?)\\s+comprenn?ent\\b",
        // la pratique changée, nommée par ce qu'elle ne doit plus faire ou risquer : « sans recourir aux
        // transferts », « sans porter atteinte à l'intimité », « en évitant de mélanger prévenus et condamnés »
        "\\bsans\\s+(?:(?:plus|jamais)\\s+)?(?:recourir|recours|compromettre|porter\\s+atteinte|nuire|mettre\\s+en\\s+(?:danger|péril|cause)|exposer|priver|restreindre|réduire|affecter|enfreindre|violer|être)\\b",
        "\\b(?:en\\s+)?(?:évitant|prévenant|empêchant)\\s+(?!(?:les\\s+|des\\s+)?retards?\\b|(?:les\\s+|des\\s+)?délais\\b)[\\wœ'’-]+",
        "\\b(?:pour|afin)\\s+de\\s+ne\\s+pas\\b",
        // un but dont l'objet est les personnes : « des rondes … pour vérifier l'état des personnes détenues »
        `\\b(?:pour|afin\\s+de|afin\\s+d['’])\\s*(?!(?:pouvoir\\s+)?(?:connaître|savoir|déterminer|dénombrer|comptabiliser)\\b)(?:(?:les|la|le|l['’]|leur|lui)\\s*)?${INFINITIVE}\\s+(?:[a-zœ'’]+\\s+){0,3}?(?:des\\s+|du\\s+|de\\s+la\\s+|de\\s+l['’]|les\\s+|la\\s+|aux\\s+|chaque\\s+)\\s*${PERSON}\\b`,
        // les personnes protégées par une règle pour tous : « nul ne pourra être expulsé vers … »
        // (« veiller à ce que nul ne soit détenu dans un lieu secret »)
        "\\b(?:nul|personne|aucune\\s+personne)\\s+ne\\s+(?:(?:peut|puisse|pourra|doit|devra|saurait|devrait)\\s+(?:jamais\\s+)?être|soit|sera|est)\\b",
        // un tort qui ne doit pas se produire : « veiller à ce qu'il n'y ait aucune représaille »
        `\\bqu['’]il\\s+n['’]y\\s+(?:ait|a|aura)\\s+(?:pas|plus|aucune?|jamais)\\s+(?:de\\s+|d['’])?\\s*(?!${PHYSICAL}\\b)`,
        // les besoins des personnes satisfaits : « une stratégie répondant aux besoins culturels des détenus autochtones »
        `\\b(?:répond\\w*|satisfai\\w*|pourvoir)\\s+aux\\s+besoins\\s+(?:[a-zœéèêàç'’-]+\\s+){0,2}?(?:des|de\\s+la|du|de\\s+l['’]|de)\\s*(?:[a-zœéèêàç'’-]+\\s+){0,2}?${PERSON}\\b`,
      ],
    },
    beneficiary: {
      patterns: [
        // (« les informations relatives aux détenus » dit seulement de quoi traite la chose)
        `(?<!\\b(?:établissement|centre|quartier|unité|maison|prison|détention|rétention|foyer|service)s?\\s)(?<!\\b(?:relati(?:f|fs|ve|ves)|quant|trait|propres?|liée?s?|afférente?s?|applicables?|spécifiques?|particuliers?|particulières?)\\s)\\b(?:aux?|à|pour|permettre\\s+aux?|permettant\\s+aux?|autoriser|informer|(?:permettre|rendre\\s+possible)\\s+que|proposer\\s+aux?|fournir\\s+aux?|offrir\\s+aux?|remettre\\s+aux?|garantir\\s+aux?|séparer|séparant)\\s+(?:tou(?:s|tes)\\s+)?(?:les|la|le|l['’]|chaque)?\\s*(?:[a-zœ]+\\s+){0,1}?${PERSON}\\b`,
      ],
    },
    ensureOutcome: {
      patterns: [
        // l'accès des personnes à un service, comme ce que règle un instrument : « un protocole qui
        // organise l'accès des victimes aux soins »
        `\\b(?:règl|régl|organis|prév|prévoi|garanti|assur|facilit|permett|encadr)\\w*\\s+l['’]accès\\s+(?:des|du|de\\s+la|de\\s+l['’])\\s*(?:[a-zœ]+\\s+)?${PERSON}(?:\\s+(?:de|d['’]|du|des)\\s*(?:[a-zœ]+\\s+){0,2}?[a-zœ]+)?\\s+(?:à|au|aux)\\b`,
        // l'accès ou le contact garanti est un droit des personnes, même sous-entendues :
        // « garantir l'accès à un avocat », « assurer le maintien des liens avec les familles »
        "\\b(?:garanti|assur|préserv|facilit|permett|sauvegard)\\w*\\s+(?:l['’]\\s*|le\\s+|un\\s+)(?:[a-zœ]+\\s+){0,2}?(?:accès|droit\\s+d['’]accès|contact|maintien\\s+des\\s+liens)\\s+(?:à|au|aux|avec|de|des|du)\\b",
        // tout état ou pratique des personnes garanti, non un objet, un nombre ou un registre :
        // « garantir la sécurité des détenus », « garantir l'accessibilité des personnes … »
        `\\b(?:garanti(?:r|sse|ssent)|assur(?:er|e|ent)|protég(?:er)|protège(?:nt)?|préserv(?:er|e|ent)|respect(?:er|e|ent)|sauvegard(?:er|e|ent))\\s+(?:la|le|les|l['’])\\s*(?:[a-zœ]+\\s+)?(?!${PHYSICAL}\\b|${RECORD}\\b|nombre\\b)[a-zœ-]+(?:\\s+(?:physique|psychique|mentale|personnelle|fondamentaux))?\\s+(?:de|des|du)\\s+(?:tou(?:s|tes)\\s+)?(?:les\\s+|la\\s+|le\\s+|l['’])?\\s*(?:[a-zœ]+\\s+)?${PERSON}\\b`,
        // ce dont les personnes ont besoin ou qui leur est dû, garanti : « que les besoins de santé des détenus soient satisfaits »
        `\\b(?:besoins|droits|intérêts)\\s+(?:[a-zœ]+\\s+){0,3}?(?:de|des|du)\\s+(?:tou(?:s|tes)\\s+)?(?:les\\s+|la\\s+|le\\s+|l['’])?\\s*(?:[a-zœ]+\\s+)?${PERSON}\\b[^.;]{0,30}?\\b(?:soient|soit|sont|est|être)\\s+(?:pleinement\\s+|dûment\\s+)?(?:satisfaits?|respectés?|protégés?|garantis?|pris\\s+en\\s+compte)\\b`,
        // un droit des personnes garanti, sujet inversé : « que soit garanti le droit à l'intimité des détenus »
        `\\b(?:soit|soient)\\s+(?:pleinement\\s+)?(?:garanti|respecté|protégé|préservé)e?s?\\s+(?:le|la|les|l['’])\\s*(?:droits?(?:\\s+(?:à|au|aux|de)\\s+(?:la\\s+|l['’])?\\s*[a-zœéè]+)?|intimité|dignité|intégrité|sécurité|santé|confidentialité)\\s+(?:de|des|du)\\s+(?:la\\s+|l['’]|les\\s+)?\\s*${PERSON}\\b`,
        `\\b(?:(?:veiller|veille|veillent)\\s+(?:à\\s+ce\\s+)?|à\\s+ce\\s+)(?:que|qu['’])\\s*(?:(?:tout|toute|tous|toutes|chaque|aucun|aucune)\\s+)?(?:(?:les|le|la|l['’]|leur|leurs)\\s*)?(?:(?!de\\b|des\\b|du\\b|que\\b)[a-zœ]+\\s+){0,2}?(?:${PERSON}|${PRACTICE})\\b(?!\\s+(?:de\\s+|du\\s+|des\\s+)?${PHYSICAL})`,
        `\\b(?:garantir|garantisse|garantissent|assurer|s['’]assurer|afin|pour)\\s+(?:que|qu['’])\\s*(?:(?:tout|toute|tous|toutes|chaque|aucun|aucune)\\s+)?(?:(?:les|le|la|l['’]|leur|leurs)\\s*)?(?:(?!de\\b|des\\b|du\\b|que\\b)[a-zœ]+\\s+){0,2}?(?:${PERSON}|${PRACTICE})\\b(?!\\s+(?:de\\s+|du\\s+|des\\s+)?${PHYSICAL})`,
        // ce qui est fait pour les personnes ou à elles, comme sujet : « veiller à ce que l'assistance juridique des détenus ait lieu … »
        `\\b(?:veiller\\s+à\\s+ce|veille\\s+à\\s+ce|veillent\\s+à\\s+ce|garantir|garantisse|garantissent|assurer|s['’]assurer)\\s+(?:que|qu['’])\\s*(?:(?:les|le|la|l['’])\\s*)(?!${PHYSICAL}\\b|nombre\\b|(?:registres?|dossiers?|fichiers?|listes?|formulaires?|données|documents?|livres?)\\b)[a-zœ]+(?:\\s+(?!de\\b|des\\b|du\\b|d['’])[a-zœ]+)?\\s+(?:de\\s+la\\s+|de\\s+l['’]|des\\s+|du\\s+|aux\\s+)\\s*(?:[a-zœ]+\\s+)?${PERSON}\\b`,
      ],
    },
    means: {
      patterns: [
        // un instrument modifié avec ce qu'il doit dire : le contenu est la façon de faire le changement
        // (« modifier la circulaire sur la contention et préciser expressément que les médecins doivent … »)
        "\\b(?:modifi|révis|mettre\\s+à\\s+jour|actualis)\\w*\\b[^.;]{0,120}?\\b(?:instructions?|protocoles?|circulaires?|règlements?|notes?\\s+de\\s+service|procédures?)\\b[^.;]{0,160}?\\bet\\s+(?:(?:expressément|clairement|explicitement)\\s+)?(?:préciser|indiquer|inclure|prévoir|mentionner|y\\s+(?:préciser|indiquer|inclure|prévoir|mentionner))\\b",
        "\\b(?:au\\s+moyen\\s+(?:de|d['’]|du|des)(?!\\s*(?:la|sa|leur|une|ses|leurs)\\s+(?:recommandations?|lettres?|courriers?|résolutions?|décisions?)\\b)|par\\s+le\\s+biais\\s+(?:de|d['’]|du|des)|grâce\\s+(?:à|aux?)|par\\s+l['’]intermédiaire\\s+(?:de|d['’]|du|des)|sur\\s+la\\s+base\\s+(?:de|d['’]|du|des)|à\\s+l['’]aide\\s+(?:de|d['’]|du|des)|sous\\s+la\\s+forme\\s+(?:de|d['’]))",
        "\\b(?:par\\s+exemple|tels?\\s+que|telles?\\s+que|comme\\s+par\\s+exemple|entre\\s+autres(?!\\s*(?:choses|questions|aspects|points|données)?\\s*(?:[.;)]|$)))\\b",
        // un exemple après une virgule, comme « tel que » : « des alternatives à la détention, comme la surveillance électronique »
        ",\\s+comme\\s+(?:le|la|les|l['’]|un|une|des)\\b",
        // des mesures nommées dans la demande sont une voie vers sa fin : « …, notamment des mesures de … »
        "\\b(?:notamment|y\\s+compris)\\s+(?:par|via|au\\s+moyen|grâce|des\\s+mesures|des\\s+actions)\\b",
        "\\b(?:portant\\s+sur|couvrant|comprenant|prévoyant)\\b",
        // les éléments nommés du changement demandé sont la façon de le faire : « … être améliorée et inclure … »
        "\\bet\\s+(?:inclure|inclue|incluent|comprendre|comprenne|comprennent)\\b",
        // a gerund says how: "en recrutant", "en installant"
        "\\ben\\s+(?!attendant\\b|cours\\b|tant\\b)[a-zœ]{3,}ant\\b",
        "\\bpar\\s+(?:la|le|l['’]|des|une?)\\s*(?:[a-zœ]+\\s+)?(?:mise\\s+en\\s+place|création|installation|recrutement|formation|adoption|désignation|affectation|utilisation|recours|augmentation|réduction|introduction|extension|ajustement|redistribution|réorganisation|transformation|rénovation|remplacement)\\b",
        "\\b(?:au\\s+lieu\\s+de|plutôt\\s+que)\\b",
        "\\b(?:instructions?|circulaire|note\\s+de\\s+service|protocole|règlement|procédure|plan|programme|stratégie|consignes?|directives?)\\s+(?:[a-zœ]+\\s+){0,3}?(?:limitant|prévoyant|imposant|interdisant|fixant|exigeant|établissant|garantissant|précisant|rappelant|indiquant|portant\\s+sur|(?:qui|visant\\s+à)\\s+(?:limite|prévoit|impose|interdit|fixe|exige|établit|garantit|garantissent|précise|rappelle|indique))\\b",
        "\\ben\\s+conséquence\\b",
        // travailler avec un autre organisme est la voie vers ce à quoi le travail sert : « collaborer avec l'ARS pour introduire … »
        "\\b(?:collabor|coopér|travaill|coordonn)\\w*\\s+(?:étroitement\\s+|conjointement\\s+)?avec\\b(?=[^.;]{1,120}?\\b(?:pour|afin\\s+de|afin\\s+d['’])\\s*[a-zœéè]+(?:er|ir|re)\\b)",
        "\\by\\s+compris\\s+(?:le\\s+recours\\s+à|l['’]\\s*(?:utilisation|usage|installation|introduction)\\s+(?:de|d['’]|des|du))",
      ],
    },
    meansLink: {
      patterns: [
        "\\b(?:à\\s+cette\\s+fin|à\\s+cet\\s+effet|dans\\s+ce\\s+but|pour\\s+ce\\s+faire)\\b",
      ],
    },
    considered: {
      patterns: [
        `\\b(?:envisager|envisage|envisagent|(?:étudier|examiner|évaluer)\\s+la\\s+(?:possibilité|faisabilité|opportunité)|réfléchir\\s+à\\s+la\\s+possibilité)\\s+(?:(?:de|d['’])\\s*(?:(?:le|la|les|l['’]|leur|lui|se|s['’]|en|y)\\s*)?${INFINITIVE}|(?:la|le|l['’])\\s*(?!(?:situation|question|problème|problématique|nécessité|possibilité|opportunité|faisabilité)\\b)[a-zà-ÿœñ]{4,}\\s+(?:de|d['’]|du|des))\\b`,
      ],
    },
    stopPractice: {
      patterns: [
        "\\b(?:cesser|arrêter|mettre\\s+fin|supprimer|renoncer|retirer)\\b[^.;]{1,200}?\\bet\\b",
        "\\bmettre\\s+(?:\\w+\\s+){0,3}?fin\\b[^.;]{1,200}?\\bet\\b",
        "\\bne\\s+(?:soit|soient|doit|doivent|devrait|devraient)\\s+(?:pas|plus)\\b[^.;]{1,200}?\\bet\\b",
      ],
    },
    option: {
      patterns: [
        // une façon discrète de mener une escorte est une option concrète : « en civil », « véhicules banalisés »
        "\\ben\\s+(?:tenue\\s+)?civile?\\b|\\bvéhicules?\\s+banalisés?\\b",
        "\\b(?:remplacer|remplace|remplacent|substituer)\\b[^.;]{1,120}?\\b(?:par|à)\\b",
        "\\ben\\s+lieu\\s+et\\s+place\\s+(?:du|de|des)\\b",
        "\\b(?:options|solutions|alternatives)\\s+(?:telles\\s+que|comme)\\b",
        // un modèle à suivre est une option concrète pour le changement : « sur le modèle de celui du centre national »
        "\\b(?:sur\\s+le\\s+modèle\\s+(?:de|d['’]|du|des)|à\\s+l['’]instar\\s+(?:de|d['’]|du|des)|(?:en\\s+)?s['’]inspirant\\s+(?:de|d['’]|du|des)|(?:inspirée?s?|calquée?s?)\\s+sur)",
        // ce qui remplace la pratique, nommé ensuite : « … ; à la place, un agent attend à l'extérieur »
        "\\b(?:à\\s+la\\s+place|en\\s+lieu\\s+et\\s+place|à\\s+titre\\s+d['’]alternative|alternativement)\\b",
        "\\b(?:envisager|envisage|envisagent|étudier)\\s+(?:d['’]|de\\s+)?[a-zœ]{3,}(?:er|ir|re)\\b[^.;]{0,60}\\s+ou\\s+",
        // deux façons offertes pour la même mesure : « soit en personne, soit par téléphone », « ou bien »
        "\\bsoit\\s+(?:en|par|à|au|aux|dans|sur|le|la|les|l['’]|un|une|des|de|du|d['’])[^.;]{1,80}?,?\\s+soit\\b",
        "\\bou\\s+bien\\b",
        // deux actions offertes pour la même fin, chacune avec son objet : « agrandir la cuisine ou en construire une nouvelle »
        `\\bou(?=\\s+(?:de\\s+|d['’])?(?:en\\s+)?${INFINITIVE}\\s)(?<=\\b${INFINITIVE}\\b[^.;:]{1,80}?\\sou)\\s+(?:de\\s+|d['’])?(?:en\\s+)?${INFINITIVE}\\s+(?:un|une|des|le|la|les|l['’]|de\\s+nouve|une\\s+nouvelle)`,
      ],
    },
    rootLever: {
      patterns: [
        "\\bpolitiques?\\b",
        "\\bprocédures?\\b",
        "\\bprotocoles?\\b",
        "\\brèglements?\\b|\\bréglementation\\b|\\brèglement\\s+intérieur\\b",
        "\\blégislati(?:ons?|ves?|fs?)\\b",
        "\\blois?\\b",
        "\\bcodes?\\b(?!\\s+(?:d['’]accès|couleur|vestimentaire))",
        "\\binstructions?\\b",
        "\\bnotes?\\s+de\\s+service\\b",
        "\\bcirculaires?\\b",
        "\\b(?:lignes\\s+directrices|directives?)\\b",
        "\\b(?:formation|formations|former|sensibilisation)\\b",
        "\\b(?:effectifs?|recrutement|recruter|recrute|postes?\\s+(?:de|vacants?|supplémentaires?)|personnel\\s+(?:soignant|médical|supplémentaire|qualifié|suffisant))\\b",
        // du personnel présent en tout temps là où des personnes sont retenues : « la présence permanente
        // d'agents dans la zone des cellules »
        "\\bprésence\\s+(?:constante|permanente|continue)\\s+(?:de\\s+|d['’]\\s*)(?:[a-zé]+\\s+)?(?:agents|surveillants|personnels?|soignants|infirmi(?:er|ère)s)\\b",
        // du personnel affecté ou en nombre suffisant (« l'affectation de personnels techniques », « suffisamment d'agents »)
        "\\b(?:affect(?:er|e|ent|ation)|affectée?s?|suffisamment)\\s+(?:de\\s+|d['’]\\s*|des\\s+)?(?:[a-zé]+\\s+)?(?:personnels?|agents|surveillants|soignants|infirmi(?:er|ère)s|médecins)\\b",
        "\\b(?:budget\\w*|crédits|financement|fonds|ressources|moyens\\s+(?:financiers|humains))\\b",
        "\\b(?:supervision|encadrement|contrôle\\s+hiérarchique)\\b",
        // le contrôle comme supervision d'un service ou des médicaments, non du climat d'une pièce :
        // « le contrôle professionnel de la pharmacie », « le contrôle des médicaments »
        "\\bcontrôle\\s+(?:professionnel|médical|pharmaceutique)\\b|\\bcontrôle\\s+(?:des|de\\s+la|sur\\s+(?:les|la))\\s+(?:médicaments|traitements|stupéfiants|pharmacie)\\b",
        "\\b(?:inspections?|audits?|suivi)\\b",
        "\\bresponsabilit(?:é|és)\\b",
        "\\bculture\\b",
        "\\b(?:stratégies?|plans?\\s+(?:d['’]action|national|de)|programmes?)\\b",
        // le même levier nommé par son adjectif : « sur une base stratégique », « de manière stratégique »
        "\\bstratégique(?:s|ment)?\\b",
        "\\bsystème\\s+(?:de\\s+)?(?:plaintes?|contrôle|supervision|gestion|suivi|enregistrement|information)\\b",
        "\\bmécanismes?\\b",
        "\\bplaintes?\\b",
        "\\bpratiques?\\b",
        "\\bcritères\\b",
        "\\bcoordination\\s+(?:entre|avec)\\b",
        "\\b(?:évaluation|analyse)\\s+(?:des\\s+|du\\s+)?risques?\\b",
        "\\b(?:alternatives?|mesures\\s+alternatives)\\s+(?:à\\s+la|aux?)\\s+(?:détention|rétention|privation|incarcération|enfermement)\\b",
        "\\bdernier\\s+recours\\b",
        "\\b(?:usage|utilisation|recours)\\s+(?:de\\s+la\\s+force|à\\s+la\\s+force|des\\s+moyens\\s+de\\s+contrainte|de\\s+la\\s+contention|à\\s+l['’]isolement|aux\\s+menottes)\\b",
        "\\brégime\\s+(?:disciplinaire|de\\s+détention)\\b",
        "\\b(?:mettre\\s+(?:fin|un\\s+terme)|renoncer)\\s+(?:à|au|aux)\\s+(?:la\\s+|l['’])?(?:pratique|placement|usage|utilisation|recours)\\b",
        // a practice forbidden, stopped or limited is a rule: "interdire l'utilisation de …"
        "\\b(?:interdi\\w*|prohib\\w*|proscri\\w*|cess\\w*|limit\\w*|restrein\\w*|restrict\\w*|encadr\\w*)\\s+(?:l['’]|la\\s+|le\\s+|les\\s+)?(?:usage|utilisation|emploi|recours|pratique)s?\\b",
        "\\bstatistiques?\\b",
        "\\b(?:formulaires?|modèles?)\\b",
        // un document qui fixe une règle ou recueille un consentement est une procédure : « doter les
        // unités d'un document prévoyant le consentement éclairé »
        "\\bdocuments?\\s+(?:qui\\s+)?(?:prévoyant|précisant|énonçant|fixant|recueillant|consignant|prévoit|précise|énonce|fixe|recueille|consigne)\\b",
        "\\benquêtes?\\b",
      ],
    },
    weakLever: {
      patterns: [
        "\\b(?:registres?|consign\\w+|enregistr\\w+|tracé\\w*|traçabilité|dossiers?)\\b",
        "\\b(?:quotidien\\w*|hebdomadaires?|mensuel\\w*|trimestriel\\w*|annuel\\w*(?!\\s+(?:de\\s+|d['’]activité\\s+(?:de\\s+)?)?(?:19|20)\\d{2}\\b))\\b",
      ],
    },
    systemic: {
      patterns: [
        `\\b(?:dans|à|pour|de)\\s+(?:tous|toutes)\\s+les\\s+(?:[a-zœ'’]+\\s+){0,2}?${INSTITUTION}`,
        `\\b(?:tous|toutes)\\s+les\\s+${INSTITUTION}\\b`,
        `\\bchaque\\s+${INSTITUTION}\\b`,
        "\\b(?:sur\\s+l['’]ensemble\\s+du\\s+territoire|au\\s+niveau\\s+national|à\\s+l['’]échelle\\s+nationale|dans\\s+l['’]ensemble\\s+des)\\b",
        // l'ensemble d'un service, d'un corps ou d'un territoire (« dans l'ensemble de la police nationale »)
        "\\b(?:dans|sur|à|pour)\\s+l['’]ensemble\\s+(?:du|de\\s+la|de\\s+l['’]|des)\\s*[a-zœéèêàâç]",
      ],
    },
    quantifiedItems: {
      patterns: [
        "\\b(?:tou(?:s|tes)\\s+les|chaque)\\s+(?:cellules?|chambres?|salles?|fourgons?|véhicules?|cours|douches|unités?)\\b",
      ],
    },
    quantifiedGroup: {
      patterns: [
        `\\b(?:tout|toute|tous|toutes|chaque|aucun|aucune)\\s+(?:(?:les|la|le|l['’])\\s*)?(?:[a-zœ'’-]+\\s+){0,2}?(?:${PERSON}|${CASES}|personnel)\\b`,
      ],
    },
    namedFacility: {
      caseSensitive: true,
      patterns: [
        "\\b(?:[Cc]ellule|[Bb]âtiment|[Uu]nité|[Qq]uartier|[Cc]hambre|[Ss]alle|[Aa]ile)\\s+(?:n[°º]\\s*)?(?:\\d+|[A-Z])\\b",
        "\\b(?:prison|maison\\s+d['’]arrêt|centre\\s+(?:pénitentiaire|de\\s+détention|de\\s+rétention\\s+administrative|hospitalier)|hôpital|commissariat|brigade|établissement|centre|unité)(?:\\s+[a-zéèêàâç-]+){0,4}?\\s+(?:de|d['’]|du)\\s*[A-Z]",
      ],
    },
    individualCase: {
      caseSensitive: true,
      patterns: [
        "\\b(?:M\\.|Mme|Mlle|Monsieur|Madame|Dr)\\s+[A-Z]",
        "\\b(?:[Cc]e|[Cc]ette)\\s+(?:personne|détenue?|patiente?|résidente?|mineure?|jeune|femme|homme|enfant)\\b",
        "\\b(?:[Ll]a|[Ll]e|[Ll]['’])\\s*(?:personne|détenue?|patiente?|résidente?|mineure?|jeune|femme|homme|enfant)\\s+(?:concernée?|en\\s+question|précitée?|susmentionnée?)\\b",
      ],
    },
    oneOffFix: {
      patterns: [
        // travaux et aménagements
        "\\b(?:répar|repeindr|repeint|peindr|rénov|réfection|construir|construct|install|équip|remplac|nettoy|vitr|isoler|isolation|aménag)\\w*",
        // objets, fournitures et pièces (pas les établissements : « dans toutes les unités » est une portée)
        "\\b(?:cellules?|chambres?|espaces?|fenêtres?|volets?|stores?|rideaux|murs?|sols?|plafonds?|toits?|portes?|serrures?|toilettes|WC|douches?|lavabos?|robinets?|éclairage|lumière|ampoules?|ventilation|aération|chauffage|climatisation|ventilateurs?|température|mobilier|chaises?|tables?|casiers?|lits?|matelas|couvertures?|literie|draps|oreillers?|serviettes?|savon|produits d['’]hygiène|protections? périodiques|masques?|gants|sonnettes?|boutons? d['’]appel|interphones?|caméras?|téléphones?|télévisions?|cours? de promenade|préaux?|abris|bancs|clôtures?|grillages?|salles? de sport|ateliers?|cuisines?|équipements?|bâtiments?|locaux|peintures?|graffitis|dimensions|rangements?|stockage|gel hydroalcoolique|écrans?|(?:séchoirs?|buanderies?|laveries?))\\b",
      ],
    },
    oneOffStep: {
      patterns: [
        // une étape sur le rapport de la visite, faite une fois : « rendre public ce rapport », « la publication du présent rapport »
        "\\b(?:publier|publie|publient|publication|rendre\\s+public|rende\\s+public|diffuser|diffusion|traduire|traduction)\\s+(?:de\\s+)?(?:ce|le\\s+présent|du\\s+présent|le|son|leur|du)\\s+rapport\\b",
      ],
    },
    legislativeAct: {
      patterns: [
        "\\b(?:modifier|réformer|abroger|adopter|voter|amender|réviser)\\w*\\b[^.;]{0,50}?\\b(?:loi|lois|législation|code|constitution|décret)\\b",
        "\\b(?:allouer|augmenter|accroître)\\b[^.;]{0,30}?\\bbudget\\s+de\\s+l['’]État\\b",
        "\\bratifier\\b",
      ],
    },
    genericAddressee: {
      patterns: [
        "\\bles\\s+autorités(?:\\s+(?:compétentes|pénitentiaires|policières|concernées|publiques|sanitaires|nationales))?\\b",
        "\\bl['’]État(?:\\s+partie)?\\b",
        "\\bles\\s+pouvoirs\\s+publics\\b",
        "\\b(?:organismes|institutions|services|acteurs)\\s+(?:compétents|concernés|responsables)\\b",
      ],
    },
  },
  anchored: {
    changeHead: {
      patterns: [
        "\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:il\\s+convient\\s+)?(?:d['’]\\s*|de\\s+)?(?:(?:être|soit|soient|également|encore|davantage|\\w+ment)\\s+)*(?:amélior|renforc|augment|accroi|accru|diminu|rédui|réduit|raccourc|élargi|étend|étendu)\\w*\\b",
      ],
    },
    degreeChange: {
      patterns: [
        `\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:il\\s+convient\\s+)?(?:d['’]\\s*|de\\s+)?(?:(?:être|soit|soient|également|encore|davantage|\\w+ment)\\s+)*(?:(?:augment|accroi|accru|diminu|raccourc|accéler|multipli|rédui|réduit|étend|étendu|élargi|agrandi|développ)\\w*\\b|(?:une?\\s+)?(?:[\\w-]+\\s+)?(?:augmentation|réduction|extension|diminution|élargissement)\\s+(?:du|de|des|d['’]))(?![^.;,]{0,60}?\\bà\\s+(?:tou(?:s|tes)|chaque|l['’]ensemble)\\b)(?!\\s+(?:un|une|de\\s+nouveaux|de\\s+nouvelles)\\b)${DEGREE_NOT_RESOURCE}`,
      ],
    },
    personSubject: {
      patterns: [
        `(?:(?:tout|toute|tous|toutes|chaque|aucun|aucune|les|la|le|l['’]|ces)\\s*)?(?:(?:les|la|le)\\s+)?${PERSON}\\b(?!\\s+(?:de\\s+|du\\s+|des\\s+)?(?:quartier|unité|centre|cellule|population|nombre))`,
      ],
    },
    practiceSubject: {
      patterns: [
        `(?:(?:la|le|les|l['’]|tout|toute|toutes)\\s*)?(?:(?:usage|utilisation|recours|pratique)\\s+(?:de|du|des|à|aux?)\\s+(?:la\\s+|l['’])?)?${PRACTICE}(?:\\s+(?!(?:de|du|des|à|en|par|pendant|pour|doit|doivent|devrait|devraient|devra|soit|soient|est|sont)\\b)[a-zœéèêàç-]+)?(?=\\s+(?:de|du|des|à|en|par|pendant|pour|doit|doivent|devrait|devraient|devra|soit|soient|est|sont)\\b|,)`,
        "(?:(?:le|la|l['’]|leur)\\s*)?(?:droit\\s+d['’])?(?:accès|contact|droits?|confidentialité|intimité|durée\\s+d(?:e|u|es)\\s+[a-zœ]+)(?=\\s+(?:de|du|des|à|aux?|avec|en|par|pendant|pour|doit|doivent|devrait|devraient|soit|soient|est|sont)\\b|,)",
        // une pratique nommée comme telle, quelle qu'elle soit : « la pratique du retrait du soutien-gorge »
        "(?:la|cette|les|ces)\\s+pratiques?(?=\\s+(?:de|du|des|d['’]|consistant|qui)\\b)",
      ],
    },
    imperative: {
      patterns: [
        // an item of a list introduced by "recommande à l'État partie :" opens with "de" ("De mettre fin à …")
        `\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:qu(?:e\\s+|['’])|(?:(?:de\\s+|d['’]\\s*)(?!(?:autre|votre|notre|entre|ordre)\\b))?(?:${INFINITIVE}\\b|(?:se|s['’])\\s*${INFINITIVE}\\b|ne\\s+plus\\b))`,
      ],
    },
    passiveRecipient: {
      patterns: [
        "(?:doit|doivent|devrait|devraient|devra|devront)\\s+(?:bénéficier|recevoir|disposer|avoir|pouvoir|se\\s+voir|être\\s+(?:informée?s?|dotée?s?|pourvue?s?|autorisée?s?|protégée?s?|sensibilisée?s?|tenue?s?\\s+informée?s?))\\b",
      ],
    },
    restriction: {
      patterns: [
        "(?:[\\wéèêàç'’-]+\\s+){0,2}?(?:ne\\s+|n['’])(?:doit|doivent|devrait|devraient|devra|devront|peut|peuvent|puisse|puissent)\\b",
        "(?:[\\wéèêàç'’-]+\\s+){0,2}?(?:doit|doivent|devrait|devraient|devra|devront)\\s+(?:\\w+ment\\s+)?(?:jamais|uniquement|seulement|exclusivement)\\b",
      ],
    },
    passive: {
      patterns: [
        "\\s*(?:,[^,]{1,40},\\s*)?(?:(?:également|aussi|toujours|désormais|plus|\\w+ment)\\s+)*(?:être|se\\s+voir|rester|demeurer|(?:se|s['’])\\s*)",
      ],
    },
    pronounSubject: {
      patterns: ["(?:il|elle|ils|elles)\\s+(?:doit|doivent|devrait|devraient|devra|devront)\\b"],
    },
    fragmentStart: {
      caseSensitive: true,
      patterns: ["\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?[a-zàâçéèêëîïôûù]"],
    },
    describedPractice: {
      patterns: [
        "\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:à\\s+|de\\s+|d['’]\\s*)?(?:(?:également|\\w+ment)\\s+)*(?:interdi|proscri|cesser|arrêter|abandonn|renonc|supprim|mettre\\s+fin|bannir|éradiqu)\\w*\\b[^.;:,()]{1,150}?(?=\\s*\\(?\\s*\\b(?:tel(?:le)?s?\\s+que|au\\s+moyen\\s+(?:de|d['’]|du|des)|par\\s+exemple)\\b)",
      ],
    },
    vocative: {
      patterns: [
        "\\s*(?:à\\s+l['’]attention\\s+d(?:e|u|es)|aux?|à|destinataire\\s*:?|(?:destinataires|responsables?)\\s*:)\\s+(?=[^:\\n]{2,80}(?::|\\n|\\s\\d{1,3}(?:\\.\\d{1,3})+\\s))",
      ],
    },
    itemLabel: {
      patterns: [`\\W*${ITEM_LABEL}`],
    },
    beingClause: {
      patterns: ["\\s*['’]?\\s*il\\s+(?:y\\s+(?:a|ait|aura)|existe)\\b"],
    },
  },
  words: {
    head: "first",
    definite: ["le", "la", "l'", "ce", "cet", "cette"],
    determiners: [
      "le",
      "la",
      "les",
      "l'",
      "un",
      "une",
      "des",
      "du",
      "au",
      "aux",
      "tout",
      "toute",
      "tous",
      "toutes",
      "chaque",
      "ce",
      "cet",
      "cette",
      "ces",
      "son",
      "sa",
      "ses",
      "leur",
      "leurs",
      "aucun",
      "aucune",
      "à",
      "ledit",
      "ladite",
    ],
    stops: [
      "de",
      "du",
      "des",
      "d'",
      "à",
      "au",
      "aux",
      "en",
      "dans",
      "avec",
      "pour",
      "par",
      "sur",
      "qui",
      "que",
      "qu'",
      "dont",
      "et",
      "ou",
      "chargé",
      "chargée",
    ],
    connectors: ["de", "du", "des", "d'"],
    posts: [
      "juge",
      "juges",
      "magistrat",
      "magistrate",
      "magistrats",
      "superviseur",
      "superviseure",
      "superviseurs",
      "directeur",
      "directrice",
      "directeurs",
      "chef",
      "cheffe",
      "chefs",
      "responsable",
      "responsables",
      "gestionnaire",
      "commandant",
      "commissaire",
      "préfet",
      "préfète",
      "procureur",
      "procureure",
      "président",
      "présidente",
      "ministre",
      "secrétaire",
      "contrôleur",
      "contrôleuse",
      "défenseur",
      "défenseure",
      "inspecteur",
      "maire",
      "gouverneur",
      "administrateur",
      "coordonnateur",
      "coordinateur",
      "médecin-chef",
    ],
    bodies: [
      "ministère",
      "ministères",
      "gouvernement",
      "parlement",
      "assemblée",
      "sénat",
      "service",
      "agence",
      "inspection",
      "commission",
      "conseil",
      "office",
      "bureau",
      "mécanisme",
      "comité",
      "sous-comité",
      "tribunal",
      "cour",
      "parquet",
      "préfecture",
      "mairie",
      "délégation",
      "secrétariat",
      "gendarmerie",
    ],
    qualifiedOnly: ["direction", "administration", "police", "hiérarchie", "encadrement"],
    institutions: [
      "prison",
      "établissement",
      "hôpital",
      "centre",
      "commissariat",
      "brigade",
      "unité",
      "maison",
      "clinique",
      "structure",
    ],
    generic: [
      "pays",
      "autorité",
      "autorités",
      "état",
      "pouvoirs",
      "organismes",
      "acteurs",
      "partie",
      "instances",
    ],
    persons: [
      "personne",
      "personnes",
      "détenu",
      "détenue",
      "détenus",
      "détenues",
      "prisonnier",
      "prisonniers",
      "patient",
      "patiente",
      "patients",
      "patientes",
      "résident",
      "résidents",
      "résidente",
      "résidentes",
      "mineur",
      "mineure",
      "mineurs",
      "mineures",
      "enfant",
      "enfants",
      "adolescent",
      "adolescents",
      "jeunes",
      "femme",
      "femmes",
      "étranger",
      "étrangers",
      "étrangère",
      "étrangères",
      "migrant",
      "migrants",
      "demandeurs",
      "ressortissants",
      "ressortissantes",
      "arrivants",
      "retenus",
      "retenues",
      "victime",
      "victimes",
    ],
    staff: [
      "personnel",
      "personnels",
      "agents",
      "agent",
      "fonctionnaires",
      "surveillants",
      "soignants",
      "médecins",
      "policiers",
      "gendarmes",
      "équipe",
      "équipes",
      "escorte",
      "professionnels",
      "intervenants",
      "employés",
    ],
    stative: [
      "avoir",
      "être",
      "disposer",
      "bénéficier",
      "recevoir",
      "rester",
      "demeurer",
      "comporter",
    ],
  },
  criterionNames: {
    specific: "Spécifique",
    measurable: "Mesurable",
    achievable: "Réalisable",
    results: "Axée sur les résultats",
    timebound: "Assortie d’un délai",
    solution: "Suggère une solution",
    prioritised: "Priorités, étapes et risques",
    argued: "Argumentée",
    rootcause: "Traite la cause",
    targeted: "Destinataire désigné",
  },
  verdictNames: { met: "rempli", not_met: "non rempli", needs_review: "à examiner" },
  basisNames: {
    action: "action concrète",
    measure: "élément vérifiable",
    bounded: "demande circonscrite",
    outcome: "résultat pour les personnes",
    purpose: "objectif énoncé",
    deadline: "délai",
    immediacy: "immédiateté",
    means: "moyen",
    option: "option",
    priority: "priorité",
    urge: "demande instante",
    sequence: "séquence",
    risk: "risque",
    finding: "constat",
    standard: "norme",
    lever: "levier sur la cause",
    systemic: "ensemble du service",
    ruleForAll: "règle pour toutes les personnes concernées",
    practice: "pratique ou organisation",
    addressee: "destinataire",
    vague: "formulation vague",
    bareQuality: "qualité sans critère",
    soft: "sans critère mesurable",
    open: "réexamen sans fin visible",
    absolute: "résultat que nul ne peut garantir",
    oneOff: "réparation ponctuelle",
    unbounded: "demande sans limites",
    competence: "hors des compétences du destinataire",
    openEnded: "délai ouvert",
    routineTime: "délai d’une étape courante",
    crossReference: "simple renvoi",
    genericStandard: "normes en général",
    generic: "personne n’est nommé",
    addresseeElsewhere: "destinataire nommé ailleurs",
    considered: "seulement à envisager",
    none: "rien trouvé",
    empty: "texte vide",
  },
  quotes: ["« ", " »"],
  advice: {
    specific: {
      default:
        "Dites exactement ce qui doit être fait : un verbe d’action avec un objet défini, par ex. {example}.",
      vague:
        "« {phrase} » ne dit pas ce qui doit être fait ; nommez l’action concrète, par ex. {example}.",
      empty: "Rédigez la recommandation comme une action concrète, par ex. {example}.",
    },
    measurable: {
      default:
        "Ajoutez un élément vérifiable par un observateur : un nombre, une fréquence, un livrable (un registre, une procédure écrite) ou un état clair, par ex. {example}.",
      soft: "« {phrase} » ne donne aucun critère ; dites combien ou à quelle fréquence, par ex. {example}.",
      open: "« {phrase} » n’a pas de fin visible ; dites quel doit être le résultat, par ex. {example}.",
    },
    achievable: {
      default:
        "Limitez la demande à ce que le destinataire peut faire avec ses propres compétences et moyens, par ex. {example}.",
      absolute:
        "« {phrase} » est un résultat que nul ne peut garantir ; demandez plutôt des mesures concrètes qui réduisent le risque, par ex. {example}.",
      unbounded:
        "« {phrase} » laisse la demande ouverte ; nommez une mesure circonscrite que le destinataire peut prendre, par ex. {example}.",
      competence:
        "« {phrase} » dépasse les compétences du destinataire ; adressez-la au ministère ou au Parlement, ou demandez au destinataire de proposer la modification.",
    },
    results: {
      default:
        "Indiquez le changement attendu pour les personnes privées de liberté, par ex. {example}.",
    },
    timebound: {
      default: "Fixez un délai de mise en œuvre, par ex. {example}.",
      openEnded:
        "« {phrase} » est un délai ouvert ; indiquez une date ou une durée, par ex. {example}.",
      routineTime:
        "« {phrase} » est le délai d’une étape courante, pas un délai de mise en œuvre de la recommandation ; ajoutez-en un, par ex. {example}.",
    },
    solution: {
      default: "Indiquez comment le changement pourrait être obtenu, par ex. {example}.",
      considered:
        "Le texte demande seulement d’envisager « {phrase} » : décidez si cette mesure est proposée comme moyen du changement, ou dites comment, par ex. {example}.",
    },
    prioritised: {
      default:
        "Signalez la priorité, l’ordre des étapes ou un risque à surveiller, par ex. {example}.",
    },
    argued: {
      default:
        "Donnez la raison : ce que la visite a constaté ou la norme sur laquelle elle s’appuie, par ex. {example}.",
      crossReference:
        "« {phrase} » ne fait que renvoyer à une autre partie du rapport ; énoncez le constat ou la norme dans la recommandation, par ex. {example}.",
      genericStandard:
        "« {phrase} » ne nomme aucune norme ; citez la règle ou le constat, par ex. {example}.",
    },
    rootcause: {
      default:
        "Traitez la cause autant que le symptôme : la règle, la procédure, la formation, les effectifs ou le budget, ou étendez la mesure à tous les lieux concernés, par ex. {example}.",
      oneOff:
        "« {phrase} » répare une chose ; dites ce qui empêchera le problème de revenir (un calendrier d’entretien, une procédure, une ligne budgétaire) ou étendez la mesure à tous les lieux concernés, par ex. {example}.",
    },
    targeted: {
      default: "Nommez qui doit agir, par ex. {example}.",
      generic:
        "« {phrase} » ne dit pas qui doit agir ; nommez le ministère, le service ou le titulaire du poste, par ex. {example}.",
      addresseeElsewhere:
        "Le destinataire est peut-être nommé dans la phrase qui introduit cette recommandation ; vérifiez qui doit agir.",
    },
  },
  examples: {
    specific: "« installer un bouton d’appel dans chaque cellule »",
    measurable: "« au moins une heure par jour en plein air » ou « une procédure écrite »",
    "measurable.open": "« adopter une procédure révisée »",
    achievable: "« recruter deux infirmiers supplémentaires »",
    results: "« … afin que les personnes détenues puissent appeler à l’aide la nuit »",
    timebound: "« dans un délai de six mois » ou « d’ici au 31 décembre 2027 »",
    solution: "« en recrutant deux infirmiers » ou « par exemple en installant … »",
    prioritised:
      "« en priorité », « dans l’attente de …, dans l’intervalle … », « en veillant à ce que … »",
    argued: "« la délégation a constaté que … » ou « la règle 23 des Règles Nelson Mandela »",
    rootcause: "« adopter une procédure écrite et y former l’ensemble du personnel »",
    targeted:
      "« Le directeur de la maison d’arrêt de … devrait … » ou « Le ministère de la Justice devrait … »",
    "specific.empty": "« Le directeur de … devrait installer … »",
  },
};

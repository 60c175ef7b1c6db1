import type { Language } from "./plan";

/**
 * Controlled vocabularies of tracker schema v1, as data. Fixed lists have
 * stable value keys (stored canonically, shown translated); extendable lists
 * (places, authorities, themes...) are the NPM's own words, kept verbatim, and
 * the items below only seed the Lists sheet. `synonyms` are the other ways
 * people write a value in hand-made trackers (English, French, Spanish),
 * compared after lower-casing and removing accents.
 */

export type Labels = Record<Language, string>;

export interface VocabularyValue {
  key: string;
  labels: Labels;
  synonyms: string[];
}

export type VocabularyKey =
  // The Stakeholders sheet's lists (src/core/schema/stakeholders.ts).
  | "stakeholderKind"
  | "level"
  | "stance"
  | "yesNo"
  | "type"
  | "scope"
  | "place"
  | "placeType"
  | "authority"
  | "theme"
  | "groups"
  | "priority"
  | "timeframe"
  | "accepted"
  | "status"
  | "reasonNotImplemented"
  | "eventKind";

export interface Vocabulary {
  key: VocabularyKey;
  /** Extendable lists keep the user's wording; fixed lists normalise to a key. */
  extendable: boolean;
  /** Name of the table on the Lists sheet. */
  table: string;
  /** Header of that table (translated). */
  header: Labels;
  values: VocabularyValue[];
}

function v(
  key: string,
  en: string,
  fr: string,
  es: string,
  synonyms: string[] = []
): VocabularyValue {
  return { key, labels: { en, fr, es }, synonyms };
}

export const VOCABULARIES: Record<VocabularyKey, Vocabulary> = {
  stakeholderKind: {
    key: "stakeholderKind",
    // The NPM may name other kinds of actor: the sheet's rule warns, it does not refuse.
    extendable: true,
    table: "ListStakeholderKind",
    header: { en: "Type of actor", fr: "Type d'acteur", es: "Tipo de actor" },
    values: [
      v("ministry", "Ministry", "Ministère", "Ministerio", ["ministere", "ministerio", "minister"]),
      v("parliament", "Parliament", "Parlement", "Parlamento", [
        "parliamentary committee",
        "commission parlementaire",
        "comision parlamentaria",
        "congreso",
      ]),
      v(
        "institutionHead",
        "Head of institution",
        "Direction d'établissement",
        "Dirección del establecimiento",
        [
          "institution head",
          "director",
          "directeur",
          "directrice",
          "governor",
          "warden",
          "directora",
        ]
      ),
      v("ngo", "NGO", "ONG", "ONG", ["civil society", "société civile", "sociedad civil"]),
      v("media", "Media", "Médias", "Medios de comunicación", [
        "press",
        "presse",
        "prensa",
        "medios",
      ]),
      v("families", "Families", "Familles", "Familias", [
        "family",
        "famille",
        "familia",
        "relatives",
      ]),
      v("oversightBody", "Oversight body", "Organe de contrôle", "Órgano de supervisión", [
        "inspectorate",
        "inspection",
        "ombudsman",
        "médiateur",
        "defensoría",
        "inspección",
      ]),
      v("other", "Other", "Autre", "Otro", ["autre", "otro", "otra"]),
    ],
  },
  level: {
    key: "level",
    extendable: false,
    table: "ListLevel",
    header: { en: "Level", fr: "Niveau", es: "Nivel" },
    values: [
      v("low", "Low", "Faible", "Bajo", ["l", "faible", "bas", "basse", "bajo", "baja", "1"]),
      v("medium", "Medium", "Moyen", "Medio", ["m", "moyen", "moyenne", "medio", "media", "2"]),
      v("high", "High", "Élevé", "Alto", [
        "h",
        "high",
        "eleve",
        "elevee",
        "fort",
        "forte",
        "alto",
        "alta",
        "3",
      ]),
    ],
  },
  stance: {
    key: "stance",
    extendable: false,
    table: "ListStance",
    header: { en: "Stance", fr: "Position", es: "Postura" },
    values: [
      v("supportive", "Supportive", "Favorable", "A favor", [
        "support",
        "ally",
        "allié",
        "favorable",
        "aliado",
      ]),
      v("neutral", "Neutral", "Neutre", "Neutral", ["neutre", "undecided", "indécis"]),
      v("opposed", "Opposed", "Opposé", "En contra", [
        "against",
        "resistant",
        "opposée",
        "contre",
        "opuesto",
        "opuesta",
      ]),
    ],
  },
  yesNo: {
    key: "yesNo",
    extendable: false,
    table: "ListYesNo",
    header: { en: "Yes / No", fr: "Oui / Non", es: "Sí / No" },
    values: [
      v("yes", "Yes", "Oui", "Sí", [
        "y",
        "yes",
        "true",
        "1",
        "x",
        "oui",
        "o",
        "si",
        "done",
        "verified",
        "checked",
        "vérifié",
        "vérifiée",
        "verificado",
        "verificada",
        "ok",
      ]),
      v("no", "No", "Non", "No", [
        "n",
        "no",
        "false",
        "0",
        "non",
        "not yet",
        "pas encore",
        "todavía no",
        "aún no",
        "not verified",
        "non vérifié",
        "no verificado",
        "pending",
      ]),
    ],
  },
  type: {
    key: "type",
    extendable: false,
    table: "ListType",
    header: { en: "Type", fr: "Type", es: "Tipo" },
    values: [
      v("visit", "Visit", "Visite", "Visita", [
        "visit report",
        "rapport de visite",
        "informe de visita",
        "follow-up visit",
      ]),
      v("thematic", "Thematic", "Thématique", "Temática", [
        "thematic report",
        "rapport thématique",
        "informe temático",
        "temático",
      ]),
      v("urgent", "Urgent", "Urgente", "Urgente", [
        "urgent recommendation",
        "immediate",
        "immédiate",
        "inmediata",
      ]),
      v("annualReport", "Annual report", "Rapport annuel", "Informe anual", [
        "annual",
        "annuel",
        "anual",
      ]),
      v(
        "preliminaryObservation",
        "Preliminary observation",
        "Observation préliminaire",
        "Observación preliminar",
        [
          "preliminary observations",
          "observations préliminaires",
          "observaciones preliminares",
          "preliminary",
        ]
      ),
    ],
  },
  scope: {
    key: "scope",
    extendable: false,
    table: "ListScope",
    header: { en: "Scope", fr: "Portée", es: "Alcance" },
    values: [
      v("specific", "Specific", "Spécifique", "Específica", [
        "specific",
        "spécifique",
        "especifica",
        "específico",
        "local",
        "facility",
      ]),
      v("systemic", "Systemic", "Systémique", "Sistémica", [
        "systemic",
        "system-wide",
        "general",
        "générale",
        "sistémico",
        "structural",
        "structurelle",
        "estructural",
      ]),
    ],
  },
  place: {
    key: "place",
    extendable: true,
    table: "ListPlace",
    header: { en: "Place", fr: "Lieu", es: "Lugar" },
    values: [],
  },
  placeType: {
    key: "placeType",
    extendable: true,
    table: "ListPlaceType",
    header: { en: "Type of place", fr: "Type de lieu", es: "Tipo de lugar" },
    values: [
      v("prison", "Prison", "Prison", "Centro penitenciario"),
      v("policeStation", "Police station", "Commissariat de police", "Comisaría de policía"),
      v("pretrial", "Pre-trial detention centre", "Maison d'arrêt", "Centro de prisión preventiva"),
      v("psychiatric", "Psychiatric hospital", "Hôpital psychiatrique", "Hospital psiquiátrico"),
      v("socialCare", "Social care home", "Établissement social", "Centro de asistencia social"),
      v(
        "immigration",
        "Immigration detention centre",
        "Centre de rétention administrative",
        "Centro de internamiento de extranjeros"
      ),
      v("juvenile", "Juvenile detention centre", "Centre pour mineurs", "Centro de menores"),
      v("other", "Other", "Autre", "Otro"),
    ],
  },
  authority: {
    key: "authority",
    extendable: true,
    table: "ListAuthority",
    header: { en: "Addressed to", fr: "Destinataire", es: "Destinatario" },
    values: [
      v("moj", "Ministry of Justice", "Ministère de la Justice", "Ministerio de Justicia"),
      v("moi", "Ministry of the Interior", "Ministère de l'Intérieur", "Ministerio del Interior"),
      v("moh", "Ministry of Health", "Ministère de la Santé", "Ministerio de Sanidad"),
      v(
        "director",
        "Director of the place",
        "Direction de l'établissement",
        "Dirección del centro"
      ),
    ],
  },
  theme: {
    key: "theme",
    extendable: true,
    table: "ListTheme",
    header: { en: "Theme", fr: "Thème", es: "Tema" },
    values: [
      v(
        "ill",
        "Ill-treatment and use of force",
        "Mauvais traitements et usage de la force",
        "Malos tratos y uso de la fuerza"
      ),
      v("safeguards", "Legal safeguards", "Garanties juridiques", "Salvaguardias legales"),
      v("conditions", "Material conditions", "Conditions matérielles", "Condiciones materiales"),
      v("health", "Health care", "Soins de santé", "Atención sanitaria"),
      v("regime", "Activities and regime", "Activités et régime", "Actividades y régimen"),
      v(
        "contact",
        "Contact with the outside world",
        "Contacts avec l'extérieur",
        "Contacto con el exterior"
      ),
      v(
        "discipline",
        "Discipline and isolation",
        "Discipline et isolement",
        "Disciplina y aislamiento"
      ),
      v("complaints", "Complaints and inspection", "Plaintes et contrôle", "Quejas e inspección"),
      v("staff", "Staff and training", "Personnel et formation", "Personal y formación"),
      v("registers", "Registers and records", "Registres", "Registros"),
    ],
  },
  groups: {
    key: "groups",
    extendable: true,
    table: "ListGroups",
    header: { en: "Groups / practices", fr: "Groupes / pratiques", es: "Grupos / prácticas" },
    values: [
      v("women", "Women", "Femmes", "Mujeres"),
      v("children", "Children", "Enfants", "Niños y niñas"),
      v("lgbti", "LGBTI persons", "Personnes LGBTI", "Personas LGBTI"),
      v(
        "disabilities",
        "Persons with disabilities",
        "Personnes handicapées",
        "Personas con discapacidad"
      ),
      v("foreign", "Foreign nationals", "Personnes étrangères", "Personas extranjeras"),
      v("older", "Older persons", "Personnes âgées", "Personas mayores"),
      v("restraint", "Restraint", "Contention", "Contención"),
      v("solitary", "Solitary confinement", "Isolement", "Aislamiento"),
      v("searches", "Body searches", "Fouilles", "Registros corporales"),
    ],
  },
  priority: {
    key: "priority",
    extendable: false,
    table: "ListPriority",
    header: { en: "Priority", fr: "Priorité", es: "Prioridad" },
    values: [
      v("high", "High", "Haute", "Alta", [
        "h",
        "1",
        "urgent",
        "élevée",
        "haute priorité",
        "high priority",
        "alta prioridad",
        "top",
      ]),
      v("medium", "Medium", "Moyenne", "Media", [
        "m",
        "2",
        "normal",
        "moyen",
        "medio",
        "medium priority",
      ]),
      v("low", "Low", "Basse", "Baja", ["l", "3", "faible", "bas", "bajo", "low priority"]),
    ],
  },
  timeframe: {
    key: "timeframe",
    extendable: false,
    table: "ListTimeframe",
    header: { en: "Timeframe", fr: "Délai", es: "Plazo" },
    values: [
      v("short", "Short term", "Court terme", "Corto plazo", [
        "short",
        "short-term",
        "court",
        "à court terme",
        "a corto plazo",
        "immediate",
        "immédiat",
        "inmediato",
      ]),
      v("medium", "Medium term", "Moyen terme", "Medio plazo", [
        "medium",
        "medium-term",
        "moyen",
        "à moyen terme",
        "a medio plazo",
        "mediano plazo",
      ]),
      v("long", "Long term", "Long terme", "Largo plazo", [
        "long",
        "long-term",
        "à long terme",
        "a largo plazo",
      ]),
    ],
  },
  accepted: {
    key: "accepted",
    extendable: false,
    table: "ListAccepted",
    header: { en: "Accepted", fr: "Acceptée", es: "Aceptada" },
    values: [
      v("accepted", "Accepted", "Acceptée", "Aceptada", [
        "yes",
        "y",
        "oui",
        "si",
        "accepted",
        "agreed",
        "agree",
        "accepte",
        "accepté",
        "acceptee",
        "aceptado",
        "fully accepted",
        "totalement acceptée",
        "totalmente aceptada",
      ]),
      v(
        "partiallyAccepted",
        "Partially accepted",
        "Partiellement acceptée",
        "Parcialmente aceptada",
        [
          "partly accepted",
          "partially",
          "partly",
          "partial",
          "in part",
          "partiellement",
          "partiellement accepté",
          "en partie",
          "parcialmente",
          "parcialmente aceptado",
          "en parte",
        ]
      ),
      v("rejected", "Rejected", "Rejetée", "Rechazada", [
        "no",
        "n",
        "non",
        "rejected",
        "not accepted",
        "refused",
        "declined",
        "rejeté",
        "refusé",
        "refusée",
        "non acceptée",
        "non accepté",
        "rechazado",
        "no aceptada",
        "no aceptado",
      ]),
      v("noResponse", "No response yet", "Pas encore de réponse", "Sin respuesta aún", [
        "no response",
        "no answer",
        "no reply",
        "awaiting response",
        "awaiting reply",
        "not yet",
        "pending",
        "no answer yet",
        "pas de réponse",
        "sans réponse",
        "en attente",
        "en attente de réponse",
        "sin respuesta",
        "pendiente",
        "sin contestar",
      ]),
    ],
  },
  status: {
    key: "status",
    extendable: false,
    table: "ListStatus",
    header: { en: "Implementation", fr: "Mise en œuvre", es: "Implementación" },
    values: [
      v("notStarted", "Not started", "Pas commencée", "No iniciada", [
        "not started",
        "not started yet",
        "not begun",
        "no action",
        "no action yet",
        "pas commencé",
        "non commencée",
        "non commencé",
        "pas encore commencée",
        "no iniciado",
        "sin iniciar",
        "sin comenzar",
      ]),
      v("inProgress", "In progress", "En cours", "En curso", [
        "ongoing",
        "in progress",
        "underway",
        "under way",
        "started",
        "in hand",
        "en cours",
        "en cours de mise en œuvre",
        "en curso",
        "en proceso",
        "en marcha",
        "iniciada",
      ]),
      v(
        "partiallyImplemented",
        "Partially implemented",
        "Partiellement mise en œuvre",
        "Parcialmente implementada",
        [
          "partially",
          "partly",
          "partial",
          "partly implemented",
          "partially done",
          "partiellement",
          "partiellement mis en œuvre",
          "partiellement réalisée",
          "en partie",
          "parcialmente",
          "parcialmente implementado",
          "parcialmente cumplida",
          "en parte",
        ]
      ),
      v("implemented", "Implemented", "Mise en œuvre", "Implementada", [
        "implemented",
        "done",
        "completed",
        "complete",
        "fully implemented",
        "mis en œuvre",
        "réalisée",
        "réalisé",
        "appliquée",
        "implementado",
        "cumplida",
        "cumplido",
        "realizada",
        "realizado",
      ]),
      v("notImplemented", "Not implemented", "Non mise en œuvre", "No implementada", [
        "not implemented",
        "not done",
        "will not be implemented",
        "non mis en œuvre",
        "pas mise en œuvre",
        "non réalisée",
        "no implementado",
        "no cumplida",
        "incumplida",
      ]),
    ],
  },
  reasonNotImplemented: {
    key: "reasonNotImplemented",
    extendable: false,
    table: "ListReason",
    header: {
      en: "Reason not implemented",
      fr: "Raison de la non-mise en œuvre",
      es: "Motivo de no implementación",
    },
    values: [
      v("budget", "Budget", "Budget", "Presupuesto", [
        "money",
        "funds",
        "funding",
        "no funds",
        "no budget",
        "lack of budget",
        "insufficient budget",
        "lack of funds",
        "financial",
        "costs",
        "financement",
        "manque de moyens",
        "fondos",
        "falta de fondos",
      ]),
      v("notUnderstood", "Not understood", "Non comprise", "No entendida", [
        "unclear",
        "misunderstood",
        "pas comprise",
        "incomprise",
        "no se entendió",
      ]),
      v("resistance", "Resistance", "Résistance", "Resistencia", ["refusal", "unwilling", "refus"]),
      v("legalObstacle", "Legal obstacle", "Obstacle juridique", "Obstáculo legal", [
        "law",
        "legal",
        "legislation",
        "obstacle légal",
        "juridique",
        "obstáculo jurídico",
      ]),
      v(
        "otherBody",
        "Another body's competence",
        "Compétence d'un autre organe",
        "Competencia de otro órgano",
        [
          "not competent",
          "other authority",
          "autre autorité",
          "otra autoridad",
          "not our competence",
        ]
      ),
      v("other", "Other", "Autre", "Otro", ["other", "autre", "otro", "otra"]),
    ],
  },
  eventKind: {
    key: "eventKind",
    extendable: false,
    table: "ListEvent",
    header: { en: "Event", fr: "Événement", es: "Evento" },
    values: [
      v(
        "draftSent",
        "Draft sent for comment",
        "Projet transmis pour observations",
        "Borrador enviado para comentarios",
        ["draft sent", "draft-sent", "draft", "projet transmis", "borrador enviado"]
      ),
      v("responseReceived", "Response received", "Réponse reçue", "Respuesta recibida", [
        "response",
        "response-received",
        "reply",
        "reply received",
        "answer",
        "réponse",
        "respuesta",
        "respuesta recibida",
      ]),
      v(
        "actionPlanAgreed",
        "Action plan agreed",
        "Plan d'action convenu",
        "Plan de acción acordado",
        ["action plan", "action-plan-agreed", "plan d'action", "plan de acción"]
      ),
      v("reminderSent", "Reminder sent", "Relance envoyée", "Recordatorio enviado", [
        "reminder",
        "reminder-sent",
        "relance",
        "rappel",
        "recordatorio",
      ]),
      v("meeting", "Meeting", "Réunion", "Reunión", ["meeting held", "rencontre", "reunion"]),
      v("followUpVisit", "Follow-up visit", "Visite de suivi", "Visita de seguimiento", [
        "follow-up-visit",
        "follow up visit",
        "visit",
        "visite",
        "visita",
      ]),
      v("statusChanged", "Status changed", "Changement de statut", "Cambio de estado", [
        "status-changed",
        "status change",
        "changement d'état",
      ]),
      v("other", "Other", "Autre", "Otro", ["autre", "otro", "otra"]),
      // Strategies tried when a recommendation is not implemented (src/core/schema/strategies.ts;
      // "Meeting" above is one too). Short labels: the History's drop-down names every kind in
      // its rule, which Excel caps at 255 characters.
      v(
        "explained",
        "Explained / reformulated",
        "Expliquée / reformulée",
        "Explicada / reformulada",
        [
          "explained",
          "explanation",
          "reformulated",
          "reformulation",
          "explication",
          "reformulée",
          "explicación",
          "reformulación",
        ]
      ),
      v("advocacy", "Advocacy", "Plaidoyer", "Incidencia", [
        "parliament",
        "advocacy with parliament",
        "lobbying",
        "parlement",
        "parlamento",
        "incidencia política",
      ]),
      v("coalition", "Coalition partners", "Partenaires de coalition", "Socios de coalición", [
        "coalition",
        "partners",
        "partenaires",
        "coalición",
        "aliados",
      ]),
      v("inspectorates", "Other inspectorates", "Autres inspections", "Otras inspecciones", [
        "inspectorates",
        "other inspectorate",
        "oversight bodies",
        "inspections",
        "otros órganos de inspección",
      ]),
      v("media", "Media", "Médias", "Medios", [
        "press",
        "the media",
        "presse",
        "medios de comunicación",
        "prensa",
      ]),
      v("redirected", "Redirected", "Réorientée", "Remitida", [
        "redirect",
        "redirected to the competent body",
        "referral",
        "referred",
        "réorientation",
        "renvoyée",
        "remisión",
        "remitida al órgano competente",
      ]),
    ],
  },
};

/** Lower case, no accents, single spaces, no surrounding punctuation: how words are compared. */
export function foldText(text: string): string {
  // A tracker repeats the same few words in its list columns: each is folded once.
  if (text.length > FOLDED_LENGTH) return foldOnce(text);
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    folded = foldOnce(text);
    FOLDED.set(text, folded);
  }
  return folded;
}

/** Texts already folded (bounded: cleared when full). */
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 20_000;
/** Longer texts (sentences) are folded each time: they rarely come twice. */
const FOLDED_LENGTH = 80;

function foldOnce(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s"'.,;:!?*()[\]-]+|[\s"'.,;:!?*()[\]-]+$/g, "");
}

/**
 * Words Excel would read as something else than text when typed or written
 * without the text format (a formula or a sign, a number, a sum, a
 * percentage, a date, a time, TRUE): a tracker cell keeps them as text, but
 * they stay out of the drop-down lists, whichever way the list is written.
 */
const READ_AS_INPUT = [
  /^[=+\-@]/,
  /^(true|false)$/i,
  /^[($€£¥]?\s*\d[\d.,\s]*\s*[%)]?$/,
  /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i,
];

/**
 * What a Lists table holding `items` gains from the words `wanted`: each
 * word it does not hold yet, compared folded (foldText: "Ministere de la
 * Sante" is "Ministère de la Santé"), in its first spelling, once, trimmed;
 * words Excel would read as something else stay out. The one decision every
 * tracker store (the Excel pane, the .xlsx file, Graph) and a new tracker's
 * lists take.
 */
export function newListWords(items: readonly string[], wanted: readonly string[]): string[] {
  const have = new Set(items.map(foldText));
  const add: string[] = [];
  for (const value of wanted) {
    const word = value.trim();
    const folded = foldText(word);
    if (!folded || have.has(folded) || READ_AS_INPUT.some((pattern) => pattern.test(word)))
      continue;
    have.add(folded);
    add.push(word);
  }
  return add;
}

/** A Lists table's words with `removed` taken out, compared folded as newListWords compares them; the rest in their order. */
export function listWordsWithout(items: readonly string[], removed: readonly string[]): string[] {
  const gone = new Set(removed.map(foldText));
  return items.filter((item) => !gone.has(foldText(item)));
}

/** What a write does to one Lists table: the words it adds, and the whole list when it takes words out. */
export interface ListChange {
  add: string[];
  /** The list as it will be (kept words in their order, then the added ones); null when nothing is taken out. */
  rewrite: string[] | null;
}

export function listChange(
  items: readonly string[],
  wanted: readonly string[],
  removed: readonly string[] = []
): ListChange {
  const add = newListWords(items, wanted);
  const kept = listWordsWithout(items, removed);
  return { add, rewrite: kept.length < items.length ? [...kept, ...add] : null };
}

let lookupCache: Map<VocabularyKey, Map<string, string>> | null = null;

/** Folded label or synonym -> value key, for one fixed vocabulary. */
export function vocabularyLookup(key: VocabularyKey): Map<string, string> {
  if (!lookupCache) {
    lookupCache = new Map();
    for (const vocab of Object.values(VOCABULARIES)) {
      const map = new Map<string, string>();
      for (const value of vocab.values) {
        for (const word of [value.key, ...Object.values(value.labels), ...value.synonyms]) {
          const folded = foldText(word);
          if (!map.has(folded)) map.set(folded, value.key);
        }
      }
      lookupCache.set(vocab.key, map);
    }
  }
  return lookupCache.get(key) as Map<string, string>;
}

export function vocabularyLabel(
  key: VocabularyKey,
  valueKey: string,
  language: Language
): string | undefined {
  return VOCABULARIES[key].values.find((value) => value.key === valueKey)?.labels[language];
}

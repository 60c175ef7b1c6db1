import type { Language } from "./plan";
import type { Labels, VocabularyKey } from "./vocabularies";

/**
 * The tracker schema as data: one entry per column of the Recommendations
 * table. Keys are stable for ever; headers are display text; code finds a
 * column by its key, never by its position. `synonyms` are the headers
 * hand-made trackers use for the same column (English, French, Spanish),
 * used to adopt a legacy sheet. TRACKER_COLUMNS is in the order a new table
 * has (TABLE_ORDER, by task); existing tables keep the order they have.
 */

/** 2: the History table (src/core/schema/history.ts) and the reply-deadline setting. */
export const SCHEMA_VERSION = 2;
export const TRACKER_NAMESPACE = "urn:opcat-recommendation-tracker:tracker:1";
export const RECOMMENDATIONS_TABLE = "Recommendations";

export type ColumnKind =
  | "text"
  | "longText"
  | "date"
  | "dateTime"
  | "yesNo"
  | "list"
  | "multiList"
  | "hyperlink"
  | "score";

export type ColumnKey =
  | "id"
  | "ref"
  | "dateMade"
  | "repeated"
  | "repeatOf"
  | "text"
  | "type"
  | "scope"
  | "place"
  | "placeType"
  | "authority"
  | "report"
  | "reportLink"
  | "theme"
  | "groups"
  | "keywords"
  | "priority"
  | "timeframe"
  | "deadline"
  | "staff"
  | "responseDate"
  | "response"
  | "accepted"
  | "status"
  | "verified"
  | "verifiedOn"
  | "evidence"
  | "reasonNotImplemented"
  | "nextFollowUp"
  | "smartScore"
  | "source"
  | "notes"
  | "updated"
  | "key";

export interface ColumnDef {
  key: ColumnKey;
  headers: Labels;
  kind: ColumnKind;
  vocabulary?: VocabularyKey;
  required?: boolean;
  unique?: boolean;
  /** Column width in characters. */
  width: number;
  /** Other headers meaning this column, any language; compared folded. */
  synonyms: string[];
}

function c(
  key: ColumnKey,
  kind: ColumnKind,
  en: string,
  fr: string,
  es: string,
  width: number,
  synonyms: string[],
  extra: Partial<ColumnDef> = {}
): ColumnDef {
  return { key, kind, headers: { en, fr, es }, width, synonyms, ...extra };
}

/** A column of a table of its own beside the tracker's (History, Stakeholders): its key, headers, kind, list and width. */
export interface OwnColumnDef<Key extends string> {
  key: Key;
  headers: Labels;
  kind: ColumnKind;
  vocabulary?: VocabularyKey;
  width: number;
}

/** An own column's kind, headers (en, fr, es), width and list, after its key. */
export type OwnColumnWords = [
  kind: ColumnKind,
  en: string,
  fr: string,
  es: string,
  width: number,
  vocabulary?: VocabularyKey,
];

export function ownColumn<Key extends string>(
  key: Key,
  ...[kind, en, fr, es, width, vocabulary]: OwnColumnWords
): OwnColumnDef<Key> {
  return { key, kind, headers: { en, fr, es }, width, ...(vocabulary ? { vocabulary } : {}) };
}

const DEFINITIONS: readonly ColumnDef[] = [
  c(
    "id",
    "text",
    "Rec ID",
    "ID rec.",
    "ID rec.",
    14,
    [
      "id",
      "rec id",
      "recommendation id",
      "identifier",
      "unique id",
      "identifiant",
      "identificador",
      "id recomendación",
    ],
    { required: true, unique: true }
  ),
  c("ref", "text", "Ref.", "Réf.", "Ref.", 8, [
    "ref",
    "reference",
    "no",
    "n°",
    "nº",
    "no.",
    "number",
    "rec no",
    "rec. no",
    "rec number",
    "recommendation number",
    "#",
    "num",
    "numéro",
    "référence",
    "numero",
    "número",
    "referencia",
    "n° recommandation",
    "item",
  ]),
  c(
    "dateMade",
    "date",
    "Date made",
    "Date d'émission",
    "Fecha de emisión",
    12,
    [
      "date",
      "date made",
      "date of report",
      "report date",
      "date of recommendation",
      "recommendation date",
      "date issued",
      "issued",
      "date of visit",
      "visit date",
      "date du rapport",
      "date de la recommandation",
      "date de visite",
      "fecha",
      "fecha del informe",
      "fecha de la recomendación",
      "fecha de visita",
      "year",
      "année",
      "año",
    ],
    { required: true }
  ),
  c(
    "repeated",
    "yesNo",
    "Repeated",
    "Réitérée",
    "Reiterada",
    10,
    [
      "repeated",
      "repeat",
      "reiterated",
      "repeated recommendation",
      "réitérée",
      "réitération",
      "répétée",
      "reiterada",
      "repetida",
    ],
    { vocabulary: "yesNo" }
  ),
  c("repeatOf", "text", "Repeats", "Réitère", "Reitera", 14, [
    "repeats",
    "repeat of",
    "earlier recommendation",
    "previous recommendation",
    "réitère",
    "recommandation antérieure",
    "reitera",
    "recomendación anterior",
  ]),
  c(
    "text",
    "longText",
    "Recommendation",
    "Recommandation",
    "Recomendación",
    60,
    [
      "recommendation",
      "recommendations",
      "recommendation text",
      "text",
      "text of recommendation",
      "recommandation",
      "recommandations",
      "texte",
      "texte de la recommandation",
      "recomendación",
      "recomendaciones",
      "texto",
      "texto de la recomendación",
    ],
    { required: true }
  ),
  c(
    "type",
    "list",
    "Type",
    "Type",
    "Tipo",
    14,
    [
      "type",
      "type of recommendation",
      "recommendation type",
      "kind",
      "type of report",
      "report type",
      "type de recommandation",
      "type de rapport",
      "tipo",
      "tipo de recomendación",
      "tipo de informe",
    ],
    { vocabulary: "type" }
  ),
  c(
    "scope",
    "list",
    "Scope",
    "Portée",
    "Alcance",
    12,
    ["scope", "level", "specific or systemic", "portée", "niveau", "alcance", "nivel"],
    { vocabulary: "scope" }
  ),
  c(
    "place",
    "list",
    "Place",
    "Lieu",
    "Lugar",
    24,
    [
      "place",
      "place of detention",
      "facility",
      "establishment",
      "institution",
      "centre",
      "center",
      "location",
      "site",
      "lieu",
      "lieu de privation de liberté",
      "établissement",
      "lugar",
      "lugar de privación de libertad",
      "centro",
      "establecimiento",
      "institución",
    ],
    { vocabulary: "place" }
  ),
  c(
    "placeType",
    "list",
    "Type of place",
    "Type de lieu",
    "Tipo de lugar",
    18,
    [
      "type of place",
      "place type",
      "type of facility",
      "facility type",
      "type of institution",
      "type of establishment",
      "category",
      "type de lieu",
      "type d'établissement",
      "catégorie",
      "tipo de lugar",
      "tipo de centro",
      "tipo de establecimiento",
      "categoría",
    ],
    { vocabulary: "placeType" }
  ),
  c(
    "authority",
    // Several addressees of one recommendation are kept apart with "; ", as Groups are.
    "multiList",
    "Addressed to",
    "Destinataire",
    "Destinatario",
    22,
    [
      "addressed to",
      "addressee",
      "authority",
      "responsible authority",
      "responsible",
      "recipient",
      "to",
      "competent authority",
      "destinataire",
      "autorité",
      "autorité responsable",
      "adressée à",
      "destinatario",
      "autoridad",
      "autoridad responsable",
      "dirigida a",
      "responsable",
    ],
    { vocabulary: "authority" }
  ),
  c("report", "text", "Report", "Rapport", "Informe", 20, [
    "report",
    "report title",
    "visit report",
    "source report",
    "rapport",
    "titre du rapport",
    "informe",
    "título del informe",
  ]),
  c("reportLink", "hyperlink", "Report link", "Lien du rapport", "Enlace al informe", 20, [
    "report link",
    "link",
    "url",
    "hyperlink",
    "link to report",
    "lien",
    "lien du rapport",
    "enlace",
    "vínculo",
    "enlace al informe",
  ]),
  c(
    "theme",
    "list",
    "Theme",
    "Thème",
    "Tema",
    20,
    [
      "theme",
      "topic",
      "subject",
      "area",
      "issue",
      "category of issue",
      "thème",
      "sujet",
      "domaine",
      "thématique",
      "tema",
      "asunto",
      "materia",
      "ámbito",
    ],
    { vocabulary: "theme" }
  ),
  c(
    "groups",
    "multiList",
    "Groups / practices",
    "Groupes / pratiques",
    "Grupos / prácticas",
    20,
    [
      "groups",
      "group",
      "groups / practices",
      "vulnerable groups",
      "practices",
      "groupes",
      "groupe",
      "pratiques",
      "personnes vulnérables",
      "grupos",
      "grupo",
      "prácticas",
      "grupos vulnerables",
    ],
    { vocabulary: "groups" }
  ),
  c("keywords", "text", "Keywords", "Mots-clés", "Palabras clave", 18, [
    "keywords",
    "key words",
    "tags",
    "mots-clés",
    "mots clés",
    "palabras clave",
    "etiquetas",
  ]),
  c(
    "priority",
    "list",
    "Priority",
    "Priorité",
    "Prioridad",
    10,
    ["priority", "urgency", "priorité", "urgence", "prioridad", "urgencia"],
    { vocabulary: "priority" }
  ),
  c(
    "timeframe",
    "list",
    "Timeframe",
    "Délai",
    "Plazo",
    14,
    [
      "timeframe",
      "time frame",
      "term",
      "horizon",
      "délai",
      "échéance prévue",
      "horizon temporel",
      "plazo",
      "horizonte",
    ],
    { vocabulary: "timeframe" }
  ),
  c("deadline", "date", "Deadline", "Échéance", "Fecha límite", 12, [
    "deadline",
    "due date",
    "due",
    "due by",
    "target date",
    "date due",
    "échéance",
    "date limite",
    "date butoir",
    "fecha límite",
    "fecha de vencimiento",
    "vencimiento",
  ]),
  c("staff", "text", "NPM staff", "Personnel du MNP", "Personal del MNP", 14, [
    "npm staff",
    "staff",
    "responsible staff",
    "focal point",
    "owner",
    "assigned to",
    "follow-up by",
    "personnel",
    "responsable mnp",
    "point focal",
    "chargé de suivi",
    "personal",
    "personal del mnp",
    "encargado",
    "punto focal",
  ]),
  c("responseDate", "date", "Response date", "Date de réponse", "Fecha de respuesta", 12, [
    "response date",
    "date of response",
    "reply date",
    "date of reply",
    "answer date",
    "date de réponse",
    "date de la réponse",
    "fecha de respuesta",
    "fecha de la respuesta",
  ]),
  c(
    "response",
    "longText",
    "Authority response",
    "Réponse de l'autorité",
    "Respuesta de la autoridad",
    40,
    [
      "response",
      "authority response",
      "response of authority",
      "response of the authority",
      "reply",
      "answer",
      "government response",
      "authorities' response",
      "comments of the authority",
      "réponse",
      "réponse de l'autorité",
      "réponse des autorités",
      "respuesta",
      "respuesta de la autoridad",
      "respuesta de las autoridades",
    ]
  ),
  c(
    "accepted",
    "list",
    "Accepted",
    "Acceptée",
    "Aceptada",
    14,
    [
      "accepted",
      "accepted?",
      "acceptance",
      "accepted by authority",
      "agreed",
      "position of authority",
      "acceptée",
      "accepté",
      "acceptation",
      "aceptada",
      "aceptado",
      "aceptación",
    ],
    { vocabulary: "accepted" }
  ),
  c(
    "status",
    "list",
    "Implementation",
    "Mise en œuvre",
    "Implementación",
    18,
    [
      "implementation",
      "status",
      "implementation status",
      "state",
      "progress",
      "état",
      "statut",
      "état de mise en œuvre",
      "mise en œuvre",
      "suivi",
      "implementación",
      "estado",
      "estado de implementación",
      "cumplimiento",
      "grado de cumplimiento",
    ],
    { vocabulary: "status" }
  ),
  c(
    "verified",
    "yesNo",
    "Verified by NPM",
    "Vérifiée par le MNP",
    "Verificada por el MNP",
    12,
    [
      "verified",
      "verified by npm",
      "verified?",
      "checked",
      "checked by npm",
      "follow-up visit",
      "verified at visit",
      "verification visit",
      "vérifiée",
      "vérifié",
      "contrôlée",
      "vérifiée par le mnp",
      "verificada",
      "verificado",
      "comprobada",
    ],
    { vocabulary: "yesNo" }
  ),
  c("verifiedOn", "date", "Verified on", "Vérifiée le", "Verificada el", 12, [
    "verified on",
    "date verified",
    "verification date",
    "date of verification",
    "checked on",
    "vérifiée le",
    "date de vérification",
    "verificada el",
    "fecha de verificación",
  ]),
  c("evidence", "longText", "Verification", "Vérification", "Verificación", 30, [
    "verification",
    "evidence",
    "how verified",
    "means of verification",
    "vérification",
    "preuve",
    "moyen de vérification",
    "verificación",
    "evidencia",
    "medio de verificación",
  ]),
  c(
    "reasonNotImplemented",
    "list",
    "Reason not implemented",
    "Raison de la non-mise en œuvre",
    "Motivo de no implementación",
    18,
    [
      "reason not implemented",
      "reason",
      "reason for non-implementation",
      "obstacle",
      "obstacles",
      "why not implemented",
      "raison",
      "motif",
      "raison de la non-mise en œuvre",
      "motivo",
      "razón",
      "motivo de no implementación",
    ],
    { vocabulary: "reasonNotImplemented" }
  ),
  c("nextFollowUp", "date", "Next follow-up", "Prochain suivi", "Próximo seguimiento", 12, [
    "follow-up",
    "follow up",
    "next follow-up",
    "next follow up",
    "follow-up date",
    "next review",
    "next check",
    "date of next follow-up",
    "prochain suivi",
    "date de suivi",
    "prochaine relance",
    "próximo seguimiento",
    "fecha de seguimiento",
  ]),
  c("smartScore", "score", "Double-SMART", "Double-SMART", "Double-SMART", 10, [
    "double-smart",
    "double smart",
    "smart",
    "smart score",
    "score",
    "note smart",
    "puntuación smart",
  ]),
  c("source", "text", "Source document", "Document source", "Documento fuente", 16, [
    "source document",
    "source",
    "document",
    "document source",
    "documento fuente",
    "fuente",
  ]),
  c("notes", "longText", "Notes", "Notes", "Notas", 30, [
    "notes",
    "note",
    "comments",
    "comment",
    "remarks",
    "observations",
    "remarques",
    "commentaires",
    "commentaire",
    "notas",
    "nota",
    "comentarios",
    "observaciones",
  ]),
  c("updated", "dateTime", "Last updated", "Dernière mise à jour", "Última actualización", 17, [
    "last updated",
    "updated",
    "last update",
    "modified",
    "date updated",
    "dernière mise à jour",
    "mis à jour",
    "modifié",
    "última actualización",
    "actualizado",
    "modificado",
  ]),
  // Added after the first release: a key recommendation is one of the few the NPM makes its priorities for a report.
  c(
    "key",
    "yesNo",
    "Key",
    "Clé",
    "Clave",
    8,
    [
      "key",
      "key recommendation",
      "key recommendations",
      "key rec",
      "main recommendation",
      "recommandation clé",
      "recommandation prioritaire",
      "clé",
      "recomendación clave",
      "recomendación prioritaria",
      "clave",
    ],
    { vocabulary: "yesNo" }
  ),
];

/**
 * The order of a new table, by task: what identifies a recommendation and
 * its text (frozen beside the header), then what staff update during
 * follow-up, then the report's details, then the rest (bookkeeping last).
 */
export const COLUMN_GROUPS: readonly { group: ColumnGroup; keys: readonly ColumnKey[] }[] = [
  { group: "identity", keys: ["ref", "text"] },
  {
    group: "followUp",
    keys: [
      "accepted",
      "status",
      "verified",
      "verifiedOn",
      "evidence",
      "responseDate",
      "response",
      "reasonNotImplemented",
      "nextFollowUp",
      "staff",
      "notes",
    ],
  },
  {
    group: "report",
    keys: [
      "dateMade",
      "deadline",
      "report",
      "reportLink",
      "type",
      "place",
      "placeType",
      "authority",
      "theme",
      "groups",
      "priority",
      "key",
      "timeframe",
    ],
  },
  {
    group: "other",
    keys: ["repeated", "repeatOf", "scope", "keywords", "smartScore", "source", "id", "updated"],
  },
];

export type ColumnGroup = "identity" | "followUp" | "report" | "other";

export const TABLE_ORDER: readonly ColumnKey[] = COLUMN_GROUPS.flatMap((entry) => entry.keys);

/**
 * The order of the tables made before the order by task (schema v1 as first
 * released): the upgrade offers to move such a table's columns to
 * TABLE_ORDER, and tests build trackers of that age with it.
 */
export const FIRST_TABLE_ORDER: readonly ColumnKey[] = DEFINITIONS.map((column) => column.key);

const DEFINITION_BY_KEY = new Map(DEFINITIONS.map((column) => [column.key, column]));

export const TRACKER_COLUMNS: readonly ColumnDef[] = TABLE_ORDER.map(
  (key) => DEFINITION_BY_KEY.get(key) as ColumnDef
);

export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, ColumnDef> = DEFINITION_BY_KEY;

export function isColumnKey(key: string): key is ColumnKey {
  return COLUMN_BY_KEY.has(key as ColumnKey);
}

export function columnHeader(key: ColumnKey, language: Language): string {
  return (COLUMN_BY_KEY.get(key) as ColumnDef).headers[language];
}

export const LANGUAGES: readonly Language[] = ["en", "fr", "es"];

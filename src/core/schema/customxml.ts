import {
  COLUMN_BY_KEY,
  ColumnKey,
  isColumnKey,
  RECOMMENDATIONS_TABLE,
  SCHEMA_VERSION,
  TRACKER_NAMESPACE,
} from "./columns";
import type { CustomXmlPlan, Language } from "./plan";
import { escapeXmlText, xmlAttributes } from "../model/xml";

/**
 * The tracker's metadata part (Custom XML, namespace
 * urn:opcat-recommendation-tracker:tracker:1): schema version, language and
 * the header the workbook uses for each column key, so a renamed or
 * translated header is still found. Written and read here, with no XML
 * library, because core stays dependency-free and the format is ours.
 */
export interface TrackerMetadata {
  schemaVersion: number;
  language: Language;
  table: string;
  /** Column key -> header text in this workbook. */
  headers: Partial<Record<ColumnKey, string>>;
  /** The most key recommendations the NPM makes in one report (the data check warns beyond); absent: no limit. */
  keyLimit?: number;
}

/** The largest limit of key recommendations per report a tracker accepts. */
export const MAX_KEY_LIMIT = 100;

/** A limit of key recommendations per report as given ("5"), or null when it is not a whole number from 1 to MAX_KEY_LIMIT. */
export function parseKeyLimit(text: string | number | undefined | null): number | null {
  const n = typeof text === "number" ? text : Number(String(text ?? "").trim());
  return Number.isInteger(n) && n >= 1 && n <= MAX_KEY_LIMIT ? n : null;
}

/**
 * Why a tracker-settings part cannot be read, as a code: each surface words
 * it in the user's language (the Excel pane's and the command line's
 * catalogues), and `rectrack validate --json` gives it as it is.
 */
export type MetadataProblem =
  /** No tracker element: the part is damaged. */
  | "noTrackerElement"
  /** The tracker element is not in our namespace: another format. */
  | "otherFormat"
  /** The part ends before the tracker element does. */
  | "cutShort"
  /** No schema version, or one that is not a whole number from 1. */
  | "noSchemaVersion";

export type MetadataParse =
  { ok: true; metadata: TrackerMetadata } | { ok: false; problem: MetadataProblem };

export function serializeMetadata(metadata: TrackerMetadata): string {
  const columns = Object.entries(metadata.headers)
    .map(
      ([key, header]) =>
        `  <column key="${escapeXmlText(key)}" header="${escapeXmlText(header ?? "")}"/>`
    )
    .join("\n");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<tracker xmlns="${TRACKER_NAMESPACE}" schemaVersion="${metadata.schemaVersion}" language="${metadata.language}" table="${escapeXmlText(metadata.table)}"${metadata.keyLimit ? ` keyLimit="${metadata.keyLimit}"` : ""}>\n` +
    `${columns}\n</tracker>\n`
  );
}

export function metadataPart(metadata: TrackerMetadata): CustomXmlPlan {
  return { namespace: TRACKER_NAMESPACE, xml: serializeMetadata(metadata) };
}

/** True when the XML text is (or claims to be) our tracker part, so other Custom XML parts are skipped. */
export function isTrackerPart(xml: string): boolean {
  return xml.includes(TRACKER_NAMESPACE);
}

/** Reads the part; a damaged part is reported by its code (MetadataProblem), never thrown. */
export function parseMetadata(xml: string): MetadataParse {
  const text = xml.replace(/^\uFEFF/, "");
  const root = /<(?:[\w-]+:)?tracker\b([^>]*)>/.exec(text);
  if (!root) return { ok: false, problem: "noTrackerElement" };
  const rootAttributes = xmlAttributes(root[1]);
  const namespaceOk = [...rootAttributes.entries()].some(
    ([name, value]) =>
      (name === "xmlns" || name.startsWith("xmlns:")) && value === TRACKER_NAMESPACE
  );
  if (!namespaceOk) return { ok: false, problem: "otherFormat" };
  if (!/<\/(?:[\w-]+:)?tracker\s*>\s*$/.test(text.trim()) && !root[0].endsWith("/>")) {
    return { ok: false, problem: "cutShort" };
  }
  const version = Number(rootAttributes.get("schemaVersion"));
  if (!Number.isInteger(version) || version < 1) {
    return { ok: false, problem: "noSchemaVersion" };
  }
  const languageText = rootAttributes.get("language") ?? "en";
  const language: Language = languageText === "fr" || languageText === "es" ? languageText : "en";
  const headers: Partial<Record<ColumnKey, string>> = {};
  const columnPattern = /<(?:[\w-]+:)?column\b([^>]*?)\/?>/g;
  let match: RegExpExecArray | null;
  while ((match = columnPattern.exec(text)) !== null) {
    const columnAttributes = xmlAttributes(match[1]);
    const key = columnAttributes.get("key");
    const header = columnAttributes.get("header");
    // Keys from a newer schema are ignored rather than refused: the reader falls back to headers for them.
    if (key && header !== undefined && isColumnKey(key)) headers[key] = header;
  }
  const keyLimit = parseKeyLimit(rootAttributes.get("keyLimit"));
  return {
    ok: true,
    metadata: {
      schemaVersion: version,
      language,
      table: rootAttributes.get("table") || RECOMMENDATIONS_TABLE,
      headers,
      ...(keyLimit ? { keyLimit } : {}),
    },
  };
}

export function defaultMetadata(language: Language): TrackerMetadata {
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, column] of COLUMN_BY_KEY) headers[key] = column.headers[language];
  return { schemaVersion: SCHEMA_VERSION, language, table: RECOMMENDATIONS_TABLE, headers };
}

import { ColumnKey, SCHEMA_VERSION, TRACKER_COLUMNS } from "./columns";
import { metadataPart, TrackerMetadata } from "./customxml";
import type { Language, UpgradePlan } from "./plan";
import { foldText } from "./vocabularies";
import { metadataFor, resolvedHeaders } from "./workbook-plan";

/**
 * Locates the schema columns in an existing tracker's header row: first by
 * the header the metadata part records for each key (the user may have
 * renamed it), then by the schema header in any language.
 */
export function locateColumns(
  headerRow: readonly (string | null | undefined)[],
  metadata: TrackerMetadata | null
): { found: Map<ColumnKey, number>; extra: { header: string; index: number }[] } {
  const byFolded = new Map<string, number>();
  headerRow.forEach((header, index) => {
    const folded = foldText(String(header ?? ""));
    if (folded && !byFolded.has(folded)) byFolded.set(folded, index);
  });
  const found = new Map<ColumnKey, number>();
  const taken = new Set<number>();
  const claim = (key: ColumnKey, header: string | undefined) => {
    if (found.has(key) || !header) return;
    const index = byFolded.get(foldText(header));
    if (index !== undefined && !taken.has(index)) {
      found.set(key, index);
      taken.add(index);
    }
  };
  for (const column of TRACKER_COLUMNS) claim(column.key, metadata?.headers[column.key]);
  for (const language of ["en", "fr", "es"] as const) {
    for (const column of TRACKER_COLUMNS) claim(column.key, column.headers[language]);
  }
  const extra: { header: string; index: number }[] = [];
  headerRow.forEach((header, index) => {
    if (!taken.has(index) && String(header ?? "").trim())
      extra.push({ header: String(header).trim(), index });
  });
  return { found, extra };
}

/**
 * What an upgrade does to a tracker: the columns it adds, the headers it
 * keeps, and (schema v2) whether it adds the History sheet. `hasHistory`
 * says whether the workbook holds the History table; unknown, the metadata's
 * schema version tells.
 */
export function planUpgrade(
  headerRow: readonly (string | null | undefined)[],
  metadata: TrackerMetadata | null,
  language: Language = metadata?.language ?? "en",
  /** A new limit of key recommendations per report (null: none); absent: the tracker's own is kept. */
  keyLimit?: number | null,
  /** The workbook holds the History table (schema v2); absent: the metadata's version tells. */
  hasHistory?: boolean,
  /** The workbook holds the Stakeholders table; absent: taken as there (nothing added). */
  hasStakeholders = true
): UpgradePlan {
  const { found, extra } = locateColumns(headerRow, metadata);
  const missing: UpgradePlan["missing"] = [];
  const renamed: UpgradePlan["renamed"] = [];
  const present: UpgradePlan["present"] = [];
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const column of TRACKER_COLUMNS) {
    const index = found.get(column.key);
    const schemaHeader = column.headers[language];
    if (index === undefined) {
      missing.push({ key: column.key, header: schemaHeader });
      continue;
    }
    const header = String(headerRow[index]).trim();
    headers[column.key] = header;
    present.push({ key: column.key, header, index });
    const isTranslation = Object.values(column.headers).some(
      (h) => foldText(h) === foldText(header)
    );
    if (!isTranslation) renamed.push({ key: column.key, header, schemaHeader });
  }
  const fromVersion = metadata?.schemaVersion ?? 0;
  const addsHistory = hasHistory === undefined ? fromVersion < SCHEMA_VERSION : !hasHistory;
  return {
    fromVersion,
    toVersion: SCHEMA_VERSION,
    missing,
    renamed,
    present,
    extra,
    addsHistory,
    addsStakeholders: !hasStakeholders,
    upToDate:
      missing.length === 0 && fromVersion === SCHEMA_VERSION && !addsHistory && hasStakeholders,
    customXml: metadataPart(
      metadataFor(
        language,
        resolvedHeaders(language, headers),
        keyLimit === undefined ? metadata?.keyLimit : keyLimit
      )
    ),
  };
}

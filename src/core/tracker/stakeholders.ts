/**
 * The Stakeholders table read back: each actor with the power, interest and
 * stance its cells say (in any tracker language, or a usual synonym), its
 * quadrant (src/core/schema/stakeholders.ts decides), and which actors a
 * recommendation has, linked by its Rec ID or by its theme.
 */
import {
  Level,
  Quadrant,
  QUADRANT_ORDER,
  quadrantOf,
  STAKEHOLDER_COLUMNS,
  type StakeholderKey,
} from "../schema/stakeholders";
import { foldText, vocabularyLookup, type VocabularyKey } from "../schema/vocabularies";

export interface Stakeholder {
  actor: string;
  /** The kind's key ("ministry"...) when it is one of the list's, else the words typed ("" when empty). */
  kind: string;
  power: Level | null;
  interest: Level | null;
  /** "supportive" | "neutral" | "opposed", or the words typed ("" when empty). */
  stance: string;
  /** The Rec IDs and themes the actor is linked to, as typed. */
  links: string[];
  notes: string;
  quadrant: Quadrant | null;
}

const text = (value: unknown): string =>
  value === null || value === undefined ? "" : String(value).trim();

/** A list value's key, or the text as typed when the list does not know it. */
function keyOf(vocabulary: VocabularyKey, value: string): string {
  return vocabularyLookup(vocabulary).get(foldText(value)) ?? value;
}

function levelOf(value: string): Level | null {
  const key = vocabularyLookup("level").get(foldText(value));
  return key === "low" || key === "medium" || key === "high" ? key : null;
}

/** The links cell's entries: Rec IDs or themes separated by ";" (or new lines). */
export function splitLinks(value: string): string[] {
  return value
    .split(/[;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The actors of a Stakeholders table, from its header row and data rows:
 * each column found by its header in any tracker language (the user may
 * reorder them); rows without an actor are left out.
 */
export function readStakeholders(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[]
): Stakeholder[] {
  const folded = headers.map((header) => foldText(text(header)));
  const at = new Map<StakeholderKey, number>();
  for (const column of STAKEHOLDER_COLUMNS) {
    const index = folded.findIndex((header) =>
      Object.values(column.headers).some((label) => foldText(label) === header)
    );
    if (index >= 0) at.set(column.key, index);
  }
  // A header the user renamed: the column where a new table has it, unless another column is there.
  const taken = new Set(at.values());
  STAKEHOLDER_COLUMNS.forEach((column, position) => {
    if (!at.has(column.key) && position < headers.length && !taken.has(position)) {
      at.set(column.key, position);
      taken.add(position);
    }
  });
  const cell = (row: readonly unknown[], key: StakeholderKey) => {
    const index = at.get(key);
    return index === undefined ? "" : text(row[index]);
  };
  const out: Stakeholder[] = [];
  for (const row of rows) {
    const actor = cell(row, "actor");
    if (!actor) continue;
    const power = levelOf(cell(row, "power"));
    const interest = levelOf(cell(row, "interest"));
    const kind = cell(row, "kind");
    const stance = cell(row, "stance");
    out.push({
      actor,
      kind: kind ? keyOf("stakeholderKind", kind) : "",
      power,
      interest,
      stance: stance ? keyOf("stance", stance) : "",
      links: splitLinks(cell(row, "links")),
      notes: cell(row, "notes"),
      quadrant: quadrantOf(power, interest),
    });
  }
  return out;
}

export interface LinkedStakeholder extends Stakeholder {
  /** How the actor is linked to the recommendation: by its Rec ID, or by its theme. */
  via: "id" | "theme";
}

/**
 * The actors of one recommendation: those whose links name its Rec ID
 * (letter case aside) or its theme (compared as list words are: "Santé" is
 * "sante"), the quadrants that decide first at the top.
 */
export function actorsFor(
  recommendation: { id: string; theme?: string | null },
  stakeholders: readonly Stakeholder[]
): LinkedStakeholder[] {
  const id = recommendation.id.trim().toLowerCase();
  const theme = foldText(recommendation.theme ?? "");
  const out: LinkedStakeholder[] = [];
  for (const stakeholder of stakeholders) {
    if (id && stakeholder.links.some((link) => link.toLowerCase() === id))
      out.push({ ...stakeholder, via: "id" });
    else if (theme && stakeholder.links.some((link) => foldText(link) === theme))
      out.push({ ...stakeholder, via: "theme" });
  }
  const rank = (s: Stakeholder) =>
    s.quadrant === null ? QUADRANT_ORDER.length : QUADRANT_ORDER.indexOf(s.quadrant);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** How many actors are in each quadrant, and how many are not placed (power or interest not set). */
export function quadrantCounts(
  stakeholders: readonly Stakeholder[]
): Record<Quadrant | "notPlaced", number> {
  const counts = { manageClosely: 0, keepSatisfied: 0, keepInformed: 0, monitor: 0, notPlaced: 0 };
  for (const stakeholder of stakeholders) counts[stakeholder.quadrant ?? "notPlaced"]++;
  return counts;
}

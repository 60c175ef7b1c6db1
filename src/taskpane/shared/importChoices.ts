/**
 * The import preview's decisions, pure: which recommendations the user keeps,
 * which repeat links and text replacements they confirm. ImportChoices
 * (src/core/tracker/store.ts) is the state; every function returns a new one.
 * Shared by the Excel pane's Import and the Word pane's Send to tracker.
 */
import {
  EDITABLE_FIELDS,
  type EditableField,
  type ImportChoices,
  type ImportItem,
  type ImportPlan,
} from "../../core/tracker/store";
import type { FieldValue } from "../../core/tracker/types";

export function isSelected(choices: ImportChoices, index: number): boolean {
  return !(choices.skip ?? []).includes(index);
}

/** Items the user can choose: a recommendation found twice in the batch is imported once, from its first place. */
export function selectable(item: ImportItem): boolean {
  return !item.flags.includes("duplicateInBatch");
}

export function setSelected(choices: ImportChoices, index: number, on: boolean): ImportChoices {
  const skip = (choices.skip ?? []).filter((i) => i !== index);
  if (!on) skip.push(index);
  return { ...choices, skip: skip.sort((a, b) => a - b) };
}

export function setAllSelected(
  plan: ImportPlan,
  choices: ImportChoices,
  on: boolean
): ImportChoices {
  return {
    ...choices,
    skip: on ? [] : plan.items.filter(selectable).map((item) => item.index),
  };
}

/** "all", "none" or "some" of the selectable items are selected, for the select-all box. */
export function selectionState(plan: ImportPlan, choices: ImportChoices): "all" | "none" | "some" {
  const items = plan.items.filter(selectable);
  const selected = items.filter((item) => isSelected(choices, item.index)).length;
  if (selected === 0) return "none";
  return selected === items.length ? "all" : "some";
}

export function selectedCount(plan: ImportPlan, choices: ImportChoices): number {
  return plan.items.filter((item) => selectable(item) && isSelected(choices, item.index)).length;
}

export function repeatConfirmed(choices: ImportChoices, item: ImportItem): boolean {
  return !!item.repeatProposal && choices.confirmRepeats?.[item.index] === item.repeatProposal.id;
}

export function setRepeatConfirmed(
  choices: ImportChoices,
  item: ImportItem,
  on: boolean
): ImportChoices {
  const confirmRepeats = { ...(choices.confirmRepeats ?? {}) };
  if (on && item.repeatProposal) confirmRepeats[item.index] = item.repeatProposal.id;
  else delete confirmRepeats[item.index];
  return { ...choices, confirmRepeats };
}

export function textAccepted(choices: ImportChoices, index: number): boolean {
  return (choices.acceptTextChanges ?? []).includes(index);
}

export function setTextAccepted(choices: ImportChoices, index: number, on: boolean): ImportChoices {
  const accepted = (choices.acceptTextChanges ?? []).filter((i) => i !== index);
  if (on) accepted.push(index);
  return { ...choices, acceptTextChanges: accepted.sort((a, b) => a - b) };
}

/** The first `max` characters of a recommendation, cut at a word. */
export function shortText(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Badge colour of a Double-SMART score (0-10), as the Word pane shows it. */
export function scoreColor(score: number | null): "success" | "warning" | "danger" | "informative" {
  if (score === null) return "informative";
  return score >= 8 ? "success" : score >= 5 ? "warning" : "danger";
}

/**
 * Where a value the preview shows comes from: read from the report, guessed
 * from its words, already in the tracker (and kept), entered by the user, or
 * nothing at all.
 */
export type DetailSource = "report" | "guessed" | "tracker" | "you" | "none";

export interface ShownDetail {
  key: EditableField;
  /** As stored: dates yyyy-mm-dd, texts as written; "" when nothing will be there. */
  value: string;
  source: DetailSource;
}

function text(value: FieldValue | undefined): string {
  return value === undefined || value === null ? "" : String(value);
}

/**
 * What the import will leave in each detail of a recommendation's row, and
 * where it comes from. `dateGiven`: the report's date was typed by the user
 * (the report did not say it).
 */
export function shownDetails(
  item: ImportItem,
  choices: ImportChoices,
  dateGiven = false
): ShownDetail[] {
  const edits = choices.edits?.[item.index] ?? {};
  return EDITABLE_FIELDS.map((key) => {
    const edit = edits[key];
    const before = item.existing ? text(item.existing.values[key]) : "";
    if (edit !== undefined && edit.trim() !== "") return { key, value: edit.trim(), source: "you" };
    // An emptied field on an existing row keeps the tracker's value (the import never clears a cell).
    if (edit !== undefined && !item.existing) return { key, value: "", source: "none" };
    const incoming = text(item.incoming[key]);
    const written = !item.existing || item.changed.includes(key);
    if (written && incoming !== "") {
      const origin = item.origin?.[key];
      const source: DetailSource =
        key === "dateMade" ? (dateGiven ? "you" : "report") : (origin ?? "report");
      return { key, value: incoming, source };
    }
    return before !== ""
      ? { key, value: before, source: "tracker" }
      : { key, value: "", source: "none" };
  });
}

/** The user's value for one detail of one recommendation; `undefined` takes the edit back. */
export function setDetailEdit(
  choices: ImportChoices,
  index: number,
  key: EditableField,
  value: string | undefined
): ImportChoices {
  const edits = { ...(choices.edits ?? {}) };
  const mine = { ...(edits[index] ?? {}) };
  if (value === undefined) delete mine[key];
  else mine[key] = value;
  if (Object.keys(mine).length === 0) delete edits[index];
  else edits[index] = mine;
  return { ...choices, edits };
}

/**
 * The import preview's decisions, pure: which recommendations the user keeps,
 * which repeat links and text replacements they confirm. ImportChoices
 * (src/core/tracker/store.ts) is the state; every function returns a new one.
 * Shared by the Excel pane's Import and the Word pane's Send to tracker.
 */
import type { ImportChoices, ImportItem, ImportPlan } from "../../core/tracker/store";

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

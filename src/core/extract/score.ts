/**
 * How much a stretch of text looks like a recommendation: the sum of its
 * cues, each with the reason a user interface shows. The weights are the
 * finder's one place of judgement; the words that raise the cues are in
 * the lexicons.
 */
import type { Compiled } from "./compile";
import { addresseeIn, authoritySubject } from "./details";
import type { FinderReason } from "./types";

/** Taken from here up. */
export const FINDER_THRESHOLD = 2.5;
/** Offered as "possibly a recommendation" from here up to the threshold. */
export const CANDIDATE_THRESHOLD = 1.5;

export const WEIGHTS = {
  recommends: 3,
  otherBody: 1,
  impersonal: 3,
  label: 3,
  stem: 2.5,
  tableColumn: 2.5,
  modal: 1.5,
  prescriptive: 2.5,
  addressee: 1,
  opinion: 0.5,
  imperative: 1.5,
  recommendationSection: 1.5,
  conclusionSection: 0.5,
  listItemInRecommendations: 1,
  listItemElsewhere: 0.5,
  normative: 1,
  bold: 1,
  hardNegative: -4,
  counterfactual: -2,
  explicitElsewhere: -0.5,
  plainInBoldReport: -1,
  backgroundSection: -1.5,
  followUpSection: -0.5,
  responseSection: -3,
  goodPractice: -3,
} as const;

export type SectionKind =
  | "neutral"
  | "recommendations"
  | "mixed"
  | "followUp"
  | "background"
  | "response"
  | "goodPractice"
  | "notes";

/** Where a stretch of text sits and how it is laid out. */
export interface UnitContext {
  section: SectionKind;
  /** A list item, a typed-numbered item (not a numbered paragraph), a line of a table cell. */
  item: boolean;
  /** An item under a recommending stem. */
  stem: boolean;
  /** A numbered paragraph whose sentences, one after the other, say what must be done. */
  normative?: boolean;
  /** The text after a label ("Recommendation 3:", "SUGERENCIA:"). */
  label: boolean;
  /** A line of a table's recommendations column. */
  tableColumn: boolean;
  /** Share of the text in bold, where the report uses bold sparingly; 0 otherwise. */
  bold: number;
  /** In a letter answering the authorities. */
  reply: boolean;
  /** The report states its recommendations explicitly elsewhere (recommends, labels, a chapter). */
  explicitReport: boolean;
  /** The report prints its recommendations in bold: a plain "should" is not one of them. */
  boldReport?: boolean;
  /** Whether a body in front of a recommending verb speaks for the report (unknown names do). */
  isOwnBody: (name: string) => boolean;
  /** Whether a name is known to be the report's own voice (it recommends in the report). */
  isOwnVoice: (name: string) => boolean;
}

export interface Scored {
  score: number;
  reasons: FinderReason[];
  /** Whether the text itself carries a cue (a verb, an opening, a label), not only its place. */
  ownCue: boolean;
  /** A body's own recommending verb was found (such a sentence is never a continuation). */
  strong: boolean;
  /** Where the recommending verb ends, for the addressee. */
  verbEnd: number | null;
  addressee?: string;
}

interface Trigger {
  at: number;
  end: number;
  kind: "own" | "other" | "impersonal" | "modal" | "opener";
}

/** The first recommending verb of a body in the text, own or another's. */
export function bodyTriggerIn(
  c: Compiled,
  text: string,
  isOwnBody: (name: string) => boolean
): Trigger | null {
  if (!c.anyVerb.test(text)) return null;
  const known = c.bodyTrigger.exec(text);
  const open = c.openBodyTrigger.exec(text);
  const best = known && (!open || known.index <= open.index) ? known : open;
  if (!best || !best.groups) return null;
  const body = best.groups.body;
  const verbAt = best.index + best[0].length - best.groups.verb.length;
  const own =
    (best === known && (c.selfName.test(body.trim()) || c.selfReference.test(body.trim()))) ||
    isOwnBody(body);
  return { at: best.index, end: verbAt + best.groups.verb.length, kind: own ? "own" : "other" };
}

/** Whether the text opens like a request: "Ensure ...", "that the director ...", "Veiller à ...", "Que se ...". */
export function opensLikeRequest(c: Compiled, text: string): boolean {
  const t = text.trimStart();
  if (c.itemOpener.test(t)) return true;
  if (!c.infinitive) return false;
  const first = /^[\p{L}'-]+(?:\s+[\p{L}'-]+)?/u.exec(t);
  if (!first) return false;
  const lower = t.charAt(0).toLowerCase() + t.slice(1);
  if (!c.infinitive.test(lower)) return false;
  const firstWord = /^[\p{L}-]+/u.exec(
    lower.replace(/^(?:s'|se |ne pas |n'|l'|les |la |le )/u, "")
  );
  return !!firstWord && !c.notInfinitive.test(firstWord[0]);
}

function push(reasons: FinderReason[], reason: FinderReason) {
  if (!reasons.includes(reason)) reasons.push(reason);
}

/**
 * Scores `text` (quoted passages already blanked) in its context. Positive
 * cues come from the words and the layout; negative ones from what the
 * sentence does instead (reports, quotes, asks for a reply) and where it is.
 */
export function scoreText(c: Compiled, text: string, ctx: UnitContext): Scored {
  const reasons: FinderReason[] = [];
  const negatives: FinderReason[] = [];
  let score = 0;
  let ownCue = false;
  let strong = false;
  let trigger: Trigger | null = null;

  const body = bodyTriggerIn(c, text, ctx.isOwnBody);
  if (body) {
    trigger = body;
    if (body.kind === "own") {
      score += WEIGHTS.recommends;
      push(reasons, "recommends");
      strong = true;
    } else {
      score += WEIGHTS.otherBody;
      push(negatives, "otherBody");
    }
    ownCue = true;
  }
  const impersonal = c.impersonal.exec(text);
  if (impersonal && (!trigger || trigger.kind === "other")) {
    trigger = {
      at: impersonal.index,
      end: impersonal.index + impersonal[0].length,
      kind: "impersonal",
    };
    score += WEIGHTS.impersonal;
    push(reasons, "impersonal");
    strong = true;
    ownCue = true;
  }
  const prescriptive = strong ? null : c.prescriptive.exec(text);
  const modal = prescriptive ?? c.modal.exec(text);
  let modalOnly = false;
  if (modal && !strong) {
    const counterfactual = c.counterfactual.exec(text);
    if (!trigger) trigger = { at: modal.index, end: modal.index + modal[0].length, kind: "modal" };
    score += prescriptive ? WEIGHTS.prescriptive : WEIGHTS.modal;
    push(reasons, prescriptive ? "impersonal" : "modal");
    ownCue = true;
    modalOnly = true;
    if (authoritySubject(c, text, modal.index)) {
      score += WEIGHTS.addressee;
      push(reasons, "addressee");
    }
    const opinion = c.opinion.exec(text.slice(0, modal.index));
    if (opinion && ownNear(c, text, opinion.index, opinion.index + opinion[0].length, ctx)) {
      score += WEIGHTS.opinion;
      push(reasons, "opinion");
    }
    if (counterfactual && Math.abs(counterfactual.index - modal.index) <= 2) {
      score += WEIGHTS.counterfactual;
      push(negatives, "counterfactual");
    }
  }
  const layoutItem =
    ctx.item || ctx.stem || ctx.label || ctx.tableColumn || ctx.section === "recommendations";
  if (layoutItem && opensLikeRequest(c, text)) {
    if (!trigger) trigger = { at: 0, end: 0, kind: "opener" };
    score += WEIGHTS.imperative;
    push(reasons, "imperative");
    ownCue = true;
    modalOnly = false;
  }
  // Where the layout itself says "a recommendation": a label, a stem's item, a table's column.
  for (const cue of ["label", "stem", "tableColumn"] as const) {
    if (!ctx[cue]) continue;
    score += WEIGHTS[cue];
    push(reasons, cue);
    ownCue = true;
    modalOnly = false;
  }
  if (ctx.section === "recommendations") {
    score += WEIGHTS.recommendationSection;
    push(reasons, "recommendationSection");
  } else if (ctx.section === "mixed") {
    score += WEIGHTS.conclusionSection;
    push(reasons, "conclusionSection");
  }
  if (ctx.item && !ctx.tableColumn) {
    if (ctx.section === "recommendations") {
      score += WEIGHTS.listItemInRecommendations;
      push(reasons, "listItem");
      ownCue = true;
    } else if (ctx.section === "mixed" || ctx.stem) {
      score += WEIGHTS.listItemElsewhere;
      push(reasons, "listItem");
    }
  }
  if (ctx.normative) {
    score += WEIGHTS.normative;
    push(reasons, "normative");
  }
  if (ctx.bold >= 0.6 && ownCue) {
    score += WEIGHTS.bold;
    push(reasons, "bold");
  }

  // Negative cues only lower the score: a text without a cue of its own, or already below the
  // candidates, is left here (most sentences of a report are).
  if (!ownCue || score < CANDIDATE_THRESHOLD)
    return { score, reasons, ownCue, strong, verbEnd: null };

  // What the sentence does instead of recommending.
  const before = trigger ? text.slice(0, trigger.at) : text;
  const reported = c.reported.exec(before);
  if (
    c.hearsay.test(before) ||
    (reported && !ownNear(c, before, reported.index, reported.index + reported[0].length, ctx))
  ) {
    score += WEIGHTS.hardNegative;
    push(negatives, "reported");
  }
  if (trigger?.kind !== "opener" && c.legal.test(before)) {
    score += WEIGHTS.hardNegative;
    push(negatives, "standard");
  }
  if (c.request.test(text)) {
    score += WEIGHTS.hardNegative;
    push(negatives, "request");
  }
  if (c.implemented.test(text)) {
    score += WEIGHTS.hardNegative;
    push(negatives, "implemented");
  }
  const past = c.anyPastVerb.test(text);
  if (
    past &&
    trigger &&
    trigger.kind !== "own" &&
    trigger.kind !== "impersonal" &&
    c.pastTrigger.test(before + " ")
  ) {
    score += WEIGHTS.hardNegative;
    push(negatives, "past");
  } else if (past && !trigger && c.pastTrigger.test(text) && ctx.section !== "recommendations") {
    push(negatives, "past");
  }
  if (/\?\s*$/.test(text)) {
    score += WEIGHTS.hardNegative;
    push(negatives, "question");
  }
  if (c.response.test(before) && !strong) {
    score += WEIGHTS.hardNegative;
    push(negatives, "responseSection");
  }
  if (c.otherLabel.test(text.trimStart())) {
    score += WEIGHTS.hardNegative;
    push(negatives, "metadata");
  }
  if (/:\s*$/.test(text) && c.introduction.test(text)) {
    score += WEIGHTS.hardNegative;
    push(negatives, "introduction");
  }
  // A "should" among the findings of a report that says "recommends" elsewhere is usually a standard,
  // unless the body gives it as its own view or prints it as it prints its recommendations.
  const elsewhere =
    modalOnly &&
    ctx.explicitReport &&
    ctx.section !== "recommendations" &&
    ctx.section !== "mixed" &&
    !ctx.item &&
    !reasons.includes("bold");
  if (elsewhere && ctx.boldReport) {
    score += WEIGHTS.plainInBoldReport;
    push(negatives, "explicitElsewhere");
  } else if (elsewhere && !reasons.includes("opinion")) {
    score += WEIGHTS.explicitElsewhere;
    push(negatives, "explicitElsewhere");
  }
  switch (ctx.section) {
    case "background":
      score += WEIGHTS.backgroundSection;
      push(negatives, "backgroundSection");
      break;
    case "followUp":
      if (!strong && !ctx.label && !ctx.tableColumn) {
        score += WEIGHTS.followUpSection;
        push(negatives, "followUpSection");
      }
      break;
    case "response":
      score += WEIGHTS.responseSection;
      push(negatives, "responseSection");
      break;
    case "goodPractice":
      score += WEIGHTS.goodPractice;
      push(negatives, "goodPractice");
      break;
    default:
      break;
  }
  if (ctx.reply && ctx.section !== "response") {
    score += WEIGHTS.responseSection;
    push(negatives, "responseSection");
  }
  const verbEnd =
    trigger && (trigger.kind === "own" || trigger.kind === "other" || trigger.kind === "impersonal")
      ? trigger.end
      : null;
  return {
    score,
    reasons: [...reasons, ...negatives],
    ownCue,
    strong,
    verbEnd,
    addressee: ownCue ? addresseeIn(c, text, verbEnd) : undefined,
  };
}

/**
 * Whether the speaker of a reporting phrase at [from, to) is the report's
 * own voice: after a preposition ("in the view of the delegation", "selon le
 * CGLPL"), else before the verb ("the delegation considers").
 */
function ownNear(c: Compiled, text: string, from: number, to: number, ctx: UnitContext): boolean {
  const phrase = text.slice(from, to);
  const last = /(\S+)$/.exec(phrase)?.[1] ?? "";
  const prepositional = /\s/.test(phrase) && last.length <= 4;
  const window = prepositional ? text.slice(to, to + 50) : text.slice(Math.max(0, from - 50), from);
  const found = bodyNames(c, window);
  return found.some((name) => ctx.isOwnVoice(name) || c.selfName.test(name.trim()));
}

/** Body names in a stretch of text, by the same patterns as the triggers (without the verb). */
function bodyNames(c: Compiled, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(c.bodyName)) if (m.groups?.body) out.push(m.groups.body);
  for (const m of text.matchAll(c.openBodyName)) if (m.groups?.body) out.push(m.groups.body);
  return out;
}

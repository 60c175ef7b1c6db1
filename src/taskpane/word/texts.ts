/**
 * What the Word pane writes in words, from the review's data: a
 * recommendation's label and snippet, its Word comment, the review sheet's
 * labels. Pure; the components and intents take them from here.
 */
import type { Language } from "../../core/language";
import type { BatchWarning, BatchWarningCode } from "../../core/model/batch-from-report";
import type { Wording } from "../../core/model/problem";
import {
  ReviewItem,
  SheetLabels,
  commentIntro,
  decisionOf,
  effectiveScore,
  effectiveVerdict,
  isSettled,
} from "../../core/review";
import { suggestionIn } from "../../core/smart/advice";
import { CRITERION_KEYS, Verdict } from "../../core/smart/types";
import type { Translate } from "../shared/i18n";
import { shortText } from "../shared/importChoices";
import type { WordT } from "./i18n";
import type { WordMessageKey } from "./i18n/en";

/**
 * A problem as the pane shows it: the message in the user's words and, in
 * an English pane only, what Word, Microsoft 365 or a library said (their
 * words are English), so a French or Spanish pane holds no English.
 */
export function problemText(
  problem: { key: WordMessageKey; values?: Record<string, string>; details?: string },
  t: WordT,
  language: Language
): { text: string; details?: string } {
  const text = t(problem.key, problem.values);
  return language === "en" && problem.details ? { text, details: problem.details } : { text };
}

/** What reading the report into a batch left out, in the user's words: a code without its message does not compile. */
const BATCH_WARNING_KEYS: Wording<BatchWarningCode, WordMessageKey> = {
  noText: "batchWarningNoText",
  tooLong: "batchWarningTooLong",
  taggedTextGone: "batchWarningTaggedTextGone",
  untaggedLeftOut: "batchWarningUntaggedLeftOut",
  trackedChanges: "batchWarningTrackedChanges",
  otherLanguage: "batchWarningOtherLanguage",
};

/** The batch's warnings as one line for the Send and Export panels: "Check before sending: …". */
export function batchWarningsText(warnings: readonly BatchWarning[], t: WordT): string {
  const details = warnings.map((w) => t(BATCH_WARNING_KEYS[w.code], { ...w.values })).join(" ");
  return t("batchWarnings", { details });
}

/**
 * Without the report's number, the place in the document's order tells the
 * recommendations apart (on screen and to a screen reader). It is shown
 * only: it is not the NPM's number, so the batch and the sheet leave ref empty.
 */
export function refLabel(item: ReviewItem, items: ReviewItem[], t: WordT): string {
  const position = String(items.indexOf(item) + 1);
  return t("recLabel", { ref: item.meta.ref || t("noRef", { position }) });
}

/** The list row's snippet: the text's start, or what is left of a recommendation gone from the document. */
export function snippet(item: ReviewItem, length = 110): string {
  return shortText(item.text ?? item.meta.checkedText, length);
}

export function verdictColor(v: Verdict | null): "success" | "danger" | "warning" | "informative" {
  return v === "met"
    ? "success"
    : v === "not_met"
      ? "danger"
      : v === "needs_review"
        ? "warning"
        : "informative";
}

export function sheetLabels(t: WordT, shellT: Translate): SheetLabels {
  return {
    ref: t("sheetRef"),
    recommendation: t("sheetRecommendation"),
    score: t("sheetScore"),
    criteria: Object.fromEntries(
      CRITERION_KEYS.map((k) => [k, shellT(`criterion_${k}`)])
    ) as SheetLabels["criteria"],
    marks: {
      met: t("sheetMark_met"),
      not_met: t("sheetMark_not_met"),
      needs_review: t("sheetMark_needs_review"),
      not_applicable: t("sheetMark_not_applicable"),
      notChecked: t("sheetMark_notChecked"),
    },
    markNames: {
      met: t("sheetMarkName_met"),
      not_met: t("sheetMarkName_not_met"),
      needs_review: t("sheetMarkName_needs_review"),
      not_applicable: t("sheetMarkName_not_applicable"),
    },
    byReviewer: t("sheetByReviewer"),
    byReviewerName: t("sheetByReviewerName"),
    states: {
      draft: t("state_draft"),
      reviewed: t("state_reviewed"),
      approved: t("state_approved"),
    },
    notes: t("sheetNotes"),
    noteLine: (criterion, decision, note, reviewer) =>
      t("sheetNoteLine", { criterion, decision, note, reviewer }).replace(/\.\s+\(/, ". ("),
  };
}

/**
 * The add-in's Word comment on a recommendation: its score, then each
 * criterion not met with the advice (or the reviewer's note); null when
 * every criterion is met or settled as met (an earlier comment is then
 * marked resolved).
 */
export function commentFor(
  item: ReviewItem,
  t: WordT,
  shellT: Translate,
  language: Language
): string | null {
  const check = item.check;
  if (!check) return null;
  const lines = CRITERION_KEYS.filter((k) => effectiveVerdict(item, k) !== "met").map((k) => {
    const decision = decisionOf(item.meta.overrides[k]);
    const verdict = effectiveVerdict(item, k) ?? "needs_review";
    return t("commentLine", {
      criterion: shellT(`criterion_${k}`),
      verdict: decision
        ? t(`decided_${decision}`, { reviewer: item.meta.overrides[k]!.reviewer })
        : t(`verdict_${verdict}`),
      suggestion: item.meta.overrides[k]?.note || suggestionIn(check, k, language) || "",
    }).trim();
  });
  if (lines.length === 0) return null;
  return [commentIntro(language, effectiveScore(item) ?? 0), ...lines].join("\n");
}

/** How many criteria of a recommendation are left to settle (0 when not checked). */
export function leftToSettle(item: ReviewItem): number {
  return CRITERION_KEYS.filter((k) => !isSettled(item, k)).length;
}

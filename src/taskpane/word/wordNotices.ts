/** The Word pane's notices: raised with their id, and what Word or the review part said, in the user's words. */
import { OpenProblem } from "../../core/review";
import type { Wording } from "../../core/model/problem";
import { WordReviewError, type WordProblem } from "../../office/word/errors";
import type { WordMessageKey } from "./i18n/en";
import type { Notice } from "./state";

let noticeCounter = 0;
export function notice(
  intent: Notice["intent"],
  key: WordMessageKey,
  values?: Record<string, string>,
  extra: Pick<Notice, "actions" | "topic" | "details"> = {}
): Notice {
  return { id: ++noticeCounter, intent, key, values, ...extra };
}

/** The Word adapter's problems in the user's words: a code without its message does not compile. */
const WORD_PROBLEM_KEYS: Wording<WordProblem, WordMessageKey> = {
  needsWordApi14: "err_needsWordApi14",
  needsWordApi13: "err_needsWordApi13",
  needsHiddenDocument: "err_needsHiddenDocument",
  needsCompressedFile: "err_needsCompressedFile",
  emptySelection: "err_emptySelection",
  recommendationNotInDocument: "err_recommendationNotInDocument",
  documentChanged: "err_documentChanged",
  selectionInsideRecommendation: "err_selectionInsideRecommendation",
};

/**
 * Turns whatever was thrown into a message the user can read. What Word or
 * a library said (in English) is kept as details, never in the message:
 * the pane shows it in an English pane only (texts.ts, problemText).
 */
export function noticeFor(error: unknown): Notice {
  if (error instanceof WordReviewError) return notice("error", WORD_PROBLEM_KEYS[error.problem]);
  const details = error instanceof Error ? error.message : String(error);
  return { id: ++noticeCounter, intent: "error", key: "err_other", details };
}

export function problemNotices(problems: OpenProblem[]): Notice[] {
  return problems.map((p) => {
    switch (p.code) {
      case "damagedPart":
        return notice("warning", "problemDamaged", undefined, {
          actions: ["startFresh"],
          topic: "damaged",
          details: p.problem,
        });
      case "missingControls":
        return notice("warning", "problemMissing", { count: String(p.ids.length) });
      case "duplicateTags":
        return notice("warning", "problemDuplicate", { count: String(p.ids.length) });
      case "extraParts":
        return notice("warning", "problemExtra", { count: String(p.count) });
      case "partWarnings":
        return notice("warning", "problemWarnings", undefined, {
          details: p.warnings.join("; "),
        });
    }
  });
}

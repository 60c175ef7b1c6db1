import { CodedProblem } from "../../core/model/problem";

/**
 * Problems the Word adapter reports by code, so the pane can word them in
 * the user's language; anything else Word throws reaches the pane as it is.
 */
export type WordProblem =
  | "needsWordApi14"
  | "needsWordApi13"
  | "needsHiddenDocument"
  | "needsCompressedFile"
  | "emptySelection"
  | "recommendationNotInDocument"
  | "documentChanged"
  | "selectionInsideRecommendation";

export class WordReviewError extends CodedProblem<WordProblem> {
  constructor(problem: WordProblem, detail = "") {
    super("word", "WordReviewError", problem, detail);
  }
}

export function isSetSupported(name: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
}

export function requireSet(name: "WordApi", version: "1.3" | "1.4"): void {
  if (!isSetSupported(name, version))
    throw new WordReviewError(version === "1.4" ? "needsWordApi14" : "needsWordApi13");
}

/** What the pane shows of a report as Word gave it, decided in core: the review session, possible recommendations, guesses. */
import { findRecommendations, type FoundRecommendation } from "../../core/extract";
import { guessReportDetails, type GuessedDetails } from "../../core/model/batch-from-report";
import { identityChange } from "../../core/model/identity";
import type { ReportParagraph } from "../../core/model/report";
import type { ReportMetadata } from "../../core/model/reportMetadata";
import { contextsOf, openReport, reviewSession, untaggedFindings } from "../../core/review";
import { reportLanguage } from "../../core/model/paragraph";
import type { Language } from "../../core/language";
import { checkRecommendation } from "../../core/smart";
import type { ReviewSnapshot } from "../../office/word/host";
import type { Candidate, WordAction } from "./state";

export interface Loaded {
  action: Extract<WordAction, { type: "loaded" }>;
  /** Metadata with re-checked texts recorded; differs from what was stored when a text changed. */
  metadata: ReportMetadata;
  rechecked: number;
  paragraphs: ReportParagraph[];
  trackedChanges: boolean | null;
}

export function candidateKey(f: FoundRecommendation): string {
  return `${f.paragraph}:${f.span?.start ?? 0}`;
}

/** What the pane shows of a report as Word gave it: the review session, possible recommendations, guesses. */
export function loadFrom(snapshot: ReviewSnapshot, paneLanguage: Language): Loaded {
  const { paragraphs, tagged } = snapshot;
  const opened = openReport(snapshot.parts ?? [], tagged);
  const all = findRecommendations(paragraphs, { candidates: true });
  const contexts = contextsOf(
    tagged,
    paragraphs,
    all.filter((f) => !f.candidate)
  );
  // a short recommendation is read in the report's language when its own words do not tell
  const language = reportLanguage(paragraphs);
  const session = reviewSession(opened.metadata, tagged, contexts, (input) =>
    checkRecommendation(input, { fallbackLanguage: language })
  );
  const candidates: Candidate[] = untaggedFindings(
    all.filter((f) => f.candidate),
    paragraphs,
    tagged.map((t) => t.text)
  ).map((found) => ({ key: candidateKey(found), found }));
  const guessed: GuessedDetails = guessReportDetails(paragraphs);
  return {
    action: {
      type: "loaded",
      opened: { ...opened, metadata: session.metadata },
      items: session.items,
      candidates,
      guessed,
      // What the pane writes into the document is in the document's language; the pane's when its words do not tell.
      documentLanguage: reportLanguage(paragraphs, paneLanguage),
      canSave: snapshot.parts !== null,
      identity: identityChange(opened.metadata, guessed),
    },
    metadata: session.metadata,
    rechecked: session.rechecked,
    paragraphs,
    trackedChanges: snapshot.trackedChanges,
  };
}

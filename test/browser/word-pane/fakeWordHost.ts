/**
 * Page-side fake of Word for the pane's browser test: served in place of
 * office.js, it installs the strict host fakes as the page's Office and Word
 * globals, with a short report whose recommendations are already tagged.
 * The page URL's hash picks the case: "dark" gives Office's dark theme;
 * "damaged" stores a review part that cannot be read; "deleted" removes by
 * hand the content control of a recommendation that has review data;
 * "plain" has no tags at all (to find them); "candidate" adds findings
 * holding a possible recommendation; "-fr" makes Word French.
 */
import { DocumentModel, installOfficeFakes } from "../../support/office";
import {
  emptyReportMetadata,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import {
  CANDIDATE_FINDING,
  CANDIDATE_TEXT,
  REPORT_RECOMMENDATIONS,
  UNTAGGED_PARAGRAPH,
} from "./report";

const hash = window.location.hash;
const plain = hash.includes("plain");

const doc = new DocumentModel([
  { text: "Report on the visit to Prison Nord", style: "Title" },
  { text: "Recommendations", style: "Heading 1" },
  { text: "The delegation observed that several cells had no call bell.", style: "Normal" },
  ...REPORT_RECOMMENDATIONS.map((r) =>
    plain
      ? { text: r.text, style: "Normal" }
      : { text: r.text, style: "Normal", tag: tagOf(r.id), title: "Recommendation" }
  ),
  // Never tagged in advance: a recommendation after a finding in the same paragraph.
  { text: UNTAGGED_PARAGRAPH, style: "Normal" },
  ...(hash.includes("candidate")
    ? [
        { text: "Other findings", style: "Heading 1" },
        { text: `${CANDIDATE_FINDING} ${CANDIDATE_TEXT}`, style: "Normal" },
      ]
    : []),
]);

const metadata = emptyReportMetadata();
metadata.report.title = "Visit to Prison Nord";
metadata.report.type = "visit";
metadata.recommendations = REPORT_RECOMMENDATIONS.map((r, i) =>
  newRecommendationMeta(r.id, { ref: String(i + 1) })
);
metadata.recommendations[1].overrides.targeted = {
  verdict: "not_met",
  note: "Name the ministry.",
  reviewer: "Earlier Reviewer",
  at: "2026-01-01T00:00:00.000Z",
};
if (hash.includes("damaged")) {
  // Well-formed (Word keeps only well-formed parts) but not readable as ours: a version from the future.
  doc.customXml.add(serializeReportMetadata(metadata).replace('version="1"', 'version="7"'));
} else if (!plain) {
  doc.customXml.add(serializeReportMetadata(metadata));
}
if (hash.includes("deleted")) doc.contentControls.splice(1, 1);

const dark = hash.includes("dark");
const host = installOfficeFakes({
  host: "word",
  document: doc,
  displayLanguage: hash.includes("-fr") ? "fr-FR" : "en-US",
  officeTheme: dark
    ? {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#2b2b2b",
        controlForegroundColor: "#ffffff",
      }
    : undefined,
});

Object.assign(window, { fakeWordDocument: doc, fakeWordHost: host });

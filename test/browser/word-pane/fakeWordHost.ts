/**
 * Page-side fake of Word for the pane's browser test: served in place of
 * office.js, it installs the strict host fakes as the page's Office and Word
 * globals, with a short report whose recommendations are already tagged.
 * The page URL's hash picks the case: "dark" gives Office's dark theme;
 * "damaged" stores a review part that cannot be read; "deleted" removes by
 * hand the content control of a recommendation that has review data;
 * "plain" has no tags at all (to find them); "candidate" adds findings
 * holding a possible recommendation; "-fr" makes Word French;
 * "publish" adds a colleague's comment and the tracker's link in the
 * document's settings, which the file Word hands over (getFileAsync) holds,
 * with "mac" (a Word that cannot download) or "nofile" (a Word that cannot
 * hand over the file).
 */
import { DocumentModel, installOfficeFakes } from "../../support/office";
import { documentToDocx } from "../../support/office/wordFile";
import {
  emptyReportMetadata,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import {
  CANDIDATE_FINDING,
  CANDIDATE_TEXT,
  FOURTEEN_RECOMMENDATIONS,
  REPORT_RECOMMENDATIONS,
  UNTAGGED_PARAGRAPH,
} from "./report";

const hash = window.location.hash;
const fourteen = hash.includes("fourteen");
const plain = hash.includes("plain") || fourteen;

const doc = new DocumentModel(
  fourteen
    ? [
        { text: "Report on the visit to Westmoor Prison", style: "Title" },
        { text: "Date of the report: 3 March 2026", style: "Normal" },
        { text: "Recommendations", style: "Heading 1" },
        ...FOURTEEN_RECOMMENDATIONS.map((text, i) => ({
          text,
          style: "Normal",
          list: { label: `${i + 1}.` },
        })),
      ]
    : [
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
      ]
);
if (hash.includes("tracked"))
  doc.trackedChanges.push({
    type: "Deleted",
    text: "not",
    author: "Ben",
    date: "2026-03-01T09:00:00Z",
  });

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
if (hash.includes("renamed")) {
  // Last year's report saved under a new name: its ids were given under last year's title and date.
  metadata.report.id = "report2025";
  metadata.report.keyedAs = { title: "Visit to Prison Nord, 2025", date: "2025-02-14" };
}
if (hash.includes("damaged")) {
  // Well-formed (Word keeps only well-formed parts) but not readable as ours: a version from the future.
  doc.customXml.add(serializeReportMetadata(metadata).replace('version="1"', 'version="7"'));
} else if (!plain) {
  doc.customXml.add(serializeReportMetadata(metadata));
}
if (hash.includes("deleted")) doc.contentControls.splice(1, 1);

const publish = hash.includes("publish");
/** The add-in's document settings (Office.Settings), saved in the file as Word does. */
const settings = new Map<string, unknown>();
if (publish) {
  settings.set(
    "opcat-recommendation-tracker.trackerLink",
    "https://contoso.sharepoint.com/:x:/s/npm/EAbCdEfG"
  );
  const finding = doc.paragraphs[2];
  doc.comments.push({
    ...doc.range(doc.pos(finding, 0, "start"), doc.pos(finding, finding.text.length, "end")),
    id: "comment-colleague",
    content: "Which block was this?",
    authorName: "Ben Colleague",
    resolved: false,
  });
}

const dark = hash.includes("dark");
const host = installOfficeFakes({
  host: "word",
  document: doc,
  platform: hash.includes("mac") ? "Mac" : undefined,
  requirementSets: hash.includes("nofile") ? { WordApi: "1.9" } : undefined,
  documentFile: () => documentToDocx(doc, { settings }),
  displayLanguage: hash.includes("-fr") ? "fr-FR" : hash.includes("-es") ? "es-ES" : "en-US",
  officeTheme: dark
    ? {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#2b2b2b",
        controlForegroundColor: "#ffffff",
      }
    : undefined,
});

if (publish) {
  const documentApi = (window as unknown as { Office: { context: { document: object } } }).Office
    .context.document;
  Object.defineProperty(documentApi, "settings", {
    value: {
      get: (name: string) => (settings.has(name) ? settings.get(name) : null),
      set: (name: string, value: unknown) => void settings.set(name, value),
      remove: (name: string) => void settings.delete(name),
      saveAsync: (...args: unknown[]) => {
        const callback = args.find((a) => typeof a === "function") as
          ((result: { status: string }) => void) | undefined;
        callback?.({ status: "succeeded" });
      },
    },
    enumerable: true,
  });
}

Object.assign(window, { fakeWordDocument: doc, fakeWordHost: host });

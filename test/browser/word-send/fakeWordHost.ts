/**
 * Page-side fake of Word for the "Send to tracker" browser test: served in
 * place of office.js, it installs the strict host fakes with a report whose
 * recommendations are tagged and reviewed, but whose details have no report
 * id yet (the pane must give it one and save it).
 *
 * The strict fakes have no document settings and no document url, which
 * the pane uses to remember the tracker's link and to name the exported
 * file: they are added here, modelled on Office.Settings (get, set,
 * remove, saveAsync), on the fake's own Office.context.document.
 *
 * Test hook: window.__opcatGraphTest = { getToken } replaces sign-in (the
 * pane reads it only in development builds); the test routes the Graph
 * endpoint to its fake Graph server. The hash "dark" gives Office's dark
 * theme; "plain" has one untagged paragraph (a finding, then a
 * recommendation); "nosignin" leaves the hook out;
 * "remembered" starts with a tracker link stored in the document.
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
} from "../word-pane/report";

const hash = window.location.hash;

const plain = hash.includes("plain");
const doc = new DocumentModel(
  plain
    ? // Untagged: the test finds and tags the recommendation, which shares its paragraph with a finding.
      [
        { text: "Report on the visit to Prison Nord", style: "Title" },
        { text: UNTAGGED_PARAGRAPH, style: "Normal" },
      ]
    : [
        { text: "Report on the visit to Prison Nord", style: "Title" },
        { text: "Recommendations", style: "Heading 1" },
        ...REPORT_RECOMMENDATIONS.map((r) => ({
          text: r.text,
          style: "Normal",
          tag: tagOf(r.id),
          title: "Recommendation",
        })),
        // "candidate": findings with a possible recommendation nobody tagged.
        ...(hash.includes("candidate")
          ? [
              { text: "Other findings", style: "Heading 1" },
              { text: `${CANDIDATE_FINDING} ${CANDIDATE_TEXT}`, style: "Normal" },
            ]
          : []),
      ]
);

const metadata = emptyReportMetadata();
metadata.report.title = "Visit to Prison Nord";
metadata.report.type = "visit";
metadata.report.date = "2026-02-10";
metadata.report.places = ["Prison Nord"];
metadata.report.addressee = "Ministry of Justice";
metadata.recommendations = REPORT_RECOMMENDATIONS.map((r, i) =>
  newRecommendationMeta(r.id, { ref: String(i + 1), theme: "Material conditions" })
);
// A reviewer's verdict that must reach the exported score.
metadata.recommendations[1].overrides.targeted = {
  verdict: "met",
  note: "The ministry is named in the introduction.",
  reviewer: "Earlier Reviewer",
  at: "2026-01-01T00:00:00.000Z",
};
if (!plain) doc.customXml.add(serializeReportMetadata(metadata));

installOfficeFakes({
  host: "word",
  document: doc,
  displayLanguage: "en-US",
  officeTheme: hash.includes("dark")
    ? {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#2b2b2b",
        controlForegroundColor: "#ffffff",
      }
    : undefined,
});

const values = new Map<string, unknown>();
const saved = new Map<string, unknown>();
const settings = {
  get: (name: string) => (values.has(name) ? values.get(name) : null),
  set: (name: string, value: unknown) => {
    values.set(name, value);
  },
  remove: (name: string) => {
    values.delete(name);
  },
  saveAsync: (...args: unknown[]) => {
    saved.clear();
    for (const [k, v] of values) saved.set(k, v);
    const callback = args.find((a) => typeof a === "function") as
      ((result: { status: string; value: undefined; error: null }) => void) | undefined;
    callback?.({ status: "succeeded", value: undefined, error: null });
  },
};
if (hash.includes("remembered")) {
  values.set(
    "opcat-recommendation-tracker.trackerLink",
    "https://contoso.sharepoint.com/:x:/s/npm/EAbCdEfG"
  );
}
const documentApi = (window as unknown as { Office: { context: { document: object } } }).Office
  .context.document;
Object.defineProperty(documentApi, "settings", { value: settings, enumerable: true });
Object.defineProperty(documentApi, "url", {
  value: "https://contoso.sharepoint.com/sites/npm/Shared Documents/Visit%20Prison%20Nord.docx",
  enumerable: true,
});

Object.assign(window, { fakeWordDocument: doc, fakeWordSettings: { saved } });
// "nosignin": the pane's own sign-in, which a build without GRAPH_CLIENT_ID refuses plainly.
if (!hash.includes("nosignin")) {
  Object.assign(window, { __opcatGraphTest: { getToken: async () => "test-token" } });
}

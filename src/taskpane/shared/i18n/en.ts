/** English UI strings: the reference catalogue. fr and es must have exactly these keys (the compiler checks it). */
export const en = {
  productName: "OPCAT Recommendation Tracker",
  excelPaneTitle: "Recommendation tracker",
  wordPaneTitle: "Recommendations in this report",
  statusLoading: "Connecting to Office…",
  statusOutsideOffice:
    "Running outside Office: open this page from the add-in in Excel or Word to work on a document.",
  statusOfficeUnavailable:
    "Office could not be loaded (are you offline?). The pane runs outside Office.",
  statusInHost: "Connected to {host} ({platform}). Supported: {sets}.",
  statusNoSets: "no API requirement set detected",
  statusWrongPane: "This pane is for {expected}; you opened it in {host}.",
  hostExcel: "Excel",
  hostWord: "Word",
  hostOther: "another Office application",
  platformUnknown: "unknown platform",
  excelIntro: "Set up a tracking workbook, check its data and follow up on the recommendations.",
  wordIntro:
    "Find the recommendations in this report and check them against the Double-SMART criteria.",
  previewLabel: "Recommendations to import",
  previewSelectAll: "Import all",
  previewColumnImport: "Import",
  previewColumnRecommendation: "Recommendation",
  previewColumnScore: "Double-SMART",
  previewColumnState: "In the tracker",
  previewImportOne: "Import recommendation {ref}",
  previewNoRef: "(no number)",
  previewAddressee: "Addressed to: {authority}",
  previewScore: "Double-SMART score {score} out of 10",
  previewNoScore: "Not scored",
  previewStateNew: "New",
  previewStateUpdate: "Update",
  previewStateUnchanged: "Unchanged",
  previewChanges: "Changes: {columns}",
  previewTextChanged:
    "The text differs from the text in the tracker, which is kept unless you replace it.",
  previewReplaceText: "Replace the tracked text",
  previewRepeat: "Looks like an earlier recommendation, {ref} ({report}): “{text}”",
  previewConfirmRepeat: "Record it as a repeat of {ref}",
  previewDuplicate: "Appears twice in this report: only its first appearance is imported.",
  previewMissingColumn:
    "The tracker has no column for some of its details; they will not be written.",
  previewCandidate: "Possibly a recommendation",
  previewCandidateHint: "The finder was not sure: tick it to import it if it is a recommendation.",
  previewCandidates:
    "{count, plural, one {# possible recommendation is listed unticked at the end.} other {# possible recommendations are listed unticked at the end.}}",
  previewSelected: "{selected} of {total} selected",
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

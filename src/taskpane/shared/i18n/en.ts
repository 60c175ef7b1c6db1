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
  previewIdOfAnotherReport:
    "Its Rec ID is already used by row {row} of another report (“{report}”), as when a report is saved under a new name: it is added with a new Rec ID and that row is left as it is.",
  previewRowsWithoutId:
    "{count, plural, one {Row {rows} of this report has no Rec ID, so it is left as it is} other {Rows {rows} of this report have no Rec ID, so they are left as they are}}; if a recommendation below is one of them, give the row its Rec ID back first, or it will be added a second time.",
  previewMissingColumn:
    "The tracker has no column for some of its details; they will not be written.",
  previewDetailsLabel: "What the import writes for recommendation {ref}",
  previewFromReport: "read from the report",
  previewGuessed: "guessed",
  previewInTracker: "already in the tracker",
  previewByYou: "entered by you",
  previewNotSet: "not set",
  previewEditDetails: "Edit details of recommendation {ref}",
  previewDoneEditing: "Done",
  previewEditHint: "What you enter here is written, also over the tracker's value.",
  previewCandidate: "Possibly a recommendation",
  previewCandidateHint: "The finder was not sure: tick it to import it if it is a recommendation.",
  previewCandidates:
    "{count, plural, one {# possible recommendation is listed unticked at the end.} other {# possible recommendations are listed unticked at the end.}}",
  previewSelected: "{selected} of {total} selected",
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

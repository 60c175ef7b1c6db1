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
  statusWrongPane: "This pane is for {expected}; you opened it in {host}.",
  hostExcel: "Excel",
  hostWord: "Word",
  hostOther: "another Office application",
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
  statusInHost: "Connected to {host}.",
  criterion_specific: "Specific",
  criterion_measurable: "Measurable",
  criterion_achievable: "Achievable",
  criterion_results: "Results-oriented",
  criterion_timebound: "Time-bound",
  criterion_solution: "Solution-suggestive",
  criterion_prioritised: "Prioritisation, sequencing & risks",
  criterion_argued: "Argued",
  criterion_rootcause: "Root-cause responsive",
  criterion_targeted: "Targeted",
  guideTitle: "What is Double-SMART?",
  guideIntro:
    "Double-SMART is a checklist of ten qualities of a good recommendation. The add-in reads each recommendation against them and shows, for each quality it did not find, why and what could be added. Not every recommendation needs all ten: the reviewer decides.",
  guideScore:
    "The score counts the qualities met, out of 10. For each one the checker did not find, the reviewer accepts it as met, keeps it as not met, or marks it not applicable (counted as met). These decisions count in the score sent to the tracker.",
  guideExample: "For example: {example}",
  guideBack: "Back",
  guide_specific:
    "It asks for one concrete action, with a clear verb and object, rather than a general wish such as “improve conditions”.",
  guideExample_specific: "“… give each person a mattress and clean bedding on arrival.”",
  guide_measurable:
    "Someone from outside can check whether it was done: a number, a frequency, a document to produce, or a state that is plainly there or not.",
  guideExample_measurable:
    "“… hold a fire drill in each wing every six months and keep a record of it.”",
  guide_achievable:
    "The body addressed can do it, within its powers and means, and the request has limits (not “make sure that no incident ever happens”).",
  guideExample_achievable:
    "“The regional health authority should assign a nurse to the centre on weekdays.”",
  guide_results:
    "It says what should change for the people deprived of liberty, not only the activity to carry out.",
  guideExample_results: "“… so that women can see a female doctor when they ask.”",
  guide_timebound:
    "It gives a date or a period for doing it, or asks for it at once; “as soon as possible” does not count.",
  guideExample_timebound: "“… within four months.”",
  guide_solution: "It suggests how: a means, a method or an example of a way to make the change.",
  guideExample_solution: "“… for instance by opening the exercise yard in the afternoon as well.”",
  guide_prioritised:
    "It says what comes first or is urgent, the order of the steps, a measure for the meantime, or a risk to watch.",
  guideExample_prioritised: "“As a priority, and until the new wing opens, …”",
  guide_argued: "It gives its reason: what the visit found, or a standard or law it relies on.",
  guideExample_argued: "“Given that three people had waited more than a week to see a doctor, …”",
  guide_rootcause:
    "It deals with the cause (rules, procedures, training, staffing, budget, supervision) or with every place concerned, not only one symptom.",
  guideExample_rootcause:
    "“… adopt a written procedure for searches and train all custody staff in it.”",
  guide_targeted:
    "It names who must act: a ministry, a service, an institution or the holder of a post, not just “the authorities”.",
  guideExample_targeted: "“The Director of the remand centre should …”",
  help: "Help",
  helpOpen: "Open the help (new window)",
  firstRunDismiss: "Got it",
  fileChoose: "Choose a file…",
  fileNone: "No file chosen yet.",
  firstRunLabel: "Getting started",
  summaryAdded: "Added",
  summaryUpdated: "Updated",
  summaryUnchanged: "Unchanged",
  summaryFlagged: "To look at",
  summaryCorrected: "Corrected",
  summaryNextSteps: "Next",
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

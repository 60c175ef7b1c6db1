/** English strings of the Excel pane: the reference catalogue (fr and es must have these keys). */
export const en = {
  tabsLabel: "Tracker tasks",
  tabSetup: "Set up",
  tabQuality: "Data quality",
  tabFollowUp: "Follow-up",
  tabSettings: "Settings",
  firstRunTitle: "Keep a tracker in three steps",
  firstRunStep1: "Set up: make the tracker in this workbook, or adopt the one you keep.",
  firstRunStep2: "Import a report, or a file saved from Word, after checking the preview.",
  firstRunStep3: "Follow up: record the authorities' answers; the Dashboard counts them.",
  nextImport: "Import a report",
  notInExcel: "Open this pane from Excel to work on a tracking workbook.",
  working: "Working…",
  workingRead: "Reading the workbook…",
  workingApply: "Building the tracker…",
  workingUpgrade: "Bringing the tracker up to date…",
  workingAdopt: "Building the tracker from the sheet…",
  workingQuality: "Checking every row…",
  workingFollowUp: "Refreshing the Follow-up sheet…",
  workingSelect: "Going to the cell…",
  workingShow: "Opening the sheet…",
  messagesLabel: "Messages",
  progressRows: "{done} of {total, plural, one {# row} other {# rows}}",
  dismiss: "Dismiss",
  errorTitle: "That did not work",
  warningTitle: "Please note",
  doneTitle: "Done",
  checkWorkbook: "Look at this workbook again",
  noTracker: "This workbook has no tracker yet.",
  trackerFound:
    "Tracker found on the sheet “{sheet}” ({rows, plural, one {# row} other {# rows}}, {language}).",
  trackerUpToDate: "Its columns, drop-down lists and formats are up to date.",
  trackerMissing: "It lacks these columns, which an upgrade adds at the right end: {columns}.",
  trackerLanguage: "Tracker language",
  languageEn: "English",
  languageFr: "French",
  languageEs: "Spanish",
  createTracker: "Create the tracker",
  upgradeTracker: "Upgrade the tracker",
  reapplyTracker: "Restore drop-down lists and formats",
  upgradeSafe: "Your rows, your own columns, renamed headers, sorting and filters are kept.",
  keyLimit: "Key recommendations per report, at most",
  keyLimitHint:
    "Kept in the tracker when you create or upgrade it; the data check warns when a report has more. Leave empty for no limit.",
  created:
    "The tracker was created: sheets {recommendations}, {dashboard}, {followUp} and {lists}.",
  upgraded: "The tracker is up to date. Columns added: {added}. Your own columns kept: {extra}.",
  reorderChoice:
    "Also put the columns in the new order (text first, then what you update during follow-up)",
  reorderHint:
    "Your values move with their columns. Formulas of your own that point at cells by position (like =F2 on another sheet) would then point at other columns: leave this unticked if you have such formulas.",
  upgradedReordered:
    "The tracker is up to date and its columns are in the new order. Columns added: {added}. Your own columns kept, at the end: {extra}.",
  none: "none",
  skippedFeatures:
    "This version of Excel cannot add: {features}. The tracker works without them; open it in a newer Excel to add them.",
  featureValidation: "drop-down lists and date checks",
  featureCharts: "Dashboard charts",
  featurePrint: "print settings (landscape, fit to the page width, header row on every page)",
  featureReorder: "moving the columns into the new order",
  metadataDamaged:
    "The tracker settings stored in the workbook could not be read ({problem}); the column headers were used instead.",
  // Why the settings could not be read (metadataDamaged's {problem}), by the code of src/core/schema/customxml.ts.
  metadataProblemNoTrackerElement: "they are damaged",
  metadataProblemOtherFormat: "they were saved in another format",
  metadataProblemCutShort: "they are incomplete",
  metadataProblemNoSchemaVersion: "their version number is missing or wrong",
  adoptHeading: "Adopt a sheet you already keep",
  adoptIntro:
    "Choose the sheet holding your recommendations. Your sheet is left as it is; the tracker is built next to it.",
  adoptSheet: "Sheet to adopt",
  adoptSheetOption: "{name} ({rows, plural, one {# row} other {# rows}})",
  adoptRead: "Propose a column mapping",
  mappingHeading: "Column mapping",
  mappingIntro:
    "Check what each of your columns holds. Columns kept as your own are copied as they are.",
  mappingColumn: "Column {letter}: {header}",
  mappingEmptyHeader: "(no header)",
  mappingOwn: "Keep as my own column",
  mappingSure: "{percent}% sure",
  mappingUser: "your choice",
  mappingSamples: "It holds {samples}",
  mappingNeedsText: "Choose which column holds the recommendations themselves.",
  adoptRun: "Build the tracker from this sheet",
  adopted:
    "{records, plural, one {# recommendation} other {# recommendations}} adopted from “{sheet}”. {ids, plural, one {# new Rec ID was made.} other {# new Rec IDs were made.}}",
  adoptKept:
    "{count, plural, one {# value could not be read and was kept as typed, highlighted in yellow: check it} other {# values could not be read and were kept as typed, highlighted in yellow: check them}} in Data quality.",
  adoptSkippedRows:
    "{count, plural, one {# row was left out} other {# rows were left out}} (empty, a repeated header or a note): {rows}.",
  qualityIntro:
    "Finds rows with a missing required field, a value outside its list, a date that cannot be read, a repeated Rec ID, a deadline before the date made, or “Implemented” without verification.",
  qualityRun: "Check the data",
  qualityNone: "No problems found in {rows, plural, one {# row} other {# rows}}.",
  qualitySummary:
    "{errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# point} other {# points}} to check in {rows, plural, one {# row} other {# rows}}.",
  qualityListLabel: "Problems found; choose one to go to its cell",
  qualityIssue: "Row {row}, {column}: {message}",
  qualityNoColumn: "whole row",
  qualityShown: "Showing the first {shown} of {total}.",
  severityError: "Error",
  severityWarning: "To check",
  workingTidy: "Tidying the lists…",
  tidyHeading: "Tidy the lists",
  tidyIntro:
    "Values that seem to be the same thing written differently, and several addressees written in one. Untick what should stay as it is; nothing changes until you apply.",
  tidyNone: "Nothing to tidy: every value of the lists is written one way.",
  tidyMerge: "Write {from} as {into} ({column}, {rows, plural, one {# row} other {# rows}})",
  tidySplit: "Split {value} into {parts} ({column}, {rows, plural, one {# row} other {# rows}})",
  tidyRun: "Apply {count, plural, one {# change} other {# changes}}",
  tidyDone:
    "{changes, plural, one {# change applied} other {# changes applied}} to {rows, plural, one {# row} other {# rows}}; the lists and the Dashboard follow.",
  followUpIntro:
    "Lists what is overdue, due soon, or implemented but not yet verified, on the Follow-up sheet.",
  followUpRun: "Refresh the Follow-up sheet",
  workingFigures: "Working out the figures from the history…",
  figuresHeading: "Figures from the history",
  figuresIntro:
    "The Dashboard's figures from the history (the implementation at each year end, how long each addressee takes to respond and to implement, replies within the deadline, repeats) are values, not formulas: they are worked out again after each follow-up recorded here, or now.",
  figuresRun: "Refresh figures",
  figuresDone:
    "The Dashboard's figures from the history are up to date on the sheet “{sheet}” (as of {date}).",
  figuresNoDashboard:
    "This workbook has no Dashboard made by the tracker, so the figures were not written. Set up > Upgrade the tracker adds it.",
  figuresNoHistory:
    "This tracker has no Follow-up history sheet yet, so there are no figures from the history. Use Set up > Upgrade the tracker to add it (no existing cell changes).",
  figuresBlocked:
    "The Dashboard was left as it was: its sections would now cover cells written below them. Move those cells, then refresh the figures again.",
  followUpDone:
    "The sheet “{sheet}” lists {rows, plural, one {# recommendation} other {# recommendations}}.",
  countOverdue: "Overdue",
  countDueSoon: "Due within {days, plural, one {# day} other {# days}}",
  countNotVerified: "Implemented, not verified",
  settingsDueSoon: "“Due soon” means a deadline within this many days",
  settingsExcel: "This Excel",
  settingsAllFeatures: "Everything the tracker uses is available.",
  settingsMissing: "Not available here: {features}.",
  problemExcelTooOld:
    "This version of Excel is too old for the tracker (it needs Excel API {version} or later). Update Office or use Excel on the web.",
  problemNoTracker:
    "This workbook has no Recommendations table. Create a tracker or adopt a sheet in Set up.",
  problemAlreadyTracker:
    "This workbook already has a tracker (on the sheet “{sheet}”). Use Upgrade instead of adopting a sheet.",
  problemSheetMissing:
    "The sheet “{sheet}” is no longer in the workbook. Look at the workbook again and choose another sheet.",
  problemSheetEmpty: "The sheet “{sheet}” is empty.",
  problemNoTextColumn:
    "None of the columns of “{sheet}” is marked as the recommendations themselves.",
  problemMetadataDamaged: "The tracker settings stored in this workbook are damaged.",
  officeTooBig:
    "Excel refused to move this much data at once. Try again; if it happens again, split the sheet in two.",
  officeNotFound:
    "Something the tracker needs was deleted or renamed while the pane was working. Look at the workbook again.",
  officeBusy:
    "Excel is busy (a cell may be in edit mode). Press Enter or Esc in the sheet, then try again.",
  officeNotAllowed: "Excel did not allow the change (the sheet or workbook may be protected).",
  officeApiMissing: "This version of Excel lacks a feature the tracker needs.",
  officeOther: "Excel reported a problem.",
  errorDetails: "Details: {details}",
  tabImport: "Import",
  workingImportRead: "Reading the file and comparing it with the tracker…",
  workingImport: "Writing to the tracker…",
  importIntro:
    "Choose a report (.docx) or a file saved from Word (.json). You see what would change before anything is written; responses, implementation and notes already in the tracker are never overwritten.",
  importChoose: "Report or file saved from Word",
  importChooseHint: "A Word report (.docx), or the file Word saves for Excel (.json).",
  importNeedsTracker: "This workbook has no tracker yet: create one in Set up first.",
  importFrom: "From “{file}”: {report}",
  importUntagged:
    "This report was not prepared with the Word pane: its recommendations were found by their wording. Check the list before importing.",
  importWarning: "Note: {message}",
  importWarningNoText: "Recommendation {number} has no text and was left out.",
  importWarningTooLong:
    "Recommendation {number} is longer than an Excel cell holds (32,767 characters) and was left out.",
  importWarningTaggedTextGone:
    "{count, plural, one {# recommendation was left out: its tagged text is no longer in the report.} other {# recommendations were left out: their tagged text is no longer in the report.}}",
  importWarningUntaggedLeftOut:
    "{count, plural, one {# recommendation found in the report is not tagged and was left out.} other {# recommendations found in the report are not tagged and were left out.}}",
  importWarningTrackedChanges:
    "The report has tracked changes: it was read as if all of them were accepted. If that is not what the report says, accept or reject them in Word first.",
  importWarningOtherLanguage:
    "The report seems to be written in a language the finder does not read yet (it reads English, French and Spanish), so no recommendation was found in it. Tag them in Word instead.",
  importOtherLanguage:
    "No recommendations were found in “{file}”: it seems to be written in a language the add-in does not read yet (it reads English, French and Spanish). Mark its recommendations in Word instead.",
  importNothing: "No recommendations were found in “{file}”.",
  importRun: "Import {count, plural, one {# recommendation} other {# recommendations}}",
  importCancel: "Cancel",
  importDateLabel: "Date of the report",
  importDateMissing:
    "The report does not say its date. Enter it: it becomes “Date made” of its recommendations, and deadlines such as “within three months” count from it.",
  importDateFromReport: "Read from the report: “{line}”. Change it if it is wrong.",
  importDateFromWord: "Saved in the report with the Word add-in.",
  importDateGiven: "Entered by you.",
  importDateFromBatch: "From the file saved in Word.",
  importReference: "Report number: {reference}",
  importCorrected:
    "{count, plural, one {# of the updated rows was corrected} other {# of the updated rows were corrected}}: details an earlier import left empty or got wrong (such as a “Date made” that was the day of that import) now come from the report.",
  importSummaryHeading: "Import from “{file}”",
  importShowTracker: "Open the recommendations (sheet “{sheet}”)",
  importShowDashboard: "Open the dashboard (sheet “{sheet}”)",
  importSummary: "{added} added, {updated} updated, {unchanged} unchanged, {flagged} to look at.",
  importListEntries:
    "{count, plural, one {# new entry was} other {# new entries were}} added to the drop-down lists.",
  importMoved:
    "{count, plural, one {# row had moved since the preview (the table was sorted) and was updated where it is now.} other {# rows had moved since the preview (the table was sorted) and were updated where they are now.}}",
  importMissingColumns:
    "The tracker has no column for: {columns}. Those values were not written; upgrade the tracker in Set up to add the columns.",
  importTooBig: "“{file}” is too big to import ({size} MB; the limit is {limit} MB).",
  importUnreadable:
    "“{file}” could not be read: it is damaged, or it is neither a Word report nor a file saved from Word.",
  importFileEmpty: "“{file}” is empty.",
  importNotReportOrBatch:
    "“{file}” is neither a Word report (.docx) nor a file of recommendations saved from Word (.json).",
  importWorkbookNotReport:
    "“{file}” is an Excel workbook, not a report: choose the Word report (.docx) or the file saved from it (.json).",
  importNotWord: "“{file}” is not a Word document (.docx).",
  importWordDamaged:
    "“{file}” is damaged or incomplete: it could not be opened as a Word document.",
  importWordTooBig:
    "“{file}” is too large to be read as a report (it expands to more than 200 MB); it may be damaged.",
  importWordProtected:
    "“{file}” is protected by a password: remove the password in Word, save it, then try again.",
  importOldWordFormat:
    "“{file}” is password-protected or an old Word 97-2003 document (.doc): remove the password, or save it as a .docx in Word, then try again.",
  problemRowGone:
    "Recommendation {id} is no longer in the tracker (it was in row {row} when the preview was made). Nothing was written: choose the file again for a new preview.",
  problemIdRepeated:
    "The Rec ID {id} is now in more than one row of the tracker. Nothing was written: correct the repeated Rec ID (Data quality shows it), then import again.",
  problemRowChanged:
    "Row {row} of the tracker changed after the preview was made. Nothing was written: choose the file again for a new preview.",
  problemTotalsRow:
    "The tracker table has a total row, so new rows cannot be added below the data. Turn it off (Table Design > Total Row), then import again. Nothing was written.",
  problemSheetProtected:
    "The sheet “{sheet}” is protected, so the add-in cannot write to it. Nothing was changed. Unprotect it (Review > Unprotect Sheet), then try again.",
  workingRecord: "Recording the event…",
  eventHeading: "Record a follow-up event",
  eventIntro:
    "Select the rows of the recommendations in the Recommendations sheet, use them here, then say what happened. Each gets one row on the Follow-up history sheet, and its current columns are updated in the same step.",
  eventTake: "Use the selected rows",
  eventTaken: "{count, plural, one {# recommendation} other {# recommendations}}: {ids}",
  eventWithoutId:
    "{count, plural, one {# selected row has} other {# selected rows have}} no Rec ID and will not be recorded.",
  eventKind: "What happened",
  eventDate: "Date",
  eventWith: "With whom",
  eventSummary: "Summary",
  eventStatus: "Implementation seen",
  eventAccepted: "Acceptance seen",
  eventUnchanged: "Leave as it is",
  eventRun: "Record for {count, plural, one {# recommendation} other {# recommendations}}",
  eventNoSelection:
    "No recommendation is selected. Select their rows in the Recommendations table (one block of rows), then use them here.",
  eventRecorded:
    "{events, plural, one {# event was} other {# events were}} added to the follow-up history; {updated, plural, one {# recommendation was} other {# recommendations were}} updated.",
  eventNotFound: "Not recorded, because no single row holds these Rec IDs: {ids}.",
  driftHeading: "Changed in the sheet since the last recorded event",
  driftLine:
    "{id}: {field} is “{current}” in the sheet; the last recorded event ({since}) says “{recorded}”.",
  driftStatus: "Implementation",
  driftAccepted: "Acceptance",
  driftEmpty: "(empty)",
  driftRun: "Record {count, plural, one {# change} other {# changes}} in the history",
  driftRecorded:
    "{count, plural, one {# change was} other {# changes were}} recorded in the follow-up history as “Status changed”.",
  countReplyOverdue: "Reply overdue",
  trackerNoHistory:
    "It has no Follow-up history sheet yet. Upgrade the tracker to add it (no existing cell changes): then each reply, reminder, meeting and follow-up visit can be recorded with its date, a reply deadline can be set, and the Dashboard counts replies overdue.",
  workingLetter: "Preparing the document…",
  workingReply: "Reading the reply…",
  letterHeading: "Letters and visit briefs",
  letterIntro:
    "A letter lists an authority's recommendations awaiting a reply; a visit brief lists a place's open recommendations with their history. Each has a table to fill in, with the tracker's own column names; read it back below when it returns.",
  letterKind: "Document",
  letterKindLetter: "Letter to an authority",
  letterKindBrief: "Brief for a follow-up visit",
  letterAuthority: "Authority, as the tracker names it",
  letterPlace: "Place, as the tracker names it",
  letterRun: "Prepare the letter",
  briefRun: "Prepare the visit brief",
  letterReady:
    "{file} was saved to your downloads: {count, plural, one {# recommendation} other {# recommendations}} for {party}. Edit its covering text in Word before sending it.",
  letterUnknownParty: "The tracker names no “{party}”. It names: {known}.",
  replyChoose: "Read a reply (the returned letter or brief, .docx)",
  replyNoTable:
    "{file} has no table with a Rec ID column. Choose a letter or brief prepared here, with its table kept.",
  replyHeading: "What {file} would change",
  replyNothing: "Nothing new to record from {file}.",
  replyItem: "{id}: {changes}",
  replyChange: "{column} “{before}” → “{after}”",
  replyTextChanged:
    "Its text in the reply differs from the tracker's, so it is left out: check it first.",
  replyInvalid: "{id}: {column} “{value}” cannot be read and will not be recorded.",
  replyUnknown: "Rows whose Rec ID the tracker does not hold (not recorded): {ids}.",
  replyApply: "Apply {count, plural, one {# change} other {# changes}}",
  replyApplied:
    "{count, plural, one {# recommendation was} other {# recommendations were}} updated from {file}, each with one event in the follow-up history.",
  historyAdded:
    "The sheet “{sheet}” holds the follow-up history: record replies, reminders, meetings and follow-up visits in Follow-up, and set the reply deadline at its top.",
  eventIds: "Rec IDs",
  eventIdsHint: "Taken from the selected rows, or typed, separated by commas.",
  problemNoHistory:
    "This tracker has no Follow-up history sheet yet. Use Set up > Upgrade the tracker to add it (no existing cell changes), then record the event again.",
  problemStructureProtected:
    "The workbook's structure is protected, so the add-in cannot add the sheets it needs. Nothing was changed. Turn it off (Review > Protect Workbook), then try again.",
  // Strategies for recommendations not implemented (Strategies.tsx).
  countNotImplemented: "Not implemented (strategies to try)",
  strategiesHeading: "Not implemented: why, and what to try",
  strategiesIntro:
    "For the recommendations picked above (selected rows or typed Rec IDs) that are not implemented: the reason recorded and the strategies it suggests. A strategy you try is recorded in the follow-up history, with the date and “with whom” of the form above (today when no date is set).",
  strategiesShow: "Show reasons and strategies",
  strategiesNone:
    "None of the recommendations picked is marked as not implemented or has a reason recorded for it.",
  strategiesNoReason: "No reason recorded yet",
  strategiesReason: "{reason}: {count, plural, one {# recommendation} other {# recommendations}}",
  strategiesRecord: "Record as tried: {kind}",
  strategiesRecordLabel:
    "Record as tried: {kind}. {strategy}. For {count, plural, one {# recommendation} other {# recommendations}}.",
  strategiesOthers:
    "{count, plural, one {# other recommendation needs} other {# other recommendations need}} no strategy (implemented, or not marked as not implemented): {ids}.",
  strategyRecorded:
    "“{strategy}” recorded as tried for {count, plural, one {# recommendation} other {# recommendations}} on {date}, in the follow-up history.",
  actorsHeading: "Actors of a recommendation",
  actorsIntro:
    "Select a recommendation's row in the Recommendations sheet, or type its Rec ID, to see the actors the Stakeholders sheet links to it (by its Rec ID or its theme) and the approach suggested for each.",
  actorsId: "Rec ID",
  actorsIdHint: "Leave empty to take the selected row.",
  actorsShow: "Show its actors",
  actorsFound: "Recommendation {id}: {count, plural, one {# actor} other {# actors}}.",
  actorsNone:
    "No actor on the Stakeholders sheet is linked to its Rec ID or its theme yet. Add them there, with the Rec ID or the theme in “Linked recommendations or themes”.",
  actorsNoTracker: "This workbook has no tracker yet: create it in Set up first.",
  actorsNoSheet:
    "This tracker has no Stakeholders sheet yet. Use Set up > Upgrade the tracker to add it (no existing cell changes).",
  actorsNoSelection:
    "Select a recommendation's row in the Recommendations sheet, or type its Rec ID.",
  actorsNotFound: "No recommendation has the Rec ID “{id}”.",
  actorsLevels: "Power: {power} · Interest: {interest}",
  actorsStance: "Stance: {stance}",
  actorsNotSet: "not set",
  actorsNotPlaced:
    "Set its power and its interest on the Stakeholders sheet to see the suggested approach.",
  actorsViaId: "Linked by the Rec ID",
  actorsViaTheme: "Linked by the theme “{theme}”",
  trackerNoStakeholders:
    "It has no Stakeholders sheet yet: an upgrade adds it, with the power-interest grid, as new sheets only.",
} as const;

export type ExcelMessageKey = keyof typeof en;

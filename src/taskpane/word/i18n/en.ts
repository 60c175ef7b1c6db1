/** English strings of the Word pane: the reference catalogue (fr and es must have exactly these keys). */
export const en = {
  loading: "Reading the report…",
  notInWord: "Open this pane from Word to review a report.",
  refresh: "Read the document again",
  find: "Find and tag recommendations",
  findDone: "{count, plural, one {# recommendation} other {# recommendations}} found and tagged.",
  findOtherLanguage:
    "No recommendation was found: this report seems to be written in a language the add-in does not read yet (it reads English, French and Spanish). Select each recommendation and use “Mark selection as a recommendation”.",
  findNone: "No new recommendation was found. Select one in the document and use “Mark selection”.",
  candidatesHeading: "Possibly recommendations",
  candidatesHint:
    "The finder was not sure about these texts. Tick one that is a recommendation to tag it.",
  candidateTag: "Tag as a recommendation: {text}",
  candidateMark: "Possibly a recommendation",
  candidateDone: "The text is now a tagged recommendation.",
  findCandidates:
    "{count, plural, one {# possible recommendation is listed unticked under “Possibly recommendations”.} other {# possible recommendations are listed unticked under “Possibly recommendations”.}}",
  markSelection: "Mark selection as a recommendation",
  markDone: "The selection is now a recommendation.",
  unmark: "Unmark (keep the text)",
  goTo: "Show in document",
  addComments: "Add findings as Word comments",
  commentsMissing:
    "{count, plural, one {# recommendation is no longer in the document and got no comment.} other {# recommendations are no longer in the document and got no comment.}}",
  commentLine: "{criterion}: {verdict}. {suggestion}",
  reviewSheetDone: "The review sheet was inserted.",
  detailsHeading: "Report details",
  title: "Report title",
  reportType: "Type of report",
  date: "Date",
  places: "Places visited (separate with ;)",
  link: "Link to the report",
  defaultAddressee: "Default addressee",
  defaultTheme: "Default theme",
  typeNone: "Not set",
  type_visit: "Visit",
  type_thematic: "Thematic",
  type_urgent: "Urgent",
  type_annual: "Annual report",
  type_preliminary: "Preliminary observations",
  recsHeading: "Recommendations",
  recsCount: "{shown} of {total} shown",
  noRecs: "No recommendation is tagged yet. Use “Find and tag recommendations”.",
  filterCriterion: "Show where this criterion is not met",
  filterState: "Show review state",
  filterAll: "All",
  position: "{index} of {total}",
  recLabel: "Recommendation {ref}",
  noRef: "{position} (no number)",
  scoreBadge: "{score}/10",
  scoreLabel: "Double-SMART score {score} out of 10",
  notChecked: "not checked",
  missingInDocument:
    "Not in the document any more (its marker was deleted); its review data is kept.",
  recheckDone: "Re-checked after the text changed.",
  verdict_met: "Met",
  verdict_not_met: "Not met",
  verdict_needs_review: "Needs review",
  checkerSaid: "Checker: {verdict}",
  inIntroduction: "in the introduction:",
  noEvidence: "No evidence in the text.",
  suggestion: "Suggestion",
  reviewState: "Review state",
  state_draft: "Draft",
  state_reviewed: "Reviewed",
  state_approved: "Approved",
  metaHeading: "Tracking details",
  ref: "Reference",
  addressee: "Addressee",
  theme: "Theme",
  groups: "Groups / practices (separate with ;)",
  priority: "Priority",
  priority_high: "High",
  priority_medium: "Medium",
  priority_low: "Low",
  timeframe: "Timeframe",
  timeframe_short: "Short term",
  timeframe_medium: "Medium term",
  timeframe_long: "Long term",
  deadline: "Deadline",
  recType: "Type",
  place: "Place",
  sheetRef: "Ref.",
  sheetRecommendation: "Recommendation",
  sheetScore: "Score",
  messages: "Messages",
  dismiss: "Dismiss",
  problemDamaged:
    "The review data saved in this document could not be read. It is kept untouched; nothing will be saved until you choose to start afresh.",
  startFresh: "Keep the damaged data as a backup and start afresh",
  startFreshDone:
    "The damaged data is kept in the document as a backup; new review data will be saved.",
  blockedByDamage:
    "Saving is paused because the stored review data is damaged. Choose “start afresh” first.",
  problemMissing:
    "{count, plural, one {# recommendation lost its marker in the document (it was deleted by hand). Its review data is kept and listed at the end.} other {# recommendations lost their marker in the document (it was deleted by hand). Their review data is kept and listed at the end.}}",
  problemDuplicate:
    "{count, plural, one {# recommendation is} other {# recommendations are}} marked twice in the document; only the first is used.",
  problemExtra:
    "The document holds {count, plural, one {# extra copy} other {# extra copies}} of the review data; the first one is used.",
  problemWarnings: "Some stored review data could not be read and was skipped.",
  err_needsHiddenDocument:
    "This version of Word cannot fill a new document from an add-in. Insert the review sheet at the end of this document instead.",
  err_needsCompressedFile:
    "This version of Word cannot hand the document to an add-in, so the copy cannot be made here. Save the document and make the copy with the command line (rectrack publish).",
  err_emptySelection: "Select the text of the recommendation in the document first.",
  err_recommendationNotInDocument: "This recommendation is no longer in the document.",
  err_documentChanged: "The document changed while it was being read. Read it again and retry.",
  err_selectionInsideRecommendation: "The selection is already inside a recommendation.",
  err_other: "Word could not do this.",
  shareHeading: "Send the recommendations",
  exportDone:
    "The file was saved as “{file}” in your Downloads folder. If no file appeared there, copy the recommendations instead.",
  exportNoDownload:
    "Word on this computer cannot save a file from an add-in. Copy the recommendations, then paste them into a new text file named “{file}”.",
  copyBatch: "Copy the recommendations to the clipboard",
  copyDone:
    "The recommendations are on the clipboard. Paste them into a new text file named “{file}”.",
  copyFailed:
    "The clipboard refused the recommendations. Select all the text below and copy it (Ctrl+C, or Cmd+C on a Mac).",
  batchText: "The recommendations for Excel ({file})",
  nothingToShare: "No recommendation is tagged yet: there is nothing to export or send.",
  publishHeading: "Prepare a copy for publication",
  publishHint:
    "A copy of this report to send to the authorities, without the reviewers' verdicts, notes and names, the Double-SMART comments, the review sheet and the link to the tracker. This document itself is not changed.",
  publishKeepTags:
    "Keep the recommendation tags and tracking details (the copy can still be imported into a tracker)",
  publishButton: "Prepare a copy for publication",
  publishWorking: "Preparing the copy…",
  publishFileSuffix: "for publication",
  publishDone:
    "The copy was saved as “{file}” in your Downloads folder. This document is unchanged.",
  publishNothing:
    "This document holds no review data: the copy “{file}” saved in your Downloads folder is the same report.",
  publishRemoved: "The copy no longer holds:",
  publish_reportData:
    "the review data saved by the add-in (reviewers' verdicts, notes and names, review states)",
  publish_reportDataCleaned:
    "the reviewers' verdicts, notes and names and the review states (the tags and tracking details are kept)",
  publish_backups:
    "{count, plural, one {# backup of damaged review data} other {# backups of damaged review data}}",
  publish_tags:
    "{count, plural, one {# recommendation tag (its text is unchanged)} other {# recommendation tags (their text is unchanged)}}",
  publish_trackerLink: "the link to the tracker",
  publish_settings:
    "{count, plural, one {# other setting of the add-in} other {# other settings of the add-in}}",
  publish_comments: "{count, plural, one {# Double-SMART comment} other {# Double-SMART comments}}",
  publish_replies: "{count, plural, one {# reply to them} other {# replies to them}}",
  publish_authors:
    "{count, plural, one {# name} other {# names}} left only by those comments, from the list of comment authors",
  publish_sheets: "{count, plural, one {the review sheet} other {# review sheets}}",
  publishKept:
    "Kept: {count, plural, one {# comment by other people} other {# comments by other people}}. Read the comments before sending.",
  publishNoDownload:
    "Word on this computer cannot save a file from an add-in, and a Word document cannot go through the clipboard. Save this document, then make the copy with the command line: rectrack publish “{report}” “{file}”. This document is unchanged.",
  publishUnreadable:
    "The copy could not be made: Word handed over a document the add-in cannot read. This document is unchanged.",
  batchWarnings: "Check before sending: {details}",
  batchWarningNoText: "Recommendation {number} has no text and was left out.",
  batchWarningTooLong:
    "Recommendation {number} is longer than an Excel cell holds (32,767 characters) and was left out.",
  batchWarningTaggedTextGone:
    "{count, plural, one {# recommendation was left out: its tagged text is no longer in the report.} other {# recommendations were left out: their tagged text is no longer in the report.}}",
  batchWarningUntaggedLeftOut:
    "{count, plural, one {# recommendation found in the report is not tagged and was left out.} other {# recommendations found in the report are not tagged and were left out.}}",
  batchWarningTrackedChanges:
    "The report has tracked changes: it was read as if all of them were accepted. If that is not what the report says, accept or reject them in Word first.",
  batchWarningOtherLanguage:
    "The report seems to be written in a language the finder does not read yet (it reads English, French and Spanish), so no recommendation was found in it. Tag them in Word instead.",
  sendHeading: "Send to tracker",
  trackerLink: "Link to the tracker workbook in OneDrive or SharePoint",
  trackerLinkHint:
    "In Excel, open the tracker and use Share > Copy link, then paste the link here. It is remembered in this document.",
  recentTrackers: "Trackers used before",
  recentNone: "Choose a tracker used before",
  previewSend: "Preview what will be sent",
  readingTracker: "Reading the tracker…",
  sendingTracker: "Sending to the tracker…",
  previewOf: "Tracker “{file}”: choose what to send.",
  sendSelected: "Send {count, plural, one {# recommendation} other {# recommendations}}",
  cancelSend: "Cancel",
  sendDone:
    "Sent to “{file}”: {added} added, {updated} updated, {unchanged} unchanged, {flagged} to look at.",
  sendNeedsDate:
    "This report does not say its date. Enter it in the report's details (Date) and preview again: it becomes “Date made” of the recommendations.",
  sendFiguresNotRefreshed:
    "The Dashboard's figures from the follow-up history could not be brought up to date (is the Dashboard sheet protected?): the recommendations are in the tracker; use Refresh figures in the tracker's task pane.",
  sendCorrected:
    "{count, plural, one {# row was corrected} other {# rows were corrected}}: details an earlier import left empty or got wrong now come from the report.",
  sendNothing: "The tracker already holds these recommendations as they are: nothing was written.",
  openTracker: "Open the tracker",
  linkInvalid:
    "This is not a OneDrive or SharePoint link. In Excel, use Share > Copy link on the tracker and paste that link.",
  signIn_cancelled: "Sign-in was cancelled. Nothing was sent.",
  signIn_blocked:
    "The sign-in window was blocked. Allow pop-up windows for this add-in, then try again.",
  signIn_failed: "Sign-in to Microsoft 365 did not work. Nothing was sent.",
  graph_signedOut:
    "You are not signed in to Microsoft 365, or your sign-in has expired. Nothing was written. Preview again to sign in.",
  graph_noAccess:
    "The tracker could not be opened: the link is wrong, the file was moved or deleted, or you may not edit it. Ask its owner to share it with you with edit rights.",
  graph_readOnly:
    "The tracker could be read, but Microsoft 365 refused to change it: you may only view this file, or one of its sheets is protected (in Excel: Review > Unprotect Sheet). Nothing was written.",
  graph_notTracker:
    "This file is not a recommendation tracker (it has no Recommendations table with a Rec ID column). Check the link. Nothing was written.",
  graph_olderSchema:
    "This tracker was made by an older version and lacks some columns ({columns}). Open it in Excel and use Set up > Upgrade the tracker, then send again. Nothing was written.",
  graph_throttled:
    "Microsoft 365 is busy and kept refusing. Nothing was written. Wait a few minutes, then send again.",
  graph_offline:
    "The connection to Microsoft 365 was lost. Nothing was written. Check the network, then send again.",
  graph_sessionExpired:
    "The connection to the workbook expired during the send. Nothing was written. Send again.",
  graph_changed:
    "Someone changed the tracker while it was being written. Nothing was written. Preview and send again.",
  graph_unknown: "Microsoft 365 could not complete this. Nothing was written.",
  graph_partlyWritten:
    "The send stopped part-way and not every change could be undone. Open the tracker and look at the rows of this report and at any row without a Rec ID (a colleague may have sorted the table meanwhile) before sending again.",
  openInExcel: "Open the tracker in Excel",
  signingIn: "Signing in to Microsoft 365…",
  working: "Working…",
  moreActions: "More actions",
  findAgain: "Find recommendations again",
  reviewSheetEnd: "Insert the review sheet at the end",
  reviewSheetNew: "Put the review sheet in a new document",
  firstRunTitle: "Check a report's recommendations in three steps",
  firstRunStep1: "Find and tag the recommendations: the add-in marks each one in the document.",
  firstRunStep2:
    "Settle each criterion the check did not find met: accept it as met, keep it as not met, or mark it not applicable.",
  firstRunStep3: "Send the recommendations to the tracker, or save them as a file for Excel.",
  summaryCount:
    "{count, plural, one {# recommendation} other {# recommendations}} · average {score}/10",
  summaryLeft:
    "{left, plural, one {# criterion} other {# criteria}} left to settle in {recs, plural, one {# recommendation} other {# recommendations}}.",
  summaryDone: "Every criterion is settled: the review is complete.",
  summaryNotMet: "Not met:",
  walkStart:
    "Go through “{criterion}”, not met in {count, plural, one {# recommendation} other {# recommendations}}",
  showAll: "All {count}",
  showFewer: "Fewer",
  startReview: "Start the review",
  continueReview: "Continue the review",
  filtersToggle: "Show only…",
  leftBadge: "{count, plural, one {# to settle} other {# to settle}}",
  navLabel: "Review navigation",
  backToList: "Back to the list",
  backToReview: "Back to the review",
  previous: "Previous recommendation",
  next: "Next recommendation",
  shortcutBack: "Back to the list (Esc)",
  shortcutPrevious: "Previous recommendation (P)",
  shortcutNext: "Next recommendation (N)",
  shortcutAccept: "Accept as met (A)",
  shortcutKeep: "Keep as not met (K)",
  walkLabel: "Going through “{criterion}”",
  walkBanner:
    "Going through “{criterion}”: {count, plural, one {# recommendation} other {# recommendations}} left.",
  applyAllMet: "Accept as met in all {count}",
  applyAllKept: "Keep as not met in all {count}",
  walkStop: "Stop",
  settledAllMet:
    "“{criterion}” accepted as met in {count, plural, one {# recommendation} other {# recommendations}}.",
  settledAllKept:
    "“{criterion}” kept as not met in {count, plural, one {# recommendation} other {# recommendations}}.",
  settledAllNotApplicable:
    "“{criterion}” marked not applicable in {count, plural, one {# recommendation} other {# recommendations}}.",
  toSettleHeading: "To settle ({count})",
  decidedHeading: "Decided ({count})",
  allSettled: "Every criterion of this recommendation is settled.",
  metFold: "{count, plural, one {# criterion met} other {# criteria met}}",
  why: "Why",
  shownBy: "Shown by",
  verdict_not_applicable: "Not applicable",
  accept: "Accept as met",
  keep: "Keep as not met",
  notApplicable: "Not applicable",
  markNotMet: "Mark as not met",
  addNote: "Add a note",
  noteLabel: "Note on “{criterion}” (optional)",
  decided_met: "Accepted as met by {reviewer}",
  decided_not_met: "Kept as not met by {reviewer}",
  decided_not_applicable: "Not applicable, for {reviewer}",
  change: "Change",
  changeDecision: "Change the decision on “{criterion}”",
  showWords: "Show these words in the document",
  reviewerName: "Your name (shown with your decisions)",
  reviewerNeeded: "Asked once, and remembered on this computer.",
  reviewerRecord: "Record",
  saving: "Saving…",
  savedCaption: "Saved in the document.",
  unmarkAsk:
    "Unmark this recommendation? Its tag, decisions and notes are removed; its text stays as it is. You can undo this.",
  unmarkConfirm: "Unmark",
  cancel: "Cancel",
  undo: "Undo",
  undoDone: "Undone.",
  undoTextGone:
    "It cannot be undone: the recommendation's text is no longer in the document as it was.",
  unmarkDone: "The recommendation was unmarked; its text is unchanged.",
  commentsDone:
    "Word comments: {added, plural, one {# added} other {# added}}, {updated, plural, one {# updated} other {# updated}}, {resolved, plural, one {# marked as resolved} other {# marked as resolved}}.",
  trackedChanges:
    "This report has tracked changes. The add-in reads it as if they were all accepted; accept or reject them in Word if that is not what the report says.",
  identityChanged:
    "Is this a new report? Its recommendations were tagged when it was “{before}”; it is now “{now}”, as when last year's report is saved under a new name. A new report needs new ids, or sending it would change last year's recommendations in the tracker.",
  newIds: "Give it new ids",
  sameReport: "It is the same report",
  newIdsDone:
    "The report and its {count, plural, one {# recommendation have} other {# recommendations have}} new ids; the tracker will take them as new.",
  sameReportDone: "The report keeps its ids.",
  sheetMark_met: "✓",
  sheetMark_not_met: "✗",
  sheetMark_needs_review: "?",
  sheetMark_not_applicable: "n/a",
  sheetMark_notChecked: "–",
  sheetMarkName_met: "met",
  sheetMarkName_not_met: "not met",
  sheetMarkName_needs_review: "to review",
  sheetMarkName_not_applicable: "not applicable",
  sheetByReviewer: "*",
  sheetByReviewerName: "decided by a reviewer",
  sheetNotes: "Reviewers' notes",
  sheetNoteLine: "{criterion}: {decision}. {note} ({reviewer})",
  exportBatch: "Save as a file for Excel",
  exportHint: "For Excel's Import, where the tracker is not in OneDrive or SharePoint.",
  sendSummaryHeading: "Sent to “{file}”",
  err_needsWordApi14: "This needs Word 2016 or later: your version of Word cannot do it.",
  err_needsWordApi13: "This needs a newer version of Word.",
  signIn_notConfigured:
    "Sign-in to Microsoft 365 is not set up for this add-in, so it cannot send to a tracker. Ask your administrator to set it up (the add-in's help says how, under “Send to tracker”). Meanwhile, use “Save as a file for Excel”.",
  graph_consent:
    "Your organisation has not allowed this add-in to open files in OneDrive and SharePoint yet. Ask your Microsoft 365 administrator to give consent (the add-in's help says how, under “Send to tracker”). Nothing was written.",
  // The Key mark (Detail.tsx).
  keyChoice: "Key recommendation (one of the report’s priorities)",
  keyHint:
    "Key recommendations come first on the tracker’s Dashboard and Follow-up sheet; the mark travels with Export and Send to tracker.",
  keyOverLimit:
    "This report now has {count, plural, one {# key recommendation} other {# key recommendations}}. NPMs usually publish {limit, plural, one {# priority} other {# priorities}} at most; the tracker’s data check warns when a report has more than the limit your NPM set.",
} as const;

export type WordMessageKey = keyof typeof en;

/**
 * The command line's messages in English: every sentence rectrack prints
 * (errors, refusals, notes, summaries), in the one message syntax
 * (src/core/language/message.ts). fr.ts and es.ts are typed by these keys,
 * so a message missing in a language does not compile. `--help` is worded
 * here too (help_*: descriptions, commander's headings; cli_*: its refusals).
 */
export const en = {
  // rectrack itself
  error: "rectrack: {message}",
  unexpected: "rectrack: unexpected error: {message}",
  aFile: "a file",
  note: "Note: {text}",
  /**
   * A file's problem that only has an English sentence (the file readers' and the tracker store's):
   * shown as it is in English, and in French and Spanish as a general sentence with it as details.
   */
  inputSentence: "{sentence}",
  // The file readers' problems by code: in English their own sentence, which names the file.
  input_notWord: "{sentence}",
  input_wordDamaged: "{sentence}",
  input_wordTooBig: "{sentence}",
  input_wordProtected: "{sentence}",
  input_oldWordFormat: "{sentence}",
  input_fileEmpty: "{sentence}",
  input_notReportOrBatch: "{sentence}",
  input_workbookNotReport: "{sentence}",
  input_notWorkbook: "{sentence}",
  input_workbookDamaged: "{sentence}",
  input_workbookTooBig: "{sentence}",
  input_workbookProtected: "{sentence}",
  input_oldExcelFormat: "{sentence}",
  input_noTrackerTable: "{sentence}",
  input_tableUnreadable: "{sentence}",
  input_tableTotalRow: "{sentence}",
  input_rowMoved: "{sentence}",
  input_rowBelowTable: "{sentence}",
  input_noHistoryTable: "{sentence}",
  input_historyNotOwnSheet: "{sentence}",
  input_noSuchSheet: "{sentence}",
  input_noSheets: "{sentence}",
  input_alreadyTracker: "{sentence}",
  input_noTextColumn: "{sentence}",
  input_cellRightOfTable: "{sentence}",
  input_notUpgradable: "{sentence}",
  input_sharedFormula: "{sentence}",
  input_fileInUse: "{sentence}",
  input_createdMeanwhile: "{sentence}",
  input_changedMeanwhile: "{sentence}",
  input_cellTooLong: "{sentence}",
  input_sourceCellTooLong: "{sentence}",
  // What the system would not let rectrack do with a file (files/local.ts FileProblem).
  fileVerb_read: "cannot be read",
  fileVerb_write: "cannot be written",
  fileVerb_use: "cannot be used",
  // In English, the sentence the file layer wrote (it names what the file should be).
  file_exists: "{sentence}",
  file_missing: "{sentence}",
  file_folderMissing: "{sentence}",
  file_denied: "{sentence}",
  file_readOnly: "{sentence}",
  file_readOnlyFile: "{sentence}",
  file_folder: "{sentence}",
  file_notFolder: "{sentence}",
  file_diskFull: "{sentence}",
  file_nameTooLong: "{sentence}",
  file_linkLoop: "{sentence}",
  file_busy: "{sentence}",
  file_tooManyOpen: "{sentence}",
  file_diskError: "{sentence}",
  file_tooLarge: "{sentence}",
  file_system: "{sentence}",
  fileNote_openElsewhere:
    "{file} seems to be open in {app}; if it is saved there, it will replace what this run writes. Close it there first.",
  dateOption: '{name} must be a date like 2026-03-12, not "{value}".',
  jsonNotValid: "{where} is not valid JSON.",
  jsonNotObject: "{where} must be an object with {holding}.",
  jsonWhere: "{source}, line {line}",

  // extract (and check)
  otherLanguageNote:
    "No recommendations found: the report seems to be written in a language the finder does not read yet (it reads English, French and Spanish).",
  noneFound: "No recommendations found.",
  found: "{count, plural, one {# recommendation found:} other {# recommendations found:}}",
  candidatesFound:
    "{count, plural, one {# possible recommendation, below the finder's threshold and not counted above (tag it in Word, or import with --include-candidates, to take it):} other {# possible recommendations, below the finder's threshold and not counted above (tag them in Word, or import with --include-candidates, to take them):}}",
  detailParagraph: "paragraph {number}",
  detailRef: "ref. {ref}",
  detailTo: "to: {addressee}",
  detailBy: "by: {deadline}",
  detailPriority: "priority: {priority}",
  detailRepeated: "repeated",
  detailPossibly: "possibly a recommendation: {reasons}",
  reason_tagged: "tagged in Word",
  reason_recommends: "the body recommends",
  reason_impersonal: '"it is recommended"',
  reason_label: "labelled as a recommendation",
  reason_stem: "an item under a recommending sentence",
  reason_modal: "says what should be done",
  reason_addressee: "names who must act",
  reason_opinion: "the body's own view",
  reason_imperative: "opens like a request",
  reason_recommendationSection: "in a recommendations chapter",
  reason_conclusionSection: "in the conclusions",
  reason_listItem: "a list item",
  reason_normative: "numbered, says what must be done",
  reason_tableColumn: "in a recommendations column",
  reason_bold: "in bold",
  reason_otherBody: "another body recommends",
  reason_reported: "reports what someone said",
  reason_standard: "quotes law or a standard",
  reason_request: "asks for information or a reply",
  reason_implemented: "reported as implemented",
  reason_past: "an earlier recommendation",
  reason_question: "a question",
  reason_counterfactual: "about the past",
  reason_explicitElsewhere: 'a "should" among findings',
  reason_backgroundSection: "in the background",
  reason_followUpSection: "in the follow-up",
  reason_responseSection: "in the authorities' reply",
  reason_goodPractice: "good practice",
  reason_metadata: "a metadata line",
  reason_introduction: "introduces a list",

  // check
  checkIdMissing: '{where} has no "id" (text or number).',
  checkTextMissing: '{where} has no "text" (a string).',
  checkContextNotText: '{where}: "context" must be a string.',
  checkNotFound: "{path} does not exist.",
  checkFolder: "{path} is a folder, not a file.",
  checkDenied: "{path} cannot be read (permission denied).",
  checkBoth: "give either a report or --jsonl, not both.",
  checkNeither: "give a report (.docx) or --jsonl FILE.",
  checkParagraph: "Paragraph {number}{ref}: {score}/10{language}",
  checkRef: ", ref. {ref}",

  // import
  importSameFile: "the report and the tracker must be two different files.",
  importOtherLanguage:
    "{input} seems to be written in a language the finder does not read yet (it reads English, French and Spanish), so no recommendation was found and nothing was written; mark them in Word, then import again.",
  importNoDate:
    "could not find the report's date in {input}; give it with --report-date YYYY-MM-DD (nothing was written).",
  importRowsWithoutId:
    "{count, plural, one {row {rows} has no Rec ID, so the import left it as it was; if it is one of this report's recommendations, give it its Rec ID back.} other {rows {rows} have no Rec ID, so the import left them as they were; if they are one of this report's recommendations, give them their Rec ID back.}}",
  importLabelRef: "Recommendation {ref}",
  importLabelNumber: "Recommendation #{number}",
  importLabelRow: "{label} (tracker row {row})",
  flagTextChangedAccepted:
    "its text changed in the report; the new text replaces the tracked one (--accept-text-changes).",
  flagTextChangedKept:
    "its text changed in the report; the tracked text was kept (add --accept-text-changes to replace it).",
  flagDuplicateInBatch: "it appears twice in the report; only the first one is imported.",
  flagIdOfAnotherReport:
    "its Rec ID belongs to tracker row {row} of another report{report} (a report saved under a new name keeps the old ids), so it was added with a new Rec ID and that row was left as it was.",
  flagIdReport: ' ("{report}")',
  flagMissingColumn:
    "the tracker has no {columns} column, so that detail was not written; add the column to the table and import again.",
  warning_noText: "Recommendation {number} has no text and was left out.",
  warning_tooLong:
    "Recommendation {number} is longer than an Excel cell holds (32,767 characters) and was left out.",
  warning_taggedTextGone:
    "{count, plural, one {# recommendation was left out: its tagged text is no longer in the report.} other {# recommendations were left out: their tagged text is no longer in the report.}}",
  warning_untaggedLeftOut:
    "{count, plural, one {# recommendation found in the report is not tagged and was left out.} other {# recommendations found in the report are not tagged and were left out.}}",
  warning_trackedChanges:
    "the report has tracked changes; it was read as if all of them were accepted (accept or reject them in Word first if that is not what the report says).",
  warning_otherLanguage:
    "the report seems to be written in a language the finder does not read yet (it reads English, French and Spanish), so no recommendation was found in it; tag them in Word instead.",
  dateFrom_report: "read from the report",
  dateFrom_word: "saved in the report by the Word add-in",
  dateFrom_given: "given with --report-date",
  dateFrom_batch: "from the batch file",
  importRead: "{input}: report{title}, {count} recommendations ({how}).",
  importTitle: ' "{title}"',
  importHowTagged: "tagged in Word",
  importHowBatch: "from a batch",
  importHowFound: "found in the text",
  importReportDate: "Report date: {date} ({from}).",
  importCounts: "{added} added, {updated} updated, {unchanged} unchanged, {flagged} flagged.",
  importCorrected:
    '{count, plural, one {# of the updated row was corrected} other {# of the updated rows were corrected}}: details an earlier import left empty or wrote wrongly (such as a "Date made" that was the day of that import) now come from the report.',
  importCandidatesIncluded:
    "{count, plural, one {# possible recommendation was included} other {# possible recommendations were included}} (--include-candidates).",
  importCandidatesLeftOut:
    "{count, plural, one {# possible recommendation was left out: the finder found it just below its threshold. Add --include-candidates to import it, or tag it in Word (rectrack extract REPORT.docx lists it).} other {# possible recommendations were left out: the finder found them just below its threshold. Add --include-candidates to import them, or tag them in Word (rectrack extract REPORT.docx lists them).}}",
  importLookAt: "Please look at:",
  importInTracker: "in the tracker: {text}",
  importInReport: "in the report:  {text}",
  importRepeatsLinked: "Linked as repeats of earlier recommendations (--confirm-repeats):",
  importRepeatsProposed:
    "These may repeat earlier recommendations (not linked; add --confirm-repeats to link them):",
  importRepeatLine: "{label} is {percent}% like {text} ({earlier}).",
  importEarlierRef: "ref {ref}",
  importEarlierReport: "report {report}",
  importEarlierId: "id {id}",
  importDryRunCreated: "Dry run: {tracker} was not created.",
  importDryRunChanged: "Dry run: {tracker} was not changed.",
  importCreated: "Created {tracker} from the template.",
  importWrote: "Wrote {tracker}.",
  importNothing: "Nothing to change: {tracker} was left as it was.",

  // followup (and import)
  followUpCounts:
    "{overdue, plural, one {# recommendation} other {# recommendations}} overdue, {dueSoon} due within 30 days, {notVerified} implemented but not verified by the NPM{stalled}",
  followUpStalled: ", {count} not implemented (with strategies to try)",
  followUp_refreshed: 'Follow-up sheet "{sheet}" refreshed for {today}: {counts}.',
  followUp_unchanged: 'Follow-up sheet "{sheet}" was already up to date for {today}: {counts}.',
  followUp_missing:
    "The tracker has no Follow-up sheet (it was deleted, or its FollowUp table renamed), so none was refreshed. For {today}: {counts}.",
  followUp_blocked:
    'The "{sheet}" sheet was changed by hand (its table\'s columns or total row, or cells just below the table), so it was left as it was. For {today}: {counts}.',
  wrote: "Wrote {path}.",
  leftAsItWas: "{path} was left as it was.",

  // publish
  publishReportItself:
    "{out} is the report itself; give the copy another name (the report is never overwritten).",
  publishNothing: "{report} holds no review data: {out} is the same report.",
  publishWrote: "Wrote {out}, a copy of {report} without:",
  publishKept:
    "{count, plural, one {Kept: # comment by other people; look at it before sending.} other {Kept: # comments by other people; look at them before sending.}}",
  publishReportParts:
    "the review data saved by the add-in: the report's details, the reviewers' verdicts, notes and names, the review states",
  publishReportPartsWhole:
    "the review data saved by the add-in (it could not be read, so it was removed whole)",
  publishReportPartsCleaned:
    "the reviewers' verdicts, notes and names and the review states (the report's details and the recommendations' tracking details are kept with the tags)",
  publishBackups:
    "{count, plural, one {# backup of damaged review data} other {# backups of damaged review data}}",
  publishTags:
    "{count, plural, one {# recommendation tag} other {# recommendation tags}} (the text is unchanged)",
  publishTrackerLink: "the link to the tracker workbook",
  publishSettings:
    "{count, plural, one {# other setting of the add-in} other {# other settings of the add-in}}",
  publishComments:
    "{count, plural, one {# comment of the Double-SMART check} other {# comments of the Double-SMART check}}",
  publishReplies: "{comments}, with {count, plural, one {# reply} other {# replies}} to them",
  publishAuthors:
    "{count, plural, one {# name} other {# names}} left only by those comments, from the list of comment authors",
  publishReviewSheets: "{count, plural, one {# review sheet} other {# review sheets}}",

  // template, adopt, validate, upgrade, stats
  keyLimitBad: '--key-limit must be a whole number from 1 to {max}, or none, not "{value}".',
  alreadyExists: "{path} already exists; choose another name or add --force to replace it.",
  mapBad: '--map takes HEADER=KEY (or HEADER=- to keep a column as your own), not "{entry}".',
  mapKeyBad: '"{key}" in --map is not a tracker column key.',
  columnsMissing:
    "{path}: the {table} table has no {names} {count, plural, one {column (deleted or renamed?); put it back or give it its header again, then try again.} other {columns (deleted or renamed?); put them back or give them their header again, then try again.}}",
  refresh_written: 'Wrote the figures from the history on the Dashboard ("{sheet}") of {path}.',
  refresh_unchanged:
    "The Dashboard's figures from the history were already up to date; {path} was left as it was.",
  refresh_blocked:
    'The Dashboard ("{sheet}") was left as it was: its sections would now cover cells written below them. Move those cells, then refresh again.',
  refresh_missing:
    "{path} has no Dashboard sheet made by the tracker (deleted or renamed?), so the figures were not written; {path} was left as it was.",
  tidyNothing: "Nothing to tidy in the lists.",
  tidyHint:
    "{count, plural, one {# list value could be tidied} other {# list values could be tidied}} (near-duplicates or combined addressees): add --fix to see them.",
  tidyTitle: "Could be tidied:",
  tidyMerge: '{column}: write {from} as "{into}" ({rows})',
  tidySplit: '{column}: split "{value}" into {parts} ({rows})',
  tidyRows: "{count, plural, one {# row} other {# rows}}",
  tidyApplied:
    "Applied {changes, plural, one {# change} other {# changes}} to {rows}; the lists, the Dashboard and the Follow-up sheet follow. Wrote {path}.",
  tidyDryRun: "Dry run: nothing was written. Add --write to apply these changes.",
  templateWrote: "Wrote {out}: an empty tracker ({language}).",
  adoptSameFile: "OUT must be a new file: {input} itself is never overwritten.",
  adoptSheet: 'Sheet "{sheet}", headers in row {row}, {count} recommendations.',
  adoptMapping: "Column mapping:",
  adoptNoHeader: "(column {number}, no header)",
  adoptMapped: '"{header}" -> {key} ({name}), {percent}% from {basis}',
  adoptOwn: '"{header}" -> kept as your own column',
  basis_header: "header",
  basis_values: "values",
  basis_both: "header and values",
  basis_user: "user",
  basis_none: "none",
  adoptNote_kept:
    "{count} values kept as typed (could not be read; `rectrack validate` lists them)",
  adoptNote_emptied: '{count} values like "?" or "n/a" read as empty',
  adoptNote_approximate: "{count} dates with only a month or year (first day assumed)",
  adoptNote_split: "{count} remarks moved to another column (e.g. the reason after a status)",
  adoptNote_repeatMark:
    '{count} recommendations marked Repeated from a mark in their reference or a note ("12 (rep.)")',
  adoptNote_skipped: "{count} rows left out (empty, a repeated header or a single remark)",
  adoptIdsMade: "{count} new Rec IDs made.",
  adoptNotCarried:
    "the new file does not carry the {parts} of {input}; the original file still has them.",
  adoptWrote: "Wrote {out}. {input} was not changed.",
  validateWriteWithoutFix: "--write goes with --fix: add --fix to tidy the lists.",
  validateMetadata:
    "Warning: the tracker settings stored in the workbook could not be read ({problem}); the header row was used instead.",
  // Why the settings could not be read (validateMetadata's {problem}), by the code of src/core/schema/customxml.ts.
  metadataProblem_noTrackerElement: "they are damaged",
  metadataProblem_otherFormat: "they were saved in another format",
  metadataProblem_cutShort: "they are incomplete",
  metadataProblem_noSchemaVersion: "their version number is missing or wrong",
  validateRow: "row {row}{where}: {message}",
  validateWarning: "(warning) {message}",
  validateSummary: "{count} recommendations checked: {errors} errors, {warnings} warnings.",
  upgraded: "Upgraded {path}.",
  upgradeAdded: "Columns added: {list}.",
  upgradeKept: "Your own columns kept: {list}.",
  upgradeNone: "none",
  upgradeHistory:
    "Added the Follow-up history sheet: record follow-up events (rectrack log) and set the reply deadline there.",
  upgradeStakeholders:
    "Added the Stakeholders sheet and the power-interest grid: list the actors around your recommendations there.",
  upgradeNoLimit: "Key recommendations per report: no limit.",
  upgradeLimit: "Key recommendations per report: at most {limit} (the data check warns beyond).",
  upgradeReordered: "The columns are now in the order by task.",
  upgradeNotReordered:
    "The columns were left where they are: {reason}, and moving the columns would change what it points at.",
  statsNoHistory:
    "{path} has no Follow-up history sheet yet (a tracker of schema version 1), so there are no figures from the history to write; `rectrack upgrade {path}` adds it without changing a cell. Nothing was written.",

  // letter, brief, reply, log, history
  notInList: '{flag} "{value}" is not in the list; use one of {labels}.',
  eventNoDate: "(no date)",
  eventNoId: "(no Rec ID)",
  eventNoKind: "(no kind)",
  eventWith: "with {name}",
  eventStatus: "implementation: {status}",
  eventAccepted: "accepted: {accepted}",
  eventVerified: "verified",
  eventNotVerified: "not verified",
  upgradeNote:
    "{path} has no Follow-up history sheet yet (a tracker of schema version 1). `rectrack upgrade {path}` adds it without changing a cell; then every follow-up event can be recorded with its date, and the status at the end of each year is counted from them.",
  noAddressee: '{path} names no addressee "{name}"{known}.',
  noPlace: '{path} names no place "{name}"{known}.',
  partiesKnown: "; it names {names}",
  replyWritten:
    "Read {path}: {count, plural, one {# recommendation} other {# recommendations}} updated, one {kind} event each.",
  replyWouldUpdate:
    "Read {path}: {count, plural, one {# recommendation} other {# recommendations}} would be updated (nothing written).",
  replyNothing: "Read {path}: nothing new to record.",
  replyTextChanged:
    "{id}: left out, the recommendation's text in the reply differs from the tracker's.",
  replyInvalid_notInList: '{id}: {column} "{value}" is not in the list; not recorded.',
  replyInvalid_notADay: '{id}: {column} "{value}" is not a day; not recorded.',
  replyInvalid_notADate: '{id}: {column} "{value}" is not a date; not recorded.',
  replyUnknownIds: "No row of the tracker holds these Rec IDs: {ids}.",
  replyRepeatedIds: "Rec IDs given twice (only the first row counts): {ids}.",
  replyWithoutId: "Rows without a Rec ID, not read: {rows}.",
  replyNotDocOrWorkbook:
    "{path}: give the returned Word document (.docx) or a workbook (.xlsx) holding its table.",
  replyNoTable:
    "{path} has no table with a Rec ID column; it must be a letter or brief made by rectrack or the tracker's pane, with its table kept.",
  replyNoIdColumn: "{path}: its table has no Rec ID column.",
  replyNoFields:
    "{path}: its table has no column the tracker can take (Accepted, Authority response, Deadline, Implementation, Verified...).",
  letterLang: '--lang takes en, fr or es, not "{value}".',
  letterNotDocx: "{out}: the document is written as a Word file; name it .docx.",
  letterWrote:
    "Wrote {out}: {count, plural, one {# recommendation} other {# recommendations}} for {party}{ids}.",
  logNoIds: "--id names no Rec ID; give one or more, separated by commas.",
  logRecorded:
    "Recorded in {path}: {events, plural, one {# event} other {# events}}; {updated, plural, one {# recommendation} other {# recommendations}} with current values changed.",
  logNothing: "Nothing was written to {path}.",
  logUnknownIds: "No row holds these Rec IDs: {ids}.",
  logRepeatedIds: "Left out, as several rows hold them (which one is meant?): {ids}.",
  historyAsOf:
    "On {day}, {count, plural, one {# recommendation} other {# recommendations}} had been made{noHistory}:",
  historyNoHistory: " (no history: each with its current implementation)",
  historyEvents: "{count, plural, one {# event} other {# events}} in {path}{wanted}{deadline}.",
  historyFor: " for {id}",
  historyDeadline: " (reply deadline: {days} days)",
  // --help: commander's words, the arguments' names and every description (the same in each language's help)
  help_usage: "Usage:",
  help_arguments: "Arguments:",
  help_options: "Options:",
  help_globalOptions: "Global Options:",
  help_commands: "Commands:",
  help_usageOptions: "[options]",
  help_usageCommand: "[command]",
  help_choices: "choices: {choices}",
  help_default: "default: {value}",
  help_help: "show this help",
  help_helpCommand: "show the help of a command",
  help_version: "print the version",
  help_afterError: "(run `rectrack --help` for usage)",
  help_lang: "language of rectrack's messages (default: LANG)",
  help_program:
    "OPCAT Recommendation Tracker: check recommendations against Double-SMART and keep the tracking workbook, on .docx and .xlsx files.",
  arg_tracker: "tracker",
  arg_out: "out",
  arg_report: "report",
  arg_input: "input",
  arg_in: "in",
  arg_reply: "reply",
  help_argTracker: "the tracker .xlsx workbook",
  help_argTrackerInPlace: "the tracker .xlsx workbook (rewritten in place, in one step)",
  help_json: "print the result as one JSON object",
  help_force: "replace OUT if it exists",
  help_todayFollowUp: "date used for the Follow-up sheet (default: today)",
  help_dryRun: "show what would change; write nothing",
  help_sheetLang: "language of headers, lists and sheet names",
  help_keyLimit:
    "the most key recommendations your NPM makes in one report (the data check warns beyond it); none removes the limit",
  help_exit: "Exit status: {text}",
  // check
  help_check: "check recommendations against the Double-SMART checklist",
  help_check_report: "a Word report (.docx) whose recommendations are checked",
  help_check_jsonl: "check the recommendations of a JSON Lines file instead",
  help_check_json: "with a report: print a JSON array instead of text",
  help_check_lang:
    "language of the advice, of the criterion names and of rectrack's messages (default: LANG, else English)",
  help_check_after:
    '--jsonl FILE reads one {input} object per line (optionally "context", the sentences introducing the recommendation) and writes one line per input: {output}. Evidence spans are [start, end) character offsets in "text". Each recommendation is read in its own language (English, French or Spanish, told from its words); --lang sets the language of the advice, whose examples stay in the language of the recommendation.',
  // extract
  help_extract: "list the recommendations found in a Word report (.docx)",
  help_extract_report: "the report, a .docx file",
  help_extract_json: "print a JSON array, one object per recommendation",
  help_extract_after:
    'With --json each object has "text", "paragraph" and, when the report gives them, "addressee", "deadline" (or timeframe, as written) and "repeated". Texts the finder found just below its threshold are listed too, after the others in the text output, with "candidate": true and their "reasons" in JSON: possibly recommendations, for you to decide (tag them in Word, or import them with rectrack import --include-candidates). "paragraph" counts from 1 every paragraph of the document body in order, empty paragraphs and table cells included (as Word counts them); notes, comments and text boxes are never searched.',
  help_extract_exit:
    "0 done (also when none is found), 2 the file is missing or is not a readable Word document.",
  // followup
  help_followup:
    "refresh a tracker's Follow-up sheet: what is overdue, due soon, or implemented but not verified",
  help_followup_today: "date used for overdue and due-soon (default: today)",
  help_followup_exit:
    "0 refreshed (or already up to date); 1 the Follow-up sheet is missing or was changed by hand, so the file was left as it was; 2 bad input, nothing written.",
  // letter, brief, reply, log, history
  help_letter:
    "a Word letter to one authority: its recommendations awaiting a reply or overdue, a covering text to edit, and a table to fill in (Accepted, Authority response, Deadline) that rectrack reply reads back",
  help_brief:
    "a Word brief for the team visiting one place: every open recommendation with its history, and a table to fill in during the visit (Implementation, Verified, Evidence) that rectrack reply reads back",
  help_document_out: "the .docx to write",
  help_letter_authority: "the addressee, as the tracker names it",
  help_brief_place: "the place, as the tracker names it",
  help_document_lang: "the document's language (default: the tracker's): en, fr or es",
  help_document_today: "the letter's date (default: today)",
  help_document_actionPlan: "ask for an action plan rather than a reply (letters)",
  help_reply:
    "read a letter or visit brief that came back filled in (.docx, or its table pasted into an .xlsx): per recommendation, the current value and the new one; the changes update the tracker and append one history event each, in one write",
  help_reply_reply: "the returned .docx, or an .xlsx holding its table",
  help_reply_date: "the day the reply was received (default: today)",
  help_log:
    "record a follow-up event (a reply, a reminder, a meeting, a follow-up visit...) for some recommendations: one row each on the Follow-up history sheet, and their current columns updated in the same write",
  help_log_id: "Rec IDs, separated by commas",
  help_log_kind:
    "draft-sent, response, action-plan, reminder, meeting, follow-up-visit, status-changed or other (or the list's label in the tracker's language)",
  help_log_date: "when it happened, like 2026-03-12",
  help_log_status: "the implementation observed (e.g. implemented, in progress)",
  help_log_accepted: "the acceptance observed (e.g. accepted, rejected)",
  help_log_verified: "the NPM verified the implementation",
  help_log_with: "with whom (the authority, the director, the focal point)",
  help_log_note: "a summary of what happened",
  help_log_link: "a link to the document (the letter, the reply, the minutes)",
  help_log_staff: "the NPM staff who followed it up",
  help_history: "the follow-up events of a tracker, in the order they happened",
  help_history_id: "only this recommendation's events",
  help_history_asOf:
    "instead: each recommendation's implementation on that day, from the history, and how many in each status",
  help_history_json: "print the events as JSON",
  // import
  help_import:
    "add a report's recommendations (.docx) or a batch (.json) to a tracker workbook; imported again, nothing is duplicated and no tracking data is lost",
  help_import_input: "the Word report (.docx) or recommendation batch (.json)",
  help_import_tracker: "the tracker .xlsx workbook (made from the template if it does not exist)",
  help_import_reportDate:
    "the report's date (YYYY-MM-DD), 'Date made' of its recommendations: needed when the report does not say it, and wins over what it says",
  help_import_today:
    "the import's date, for the Follow-up sheet's overdue and due-soon lists (default: today)",
  help_import_acceptTextChanges:
    "where the report's text of a tracked recommendation differs, take the report's text (by default the tracked text is kept and flagged)",
  help_import_includeCandidates:
    "from a report, also import the possible recommendations the finder found just below its threshold and nobody tagged (by default they are left out and counted)",
  help_import_confirmRepeats:
    "link recommendations to the earlier ones they seem to repeat (by default the links are only proposed)",
  help_import_lang: "language of a tracker made from the template",
  help_import_exit:
    "0 imported; 1 imported, but some recommendations are flagged for a look (their tracked text was kept, or they appear twice); 2 bad input, nothing written.",
  // publish
  help_publish:
    "a copy of a Word report for the authorities, without the review data (verdicts, notes, reviewers' names, tracker link)",
  help_publish_report: "the report, a .docx file (never changed)",
  help_publish_out: "the copy to write, a new .docx file",
  help_publish_keepTags:
    "keep the recommendation tags and tracking details (the copy can still be imported)",
  help_publish_json: "print what was removed as one JSON object",
  help_publish_after:
    "Removes what the Word pane keeps in a report for the NPM's own work: the reviewers' verdicts, notes and names and the review states, the add-in's Word comments (with replies to them) and its review sheet, the link to the tracker, and the recommendation tags (kept with --keep-tags, without the review data). Everything else stays exactly as it was, other people's comments included. OUT is created; an existing file is refused unless --force is given; REPORT is never overwritten.",
  help_publish_exit:
    "0 written, 2 REPORT is missing or not a readable Word document, or OUT exists (or is REPORT); nothing is written then.",
  // template, adopt, validate, upgrade, stats
  help_template:
    "write a new, empty tracker workbook (Recommendations, Dashboard, Follow-up, Follow-up history, Lists)",
  help_template_out: "the .xlsx file to create",
  help_adopt:
    "turn a hand-made tracker into a tracker workbook, keeping the original sheet as it is",
  help_adopt_in: "the hand-made .xlsx workbook (left unchanged)",
  help_adopt_out: "the tracker .xlsx file to create",
  help_adopt_sheet:
    "the sheet holding the recommendations (default: the one that looks most like it)",
  help_adopt_map: "correct the column mapping, e.g. --map {example}",
  help_adopt_json: "print the mapping and notes as JSON",
  help_validate:
    "check a tracker's data: missing fields, values outside the lists, bad or inconsistent dates, duplicate ids",
  help_validate_json: "print the issues as JSON",
  help_validate_strict: "count warnings (follow-up gaps) as problems too",
  help_validate_today: "date used to spot dates in the future (default: today)",
  help_validate_fix:
    "list the list values that could be tidied (near-duplicates merged, combined addressees split); nothing is written without --write",
  help_validate_write: "with --fix: apply those changes to the tracker",
  help_upgrade:
    "bring a tracker made by an earlier version up to date (columns, colours, print settings, Follow-up and Dashboard sheets, the Follow-up history sheet) without changing a value",
  help_upgrade_reorder:
    "also put the columns in the order by task (text first, then follow-up); refused when formulas point at the sheet's cells by position",
  help_stats:
    "the Dashboard's figures: counts and shares by implementation, acceptance, addressee, theme, type of place and year; from the history, the implementation at each year end and the trends (implementation rate by year made, median days to a response and to implementation and replies on time by addressee, repeats by place and theme)",
  help_stats_json: "print the figures as JSON",
  help_stats_today: "date used for overdue and due-soon counts (default: today)",
  help_stats_refresh:
    "also write the figures from the history (the implementation at each year end, medians, replies on time, repeats) and their chart on the Dashboard, in one step",

  // commander's refusals of a command line, by their code (the hint above follows them)
  cli_unknownOption: "error: unknown option '{option}'",
  cli_unknownCommand: "error: unknown command '{command}'",
  cli_didYouMean: "(Did you mean {suggestion}?)",
  cli_missingArgument: "error: missing required argument '{argument}'",
  cli_optionMissingArgument: "error: option '{option}' argument missing",
  cli_missingMandatoryOptionValue: "error: required option '{option}' not specified",
  cli_invalidArgument:
    "error: option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
  cli_excessArguments:
    "error: too many arguments for '{command}'. Expected {expected, plural, one {# argument} other {# arguments}} but got {got}.",
  cli_other: "{sentence}",
};

export type CliMessageKey = keyof typeof en;
export type CliCatalogue = Record<CliMessageKey, string>;

import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  ProgressBar,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { COLUMN_BY_KEY, columnHeader, type ColumnKey } from "../../core/schema/columns";
import { VOCABULARIES, vocabularyLabel, type VocabularyKey } from "../../core/schema/vocabularies";
import type { Language } from "../../core/schema/plan";
import { MAX_KEY_LIMIT } from "../../core/schema/customxml";
import { ExcelHost, Feature, missingFeatures, officeExcelHost } from "../../office/excel";
import { FileChoice } from "../shared/FileChoice";
import { DoubleSmartGuide, FirstRun, HelpLink } from "../shared/Guidance";
import type { Translate } from "../shared/i18n";
import { ImportPreview } from "../shared/ImportPreview";
import { selectedCount } from "../shared/importChoices";
import type { PaneBodyProps } from "../shared/mountPane";
import { Notices, type ShownNotice } from "../shared/Notices";
import { ExcelIntents, useExcelPane } from "./controller";
import { FiguresSection } from "./FiguresSection";
import { ExcelTranslate, excelTranslator } from "./i18n";
import type { ExcelMessageKey } from "./i18n";
import {
  adoptableSheets,
  BusyAction,
  canRecordEvent,
  EventField,
  ImportDateSource,
  canAdopt,
  chosenTidy,
  featureKey,
  issueCounts,
  issueLines,
  mappingChoices,
  mappingRows,
  Notice,
  PaneState,
  Tab as PaneTab,
  tidyLine,
} from "./state";
import { proposalId } from "../../core/tracker/tidy";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  nextSteps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  issue: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    minHeight: "32px",
  },
  counts: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: tokens.spacingVerticalXS,
    margin: 0,
  },
  count: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "end" },
  hint: { color: tokens.colorNeutralForeground2 },
  // One row at any width (320 px, French): the tabs share it, a long name takes two lines inside its tab.
  tabs: {
    display: "flex",
    flexWrap: "nowrap",
    gap: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    borderRadius: 0,
    flex: "1 1 auto",
    minWidth: 0,
    whiteSpace: "normal",
    paddingInline: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  focusTarget: {
    margin: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  // Import and Cancel stay in sight at the bottom of the pane however long the preview is.
  stickyActions: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  selectedTab: {
    borderRadius: 0,
    flex: "1 1 auto",
    minWidth: 0,
    whiteSpace: "normal",
    paddingInline: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const BUSY_KEYS: Record<BusyAction, ExcelMessageKey> = {
  read: "workingRead",
  apply: "workingApply",
  upgrade: "workingUpgrade",
  adopt: "workingAdopt",
  quality: "workingQuality",
  followUp: "workingFollowUp",
  figures: "workingFigures",
  record: "workingRecord",
  letter: "workingLetter",
  reply: "workingReply",
  select: "workingSelect",
  show: "workingShow",
  importRead: "workingImportRead",
  import: "workingImport",
  tidy: "workingTidy",
};

const DATE_FROM_KEYS: Record<ImportDateSource, ExcelMessageKey> = {
  report: "importDateFromReport",
  word: "importDateFromWord",
  given: "importDateGiven",
  batch: "importDateFromBatch",
};

const LANGUAGE_KEYS: Record<Language, ExcelMessageKey> = {
  en: "languageEn",
  fr: "languageFr",
  es: "languageEs",
};

function featureList(features: readonly string[], t: ExcelTranslate): string {
  return features.map((feature) => t(featureKey(feature as Feature))).join("; ");
}

function noticeText(notice: Notice, t: ExcelTranslate): string {
  const values = { ...notice.values };
  if (notice.key === "skippedFeatures" && values.features)
    values.features = featureList(values.features.split(","), t);
  return t(notice.key, values);
}

const TITLE_KEYS: Record<Notice["intent"], ExcelMessageKey> = {
  error: "errorTitle",
  warning: "warningTitle",
  success: "doneTitle",
};

/** A notice as the shared notice area shows it: Office's own words, when kept, under ours. */
function shown(notice: Notice, t: ExcelTranslate): ShownNotice {
  return {
    id: notice.id,
    intent: notice.intent,
    key: notice.key,
    title: t(TITLE_KEYS[notice.intent]),
    text: noticeText(notice, t),
    ...(notice.details ? { details: t("errorDetails", { details: notice.details }) } : {}),
  };
}

interface SectionProps {
  state: PaneState;
  intents: ExcelIntents;
  t: ExcelTranslate;
  host?: ExcelHost | null;
  /** The shell's translator, for the shared components (the import preview). */
  shellT?: Translate;
  language?: Language;
}

function Progress({
  state,
  t,
  language,
}: SectionProps & { language: Language }): React.JSX.Element {
  const numbers = new Intl.NumberFormat(language);
  const progress = state.progress;
  const label = state.busy
    ? [
        t(BUSY_KEYS[state.busy]),
        progress
          ? t("progressRows", {
              done: numbers.format(progress.done),
              total: numbers.format(progress.total),
            })
          : "",
      ]
        .filter(Boolean)
        .join(" ")
    : "";
  return (
    <div aria-live="polite" aria-busy={state.busy !== null}>
      {state.busy ? (
        <Field validationMessage={label} validationState="none">
          <ProgressBar
            aria-label={label}
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
        </Field>
      ) : null}
    </div>
  );
}

/** The most key recommendations per report: kept in the tracker, written by Create or Upgrade. */
function KeyLimitField({ state, intents, t }: SectionProps): React.JSX.Element {
  return (
    <Field label={t("keyLimit")} hint={t("keyLimitHint")}>
      <Input
        type="number"
        min={1}
        max={MAX_KEY_LIMIT}
        value={state.keyLimit === null ? "" : String(state.keyLimit)}
        disabled={state.busy !== null}
        onChange={(_e, data) =>
          intents.dispatch({
            type: "keyLimit",
            limit: data.value.trim() === "" ? null : Number(data.value),
          })
        }
      />
    </Field>
  );
}

function SetupSection({ state, intents, t }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const tracker = state.workbook?.tracker ?? null;
  const sheets = state.workbook ? adoptableSheets(state.workbook) : [];
  const ready = tracker !== null && tracker.upToDate && tracker.inTaskOrder && !state.reorder;
  return (
    <div className={styles.stack}>
      {state.workbook?.metadataProblem ? (
        <Caption1 className={styles.hint}>
          {t("metadataDamaged", { problem: state.workbook.metadataProblem })}
        </Caption1>
      ) : null}
      {tracker ? (
        <>
          <Body1>
            {t("trackerFound", {
              sheet: tracker.sheet,
              rows: String(tracker.rows),
              language: t(LANGUAGE_KEYS[tracker.language]),
            })}{" "}
            {tracker.missing.length > 0
              ? t("trackerMissing", { columns: tracker.missing.join(", ") })
              : t("trackerUpToDate")}
          </Body1>
          {tracker.history ? null : <Body1>{t("trackerNoHistory")}</Body1>}
          <Caption1 className={styles.hint}>{t("upgradeSafe")}</Caption1>
          {tracker.inTaskOrder ? null : (
            <Field hint={t("reorderHint")}>
              <Checkbox
                checked={state.reorder}
                disabled={busy}
                label={t("reorderChoice")}
                onChange={(_e, data) =>
                  intents.dispatch({ type: "reorder", reorder: data.checked === true })
                }
              />
            </Field>
          )}
          <KeyLimitField state={state} intents={intents} t={t} />
          <div className={styles.row}>
            {ready ? (
              // The tracker is made: the next step is to import a report into it.
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => intents.dispatch({ type: "tab", tab: "import" })}
              >
                {t("nextImport")}
              </Button>
            ) : null}
            <Button
              appearance={ready ? "secondary" : "primary"}
              disabled={busy}
              onClick={() => void intents.apply()}
            >
              {ready ? t("reapplyTracker") : t("upgradeTracker")}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Body1>{state.workbook ? t("noTracker") : ""}</Body1>
          <KeyLimitField state={state} intents={intents} t={t} />
          <div className={styles.row}>
            <Field label={t("trackerLanguage")}>
              <Select
                value={state.language}
                onChange={(_e, data) =>
                  intents.dispatch({ type: "language", language: data.value as Language })
                }
              >
                {(["en", "fr", "es"] as const).map((language) => (
                  <option key={language} value={language}>
                    {t(LANGUAGE_KEYS[language])}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              appearance="primary"
              disabled={busy || !state.workbook}
              onClick={() => void intents.apply()}
            >
              {t("createTracker")}
            </Button>
          </div>
          {sheets.length > 0 ? <AdoptSection state={state} intents={intents} t={t} /> : null}
        </>
      )}
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void intents.refresh()}>
          {t("checkWorkbook")}
        </Button>
      </div>
    </div>
  );
}

function AdoptSection({ state, intents, t }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const sheets = state.workbook ? adoptableSheets(state.workbook) : [];
  const draft = state.draft;
  const choices = mappingChoices(state.language);
  return (
    <section className={styles.stack} aria-labelledby="adopt-heading">
      <Subtitle2 as="h3" id="adopt-heading">
        {t("adoptHeading")}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t("adoptIntro")}</Caption1>
      <div className={styles.row}>
        <Field label={t("adoptSheet")}>
          <Select
            value={state.adoptSheet ?? ""}
            onChange={(_e, data) => intents.dispatch({ type: "chooseSheet", sheet: data.value })}
          >
            {sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {t("adoptSheetOption", { name: sheet.name, rows: String(sheet.rows) })}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy || !state.adoptSheet} onClick={() => void intents.readForAdopt()}>
          {t("adoptRead")}
        </Button>
      </div>
      {draft ? (
        <section className={styles.stack} aria-labelledby="mapping-heading">
          <Subtitle2 as="h3" id="mapping-heading">
            {t("mappingHeading")}
          </Subtitle2>
          <Caption1 className={styles.hint}>{t("mappingIntro")}</Caption1>
          {mappingRows(draft).map((row) => (
            <Field
              key={row.index}
              label={t("mappingColumn", {
                letter: row.letter,
                header: row.header || t("mappingEmptyHeader"),
              })}
              hint={
                [
                  row.samples.length > 0
                    ? t("mappingSamples", {
                        samples: row.samples.map((sample) => `“${sample}”`).join(", "),
                      })
                    : "",
                  row.byUser
                    ? t("mappingUser")
                    : row.key
                      ? t("mappingSure", { percent: String(Math.round(row.confidence * 100)) })
                      : "",
                ]
                  .filter(Boolean)
                  .join(" · ") || undefined
              }
            >
              <Select
                value={row.key ?? ""}
                onChange={(_e, data) =>
                  intents.dispatch({
                    type: "mapColumn",
                    index: row.index,
                    key: (data.value || null) as ColumnKey | null,
                  })
                }
              >
                <option value="">{t("mappingOwn")}</option>
                {choices.map((choice) => (
                  <option key={choice.key} value={choice.key}>
                    {choice.label}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {canAdopt(draft) ? null : <Body1 role="alert">{t("mappingNeedsText")}</Body1>}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy || !canAdopt(draft)}
              onClick={() => void intents.adopt()}
            >
              {t("adoptRun")}
            </Button>
          </div>
        </section>
      ) : null}
    </section>
  );
}

function ImportSection({ state, intents, t, shellT, language }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const tracker = state.workbook?.tracker ?? null;
  const draft = state.importDraft;
  const outcome = state.importOutcome;
  const count = draft ? selectedCount(draft.plan, draft.choices) : 0;
  // The Import button goes away with the preview: focus moves to the summary so keyboard and screen-reader users land on it.
  const summaryHeading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (outcome) summaryHeading.current?.focus();
  }, [outcome]);
  return (
    <div className={styles.stack}>
      <Caption1 className={styles.hint}>{t("importIntro")}</Caption1>
      {state.workbook && !tracker ? <Body1>{t("importNeedsTracker")}</Body1> : null}
      <FileChoice
        id="import-file"
        label={t("importChoose")}
        button={shellT ? shellT("fileChoose") : t("importChoose")}
        none={shellT ? shellT("fileNone") : ""}
        chosen={draft?.fileName ?? ""}
        hint={t("importChooseHint")}
        accept=".docx,.json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json"
        disabled={!tracker}
        busy={busy}
        onFile={(file) => void intents.chooseImportFile(file)}
      />
      {draft && shellT && language ? (
        <section className={styles.stack} aria-labelledby="import-preview-heading">
          <Subtitle2 as="h3" id="import-preview-heading">
            {t("importFrom", { file: draft.fileName, report: draft.report })}
          </Subtitle2>
          {draft.reference ? (
            <Caption1 className={styles.hint}>
              {t("importReference", { reference: draft.reference })}
            </Caption1>
          ) : null}
          {draft.tagged === false ? (
            <Caption1 className={styles.hint}>{t("importUntagged")}</Caption1>
          ) : null}
          <Field
            label={t("importDateLabel")}
            validationState={draft.reportDate ? "none" : "warning"}
            validationMessage={draft.reportDate ? undefined : t("importDateMissing")}
            hint={
              draft.reportDate && draft.dateFrom
                ? t(DATE_FROM_KEYS[draft.dateFrom], { line: draft.dateLine })
                : undefined
            }
          >
            <Input
              type="date"
              value={draft.reportDate}
              disabled={busy}
              onChange={(_e, data) => void intents.setReportDate(data.value)}
            />
          </Field>
          {draft.warnings.length > 0 ? (
            <ul className={styles.list}>
              {draft.warnings.map((warning, i) => (
                <li key={i}>
                  <Caption1>{t("importWarning", { message: warning })}</Caption1>
                </li>
              ))}
            </ul>
          ) : null}
          <ImportPreview
            plan={draft.plan}
            choices={draft.choices}
            onChange={(choices) => intents.dispatch({ type: "importChoices", choices })}
            t={shellT}
            language={language}
            disabled={busy}
            dateGiven={draft.dateFrom === "given"}
            candidates={draft.candidates}
          />
          <div className={styles.stickyActions}>
            <Button
              appearance="primary"
              disabled={busy || count === 0 || !draft.reportDate}
              onClick={() => void intents.runImport()}
            >
              {t("importRun", { count: String(count) })}
            </Button>
            <Button
              disabled={busy}
              onClick={() => intents.dispatch({ type: "importDraft", draft: null })}
            >
              {t("importCancel")}
            </Button>
          </div>
        </section>
      ) : null}
      {outcome ? (
        <section className={styles.stack} aria-labelledby="import-summary-heading">
          <h3
            id="import-summary-heading"
            tabIndex={-1}
            ref={summaryHeading}
            className={styles.focusTarget}
          >
            <Subtitle2>{t("importSummaryHeading", { file: outcome.fileName })}</Subtitle2>
          </h3>
          <Body1 role="status">
            {t("importSummary", {
              added: String(outcome.summary.added),
              updated: String(outcome.summary.updated),
              unchanged: String(outcome.summary.unchanged),
              flagged: String(outcome.summary.flagged),
            })}
          </Body1>
          <dl className={styles.counts}>
            <dt>{t("importAdded")}</dt>
            <dd className={styles.count}>{outcome.summary.added}</dd>
            <dt>{t("importUpdated")}</dt>
            <dd className={styles.count}>{outcome.summary.updated}</dd>
            {outcome.summary.corrected > 0 ? (
              <>
                <dt>{t("importCorrectedLabel")}</dt>
                <dd className={styles.count}>{outcome.summary.corrected}</dd>
              </>
            ) : null}
            <dt>{t("importUnchanged")}</dt>
            <dd className={styles.count}>{outcome.summary.unchanged}</dd>
            <dt>{t("importFlagged")}</dt>
            <dd className={styles.count}>{outcome.summary.flagged}</dd>
          </dl>
          {outcome.summary.corrected > 0 ? (
            <Caption1>
              {t("importCorrected", { count: String(outcome.summary.corrected) })}
            </Caption1>
          ) : null}
          {outcome.listEntries > 0 ? (
            <Caption1 className={styles.hint}>
              {t("importListEntries", { count: String(outcome.listEntries) })}
            </Caption1>
          ) : null}
          <NextSteps state={state} intents={intents} t={t} />
        </section>
      ) : null}
    </div>
  );
}

/** After an import: where to look next, the sheets it wrote to. */
function NextSteps({ state, intents, t }: SectionProps): React.JSX.Element | null {
  const styles = useStyles();
  const workbook = state.workbook;
  const steps: { key: string; label: string; sheet: "tracker" | "dashboard" }[] = [];
  if (workbook?.tracker)
    steps.push({
      key: "tracker",
      label: t("importShowTracker", { sheet: workbook.tracker.sheet }),
      sheet: "tracker",
    });
  if (workbook?.dashboard)
    steps.push({
      key: "dashboard",
      label: t("importShowDashboard", { sheet: workbook.dashboard }),
      sheet: "dashboard",
    });
  if (steps.length === 0) return null;
  return (
    <nav aria-label={t("importNextSteps")} data-testid="import-next">
      <ul className={styles.nextSteps}>
        {steps.map((step) => (
          <li key={step.key}>
            <Link
              as="button"
              disabled={state.busy !== null}
              onClick={() => void intents.showSheet(step.sheet)}
            >
              {step.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function QualitySection({ state, intents, t, language }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const view = state.quality;
  const { lines, total } = view ? issueLines(view) : { lines: [], total: 0 };
  const counts = view ? issueCounts(view.issues) : { errors: 0, warnings: 0 };
  return (
    <div className={styles.stack}>
      <Caption1 className={styles.hint}>{t("qualityIntro")}</Caption1>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy !== null}
          onClick={() => void intents.checkQuality()}
        >
          {t("qualityRun")}
        </Button>
      </div>
      {view ? (
        <Body1 role="status">
          {total === 0
            ? t("qualityNone", { rows: String(view.rows) })
            : t("qualitySummary", {
                errors: String(counts.errors),
                warnings: String(counts.warnings),
                rows: String(view.rows),
              })}
        </Body1>
      ) : null}
      {lines.length > 0 ? (
        <ul className={styles.list} aria-label={t("qualityListLabel")}>
          {lines.map((line) => (
            <li key={line.id}>
              <Button
                className={styles.issue}
                appearance="subtle"
                disabled={!line.target}
                onClick={() => void intents.goTo(line)}
              >
                {`${t(line.issue.severity === "error" ? "severityError" : "severityWarning")}: ${t(
                  "qualityIssue",
                  {
                    row: String(line.issue.row),
                    column: line.columnLabel ?? t("qualityNoColumn"),
                    message: line.issue.message,
                  }
                )}`}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {total > lines.length ? (
        <Caption1>
          {t("qualityShown", { shown: String(lines.length), total: String(total) })}
        </Caption1>
      ) : null}
      {view ? <TidySection state={state} intents={intents} t={t} /> : null}
      <DriftSection state={state} intents={intents} t={t} language={language} />
    </div>
  );
}

/** The data check's offer to tidy the lists: each proposal ticked at first, one button to apply those kept. */
function TidySection({ state, intents, t }: SectionProps): React.JSX.Element | null {
  const styles = useStyles();
  const view = state.quality;
  if (!view) return null;
  const chosen = new Set(view.tidyChosen);
  const count = chosenTidy(view).length;
  return (
    <section className={styles.stack} aria-labelledby="tidy-heading">
      <Subtitle2 as="h3" id="tidy-heading">
        {t("tidyHeading")}
      </Subtitle2>
      {view.tidy.length === 0 ? (
        <Body1>{t("tidyNone")}</Body1>
      ) : (
        <>
          <Caption1 className={styles.hint}>{t("tidyIntro")}</Caption1>
          <ul className={styles.list} aria-labelledby="tidy-heading">
            {view.tidy.map((proposal) => {
              const id = proposalId(proposal);
              const line = tidyLine(proposal, view);
              return (
                <li key={id}>
                  <Checkbox
                    checked={chosen.has(id)}
                    disabled={state.busy !== null}
                    label={t(line.key, line.values)}
                    onChange={(_e, data) =>
                      intents.dispatch({ type: "tidyChoice", id, chosen: data.checked === true })
                    }
                  />
                </li>
              );
            })}
          </ul>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={state.busy !== null || count === 0}
              onClick={() => void intents.applyTidy()}
            >
              {t("tidyRun", { count: String(count) })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function FollowUpSection({ state, intents, t, shellT, language }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const result = state.followUp;
  return (
    <div className={styles.stack}>
      <Caption1 className={styles.hint}>{t("followUpIntro")}</Caption1>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy !== null}
          onClick={() => void intents.refreshFollowUp()}
        >
          {t("followUpRun")}
        </Button>
      </div>
      {result ? (
        <>
          <Body1 role="status">
            {t("followUpDone", { sheet: result.sheet, rows: String(result.rows) })}
          </Body1>
          <dl className={styles.counts}>
            <dt>{t("countOverdue")}</dt>
            <dd className={styles.count}>{result.overdue}</dd>
            <dt>{t("countDueSoon", { days: String(state.dueSoonDays) })}</dt>
            <dd className={styles.count}>{result.dueSoon}</dd>
            <dt>{t("countNotVerified")}</dt>
            <dd className={styles.count}>{result.notVerified}</dd>
            {result.replyOverdue !== null ? (
              <>
                <dt>{t("countReplyOverdue")}</dt>
                <dd className={styles.count}>{result.replyOverdue}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
      <EventSection state={state} intents={intents} t={t} language={language} />
      <LettersSection state={state} intents={intents} t={t} shellT={shellT} language={language} />
      <FiguresSection state={state} intents={intents} t={t} />
    </div>
  );
}

/** A list's values as options, worded in the pane's language (the tracker stores the key). */
function choiceOptions(vocabulary: VocabularyKey, language: Language): React.JSX.Element[] {
  return VOCABULARIES[vocabulary].values.map((value) => (
    <option key={value.key} value={value.key}>
      {vocabularyLabel(vocabulary, value.key, language) ?? value.key}
    </option>
  ));
}

/** Shown ids: the first ten, then how many more. */
function idList(ids: readonly string[]): string {
  return ids.length > 10
    ? `${ids.slice(0, 10).join(", ")}, … (+${ids.length - 10})`
    : ids.join(", ");
}

/** "Record a follow-up event" for the rows selected in the sheet: one step, History and current columns together. */
function EventSection({ state, intents, t, language = "en" }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const draft = state.eventDraft;
  const busy = state.busy !== null;
  const set = (field: EventField) => (value: string) =>
    intents.dispatch({ type: "eventField", field, value });
  return (
    <section className={styles.stack} aria-labelledby="event-heading">
      <Subtitle2 as="h3" id="event-heading">
        {t("eventHeading")}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t("eventIntro")}</Caption1>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void intents.takeSelection()}>
          {t("eventTake")}
        </Button>
      </div>
      <Field label={t("eventIds")} hint={t("eventIdsHint")}>
        <Input
          value={draft.idsText}
          disabled={busy}
          onChange={(_e, data) => intents.dispatch({ type: "eventIds", text: data.value })}
        />
      </Field>
      {draft.ids.length > 0 ? (
        <Body1 role="status">
          {t("eventTaken", { count: String(draft.ids.length), ids: idList(draft.ids) })}
        </Body1>
      ) : null}
      {draft.withoutId > 0 ? (
        <Caption1>{t("eventWithoutId", { count: String(draft.withoutId) })}</Caption1>
      ) : null}
      <Field label={t("eventKind")}>
        <Select value={draft.kind} disabled={busy} onChange={(_e, data) => set("kind")(data.value)}>
          {choiceOptions("eventKind", language)}
        </Select>
      </Field>
      <Field label={t("eventDate")}>
        <Input
          type="date"
          value={draft.date}
          disabled={busy}
          onChange={(_e, data) => set("date")(data.value)}
        />
      </Field>
      <Field label={t("eventWith")}>
        <Input
          value={draft.with}
          disabled={busy}
          onChange={(_e, data) => set("with")(data.value)}
        />
      </Field>
      <Field label={t("eventSummary")}>
        <Textarea
          value={draft.summary}
          disabled={busy}
          onChange={(_e, data) => set("summary")(data.value)}
        />
      </Field>
      <Field label={t("eventStatus")}>
        <Select
          value={draft.status}
          disabled={busy}
          onChange={(_e, data) => set("status")(data.value)}
        >
          <option value="">{t("eventUnchanged")}</option>
          {choiceOptions("status", language)}
        </Select>
      </Field>
      <Field label={t("eventAccepted")}>
        <Select
          value={draft.accepted}
          disabled={busy}
          onChange={(_e, data) => set("accepted")(data.value)}
        >
          <option value="">{t("eventUnchanged")}</option>
          {choiceOptions("accepted", language)}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !canRecordEvent(draft)}
          onClick={() => void intents.recordEvent()}
        >
          {t("eventRun", { count: String(draft.ids.length) })}
        </Button>
      </div>
    </section>
  );
}

/** A stored value as the reply preview shows it, in the pane's language. */
function shownValue(key: ColumnKey, value: unknown, t: ExcelTranslate, language: Language): string {
  if (value === null || value === undefined || value === "") return t("driftEmpty");
  if (typeof value === "boolean")
    return vocabularyLabel("yesNo", value ? "yes" : "no", language) ?? String(value);
  const vocabulary = COLUMN_BY_KEY.get(key)?.vocabulary;
  return (vocabulary && vocabularyLabel(vocabulary, String(value), language)) || String(value);
}

/** Letters to an authority and briefs for a visit, as .docx files, and the replies read back. */
function LettersSection({
  state,
  intents,
  t,
  shellT,
  language = "en",
}: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const letter = state.letter;
  const draft = state.replyDraft;
  const skip = new Set(draft?.skip ?? []);
  const items = draft ? draft.plan.items.filter((item) => item.changes.length > 0) : [];
  const chosen = items.filter((item) => !skip.has(item.id) && !item.textChanged).length;
  return (
    <section className={styles.stack} aria-labelledby="letters-heading">
      <Subtitle2 as="h3" id="letters-heading">
        {t("letterHeading")}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t("letterIntro")}</Caption1>
      <Field label={t("letterKind")}>
        <Select
          value={letter.kind}
          disabled={busy}
          onChange={(_e, data) =>
            intents.dispatch({ type: "letterField", field: "kind", value: data.value })
          }
        >
          <option value="letter">{t("letterKindLetter")}</option>
          <option value="brief">{t("letterKindBrief")}</option>
        </Select>
      </Field>
      <Field label={t(letter.kind === "letter" ? "letterAuthority" : "letterPlace")}>
        <Input
          value={letter.party}
          disabled={busy}
          onChange={(_e, data) =>
            intents.dispatch({ type: "letterField", field: "party", value: data.value })
          }
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !letter.party.trim()}
          onClick={() => void intents.prepareDocument()}
        >
          {t(letter.kind === "letter" ? "letterRun" : "briefRun")}
        </Button>
      </div>
      <FileChoice
        id="reply-file"
        label={t("replyChoose")}
        button={shellT ? shellT("fileChoose") : t("replyChoose")}
        none={shellT ? shellT("fileNone") : ""}
        chosen={draft?.fileName ?? ""}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={busy}
        onFile={(file) => void intents.chooseReplyFile(file)}
      />
      {draft ? (
        <section className={styles.stack} aria-labelledby="reply-heading">
          <Subtitle2 as="h4" id="reply-heading">
            {t("replyHeading", { file: draft.fileName })}
          </Subtitle2>
          {items.length === 0 ? <Body1>{t("replyNothing", { file: draft.fileName })}</Body1> : null}
          <ul className={styles.list} aria-labelledby="reply-heading">
            {items.map((item) => (
              <li key={item.id}>
                <Checkbox
                  checked={!skip.has(item.id) && !item.textChanged}
                  disabled={busy || Boolean(item.textChanged)}
                  label={t("replyItem", {
                    id: item.id,
                    changes: item.changes
                      .map((change) =>
                        t("replyChange", {
                          column: columnHeader(change.key, language),
                          before: shownValue(change.key, change.before, t, language),
                          after: shownValue(change.key, change.after, t, language),
                        })
                      )
                      .join("; "),
                  })}
                  onChange={(_e, data) =>
                    intents.dispatch({
                      type: "replySkip",
                      id: item.id,
                      skip: data.checked !== true,
                    })
                  }
                />
                {item.textChanged ? <Caption1>{t("replyTextChanged")}</Caption1> : null}
              </li>
            ))}
            {draft.plan.items.flatMap((item) =>
              item.invalid.map((bad) => (
                <li key={`${item.id}:${bad.key}`}>
                  <Body1>
                    {t("replyInvalid", {
                      id: item.id,
                      column: columnHeader(bad.key, language),
                      value: bad.value,
                    })}
                  </Body1>
                </li>
              ))
            )}
          </ul>
          {draft.plan.unknownIds.length > 0 ? (
            <Body1>
              {t("replyUnknown", { ids: draft.plan.unknownIds.map((u) => u.id).join(", ") })}
            </Body1>
          ) : null}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy || chosen === 0}
              onClick={() => void intents.applyReply()}
            >
              {t("replyApply", { count: String(chosen) })}
            </Button>
          </div>
        </section>
      ) : null}
    </section>
  );
}

/** The data check's offer to record what was typed in the sheet since the last recorded event. */
function DriftSection({
  state,
  intents,
  t,
  language = "en",
}: SectionProps): React.JSX.Element | null {
  const styles = useStyles();
  const drift = state.quality?.drift ?? [];
  if (drift.length === 0) return null;
  const shown = (field: "status" | "accepted", key: string) =>
    key ? (vocabularyLabel(field, key, language) ?? key) : t("driftEmpty");
  return (
    <section className={styles.stack} aria-labelledby="drift-heading">
      <Subtitle2 as="h3" id="drift-heading">
        {t("driftHeading")}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby="drift-heading">
        {drift.slice(0, 50).map((item) => (
          <li key={`${item.id}:${item.field}`}>
            <Body1>
              {t("driftLine", {
                id: item.id,
                field: t(item.field === "status" ? "driftStatus" : "driftAccepted"),
                current: shown(item.field, item.current),
                since: item.since,
                recorded: shown(item.field, item.recorded),
              })}
            </Body1>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy !== null}
          onClick={() => void intents.recordDrift()}
        >
          {t("driftRun", { count: String(drift.length) })}
        </Button>
      </div>
    </section>
  );
}

function SettingsSection({ state, intents, t, host }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const missing = host ? missingFeatures(host) : [];
  return (
    <div className={styles.stack}>
      <Field label={t("settingsDueSoon")}>
        <Input
          type="number"
          min={1}
          max={365}
          value={String(state.dueSoonDays)}
          onChange={(_e, data) =>
            intents.dispatch({ type: "dueSoonDays", days: Number(data.value) })
          }
        />
      </Field>
      <Subtitle2 as="h3">{t("settingsExcel")}</Subtitle2>
      <Body1>
        {missing.length === 0
          ? t("settingsAllFeatures")
          : t("settingsMissing", { features: featureList(missing, t) })}
      </Body1>
    </div>
  );
}

const TABS: {
  value: PaneTab;
  key: ExcelMessageKey;
  Section: (props: SectionProps) => React.JSX.Element;
}[] = [
  { value: "setup", key: "tabSetup", Section: SetupSection },
  { value: "import", key: "tabImport", Section: ImportSection },
  { value: "quality", key: "tabQuality", Section: QualitySection },
  { value: "followUp", key: "tabFollowUp", Section: FollowUpSection },
  { value: "settings", key: "tabSettings", Section: SettingsSection },
];

/**
 * The sections as ARIA tabs: arrow keys, Home and End move between them, one
 * tab stop. Written out rather than Fluent's TabList, whose focus helpers add
 * hidden focusable elements that screen-reader checks (axe) reject.
 */
function TabBar({
  selected,
  onSelect,
  t,
}: {
  selected: PaneTab;
  onSelect: (tab: PaneTab) => void;
  t: ExcelTranslate;
}): React.JSX.Element {
  const styles = useStyles();
  const refs = React.useRef(new Map<PaneTab, HTMLButtonElement>());
  const move = (event: React.KeyboardEvent, index: number) => {
    const last = TABS.length - 1;
    const keys: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(TABS[next].value);
    refs.current.get(TABS[next].value)?.focus();
  };
  return (
    <div role="tablist" aria-label={t("tabsLabel")} className={styles.tabs}>
      {TABS.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <Button
            key={tab.value}
            ref={(element: HTMLButtonElement | null) => {
              if (element) refs.current.set(tab.value, element);
              else refs.current.delete(tab.value);
            }}
            role="tab"
            id={`tab-${tab.value}`}
            aria-selected={isSelected}
            aria-controls={`panel-${tab.value}`}
            tabIndex={isSelected ? 0 : -1}
            appearance="subtle"
            className={isSelected ? styles.selectedTab : styles.tab}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {t(tab.key)}
          </Button>
        );
      })}
    </div>
  );
}

function Pane({
  host,
  language,
  shellT,
}: {
  host: ExcelHost | null;
  language: Language;
  shellT: Translate;
}): React.JSX.Element {
  const t = React.useMemo(() => excelTranslator(language), [language]);
  const [state, intents] = useExcelPane(host, language);
  const styles = useStyles();
  const current = TABS.find((tab) => tab.value === state.tab) ?? TABS[0];
  const [guide, setGuide] = React.useState(false);
  const dismiss = React.useCallback(
    (id: number) => intents.dispatch({ type: "dismiss", id }),
    [intents]
  );
  if (guide)
    return (
      <div className={styles.stack}>
        <DoubleSmartGuide t={shellT} onBack={() => setGuide(false)} />
      </div>
    );
  return (
    <div className={styles.stack}>
      {state.workbook && !state.workbook.tracker ? (
        <FirstRun
          pane="excel"
          title={t("firstRunTitle")}
          steps={[t("firstRunStep1"), t("firstRunStep2"), t("firstRunStep3")]}
          t={shellT}
        >
          <Button size="small" appearance="subtle" onClick={() => setGuide(true)}>
            {shellT("guideTitle")}
          </Button>
          <HelpLink language={language} t={shellT} />
        </FirstRun>
      ) : null}
      <TabBar
        selected={state.tab}
        onSelect={(tab: PaneTab) => intents.dispatch({ type: "tab", tab })}
        t={t}
      />
      <Progress state={state} intents={intents} t={t} language={language} />
      <Notices
        notices={state.notices.map((n) => shown(n, t))}
        label={t("messagesLabel")}
        dismissLabel={t("dismiss")}
        onDismiss={dismiss}
      />
      <div
        role="tabpanel"
        id={`panel-${current.value}`}
        aria-labelledby={`tab-${current.value}`}
        tabIndex={0}
      >
        <current.Section
          state={state}
          intents={intents}
          t={t}
          host={host}
          shellT={shellT}
          language={language}
        />
      </div>
      <div className={styles.row}>
        <Button size="small" appearance="subtle" onClick={() => setGuide(true)}>
          {shellT("guideTitle")}
        </Button>
        <HelpLink language={language} t={shellT} />
      </div>
    </div>
  );
}

/** The Excel pane body: the Office calls only once the shell knows it runs in Excel. */
export function ExcelPane({ language, hostState, t }: PaneBodyProps): React.JSX.Element {
  const inExcel = hostState.phase === "ready" && hostState.host.kind === "excel";
  const host = React.useMemo(() => (inExcel ? officeExcelHost() : null), [inExcel]);
  if (!host) {
    return (
      <Body1>{hostState.phase === "loading" ? "" : excelTranslator(language)("notInExcel")}</Body1>
    );
  }
  return <Pane host={host} language={language} shellT={t} />;
}

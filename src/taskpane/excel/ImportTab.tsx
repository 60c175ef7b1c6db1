/**
 * Import: a report or a file saved from Word, previewed, imported, summarised, with the next steps,
 * through the one import flow both panes share (src/taskpane/shared/ImportFlow.tsx).
 */
import * as React from "react";
import { Body1, Caption1, Field, Input } from "@fluentui/react-components";
import { FileChoice } from "../shared/FileChoice";
import { ImportFlow, NextStep, WrittenSummary } from "../shared/ImportFlow";
import { SectionProps, fileWords } from "./Section";
import { useStyles } from "./paneStyles";
import { DATE_FROM_KEYS } from "./paneTexts";
import { batchWarningKey } from "./notices";

export function ImportSection(props: SectionProps): React.JSX.Element {
  const { state, intents, t, shellT, language } = props;
  const styles = useStyles();
  const busy = state.busy !== null;
  const tracker = state.workbook?.tracker ?? null;
  const draft = state.importDraft;
  const outcome = state.importOutcome;
  // The Import button goes away with the preview: the summary takes the focus (WrittenSummary).
  return (
    <div className={styles.stack}>
      <Caption1 className={styles.hint}>{t("importIntro")}</Caption1>
      {state.workbook && !tracker ? <Body1>{t("importNeedsTracker")}</Body1> : null}
      <FileChoice
        id="import-file"
        label={t("importChoose")}
        {...fileWords(shellT, t("importChoose"))}
        chosen={draft?.fileName ?? ""}
        hint={t("importChooseHint")}
        accept=".docx,.json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json"
        disabled={!tracker}
        busy={busy}
        onFile={(file) => void intents.chooseImportFile(file)}
      />
      {draft && shellT && language ? (
        <ImportFlow
          heading={t("importFrom", { file: draft.fileName, report: draft.report })}
          plan={draft.plan}
          choices={draft.choices}
          onChoices={(choices) => intents.dispatch({ type: "importChoices", choices })}
          t={shellT}
          language={language}
          busy={busy}
          dateGiven={draft.dateFrom === "given"}
          candidates={draft.candidates}
          ready={Boolean(draft.reportDate)}
          commitLabel={(count) => t("importRun", { count: String(count) })}
          onCommit={() => void intents.runImport()}
          cancelLabel={t("importCancel")}
          onCancel={() => intents.dispatch({ type: "importDraft", draft: null })}
        >
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
                  <Caption1>
                    {t("importWarning", {
                      message: t(batchWarningKey(warning.code), { ...warning.values }),
                    })}
                  </Caption1>
                </li>
              ))}
            </ul>
          ) : null}
        </ImportFlow>
      ) : null}
      {outcome && shellT ? (
        <WrittenSummary
          heading={t("importSummaryHeading", { file: outcome.fileName })}
          status={t("importSummary", {
            added: String(outcome.summary.added),
            updated: String(outcome.summary.updated),
            unchanged: String(outcome.summary.unchanged),
            flagged: String(outcome.summary.flagged),
          })}
          summary={outcome.summary}
          t={shellT}
          notes={
            <>
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
            </>
          }
          next={nextSteps({ state, intents, t })}
        />
      ) : null}
    </div>
  );
}

/** After an import: where to look next, the sheets it wrote to. */
function nextSteps({ state, intents, t }: SectionProps): NextStep[] {
  const workbook = state.workbook;
  const busy = state.busy !== null;
  const steps: NextStep[] = [];
  if (workbook?.tracker)
    steps.push({
      label: t("importShowTracker", { sheet: workbook.tracker.sheet }),
      onClick: () => void intents.showSheet("tracker"),
      disabled: busy,
    });
  if (workbook?.dashboard)
    steps.push({
      label: t("importShowDashboard", { sheet: workbook.dashboard }),
      onClick: () => void intents.showSheet("dashboard"),
      disabled: busy,
    });
  return steps;
}

/** Import: a report or a file saved from Word, previewed, imported, summarised, with the next steps. */
import * as React from "react";
import { Body1, Button, Caption1, Field, Input, Link, Subtitle2 } from "@fluentui/react-components";
import { FileChoice } from "../shared/FileChoice";
import { ImportPreview } from "../shared/ImportPreview";
import { selectedCount } from "../shared/importChoices";
import { SectionProps } from "./Section";
import { useStyles } from "./paneStyles";
import { DATE_FROM_KEYS } from "./paneTexts";

export function ImportSection({
  state,
  intents,
  t,
  shellT,
  language,
}: SectionProps): React.JSX.Element {
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

/** Data quality: the problems found, the lists to tidy, what was typed since the last recorded event. */
import * as React from "react";
import { Body1, Button, Caption1, Checkbox } from "@fluentui/react-components";
import { vocabularyLabel } from "../../core/schema/vocabularies";
import { chosenTidy, issueCounts, issueLines, tidyLine } from "./state";
import { proposalId } from "../../core/tracker/tidy";
import { ActionRow, SectionProps, TabIntro, TitledSection } from "./Section";
import { useStyles } from "./paneStyles";

export function QualitySection(props: SectionProps): React.JSX.Element {
  const { state, intents, t, language } = props;
  const styles = useStyles();
  const view = state.quality;
  const { lines, total } = view ? issueLines(view) : { lines: [], total: 0 };
  const counts = view ? issueCounts(view.issues) : { errors: 0, warnings: 0 };
  return (
    <div className={styles.stack}>
      <TabIntro tab="quality" {...props} onRun={intents.checkQuality} />
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
    <TitledSection id="tidy" heading={t("tidyHeading")}>
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
          <ActionRow
            appearance="primary"
            disabled={state.busy !== null || count === 0}
            onClick={() => void intents.applyTidy()}
          >
            {t("tidyRun", { count: String(count) })}
          </ActionRow>
        </>
      )}
    </TitledSection>
  );
}

/** The data check's offer to record what was typed in the sheet since the last recorded event. */
function DriftSection(props: SectionProps): React.JSX.Element | null {
  const { state, intents, t, language = "en" } = props;
  const styles = useStyles();
  const drift = state.quality?.drift ?? [];
  if (drift.length === 0) return null;
  const shown = (field: "status" | "accepted", key: string) =>
    key ? (vocabularyLabel(field, key, language) ?? key) : t("driftEmpty");
  return (
    <TitledSection id="drift" heading={t("driftHeading")}>
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
      <ActionRow
        appearance="primary"
        disabled={state.busy !== null}
        onClick={() => void intents.recordDrift()}
      >
        {t("driftRun", { count: String(drift.length) })}
      </ActionRow>
    </TitledSection>
  );
}

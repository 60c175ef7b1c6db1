/** Set up: create, check, upgrade or adopt the workbook's tracker. */
import * as React from "react";
import { Body1, Button, Caption1, Checkbox, Field, Input } from "@fluentui/react-components";
import { ChoiceField, choicesOf } from "../shared/ChoiceField";
import { MAX_KEY_LIMIT } from "../../core/schema/customxml";
import { adoptableSheets, canAdopt, mappingChoices, mappingRows } from "./state";
import { ActionRow, SectionProps, TitledSection } from "./Section";
import { useStyles } from "./paneStyles";
import { LANGUAGE_KEYS, metadataDamagedText } from "./paneTexts";

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

export function SetupSection({ state, intents, t }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const tracker = state.workbook?.tracker ?? null;
  const sheets = state.workbook ? adoptableSheets(state.workbook) : [];
  const ready = tracker !== null && tracker.upToDate && tracker.inTaskOrder && !state.reorder;
  return (
    <div className={styles.stack}>
      {state.workbook?.metadataProblem ? (
        <Caption1 className={styles.hint}>
          {metadataDamagedText(state.workbook.metadataProblem, t)}
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
          {tracker.stakeholders === false ? <Body1>{t("trackerNoStakeholders")}</Body1> : null}
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
            <ChoiceField
              label={t("trackerLanguage")}
              value={state.language}
              choices={choicesOf(["en", "fr", "es"] as const, (language) =>
                t(LANGUAGE_KEYS[language])
              )}
              onChange={(language) => language && intents.dispatch({ type: "language", language })}
            />
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
  const choices = mappingChoices(state.language).map(({ key, label }) => ({ value: key, label }));
  return (
    <TitledSection id="adopt" heading={t("adoptHeading")} intro={t("adoptIntro")}>
      <div className={styles.row}>
        <ChoiceField
          label={t("adoptSheet")}
          value={state.adoptSheet ?? ""}
          choices={sheets.map((sheet) => ({
            value: sheet.name,
            label: t("adoptSheetOption", { name: sheet.name, rows: String(sheet.rows) }),
          }))}
          onChange={(sheet) => intents.dispatch({ type: "chooseSheet", sheet })}
        />
        <Button disabled={busy || !state.adoptSheet} onClick={() => void intents.readForAdopt()}>
          {t("adoptRead")}
        </Button>
      </div>
      {draft ? (
        <TitledSection id="mapping" heading={t("mappingHeading")} intro={t("mappingIntro")}>
          {mappingRows(draft).map((row) => (
            <ChoiceField
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
              value={row.key ?? ""}
              none={t("mappingOwn")}
              choices={choices}
              onChange={(key) =>
                intents.dispatch({ type: "mapColumn", index: row.index, key: key || null })
              }
            />
          ))}
          {canAdopt(draft) ? null : <Body1 role="alert">{t("mappingNeedsText")}</Body1>}
          <ActionRow
            appearance="primary"
            disabled={busy || !canAdopt(draft)}
            onClick={() => void intents.adopt()}
          >
            {t("adoptRun")}
          </ActionRow>
        </TitledSection>
      ) : null}
    </TitledSection>
  );
}

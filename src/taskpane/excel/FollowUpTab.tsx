/** Follow-up: refresh the follow-up list and record a follow-up event for the selected rows. */
import * as React from "react";
import { Body1, Caption1, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { canRecordEvent, EventField } from "./state";
import { LettersSection } from "./LettersSection";
import { StrategiesSection } from "./Strategies";
import { StakeholderSection } from "./StakeholderSection";
import { FiguresSection } from "./FiguresSection";
import { ActionRow, SectionProps, TabIntro, TitledSection } from "./Section";
import { useStyles } from "./paneStyles";
import { choiceOptions, idList } from "./paneTexts";

export function FollowUpSection(props: SectionProps): React.JSX.Element {
  const { state, intents, t, shellT, language, host } = props;
  const styles = useStyles();
  const result = state.followUp;
  return (
    <div className={styles.stack}>
      <TabIntro tab="followUp" {...props} onRun={intents.refreshFollowUp} />
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
            <dt>{t("countNotImplemented")}</dt>
            <dd className={styles.count}>{result.notImplemented}</dd>
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
      <StrategiesSection
        strategies={state.strategies}
        busy={state.busy !== null}
        intents={intents}
        t={t}
        language={language}
      />
      <LettersSection state={state} intents={intents} t={t} shellT={shellT} language={language} />
      <StakeholderSection host={host} t={t} language={language ?? "en"} disabled={!!state.busy} />
      <FiguresSection state={state} intents={intents} t={t} />
    </div>
  );
}

/** "Record a follow-up event" for the rows selected in the sheet: one step, History and current columns together. */
function EventSection({ state, intents, t, language = "en" }: SectionProps): React.JSX.Element {
  const draft = state.eventDraft;
  const busy = state.busy !== null;
  // What each of the event's fields holds, and where a change to it goes.
  const bound = (field: EventField) => ({
    value: draft[field],
    disabled: busy,
    onChange: (_e: unknown, data: { value: string }) =>
      intents.dispatch({ type: "eventField", field, value: data.value }),
  });
  // What the event sets a current column to, or "unchanged".
  const changeTo = (field: "status" | "accepted", label: "eventStatus" | "eventAccepted") => (
    <Field label={t(label)}>
      <Select {...bound(field)}>
        <option value="">{t("eventUnchanged")}</option>
        {choiceOptions(field, language)}
      </Select>
    </Field>
  );
  return (
    <TitledSection id="event" heading={t("eventHeading")} intro={t("eventIntro")}>
      <ActionRow disabled={busy} onClick={() => void intents.takeSelection()}>
        {t("eventTake")}
      </ActionRow>
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
        <Select {...bound("kind")}>{choiceOptions("eventKind", language)}</Select>
      </Field>
      <Field label={t("eventDate")}>
        <Input type="date" {...bound("date")} />
      </Field>
      <Field label={t("eventWith")}>
        <Input {...bound("with")} />
      </Field>
      <Field label={t("eventSummary")}>
        <Textarea {...bound("summary")} />
      </Field>
      {changeTo("status", "eventStatus")}
      {changeTo("accepted", "eventAccepted")}
      <ActionRow
        appearance="primary"
        disabled={busy || !canRecordEvent(draft)}
        onClick={() => void intents.recordEvent()}
      >
        {t("eventRun", { count: String(draft.ids.length) })}
      </ActionRow>
    </TitledSection>
  );
}

/** Follow-up: refresh the follow-up list and record a follow-up event for the selected rows. */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { canRecordEvent, EventField } from "./state";
import { LettersSection } from "./LettersSection";
import { StrategiesSection } from "./Strategies";
import { StakeholderSection } from "./StakeholderSection";
import { FiguresSection } from "./FiguresSection";
import { SectionProps } from "./Section";
import { useStyles } from "./paneStyles";
import { choiceOptions, idList } from "./paneTexts";

export function FollowUpSection({
  state,
  intents,
  t,
  shellT,
  language,
  host,
}: SectionProps): React.JSX.Element {
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

/**
 * The report's details and a recommendation's tracking details, saved in
 * the document as they are edited (no Save button to forget).
 */
import * as React from "react";
import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import {
  PRIORITIES,
  REPORT_TYPES,
  RecommendationMeta,
  ReportDetails,
  TIMEFRAMES,
} from "../../core/model/reportMetadata";
import { EditableField, parseGroups } from "../../core/review";
import { useAutosave } from "../shared/autosave";
import { type Choice, ChoiceField, choicesOf } from "../shared/ChoiceField";
import { column } from "../shared/layout";
import type { WordIntents } from "./controller";
import type { WordT } from "./i18n";
import { OverReview } from "./Panel";

const useStyles = makeStyles({
  stack: column(tokens.spacingVerticalS),
  status: { color: tokens.colorNeutralForeground2, minHeight: "16px" },
});

function SaveStatus({
  status,
  t,
}: {
  status: "idle" | "saving" | "saved";
  t: WordT;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Caption1 className={styles.status} role="status" aria-live="polite">
      {status === "saving" ? t("saving") : status === "saved" ? t("savedCaption") : ""}
    </Caption1>
  );
}

type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D];

/**
 * A form saved as it is edited: one draft and one autosave, and the fields
 * built on them (a text, date or address field; a choice, saved at once).
 */
function useSavedForm<D extends object>(
  initial: D,
  save: (changes: Partial<D>) => Promise<void>,
  none: string
) {
  const [draft, setDraft] = React.useState<D>(initial);
  const { change, flush, status } = useAutosave<D>(save);
  const set = <K extends keyof D>(key: K, value: D[K], now = false) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const changes: Partial<D> = {};
    changes[key] = value;
    change(changes, now);
  };
  const text = <K extends TextKey<D>>(
    key: K,
    label: string,
    type: "text" | "date" | "url" = "text"
  ) => (
    <Field label={label}>
      <Input
        type={type}
        value={draft[key] as string}
        onChange={(_e, d) => set(key, d.value as D[K])}
        onBlur={flush}
      />
    </Field>
  );
  const choice = <K extends keyof D, V extends string>(
    key: K,
    label: string,
    choices: readonly Choice<V>[]
  ) => (
    <ChoiceField
      label={label}
      value={draft[key] as V | ""}
      none={none}
      choices={choices}
      onChange={(v) => set(key, v as D[K], true)}
    />
  );
  return { text, choice, change, flush, status };
}

/** A list typed with semicolons ("a; b"), saved as its items. */
function ListField({
  label,
  initial,
  onChange,
  onBlur,
}: {
  label: string;
  initial: readonly string[];
  onChange: (items: string[]) => void;
  onBlur: () => void;
}): React.JSX.Element {
  const [typed, setTyped] = React.useState(initial.join("; "));
  return (
    <Field label={label}>
      <Input
        value={typed}
        onChange={(_e, d) => {
          setTyped(d.value);
          onChange(parseGroups(d.value));
        }}
        onBlur={onBlur}
      />
    </Field>
  );
}

type MetaDraft = Pick<RecommendationMeta, EditableField>;

/** A recommendation's reference, addressee, theme, groups, priority, timeframe, deadline, type and place. */
export function TrackingForm(props: {
  meta: RecommendationMeta;
  t: WordT;
  intents: WordIntents;
}): React.JSX.Element {
  const { meta, t, intents } = props;
  const styles = useStyles();
  const id = meta.id;
  const form = useSavedForm<MetaDraft>(
    meta,
    (fields) => intents.saveFields(id, fields),
    t("typeNone")
  );
  return (
    <div className={styles.stack}>
      {form.text("ref", t("ref"))}
      {form.text("addressee", t("addressee"))}
      {form.text("theme", t("theme"))}
      <ListField
        label={t("groups")}
        initial={meta.groups}
        onChange={(groups) => form.change({ groups })}
        onBlur={form.flush}
      />
      {form.choice(
        "priority",
        t("priority"),
        choicesOf(PRIORITIES, (p) => t(`priority_${p}`))
      )}
      {form.choice(
        "timeframe",
        t("timeframe"),
        choicesOf(TIMEFRAMES, (p) => t(`timeframe_${p}`))
      )}
      {form.text("deadline", t("deadline"), "date")}
      {form.choice(
        "type",
        t("recType"),
        choicesOf(REPORT_TYPES, (type) => t(`type_${type}`))
      )}
      {form.text("place", t("place"))}
      <SaveStatus status={form.status} t={t} />
    </div>
  );
}

type DetailsDraft = Omit<ReportDetails, "id" | "keyedAs">;

/** The report's details; fields left empty show what the document suggests (as the batch will carry it). */
export function ReportDetailsView({
  details,
  t,
  intents,
  onBack,
}: {
  /** The stored details with the document's guesses in the empty fields. */
  details: ReportDetails;
  t: WordT;
  intents: WordIntents;
  onBack: () => void;
}): React.JSX.Element {
  const form = useSavedForm<DetailsDraft>(
    details,
    (changes) => intents.saveDetails(changes),
    t("typeNone")
  );
  return (
    <OverReview id="details" heading={t("detailsHeading")} t={t} onBack={onBack}>
      {form.text("title", t("title"))}
      {form.choice(
        "type",
        t("reportType"),
        choicesOf(REPORT_TYPES, (type) => t(`type_${type}`))
      )}
      {form.text("date", t("date"), "date")}
      <ListField
        label={t("places")}
        initial={details.places}
        onChange={(places) => form.change({ places })}
        onBlur={form.flush}
      />
      {form.text("link", t("link"), "url")}
      {form.text("addressee", t("defaultAddressee"))}
      {form.text("theme", t("defaultTheme"))}
      <SaveStatus status={form.status} t={t} />
    </OverReview>
  );
}

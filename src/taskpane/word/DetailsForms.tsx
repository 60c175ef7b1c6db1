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
import { ChoiceField } from "../shared/ChoiceField";
import { SubView } from "../shared/SubView";
import type { WordIntents } from "./controller";
import type { WordT } from "./i18n";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
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

type MetaDraft = Pick<RecommendationMeta, EditableField>;

/** A recommendation's reference, addressee, theme, groups, priority, timeframe, deadline, type and place. */
export function TrackingForm({
  meta,
  t,
  intents,
}: {
  meta: RecommendationMeta;
  t: WordT;
  intents: WordIntents;
}): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<MetaDraft>(meta);
  const [groups, setGroups] = React.useState(meta.groups.join("; "));
  const id = meta.id;
  const { change, flush, status } = useAutosave<MetaDraft>((fields) =>
    intents.saveFields(id, fields)
  );
  const set = <K extends keyof MetaDraft>(key: K, value: MetaDraft[K], now = false) => {
    setDraft((d) => ({ ...d, [key]: value }));
    change({ [key]: value } as Partial<MetaDraft>, now);
  };
  const text = (
    key: "ref" | "addressee" | "theme" | "place" | "deadline",
    label: string,
    type: "text" | "date" = "text"
  ) => (
    <Field label={label}>
      <Input
        type={type}
        value={draft[key]}
        onChange={(_e, d) => set(key, d.value)}
        onBlur={flush}
      />
    </Field>
  );
  return (
    <div className={styles.stack}>
      {text("ref", t("ref"))}
      {text("addressee", t("addressee"))}
      {text("theme", t("theme"))}
      <Field label={t("groups")}>
        <Input
          value={groups}
          onChange={(_e, d) => {
            setGroups(d.value);
            change({ groups: parseGroups(d.value) });
          }}
          onBlur={flush}
        />
      </Field>
      <ChoiceField
        label={t("priority")}
        value={draft.priority}
        none={t("typeNone")}
        choices={PRIORITIES.map((p) => ({ value: p, label: t(`priority_${p}`) }))}
        onChange={(v) => set("priority", v, true)}
      />
      <ChoiceField
        label={t("timeframe")}
        value={draft.timeframe}
        none={t("typeNone")}
        choices={TIMEFRAMES.map((p) => ({ value: p, label: t(`timeframe_${p}`) }))}
        onChange={(v) => set("timeframe", v, true)}
      />
      {text("deadline", t("deadline"), "date")}
      <ChoiceField
        label={t("recType")}
        value={draft.type}
        none={t("typeNone")}
        choices={REPORT_TYPES.map((type) => ({ value: type, label: t(`type_${type}`) }))}
        onChange={(v) => set("type", v, true)}
      />
      {text("place", t("place"))}
      <SaveStatus status={status} t={t} />
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
  const [draft, setDraft] = React.useState<DetailsDraft>(details);
  const [places, setPlaces] = React.useState(details.places.join("; "));
  const { change, flush, status } = useAutosave<DetailsDraft>((changes) =>
    intents.saveDetails(changes)
  );
  const set = <K extends keyof DetailsDraft>(key: K, value: DetailsDraft[K], now = false) => {
    setDraft((d) => ({ ...d, [key]: value }));
    change({ [key]: value } as Partial<DetailsDraft>, now);
  };
  const text = (
    key: "title" | "date" | "link" | "addressee" | "theme",
    label: string,
    type: "text" | "date" | "url" = "text"
  ) => (
    <Field label={label}>
      <Input
        type={type}
        value={draft[key]}
        onChange={(_e, d) => set(key, d.value)}
        onBlur={flush}
      />
    </Field>
  );
  return (
    <SubView
      id="details-heading"
      heading={t("detailsHeading")}
      backLabel={t("backToReview")}
      onBack={onBack}
    >
      {text("title", t("title"))}
      <ChoiceField
        label={t("reportType")}
        value={draft.type}
        none={t("typeNone")}
        choices={REPORT_TYPES.map((type) => ({ value: type, label: t(`type_${type}`) }))}
        onChange={(v) => set("type", v, true)}
      />
      {text("date", t("date"), "date")}
      <Field label={t("places")}>
        <Input
          value={places}
          onChange={(_e, d) => {
            setPlaces(d.value);
            change({ places: parseGroups(d.value) });
          }}
          onBlur={flush}
        />
      </Field>
      {text("link", t("link"), "url")}
      {text("addressee", t("defaultAddressee"))}
      {text("theme", t("defaultTheme"))}
      <SaveStatus status={status} t={t} />
    </SubView>
  );
}

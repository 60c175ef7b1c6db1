import * as React from "react";
import {
  Badge,
  Button,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { Decision, ReviewItem, decisionOf, effectiveVerdict } from "../../core/review";
import { basisName, suggestionIn } from "../../core/smart/advice";
import type { CriterionKey } from "../../core/smart/types";
import type { Translate } from "../shared/i18n";
import type { WordIntents } from "./controller";
import { Snippets, firstEvidence } from "./Highlight";
import { ShowMore } from "../shared/ShowMore";
import type { WordT } from "./i18n";
import type { PendingDecision } from "./state";
import { verdictColor } from "./texts";

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  focused: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  heading: { margin: 0 },
  badge: { whiteSpace: "nowrap" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface CriterionCardProps {
  item: ReviewItem;
  criterion: CriterionKey;
  focused: boolean;
  t: WordT;
  shellT: Translate;
  /** The pane's language: advice and evidence labels are shown in it. */
  language: Language;
  intents: WordIntents;
  pending: PendingDecision | null;
  busy: boolean;
}

/** The reviewer's name, asked once, beside the button that needed it. */
export function NameField({ t, intents }: { t: WordT; intents: WordIntents }): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = React.useState("");
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => input.current?.focus(), []);
  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        void intents.giveName(name);
      }}
    >
      <Field label={t("reviewerName")} hint={t("reviewerNeeded")}>
        <Input ref={input} value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={name.trim() === ""}>
        {t("reviewerRecord")}
      </Button>
    </form>
  );
}

/** One criterion of one recommendation: why, the advice, and the reviewer's decision. */
export function CriterionCard(props: CriterionCardProps): React.JSX.Element {
  const { item, criterion, focused, t, shellT, language, intents, pending, busy } = props;
  const styles = useStyles();
  const [noteOpen, setNoteOpen] = React.useState(false);
  const [note, setNote] = React.useState("");
  const card = React.useRef<HTMLLIElement>(null);
  const result = item.check?.criteria[criterion] ?? null;
  const override = item.meta.overrides[criterion];
  const decision = decisionOf(override);
  const verdict = effectiveVerdict(item, criterion);
  const name = shellT(`criterion_${criterion}`);
  const text = item.text ?? "";
  const headingId = `criterion-${item.meta.id}-${criterion}`;
  React.useEffect(() => {
    // The keyboard's place follows the review, when the pane has the focus (never taken from Word).
    if (
      focused &&
      document.hasFocus() &&
      card.current &&
      !card.current.contains(document.activeElement)
    )
      card.current.focus();
  }, [focused, item.meta.id]);
  const label = result ? basisName(result, language) : null;
  const suggestion = item.check && !decision ? suggestionIn(item.check, criterion, language) : null;
  const evidence = result ? [...result.evidence] : [];
  const decide = (d: Decision) => void intents.decide(item.meta.id, criterion, d, note);
  // Accept (A) and Keep (K): their shortcut works in the criterion the keyboard is in.
  const shortcutButton = (
    d: "met" | "not_met",
    title: "shortcutAccept" | "shortcutKeep",
    key: "A" | "K",
    label: "accept" | "keep",
    appearance?: "primary" | "secondary"
  ) => (
    <Button
      size="small"
      appearance={appearance}
      disabled={busy}
      title={t(title)}
      aria-keyshortcuts={focused ? key : undefined}
      onClick={() => decide(d)}
    >
      {t(label)}
    </Button>
  );
  const waiting =
    pending && !pending.all && pending.id === item.meta.id && pending.criterion === criterion;
  return (
    <li
      ref={card}
      tabIndex={-1}
      className={mergeClasses(styles.card, focused && styles.focused)}
      aria-labelledby={headingId}
      aria-current={focused ? "step" : undefined}
      data-testid={`criterion-${criterion}`}
      onFocus={() => !focused && intents.dispatch({ type: "focus", criterion })}
    >
      <div className={styles.head}>
        <Text as="h4" weight="semibold" id={headingId} className={styles.heading}>
          {name}
        </Text>
        <Badge
          className={styles.badge}
          appearance="filled"
          color={verdictColor(verdict)}
          data-testid="verdict"
        >
          {decision === "not_applicable"
            ? t("verdict_not_applicable")
            : verdict
              ? t(`verdict_${verdict}`)
              : t("notChecked")}
        </Badge>
      </div>
      {result ? (
        <Text size={200} data-testid="evidence">
          {result.verdict === "met" ? t("shownBy") : t("why")}
          {label ? ` (${label})` : ""}:{" "}
          {result.evidence.length + result.contextEvidence.length > 0 ? (
            <>
              <Snippets text={text} spans={result.evidence} />
              {result.evidence.length > 0 && result.contextEvidence.length > 0 ? " … " : ""}
              {result.contextEvidence.length > 0 ? (
                <>
                  {t("inIntroduction")}{" "}
                  <Snippets text={item.context ?? ""} spans={result.contextEvidence} />
                </>
              ) : null}
            </>
          ) : (
            t("noEvidence")
          )}
        </Text>
      ) : null}
      {suggestion ? (
        <Text size={200} data-testid="suggestion">
          {t("suggestion")}: {suggestion}
        </Text>
      ) : null}
      {decision && override ? (
        <div className={styles.row}>
          <Text size={200} data-testid="decision">
            {t(`decided_${decision}`, { reviewer: override.reviewer })}
            {result ? ` · ${t("checkerSaid", { verdict: t(`verdict_${result.verdict}`) })}` : ""}
            {override.note ? ` · ${override.note}` : ""}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            aria-label={t("changeDecision", { criterion: name })}
            onClick={() => void intents.clearDecision(item.meta.id, criterion)}
          >
            {t("change")}
          </Button>
        </div>
      ) : null}
      {!decision && result && result.verdict !== "met" ? (
        <>
          <div className={styles.row} role="group" aria-labelledby={headingId}>
            {shortcutButton(
              "met",
              "shortcutAccept",
              "A",
              "accept",
              focused ? "primary" : "secondary"
            )}
            {shortcutButton("not_met", "shortcutKeep", "K", "keep")}
            <Button size="small" disabled={busy} onClick={() => decide("not_applicable")}>
              {t("notApplicable")}
            </Button>
            <ShowMore open={noteOpen} onToggle={setNoteOpen}>
              {t("addNote")}
            </ShowMore>
          </div>
          {noteOpen ? (
            <Field label={t("noteLabel", { criterion: name })}>
              <Textarea value={note} onChange={(_e, d) => setNote(d.value)} resize="vertical" />
            </Field>
          ) : null}
          {waiting ? <NameField t={t} intents={intents} /> : null}
        </>
      ) : null}
      {!decision && result && result.verdict === "met" ? (
        <div>
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            onClick={() => decide("not_met")}
          >
            {t("markNotMet")}
          </Button>
        </div>
      ) : null}
      {evidence.length > 0 && item.text !== null ? (
        <div>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void intents.goTo(item.meta.id, firstEvidence(text, evidence))}
          >
            {t("showWords")}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

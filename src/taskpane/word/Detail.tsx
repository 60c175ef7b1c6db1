/**
 * One recommendation in the review: Back, Previous / Next, its text with
 * the evidence of the criterion at hand, the criteria left to settle (each
 * with one-click decisions), those decided, the met ones folded, then its
 * review state, tracking details (saved as edited) and Unmark (asked first).
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { REVIEW_STATES, ReviewState } from "../../core/model/reportMetadata";
import { ReviewItem, decisionOf, effectiveScore, isSettled, toSettle } from "../../core/review";
import { CRITERION_KEYS, CriterionKey } from "../../core/smart/types";
import { AccordionPanel } from "../shared/AccordionPanel";
import { ChoiceField } from "../shared/ChoiceField";
import type { Translate } from "../shared/i18n";
import { scoreColor } from "../shared/importChoices";
import type { WordIntents } from "./controller";
import { CriterionCard, NameField } from "./CriterionCard";
import { TrackingForm } from "./DetailsForms";
import { Highlighted } from "./Highlight";
import type { WordT } from "./i18n";
import { WordState, visibleItems } from "./state";
import { refLabel } from "./texts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  nav: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  // Previous and Next are one character each: as narrow as their mark, so that the bar stays on one line.
  arrow: { minWidth: "32px", paddingInline: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0 },
  badge: { whiteSpace: "nowrap" },
  text: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  walk: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

interface DetailProps {
  state: WordState;
  item: ReviewItem;
  intents: WordIntents;
  t: WordT;
  shellT: Translate;
  language: Language;
}

function Nav({ state, item, intents, t }: DetailProps): React.JSX.Element {
  const styles = useStyles();
  const visible = visibleItems(state);
  const index = visible.findIndex((i) => i.meta.id === item.meta.id);
  const step = (direction: 1 | -1) => intents.dispatch({ type: "step", direction });
  return (
    <nav className={styles.nav} aria-label={t("navLabel")}>
      <Button
        size="small"
        title={t("shortcutBack")}
        aria-keyshortcuts="Escape"
        onClick={() => intents.dispatch({ type: "view", view: { kind: "overview" } })}
      >
        {t("backToList")}
      </Button>
      <span className={styles.grow} />
      <Text size={200} aria-live="polite" data-testid="position">
        {index >= 0
          ? t("position", { index: String(index + 1), total: String(visible.length) })
          : ""}
      </Text>
      <Button
        size="small"
        title={t("shortcutPrevious")}
        aria-keyshortcuts="P"
        aria-label={t("previous")}
        className={styles.arrow}
        onClick={() => step(-1)}
      >
        ‹
      </Button>
      <Button
        size="small"
        title={t("shortcutNext")}
        aria-keyshortcuts="N"
        aria-label={t("next")}
        className={styles.arrow}
        onClick={() => step(1)}
      >
        ›
      </Button>
    </nav>
  );
}

/** Going through one criterion across the recommendations, with one decision for all that are left. */
function WalkBanner({
  state,
  intents,
  t,
  shellT,
}: DetailProps & { criterion: CriterionKey }): React.JSX.Element {
  const styles = useStyles();
  const criterion = state.walk!;
  const left = state.items.filter((i) => i.text !== null && !isSettled(i, criterion)).length;
  const name = shellT(`criterion_${criterion}`);
  return (
    <section
      className={styles.walk}
      aria-label={t("walkLabel", { criterion: name })}
      data-testid="walk"
    >
      <Text size={200} weight="semibold">
        {t("walkBanner", { criterion: name, count: String(left) })}
      </Text>
      <div className={styles.row}>
        {left > 0 ? (
          <>
            <Button
              size="small"
              disabled={state.busy !== null}
              onClick={() => void intents.decideAll(criterion, "met", "")}
            >
              {t("applyAllMet", { count: String(left) })}
            </Button>
            <Button
              size="small"
              disabled={state.busy !== null}
              onClick={() => void intents.decideAll(criterion, "not_met", "")}
            >
              {t("applyAllKept", { count: String(left) })}
            </Button>
          </>
        ) : null}
        <Button
          size="small"
          appearance="subtle"
          onClick={() => intents.dispatch({ type: "walk", criterion: null })}
        >
          {t("walkStop")}
        </Button>
      </div>
    </section>
  );
}

function Unmark({ item, intents, t, state }: DetailProps): React.JSX.Element {
  const styles = useStyles();
  const [asking, setAsking] = React.useState(false);
  if (!asking)
    return (
      <div>
        <Button appearance="subtle" disabled={state.busy !== null} onClick={() => setAsking(true)}>
          {t("unmark")}
        </Button>
      </div>
    );
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="unmark-ask">
      <MessageBarBody className={styles.stack}>
        <span>{t("unmarkAsk")}</span>
        <span className={styles.row}>
          <Button
            size="small"
            appearance="primary"
            onClick={() => void intents.unmark(item.meta.id)}
          >
            {t("unmarkConfirm")}
          </Button>
          <Button size="small" onClick={() => setAsking(false)}>
            {t("cancel")}
          </Button>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}

export function Detail(props: DetailProps): React.JSX.Element {
  const { state, item, intents, t, shellT, language } = props;
  const styles = useStyles();
  const [metOpen, setMetOpen] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (
      document.hasFocus() &&
      !heading.current?.closest("section")?.contains(document.activeElement)
    )
      heading.current?.focus();
  }, [item.meta.id]);
  const score = effectiveScore(item);
  const left = toSettle(item);
  const decided = CRITERION_KEYS.filter((k) => decisionOf(item.meta.overrides[k]) !== null);
  const met = CRITERION_KEYS.filter((k) => !left.includes(k) && !decided.includes(k));
  const spans = state.focus && item.check ? item.check.criteria[state.focus].evidence : [];
  const busy = state.busy !== null;
  const card = (k: CriterionKey) => (
    <CriterionCard
      key={`${item.meta.id}-${k}`}
      item={item}
      criterion={k}
      focused={state.focus === k}
      t={t}
      shellT={shellT}
      language={language}
      intents={intents}
      pending={state.pending}
      busy={busy}
    />
  );
  return (
    <section className={styles.stack} aria-labelledby="current-rec" data-testid="current-rec">
      <Nav {...props} />
      {state.walk ? <WalkBanner {...props} criterion={state.walk} /> : null}
      <div className={styles.head}>
        <Text
          as="h3"
          id="current-rec"
          size={400}
          weight="semibold"
          className={styles.heading}
          ref={heading}
          tabIndex={-1}
        >
          {refLabel(item, state.items, t)}
        </Text>
        <Badge
          className={styles.badge}
          appearance="tint"
          color={scoreColor(score)}
          data-testid="current-score"
        >
          {score === null ? t("notChecked") : t("scoreLabel", { score: String(score) })}
        </Badge>
      </div>
      {item.text === null ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("missingInDocument")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.text} data-testid="rec-text">
            <Highlighted text={item.text} spans={spans} />
          </div>
          <div>
            <Button size="small" onClick={() => void intents.goTo(item.meta.id)} disabled={busy}>
              {t("goTo")}
            </Button>
          </div>
        </>
      )}
      {state.pending?.all ? <NameField t={t} intents={intents} /> : null}
      {left.length > 0 ? (
        <>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {t("toSettleHeading", { count: String(left.length) })}
          </Text>
          <ul
            className={styles.list}
            aria-label={t("toSettleHeading", { count: String(left.length) })}
          >
            {left.map(card)}
          </ul>
        </>
      ) : item.check ? (
        <Text data-testid="all-settled">{t("allSettled")}</Text>
      ) : null}
      {decided.length > 0 ? (
        <>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {t("decidedHeading", { count: String(decided.length) })}
          </Text>
          <ul
            className={styles.list}
            aria-label={t("decidedHeading", { count: String(decided.length) })}
          >
            {decided.map(card)}
          </ul>
        </>
      ) : null}
      {met.length > 0 && item.check ? (
        <>
          <div>
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={metOpen}
              onClick={() => setMetOpen(!metOpen)}
            >
              {t("metFold", { count: String(met.length) })}
            </Button>
          </div>
          {metOpen ? <ul className={styles.list}>{met.map(card)}</ul> : null}
        </>
      ) : null}
      <Field hint={t("keyHint")}>
        <Checkbox
          checked={item.meta.key}
          disabled={busy}
          label={t("keyChoice")}
          data-testid="key-choice"
          onChange={(_e, data) => void intents.setKey(item.meta.id, data.checked === true)}
        />
      </Field>
      <ChoiceField
        label={t("reviewState")}
        value={item.meta.reviewState}
        disabled={busy}
        choices={REVIEW_STATES.map((s) => ({ value: s, label: t(`state_${s}`) }))}
        onChange={(v) => v && void intents.setState(item.meta.id, v as ReviewState)}
      />
      <Accordion collapsible>
        <AccordionItem value="meta">
          <AccordionHeader as="h4">{t("metaHeading")}</AccordionHeader>
          <AccordionPanel>
            <TrackingForm key={item.meta.id} meta={item.meta} t={t} intents={intents} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {item.text !== null ? <Unmark key={item.meta.id} {...props} /> : null}
    </section>
  );
}

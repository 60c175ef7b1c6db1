/** The detail view's parts around the criteria: Back / Previous / Next, the criterion walk's banner, Unmark. */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { ReviewItem, isSettled } from "../../core/review";
import { CriterionKey } from "../../core/smart/types";
import type { Translate } from "../shared/i18n";
import type { WordIntents } from "./controller";
import type { WordT } from "./i18n";
import { WordState, visibleItems } from "./state";
import { useStyles } from "./detailStyles";

export interface DetailProps {
  state: WordState;
  item: ReviewItem;
  intents: WordIntents;
  t: WordT;
  shellT: Translate;
  language: Language;
}

export function Nav({ state, item, intents, t }: DetailProps): React.JSX.Element {
  const styles = useStyles();
  const visible = visibleItems(state);
  const index = visible.findIndex((i) => i.meta.id === item.meta.id);
  // Previous and Next: an arrow, named for a screen reader, with its shortcut.
  const arrow = (
    direction: 1 | -1,
    shortcut: "shortcutPrevious" | "shortcutNext",
    key: "P" | "N",
    label: "previous" | "next",
    glyph: string
  ) => (
    <Button
      size="small"
      title={t(shortcut)}
      aria-keyshortcuts={key}
      aria-label={t(label)}
      className={styles.arrow}
      onClick={() => intents.dispatch({ type: "step", direction })}
    >
      {glyph}
    </Button>
  );
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
      {arrow(-1, "shortcutPrevious", "P", "previous", "‹")}
      {arrow(1, "shortcutNext", "N", "next", "›")}
    </nav>
  );
}

/** Going through one criterion across the recommendations, with one decision for all that are left. */
export function WalkBanner({
  state,
  intents,
  t,
  shellT,
}: DetailProps & { criterion: CriterionKey }): React.JSX.Element {
  const styles = useStyles();
  const criterion = state.walk!;
  const left = state.items.filter((i) => i.text !== null && !isSettled(i, criterion)).length;
  const name = shellT(`criterion_${criterion}`);
  const applyAll = (decision: "met" | "not_met", label: "applyAllMet" | "applyAllKept") => (
    <Button
      size="small"
      disabled={state.busy !== null}
      onClick={() => void intents.decideAll(criterion, decision, "")}
    >
      {t(label, { count: String(left) })}
    </Button>
  );
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
            {applyAll("met", "applyAllMet")}
            {applyAll("not_met", "applyAllKept")}
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

export function Unmark({ item, intents, t, state }: DetailProps): React.JSX.Element {
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

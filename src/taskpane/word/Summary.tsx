/** The summary card after Find: counts per criterion not met, the average score, the one next step. */
import * as React from "react";
import { Body1, Button, Caption1, Card, Text } from "@fluentui/react-components";
import { nextToSettle, reviewSummary } from "../../core/review";
import type { Language, Translate } from "../shared/i18n";
import type { WordIntents } from "./controller";
import { ShowMore } from "../shared/ShowMore";
import type { WordT } from "./i18n";
import { WordState, visibleItems } from "./state";
import { useStyles } from "./overviewStyles";

export interface OverviewProps {
  state: WordState;
  intents: WordIntents;
  t: WordT;
  shellT: Translate;
  language: Language;
}

/** How many criteria the summary names before "show all". */
const CHIPS = 3;

export function Summary({ state, intents, t, shellT, language }: OverviewProps): React.JSX.Element {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const summary = reviewSummary(state.items);
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const shown = all ? summary.notMet : summary.notMet.slice(0, CHIPS);
  const start = () => {
    const next = nextToSettle(visibleItems(state), null) ?? state.items[0]?.meta.id;
    if (next) void intents.open(next);
  };
  const done = summary.left === 0;
  return (
    <Card
      className={styles.card}
      role="region"
      aria-labelledby="summary-heading"
      data-testid="summary"
    >
      <Text as="h3" weight="semibold" id="summary-heading" className={styles.heading}>
        {t("summaryCount", {
          count: String(summary.total),
          score: summary.averageScore === null ? "–" : numbers.format(summary.averageScore),
        })}
      </Text>
      <Body1 data-testid="summary-left">
        {done
          ? t("summaryDone")
          : t("summaryLeft", {
              left: String(summary.left),
              recs: String(summary.recommendationsLeft),
            })}
      </Body1>
      {summary.notMet.length > 0 ? (
        <div className={styles.chips} role="group" aria-label={t("summaryNotMet")}>
          <Caption1>{t("summaryNotMet")}</Caption1>
          {shown.map(({ criterion, count }) => (
            <Button
              key={criterion}
              size="small"
              appearance="outline"
              className={styles.chip}
              title={t("walkStart", {
                criterion: shellT(`criterion_${criterion}`),
                count: String(count),
              })}
              onClick={() => intents.dispatch({ type: "walk", criterion })}
            >
              {`${shellT(`criterion_${criterion}`)} · ${count}`}
            </Button>
          ))}
          {summary.notMet.length > CHIPS ? (
            <ShowMore open={all} onToggle={setAll}>
              {all ? t("showFewer") : t("showAll", { count: String(summary.notMet.length) })}
            </ShowMore>
          ) : null}
        </div>
      ) : null}
      <div>
        {/* The review's one next step: start or go on, and once all is settled, share. */}
        <Button
          id="review-primary"
          appearance="primary"
          onClick={done ? () => intents.dispatch({ type: "view", view: { kind: "share" } }) : start}
        >
          {done ? t("shareHeading") : summary.settled > 0 ? t("continueReview") : t("startReview")}
        </Button>
      </div>
    </Card>
  );
}

import * as React from "react";
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/schema/plan";
import { strategiesFor } from "../../core/schema/strategies";
import { vocabularyLabel } from "../../core/schema/vocabularies";
import type { ExcelTranslate } from "./i18n";
import type { StrategiesState, StrategyIntents } from "./strategies";
import { plainList } from "../shared/layout";
import { useStyles as usePaneStyles } from "./paneStyles";
import { ActionRow, TitledSection } from "./Section";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: plainList(tokens.spacingVerticalS),
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  ids: { overflowWrap: "anywhere" },
  reason: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export interface StrategiesSectionProps {
  strategies: StrategiesState;
  busy: boolean;
  intents: StrategyIntents;
  t: ExcelTranslate;
  language?: Language;
}

/** Shown ids: the first ten, then how many more. */
function shortList(ids: readonly string[]): string {
  return ids.length > 10
    ? `${ids.slice(0, 10).join(", ")}, … (+${ids.length - 10})`
    : ids.join(", ");
}

/**
 * "Why not implemented, and what to do": for the recommendations picked, each
 * reason with the strategies it suggests, and a button that records a
 * strategy as tried for that reason's recommendations.
 */
export function StrategiesSection(props: StrategiesSectionProps): React.JSX.Element {
  const { strategies, busy, intents, t, language = "en" } = props;
  const styles = useStyles();
  const pane = usePaneStyles();
  return (
    <TitledSection id="strategies" heading={t("strategiesHeading")} intro={t("strategiesIntro")}>
      <ActionRow disabled={busy} onClick={() => void intents.showStrategies()}>
        {t("strategiesShow")}
      </ActionRow>
      {strategies ? (
        <>
          {strategies.groups.length === 0 ? (
            <Body1 role="status">{t("strategiesNone")}</Body1>
          ) : null}
          {strategies.groups.map((group, at) => {
            const reason = group.reason
              ? (vocabularyLabel("reasonNotImplemented", group.reason, language) ?? group.reason)
              : t("strategiesNoReason");
            // By place: a reason outside the list is the user's own words, spaces and all.
            const headingId = `strategy-group-${at}`;
            return (
              <section key={headingId} className={styles.group} aria-labelledby={headingId}>
                <Body1 as="h4" id={headingId} className={styles.reason}>
                  {t("strategiesReason", { reason, count: String(group.ids.length) })}
                </Body1>
                <Caption1 className={styles.ids}>{shortList(group.ids)}</Caption1>
                <ul className={styles.list}>
                  {strategiesFor(group.reason).map((strategy, index) => {
                    const kind = vocabularyLabel("eventKind", strategy.kind, language) ?? "";
                    return (
                      <li key={`${strategy.kind}-${index}`} className={styles.item}>
                        <Body1>{strategy.labels[language]}</Body1>
                        <div className={pane.row}>
                          <Button
                            size="small"
                            disabled={busy}
                            aria-label={t("strategiesRecordLabel", {
                              kind,
                              strategy: strategy.labels[language],
                              count: String(group.ids.length),
                            })}
                            onClick={() => void intents.recordStrategy(strategy.kind, group.ids)}
                          >
                            {t("strategiesRecord", { kind })}
                          </Button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
          {strategies.others.length > 0 ? (
            <Caption1>
              {t("strategiesOthers", {
                count: String(strategies.others.length),
                ids: shortList(strategies.others),
              })}
            </Caption1>
          ) : null}
          {strategies.unknown.length > 0 ? (
            <Caption1>{t("eventNotFound", { ids: shortList(strategies.unknown) })}</Caption1>
          ) : null}
        </>
      ) : null}
    </TitledSection>
  );
}

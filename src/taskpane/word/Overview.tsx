/**
 * The review at a glance, as Microsoft Editor opens: a summary card (how
 * many recommendations, the average score, how many criteria are not met,
 * and the one button that starts or goes on with the review), then the
 * recommendations, each with a snippet of its text and its score, then the
 * texts the finder was not sure of.
 */
import * as React from "react";
import { Badge, Body1, Button, Caption1, Checkbox, Text } from "@fluentui/react-components";
import { REVIEW_STATES } from "../../core/model/reportMetadata";
import { effectiveScore, type ReviewFilter } from "../../core/review";
import { CRITERION_KEYS } from "../../core/smart/types";
import { type Choice, ChoiceField, choicesOf } from "../shared/ChoiceField";
import { ShowMore } from "../shared/ShowMore";
import { scoreColor, shortText } from "../shared/importChoices";
import { visibleItems } from "./state";
import { leftToSettle, snippet } from "./texts";
import { OverviewProps, Summary } from "./Summary";
import { useStyles } from "./overviewStyles";

function Filters({ state, intents, t, shellT }: OverviewProps): React.JSX.Element {
  const styles = useStyles();
  // One filter: its choices, "All" first; a choice narrows the list at once.
  const filter = <K extends keyof ReviewFilter>(
    key: K,
    label: string,
    choices: readonly Choice<NonNullable<ReviewFilter[K]>>[]
  ) => (
    <ChoiceField
      size="small"
      label={label}
      value={state.filter[key] ?? ""}
      none={t("filterAll")}
      choices={choices}
      onChange={(v) =>
        intents.dispatch({ type: "filter", filter: { ...state.filter, [key]: v || null } })
      }
    />
  );
  return (
    <div className={styles.stack}>
      {filter(
        "criterionNotMet",
        t("filterCriterion"),
        choicesOf(CRITERION_KEYS, (k) => shellT(`criterion_${k}`))
      )}
      {filter(
        "reviewState",
        t("filterState"),
        choicesOf(REVIEW_STATES, (s) => t(`state_${s}`))
      )}
    </div>
  );
}

function RecList(props: OverviewProps): React.JSX.Element {
  const { state, intents, t } = props;
  const styles = useStyles();
  const filtered = state.filter.criterionNotMet !== null || state.filter.reviewState !== null;
  const [filtersOpen, setFiltersOpen] = React.useState(filtered);
  const visible = visibleItems({ ...state, walk: null });
  return (
    <section className={styles.stack} aria-labelledby="recs-heading">
      <div className={styles.listHead}>
        <Text as="h3" id="recs-heading" weight="semibold" className={styles.heading}>
          {t("recsHeading")}
        </Text>
        <Caption1>
          {t("recsCount", { shown: String(visible.length), total: String(state.items.length) })}
        </Caption1>
        <span className={styles.grow} />
        <ShowMore open={filtersOpen} onToggle={setFiltersOpen}>
          {t("filtersToggle")}
        </ShowMore>
      </div>
      {filtersOpen ? <Filters {...props} /> : null}
      <ul className={styles.list} aria-labelledby="recs-heading" data-testid="rec-list">
        {visible.map((item) => {
          const score = effectiveScore(item);
          const left = leftToSettle(item);
          const position = state.items.indexOf(item) + 1;
          return (
            <li key={item.meta.id}>
              <Button
                appearance="subtle"
                className={styles.row}
                onClick={() => void intents.open(item.meta.id)}
              >
                <span className={styles.label}>{item.meta.ref || String(position)}</span>
                <span className={styles.snippet}>{snippet(item) || t("missingInDocument")}</span>
                <span className={styles.badges}>
                  <Badge className={styles.badge} appearance="tint" color={scoreColor(score)}>
                    {score === null ? t("notChecked") : t("scoreBadge", { score: String(score) })}
                  </Badge>
                  {left > 0 ? (
                    <Caption1 className={styles.badge}>
                      {t("leftBadge", { count: String(left) })}
                    </Caption1>
                  ) : null}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Candidates({ state, intents, t }: OverviewProps): React.JSX.Element | null {
  const styles = useStyles();
  // Shown with the tagged recommendations, or after Find: not before the sure ones are tagged.
  if (state.candidates.length === 0 || (state.items.length === 0 && !state.searched)) return null;
  return (
    <section className={styles.stack} aria-labelledby="candidates-heading" data-testid="candidates">
      <Text as="h3" id="candidates-heading" weight="semibold" className={styles.heading}>
        {t("candidatesHeading")}
      </Text>
      <Caption1 id="candidates-hint">{t("candidatesHint")}</Caption1>
      <ul className={styles.list} aria-labelledby="candidates-heading">
        {state.candidates.map((c) => (
          <li key={c.key} className={styles.stack}>
            <Badge appearance="tint" color="warning" className={styles.candidateMark}>
              {t("candidateMark")}
            </Badge>
            <Checkbox
              checked={false}
              disabled={state.busy !== null}
              aria-label={t("candidateTag", { text: shortText(c.found.text, 120) })}
              aria-describedby="candidates-hint"
              label={shortText(c.found.text, 200)}
              onChange={(_e, d) => {
                if (d.checked === true) void intents.tagCandidate(c.key);
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Overview(props: OverviewProps): React.JSX.Element {
  const styles = useStyles();
  const { state, t } = props;
  return (
    <div className={styles.stack}>
      {state.items.length > 0 ? <Summary {...props} /> : <Body1>{t("noRecs")}</Body1>}
      {state.items.length > 0 ? <RecList {...props} /> : null}
      <Candidates {...props} />
    </div>
  );
}

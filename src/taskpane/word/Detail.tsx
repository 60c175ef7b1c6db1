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
} from "@fluentui/react-components";
import { REVIEW_STATES, ReviewState } from "../../core/model/reportMetadata";
import { decisionOf, effectiveScore, toSettle } from "../../core/review";
import { CRITERION_KEYS, CriterionKey } from "../../core/smart/types";
import { AccordionPanel } from "../shared/AccordionPanel";
import { ChoiceField } from "../shared/ChoiceField";
import { scoreColor } from "../shared/importChoices";
import { CriterionCard, NameField } from "./CriterionCard";
import { TrackingForm } from "./DetailsForms";
import { Highlighted } from "./Highlight";
import { refLabel } from "./texts";
import { DetailProps, Nav, Unmark, WalkBanner } from "./DetailParts";
import { ShowMore } from "../shared/ShowMore";
import { useStyles } from "./detailStyles";

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
  // The criteria left, or those decided: a heading, and the list it names for a screen reader.
  const group = (key: "toSettleHeading" | "decidedHeading", keys: CriterionKey[]) => {
    const heading = t(key, { count: String(keys.length) });
    return (
      <>
        <Text as="h4" weight="semibold" className={styles.heading}>
          {heading}
        </Text>
        <ul className={styles.list} aria-label={heading}>
          {keys.map(card)}
        </ul>
      </>
    );
  };
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
        group("toSettleHeading", left)
      ) : item.check ? (
        <Text data-testid="all-settled">{t("allSettled")}</Text>
      ) : null}
      {decided.length > 0 ? group("decidedHeading", decided) : null}
      {met.length > 0 && item.check ? (
        <>
          <div>
            <ShowMore open={metOpen} onToggle={setMetOpen}>
              {t("metFold", { count: String(met.length) })}
            </ShowMore>
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

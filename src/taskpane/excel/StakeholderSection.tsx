/**
 * "Actors of a recommendation": the user picks a recommendation (the row
 * selected in the Recommendations sheet, or a Rec ID typed) and sees the
 * actors the Stakeholders sheet links to it by its Rec ID or its theme,
 * each with its quadrant and the approach the guidance suggests, in the
 * pane's language. The lookup is the adapter's (src/office/excel/
 * stakeholders.ts, read only); the quadrant and its words are the core's.
 */
import * as React from "react";
import { Body1, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/schema/plan";
import { QUADRANTS } from "../../core/schema/stakeholders";
import { vocabularyLabel, type VocabularyKey } from "../../core/schema/vocabularies";
import type { LinkedStakeholder } from "../../core/tracker/stakeholders";
import type { ExcelHost } from "../../office/excel/host";
import { recommendationActors, type RecommendationActors } from "../../office/excel/stakeholders";
import type { ExcelTranslate } from "./i18n";
import type { ExcelMessageKey } from "./i18n";
import { shown } from "./paneTexts";
import { explainError } from "./state";
import { plainList } from "../shared/layout";
import { useStyles as usePaneStyles } from "./paneStyles";
import { ActionRow, TitledSection } from "./Section";

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  actor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  approach: { margin: 0 },
});

/** The lookup as the section shows it: nothing yet, running, an answer, or an error's words. */
type View =
  | { phase: "idle" }
  | { phase: "busy" }
  | { phase: "done"; result: RecommendationActors }
  | { phase: "error"; message: string };

/** Runs the lookup on the open workbook; the section renders what it gives. */
export function useRecommendationActors(
  host: ExcelHost | null | undefined,
  t: ExcelTranslate,
  language: Language
): [View, (typedId: string) => Promise<void>] {
  const [view, setView] = React.useState<View>({ phase: "idle" });
  const run = React.useCallback(
    async (typedId: string) => {
      if (!host) return;
      setView({ phase: "busy" });
      try {
        setView({ phase: "done", result: await recommendationActors(host, typedId) });
      } catch (error) {
        // What Office said stays out of a French or Spanish pane (paneTexts, shown).
        const words = shown({ id: 0, ...explainError(error) }, t, language);
        setView({
          phase: "error",
          message: words.details ? `${words.text} ${words.details}` : words.text,
        });
      }
    },
    [host, t, language]
  );
  return [view, run];
}

const PROBLEM_KEYS: Record<NonNullable<RecommendationActors["problem"]>, ExcelMessageKey> = {
  noTracker: "actorsNoTracker",
  noStakeholders: "actorsNoSheet",
  noSelection: "actorsNoSelection",
  notFound: "actorsNotFound",
};

/** A list value in the pane's language: the label of its key, or the words typed. */
function label(vocabulary: VocabularyKey, value: string | null, language: Language): string {
  if (!value) return "";
  return vocabularyLabel(vocabulary, value, language) ?? value;
}

function ActorItem(props: {
  actor: LinkedStakeholder;
  theme: string;
  t: ExcelTranslate;
  language: Language;
}): React.JSX.Element {
  const { actor, theme, t, language } = props;
  const styles = useStyles();
  const kind = label("stakeholderKind", actor.kind, language);
  const stance = label("stance", actor.stance, language);
  const level = (value: string | null) => label("level", value, language) || t("actorsNotSet");
  const quadrant = actor.quadrant ? QUADRANTS[actor.quadrant] : null;
  return (
    <li className={styles.actor}>
      <p className={styles.name}>{[actor.actor, kind].filter(Boolean).join(" · ")}</p>
      <Caption1>
        {t("actorsLevels", { power: level(actor.power), interest: level(actor.interest) })}
        {stance ? ` · ${t("actorsStance", { stance })}` : ""}
      </Caption1>
      {quadrant ? (
        <Body1 className={styles.approach}>
          <strong>{quadrant.name[language]}</strong>
          {`: ${quadrant.approach[language]}`}
        </Body1>
      ) : (
        <Body1 className={styles.approach}>{t("actorsNotPlaced")}</Body1>
      )}
      <Caption1>{actor.via === "id" ? t("actorsViaId") : t("actorsViaTheme", { theme })}</Caption1>
    </li>
  );
}

export function StakeholderSection(props: {
  host: ExcelHost | null | undefined;
  t: ExcelTranslate;
  language: Language;
  /** Another task is running in the pane. */
  disabled?: boolean;
}): React.JSX.Element {
  const { host, t, language, disabled = false } = props;
  const styles = useStyles();
  const pane = usePaneStyles();
  const [typed, setTyped] = React.useState("");
  const [view, run] = useRecommendationActors(host, t, language);
  const busy = disabled || view.phase === "busy";
  const result = view.phase === "done" ? view.result : null;
  const recommendation = result?.recommendation ?? null;
  return (
    <TitledSection id="actors" heading={t("actorsHeading")} intro={t("actorsIntro")} tight>
      <Field label={t("actorsId")} hint={t("actorsIdHint")}>
        <Input value={typed} disabled={busy} onChange={(_e, data) => setTyped(data.value)} />
      </Field>
      <ActionRow disabled={busy} onClick={() => void run(typed)}>
        {t("actorsShow")}
      </ActionRow>
      {view.phase === "error" || result ? (
        <div role="status" className={pane.tightStack}>
          {view.phase === "error" ? <Body1>{view.message}</Body1> : null}
          {result?.problem ? (
            <Body1>{t(PROBLEM_KEYS[result.problem], { id: result.id })}</Body1>
          ) : null}
          {recommendation ? (
            <Body1>
              {t("actorsFound", {
                id: recommendation.ref
                  ? `${recommendation.ref} (${recommendation.id})`
                  : recommendation.id,
                count: String(result?.actors.length ?? 0),
              })}
            </Body1>
          ) : null}
          {recommendation && result?.actors.length === 0 ? (
            <Caption1>{t("actorsNone")}</Caption1>
          ) : null}
        </div>
      ) : null}
      {recommendation && result && result.actors.length > 0 ? (
        <ul className={styles.list} aria-label={t("actorsHeading")}>
          {result.actors.map((actor, i) => (
            <ActorItem
              key={`${actor.actor}-${i}`}
              actor={actor}
              theme={recommendation.theme}
              t={t}
              language={language}
            />
          ))}
        </ul>
      ) : null}
    </TitledSection>
  );
}

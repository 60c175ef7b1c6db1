/**
 * What both panes offer a newcomer: a short first-run card (three steps,
 * dismissed once and remembered on this computer), "What is Double-SMART?"
 * with each criterion's meaning and an example, and the help page in the
 * user's language.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CRITERION_KEYS } from "../../core/smart/types";
import { openInBrowser } from "../../office/word/documentSettings";
import type { Language, Translate } from "./i18n";
import { SubView } from "./SubView";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  step: { marginBottom: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  example: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const FIRST_RUN_KEY = "opcat-recommendation-tracker.firstRunDone.";

function firstRunDone(pane: string): boolean {
  try {
    return window.localStorage.getItem(FIRST_RUN_KEY + pane) === "1";
  } catch {
    return false;
  }
}

/** The first-run card: three steps, until the user says they have it. */
export function FirstRun({
  pane,
  title,
  steps,
  t,
  children,
}: {
  pane: "word" | "excel";
  title: string;
  steps: [string, string, string];
  t: Translate;
  /** More to offer under the steps (the help link). */
  children?: React.ReactNode;
}): React.JSX.Element | null {
  const styles = useStyles();
  const [done, setDone] = React.useState(() => firstRunDone(pane));
  if (done) return null;
  return (
    <Card
      className={styles.card}
      appearance="filled-alternative"
      role="region"
      aria-labelledby={`first-run-${pane}`}
      data-testid="first-run"
    >
      <Text as="h3" weight="semibold" id={`first-run-${pane}`} className={styles.heading}>
        {title}
      </Text>
      <ol className={styles.steps}>
        {steps.map((step) => (
          <li key={step} className={styles.step}>
            <Body1>{step}</Body1>
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button
          size="small"
          onClick={() => {
            try {
              window.localStorage.setItem(FIRST_RUN_KEY + pane, "1");
            } catch {
              // Storage refused: the card goes for this session.
            }
            setDone(true);
          }}
        >
          {t("firstRunDismiss")}
        </Button>
        {children}
      </div>
    </Card>
  );
}

const HELP_PAGES: Record<Language, string> = {
  en: "help.html",
  fr: "help.fr.html",
  es: "help.es.html",
};

/** The help page in the user's language, next to the pane's own page. */
export function helpUrl(language: Language, base = window.location.href): string {
  return new URL(HELP_PAGES[language], base).href;
}

export function HelpLink({ language, t }: { language: Language; t: Translate }): React.JSX.Element {
  const url = helpUrl(language);
  return (
    <Link
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      title={t("helpOpen")}
      onClick={(e) => {
        if (openInBrowser(url)) e.preventDefault();
      }}
    >
      {t("help")}
    </Link>
  );
}

/** "What is Double-SMART?": the ten criteria, what each asks and an example. */
export function DoubleSmartGuide({
  t,
  onBack,
}: {
  t: Translate;
  onBack?: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <SubView
      id="guide-heading"
      heading={t("guideTitle")}
      backLabel={t("guideBack")}
      onBack={onBack}
      testId="guide"
    >
      <Body1>{t("guideIntro")}</Body1>
      <ol className={styles.list}>
        {CRITERION_KEYS.map((k, i) => (
          <li key={k}>
            <Text as="h4" weight="semibold" block className={styles.heading}>
              {`${i + 1}. ${t(`criterion_${k}`)}`}
            </Text>
            <Body1 block>{t(`guide_${k}`)}</Body1>
            <Caption1 block className={styles.example}>
              {t("guideExample", { example: t(`guideExample_${k}`) })}
            </Caption1>
          </li>
        ))}
      </ol>
      <Body1>{t("guideScore")}</Body1>
    </SubView>
  );
}

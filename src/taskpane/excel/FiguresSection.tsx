import * as React from "react";
import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ExcelIntents } from "./controller";
import type { ExcelTranslate } from "./i18n";
import type { PaneState } from "./state";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** "Refresh figures": the Dashboard's values from the history (year ends, medians, replies on time, repeats), written now. */
export function FiguresSection({
  state,
  intents,
  t,
}: {
  state: PaneState;
  intents: ExcelIntents;
  t: ExcelTranslate;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.stack} aria-labelledby="figures-heading">
      <Subtitle2 as="h3" id="figures-heading">
        {t("figuresHeading")}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t("figuresIntro")}</Caption1>
      <div>
        <Button disabled={state.busy !== null} onClick={() => void intents.refreshFigures()}>
          {t("figuresRun")}
        </Button>
      </div>
    </section>
  );
}

import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { ExcelIntents } from "./controller";
import type { ExcelTranslate } from "./i18n";
import { TitledSection } from "./Section";
import type { PaneState } from "./state";

/** "Refresh figures": the Dashboard's values from the history (year ends, medians, replies on time, repeats), written now. */
export function FiguresSection(props: {
  state: PaneState;
  intents: ExcelIntents;
  t: ExcelTranslate;
}): React.JSX.Element {
  const { state, intents, t } = props;
  return (
    <TitledSection
      headingId="figures-heading"
      heading={t("figuresHeading")}
      intro={t("figuresIntro")}
      tight
    >
      <div>
        <Button disabled={state.busy !== null} onClick={() => void intents.refreshFigures()}>
          {t("figuresRun")}
        </Button>
      </div>
    </TitledSection>
  );
}

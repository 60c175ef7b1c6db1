import * as React from "react";
import { Button } from "@fluentui/react-components";
import { type SectionProps, TitledSection } from "./Section";

/** "Refresh figures": the Dashboard's values from the history (year ends, medians, replies on time, repeats), written now. */
export function FiguresSection({ state, intents, t }: SectionProps): React.JSX.Element {
  return (
    <TitledSection id="figures" heading={t("figuresHeading")} intro={t("figuresIntro")} tight>
      <div>
        <Button disabled={state.busy !== null} onClick={() => void intents.refreshFigures()}>
          {t("figuresRun")}
        </Button>
      </div>
    </TitledSection>
  );
}

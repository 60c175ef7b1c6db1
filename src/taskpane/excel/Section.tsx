/** What every tab of the Excel pane is given, and the progress line they share. */
import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Language } from "../../core/schema/plan";
import { ExcelHost } from "../../office/excel";
import type { Translate } from "../shared/i18n";
import { ExcelIntents } from "./controller";
import { ExcelTranslate } from "./i18n";
import { PaneState } from "./state";
import { BUSY_KEYS } from "./paneTexts";

export interface SectionProps {
  state: PaneState;
  intents: ExcelIntents;
  t: ExcelTranslate;
  host?: ExcelHost | null;
  /** The shell's translator, for the shared components (the import preview). */
  shellT?: Translate;
  language?: Language;
}

export function Progress({
  state,
  t,
  language,
}: SectionProps & { language: Language }): React.JSX.Element {
  const numbers = new Intl.NumberFormat(language);
  const progress = state.progress;
  const label = state.busy
    ? [
        t(BUSY_KEYS[state.busy]),
        progress
          ? t("progressRows", {
              done: numbers.format(progress.done),
              total: numbers.format(progress.total),
            })
          : "",
      ]
        .filter(Boolean)
        .join(" ")
    : "";
  return (
    <div aria-live="polite" aria-busy={state.busy !== null}>
      {state.busy ? (
        <Field validationMessage={label} validationState="none">
          <ProgressBar
            aria-label={label}
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
        </Field>
      ) : null}
    </div>
  );
}

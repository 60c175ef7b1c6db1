/** What every tab of the Excel pane is given, and the progress line they share. */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  Subtitle2,
  type ButtonProps,
} from "@fluentui/react-components";
import type { Language } from "../../core/schema/plan";
import { ExcelHost } from "../../office/excel";
import type { Translate } from "../shared/i18n";
import { ExcelIntents } from "./controller";
import { ExcelTranslate } from "./i18n";
import { PaneState } from "./state";
import { BUSY_KEYS } from "./paneTexts";
import { useStyles } from "./paneStyles";

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

/**
 * A titled part of a tab: its heading (which names the section for a screen
 * reader), the intro in a muted caption where there is one, then its content.
 */
export function TitledSection({
  id,
  heading,
  intro,
  level = "h3",
  tight = false,
  children,
}: {
  /** The section's name: its heading's id is it and "-heading". */
  id: string;
  heading: string;
  intro?: string;
  level?: "h3" | "h4";
  /** The smaller gap between its parts. */
  tight?: boolean;
  children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const headingId = `${id}-heading`;
  return (
    <section className={tight ? styles.tightStack : styles.stack} aria-labelledby={headingId}>
      <Subtitle2 as={level} id={headingId}>
        {heading}
      </Subtitle2>
      {intro === undefined ? null : <Caption1 className={styles.hint}>{intro}</Caption1>}
      {children}
    </section>
  );
}

/** A row holding one button (the section's action), laid out as every row of the pane. */
export function ActionRow(props: ButtonProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button {...props} />
    </div>
  );
}

/** What the file button and the no-file line say: the shell's words, else the section's label. */
export function fileWords(
  shellT: Translate | undefined,
  label: string
): { button: string; none: string } {
  return { button: shellT ? shellT("fileChoose") : label, none: shellT ? shellT("fileNone") : "" };
}

/** A tab's opening: what it does (its "…Intro"), and the primary button that does it (its "…Run"). */
export function TabIntro({
  tab,
  state,
  t,
  onRun,
}: SectionProps & { tab: "quality" | "followUp"; onRun: () => Promise<void> }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      <Caption1 className={styles.hint}>{t(`${tab}Intro`)}</Caption1>
      <ActionRow appearance="primary" disabled={state.busy !== null} onClick={() => void onRun()}>
        {t(`${tab}Run`)}
      </ActionRow>
    </>
  );
}

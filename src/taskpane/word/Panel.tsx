/** What the panels of "Send the recommendations" share: their props and their titled frame. */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { usePanelStyles } from "../shared/layout";
import { SubView } from "../shared/SubView";
import type { Language } from "../shared/i18n";
import type { WordT } from "./i18n";

/** What every panel is given. */
export interface PanelProps {
  t: WordT;
  language: Language;
  /** Another task is running in the pane, or the document is not ready. */
  disabled: boolean;
}

/** A panel with its own heading (h4), which names it for a screen reader. */
export function TitledPanel({
  headingId,
  heading,
  children,
}: {
  headingId: string;
  heading: string;
  children?: React.ReactNode;
}): React.JSX.Element {
  const styles = usePanelStyles();
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {children}
    </section>
  );
}

/** A view opened over the review (the report's details, sharing): its heading, and Back to the review. */
export function OverReview({
  id,
  heading,
  t,
  onBack,
  children,
}: {
  /** The view's name: its heading's id is it and "-heading". */
  id: string;
  heading: string;
  t: WordT;
  onBack: () => void;
  children?: React.ReactNode;
}): React.JSX.Element {
  return (
    <SubView id={`${id}-heading`} heading={heading} backLabel={t("backToReview")} onBack={onBack}>
      {children}
    </SubView>
  );
}

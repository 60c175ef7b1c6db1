/** What the panels of "Send the recommendations" share: their props and their titled frame. */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { usePanelStyles } from "../shared/layout";
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

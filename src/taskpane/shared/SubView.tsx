/**
 * A view a pane opens over its main one (the report's details, sending,
 * "What is Double-SMART?"): a Back button, then a heading that takes the
 * keyboard's focus when the view opens, so a screen reader says where the
 * user is, then the view's content.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

export function SubView({
  id,
  heading,
  backLabel,
  onBack,
  testId,
  children,
}: {
  /** The heading's id, which labels the view. */
  id: string;
  heading: string;
  backLabel: string;
  /** Without it, no Back button (the view is the pane's only one). */
  onBack?: () => void;
  testId?: string;
  children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => ref.current?.focus(), []);
  return (
    <section className={styles.stack} aria-labelledby={id} data-testid={testId}>
      {onBack ? (
        <div>
          <Button size="small" onClick={onBack}>
            {backLabel}
          </Button>
        </div>
      ) : null}
      <Text
        as="h3"
        size={400}
        weight="semibold"
        id={id}
        className={styles.heading}
        ref={ref}
        tabIndex={-1}
      >
        {heading}
      </Text>
      {children}
    </section>
  );
}

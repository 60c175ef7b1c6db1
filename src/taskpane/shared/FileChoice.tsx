/**
 * Choosing a file, styled as the rest of the pane: a button that opens the
 * browser's file dialog, and the name of the file chosen. The native input
 * stays in the page (visually hidden, named by the label) for assistive
 * technology and tests; the button is what the keyboard reaches.
 */
import * as React from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { hint, visuallyHidden } from "./layout";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  hint,
  hidden: {
    ...visuallyHidden,
    margin: "-1px",
    padding: 0,
    border: 0,
  },
});

export function FileChoice({
  id,
  label,
  button,
  hint,
  accept,
  chosen,
  none,
  disabled,
  busy,
  onFile,
}: {
  id: string;
  label: string;
  /** The button's text ("Choose a file…"). */
  button: string;
  hint?: string;
  accept: string;
  /** The name of the file last chosen, shown beside the button. */
  chosen: string;
  /** Shown when no file is chosen yet. */
  none: string;
  disabled?: boolean;
  /**
   * Work under way: no file is taken meanwhile, yet the button keeps its
   * look, so that it does not flash grey for the second a file is read.
   */
  busy?: boolean;
  onFile: (file: File) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;
  const nameId = `${id}-name`;
  return (
    <div className={styles.root}>
      <Text as="span" weight="semibold">
        <label htmlFor={id}>{label}</label>
      </Text>
      <div className={styles.row}>
        <Button
          disabled={disabled}
          aria-describedby={`${nameId}${hint ? ` ${hintId}` : ""}`}
          onClick={() => {
            if (!busy) input.current?.click();
          }}
        >
          {button}
        </Button>
        <Caption1 id={nameId} className={styles.name}>
          {chosen || none}
        </Caption1>
      </div>
      <input
        ref={input}
        id={id}
        className={styles.hidden}
        type="file"
        tabIndex={-1}
        accept={accept}
        disabled={disabled || busy}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared at once, so choosing the same file again (a corrected report) reads it again.
          event.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
      {hint ? (
        <Caption1 id={hintId} className={styles.hint}>
          {hint}
        </Caption1>
      ) : null}
    </div>
  );
}

/**
 * The one place a pane says what happened: newest first, at the top of the
 * pane. A success without an action fades after a few seconds (not while
 * the pointer or the keyboard is on it); a problem, and a success that
 * offers something (Undo), stays until it is solved, replaced or dismissed.
 * The panes word the messages; this only shows them.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

export interface ShownNotice {
  id: number;
  intent: "error" | "warning" | "success" | "info";
  /** What the notice is, for tests and styling: data-testid="notice-<key>". */
  key: string;
  /** A word before the message ("Error", "Done") where the pane says what kind of notice it is. */
  title?: string;
  text: string;
  /** Office's own words under ours, so nothing is hidden. */
  details?: string;
  actions?: { label: string; onClick: () => void; primary?: boolean }[];
}

/** How long a success stays on screen. */
export const FADE_AFTER_MS = 6000;

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
});

function Notice({
  notice,
  dismissLabel,
  onDismiss,
}: {
  notice: ShownNotice;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const fades = notice.intent === "success" && !notice.actions?.length;
  const held = React.useRef(false);
  React.useEffect(() => {
    if (!fades) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      timer = setTimeout(() => (held.current ? wait() : onDismiss(notice.id)), FADE_AFTER_MS);
    };
    wait();
    return () => clearTimeout(timer);
  }, [fades, notice.id, onDismiss]);
  const hold = (on: boolean) => () => {
    held.current = on;
  };
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid={`notice-${notice.key}`}
      onMouseEnter={hold(true)}
      onMouseLeave={hold(false)}
      onFocus={hold(true)}
      onBlur={hold(false)}
    >
      <MessageBarBody>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.text}
        {notice.details ? <Caption1 block>{notice.details}</Caption1> : null}
      </MessageBarBody>
      {fades ? null : (
        <MessageBarActions
          className={styles.actions}
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              aria-label={dismissLabel}
              title={dismissLabel}
              onClick={() => onDismiss(notice.id)}
            >
              ×
            </Button>
          }
        >
          {(notice.actions ?? []).map((action) => (
            <Button
              key={action.label}
              size="small"
              appearance={action.primary ? "primary" : "secondary"}
              onClick={action.onClick}
            >
              {action.label}
            </Button>
          ))}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function Notices({
  notices,
  label,
  dismissLabel,
  onDismiss,
}: {
  notices: ShownNotice[];
  /** The region's name for screen readers ("Messages"). */
  label: string;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.area} role="region" aria-label={label} aria-live="polite">
      {notices.map((notice) => (
        <Notice key={notice.id} notice={notice} dismissLabel={dismissLabel} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

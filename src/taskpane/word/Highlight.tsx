import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { mergeSpans } from "../../core/review";
import type { Span } from "../../core/smart/types";

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

/** The text with the evidence spans marked. */
export function Highlighted({ text, spans }: { text: string; spans: Span[] }): React.JSX.Element {
  const styles = useStyles();
  const pieces: React.ReactNode[] = [];
  let at = 0;
  mergeSpans(spans).forEach(([s, e], i) => {
    if (s > at) pieces.push(text.slice(at, s));
    pieces.push(
      <mark key={i} className={styles.mark}>
        {text.slice(s, e)}
      </mark>
    );
    at = e;
  });
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}

/** The evidence stretches of a text, marked, separated by ellipses. */
export function Snippets({ text, spans }: { text: string; spans: Span[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {mergeSpans(spans).map(([s, e], i) => (
        <React.Fragment key={i}>
          {i > 0 ? " … " : ""}
          <mark className={styles.mark}>{text.slice(s, e)}</mark>
        </React.Fragment>
      ))}
    </>
  );
}

/** The words of the first evidence stretch, to find them in the document. */
export function firstEvidence(text: string, spans: Span[]): string {
  const [first] = mergeSpans(spans);
  return first ? text.slice(first[0], first[1]) : "";
}

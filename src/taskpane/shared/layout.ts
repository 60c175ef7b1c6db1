/**
 * The layout pieces both panes compose their classes from: a column, a
 * wrapping row, a list without bullets, a muted hint, a two-column count
 * table, text only a screen reader reads. One place, so the panes keep one
 * look; each pane's makeStyles picks the gaps it uses.
 */
import { makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";

/** Children one under another, `gap` apart. */
export const column = (gap: string): GriffelStyle => ({
  display: "flex",
  flexDirection: "column",
  gap,
});

/** Children side by side, wrapping on a narrow pane. */
export const wrapRow = (alignItems: "center" | "end", gap = tokens.spacingHorizontalS) =>
  ({ display: "flex", flexWrap: "wrap", gap, alignItems }) satisfies GriffelStyle;

/** A list without bullets or indent, its items `gap` apart. */
export const plainList = (gap: string): GriffelStyle => ({
  listStyleType: "none",
  margin: 0,
  padding: 0,
  ...column(gap),
});

/** Secondary words (an intro, a hint) in the muted colour. */
export const hint: GriffelStyle = { color: tokens.colorNeutralForeground2 };

/** A `<dl>` of labels and figures, the figures at the end of the line. */
export const counts: GriffelStyle = {
  display: "grid",
  gridTemplateColumns: "1fr auto",
  gap: tokens.spacingVerticalXS,
  margin: 0,
};
export const count: GriffelStyle = {
  margin: 0,
  fontWeight: tokens.fontWeightSemibold,
  textAlign: "end",
};

/** Out of sight, still read by a screen reader (and still a working control). */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};

/** The classes of a Word pane panel: a column, a row of buttons, a heading without margin. */
export const usePanelStyles = makeStyles({
  stack: column(tokens.spacingVerticalS),
  row: wrapRow("center"),
  heading: { margin: 0 },
});

/** The layout of a recommendation's detail view and its parts. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  nav: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  // Previous and Next are one character each: as narrow as their mark, so that the bar stays on one line.
  arrow: { minWidth: "32px", paddingInline: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0 },
  badge: { whiteSpace: "nowrap" },
  text: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  walk: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

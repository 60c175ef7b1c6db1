/** The Excel pane's layout classes, one set for every tab. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  issue: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    minHeight: "32px",
  },
  counts: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: tokens.spacingVerticalXS,
    margin: 0,
  },
  count: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "end" },
  hint: { color: tokens.colorNeutralForeground2 },
  // One row at any width (320 px, French): the tabs share it, a long name takes two lines inside its tab.
  tabs: {
    display: "flex",
    flexWrap: "nowrap",
    gap: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    borderRadius: 0,
    flex: "1 1 auto",
    minWidth: 0,
    whiteSpace: "normal",
    paddingInline: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  selectedTab: {
    borderRadius: 0,
    flex: "1 1 auto",
    minWidth: 0,
    whiteSpace: "normal",
    paddingInline: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

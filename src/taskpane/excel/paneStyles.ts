/** The Excel pane's layout classes, one set for every tab. */
import { makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";
import { column, count, counts, hint, plainList, wrapRow } from "../shared/layout";

/** A tab of the tab bar; the selected one adds its underline and weight. */
const tab: GriffelStyle = {
  borderRadius: 0,
  flex: "1 1 auto",
  minWidth: 0,
  whiteSpace: "normal",
  paddingInline: tokens.spacingHorizontalXXS,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
};

export const useStyles = makeStyles({
  stack: column(tokens.spacingVerticalM),
  tightStack: column(tokens.spacingVerticalS),
  row: wrapRow("end"),
  list: plainList(tokens.spacingVerticalXS),
  issue: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    minHeight: "32px",
  },
  counts,
  count,
  hint,
  // One row at any width (320 px, French): the tabs share it, a long name takes two lines inside its tab.
  tabs: {
    display: "flex",
    flexWrap: "nowrap",
    gap: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab,
  selectedTab: {
    ...tab,
    borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

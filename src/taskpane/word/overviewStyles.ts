/** The layout of the review's overview: the summary card, the filters, the list. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { column, plainList } from "../shared/layout";

export const useStyles = makeStyles({
  stack: column(tokens.spacingVerticalS),
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 0, whiteSpace: "nowrap" },
  listHead: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  grow: { flexGrow: 1 },
  list: plainList(tokens.spacingVerticalXXS),
  row: {
    width: "100%",
    height: "auto",
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    textAlign: "start",
    justifyContent: "stretch",
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  label: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  snippet: {
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
  },
  badges: {
    display: "flex",
    flexDirection: "column",
    alignItems: "end",
    gap: tokens.spacingVerticalXXS,
  },
  badge: { whiteSpace: "nowrap" },
  candidateMark: { alignSelf: "flex-start" },
});

/**
 * The import preview's layout. At a task pane's width (320 px) a four-column table leaves the text a
 * hundred pixels: each row is laid out on two lines instead, the box and the badges above, the text
 * and its details across the whole width below. The table keeps its roles for screen readers.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { column, hint, visuallyHidden } from "./layout";

/**
 * At a task pane's width (320 px) a four-column table leaves the text a
 * hundred pixels: each row is laid out on two lines instead, the box and the
 * badges above, the text and its details across the whole width below. The
 * table keeps its roles (table, rows, cells) for screen readers.
 */
export const useStyles = makeStyles({
  table: { width: "100%", display: "block" },
  row: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto auto",
    gridTemplateAreas: `"check . score state" "rec rec rec rec"`,
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    height: "auto",
    minHeight: 0,
  },
  header: { gridTemplateAreas: `"check rec score state"` },
  check: { gridArea: "check", width: "auto", minWidth: 0, paddingInline: 0 },
  rec: { gridArea: "rec", minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
  score: { gridArea: "score", width: "auto", minWidth: 0, paddingInline: 0 },
  state: { gridArea: "state", width: "auto", minWidth: 0, paddingInline: 0 },
  cell: { overflowWrap: "anywhere", height: "auto", display: "block" },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  visuallyHidden,
  stack: column(tokens.spacingVerticalXXS),
  ref: { fontWeight: tokens.fontWeightSemibold },
  hint,
  flag: { color: tokens.colorPaletteDarkOrangeForeground2 },
  candidate: { alignSelf: "flex-start" },
  skipped: { color: tokens.colorNeutralForeground3 },
  details: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  detailTerm: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  detailValue: { margin: 0 },
  guessed: { color: tokens.colorPaletteDarkOrangeForeground2 },
  editor: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  editButton: { alignSelf: "flex-start" },
  editHint: { gridColumn: "1 / -1" },
  caption: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

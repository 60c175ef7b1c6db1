/**
 * The preview of an import, shared by the Excel pane (Import) and the Word
 * pane (Send to tracker): one row per recommendation with a box to leave it
 * out, its number, a short text, its Double-SMART score and addressee, what
 * the import would do to the tracker, and the choices that are the user's
 * alone (replacing a tracked text, confirming a repeat link), both off until
 * ticked. Texts the finder was not sure of ("possibly a recommendation")
 * come unticked and say so: nothing it found is dropped silently. It
 * renders and raises new choices; the pane decides what happens.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { columnHeader } from "../../core/schema/columns";
import type { Language } from "../../core/schema/plan";
import type { ImportChoices, ImportItem, ImportPlan } from "../../core/tracker/store";
import type { MessageKey, Translate } from "./i18n";
import {
  type DetailSource,
  type ShownDetail,
  setDetailEdit,
  shownDetails,
  isSelected,
  repeatConfirmed,
  scoreColor,
  selectable,
  selectedCount,
  selectionState,
  setAllSelected,
  setRepeatConfirmed,
  setSelected,
  setTextAccepted,
  shortText,
  textAccepted,
} from "./importChoices";

export interface ImportPreviewProps {
  plan: ImportPlan;
  choices: ImportChoices;
  onChange: (choices: ImportChoices) => void;
  /** The shell's translator (PaneBodyProps.t): the preview's strings are in src/taskpane/shared/i18n. */
  t: Translate;
  /** Language of the column names in "Changes: ..." and of numbers. */
  language: Language;
  /** While an import runs. */
  disabled?: boolean;
  /** The report's date was entered by the user (the report did not say it). */
  dateGiven?: boolean;
  /** Indices (ImportItem.index) of possible recommendations, shown as such; the pane starts them unticked. */
  candidates?: readonly number[];
}

/**
 * At a task pane's width (320 px) a four-column table leaves the text a
 * hundred pixels: each row is laid out on two lines instead, the box and the
 * badges above, the text and its details across the whole width below. The
 * table keeps its roles (table, rows, cells) for screen readers.
 */
const useStyles = makeStyles({
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
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  ref: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
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

const SOURCE_KEYS: Record<DetailSource, MessageKey> = {
  report: "previewFromReport",
  guessed: "previewGuessed",
  tracker: "previewInTracker",
  you: "previewByYou",
  none: "previewNotSet",
};

const DATE_KEYS = new Set(["dateMade", "deadline"]);

/** A stored date as the user's language writes it ("22 May 2024"); other values as they are. */
function shownValue(detail: ShownDetail, dates: Intl.DateTimeFormat): string {
  if (DATE_KEYS.has(detail.key) && /^\d{4}-\d{2}-\d{2}$/.test(detail.value))
    return dates.format(new Date(`${detail.value}T00:00:00Z`));
  return detail.value;
}

const STATE_KEYS = {
  new: "previewStateNew",
  update: "previewStateUpdate",
  unchanged: "previewStateUnchanged",
} as const;

const STATE_COLORS = { new: "brand", update: "warning", unchanged: "subtle" } as const;

function refOf(item: ImportItem, t: Translate): string {
  const ref = item.incoming.ref;
  return ref === undefined || ref === null || ref === "" ? t("previewNoRef") : String(ref);
}

function scoreOf(item: ImportItem): number | null {
  const score = item.incoming.smartScore;
  return typeof score === "number" && Number.isFinite(score) ? score : null;
}

export function ImportPreview({
  plan,
  choices,
  onChange,
  t,
  language,
  disabled = false,
  dateGiven = false,
  candidates = [],
}: ImportPreviewProps): React.JSX.Element {
  const styles = useStyles();
  const numbers = React.useMemo(
    () => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }),
    [language]
  );
  const all = selectionState(plan, choices);
  const total = plan.items.filter(selectable).length;
  const possible = new Set(candidates);
  return (
    <div className={styles.stack}>
      <Caption1 role="status" aria-live="polite">
        {t("previewSelected", {
          selected: String(selectedCount(plan, choices)),
          total: String(total),
        })}
      </Caption1>
      {plan.rowsWithoutId && plan.rowsWithoutId.length > 0 ? (
        <Caption1 className={styles.flag}>
          {t("previewRowsWithoutId", {
            count: String(plan.rowsWithoutId.length),
            rows: plan.rowsWithoutId.join(", "),
          })}
        </Caption1>
      ) : null}
      {possible.size > 0 ? (
        <Caption1 className={styles.hint}>
          {t("previewCandidates", { count: String(possible.size) })}
        </Caption1>
      ) : null}
      <Table className={styles.table} aria-label={t("previewLabel")} size="small" noNativeElements>
        <TableHeader>
          <TableRow className={mergeClasses(styles.row, styles.header)}>
            <TableHeaderCell className={styles.check}>
              <Checkbox
                aria-label={t("previewSelectAll")}
                disabled={disabled || total === 0}
                checked={all === "all" ? true : all === "none" ? false : "mixed"}
                onChange={(_e, data) =>
                  onChange(setAllSelected(plan, choices, data.checked === true))
                }
              />
            </TableHeaderCell>
            <TableHeaderCell className={styles.rec}>
              {t("previewColumnRecommendation")}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.score, styles.visuallyHidden)}>
              {t("previewColumnScore")}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.state, styles.visuallyHidden)}>
              {t("previewColumnState")}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.items.map((item) => (
            <PreviewRow
              key={item.index}
              item={item}
              choices={choices}
              onChange={onChange}
              t={t}
              language={language}
              disabled={disabled}
              dateGiven={dateGiven}
              candidate={possible.has(item.index)}
              formatScore={(score) => numbers.format(score)}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** What a row and its details are drawn from. */
interface RowProps {
  item: ImportItem;
  choices: ImportChoices;
  onChange: (choices: ImportChoices) => void;
  t: Translate;
  language: Language;
  disabled: boolean;
  dateGiven: boolean;
  /** A possible recommendation (below the finder's threshold), shown as such and unticked at first. */
  candidate: boolean;
}

function PreviewRow({
  formatScore,
  ...props
}: RowProps & { formatScore: (score: number) => string }): React.JSX.Element {
  const { item, choices, onChange, t, language, disabled, candidate } = props;
  const styles = useStyles();
  const ref = refOf(item, t);
  const score = scoreOf(item);
  const canChoose = selectable(item);
  const selected = canChoose && isSelected(choices, item.index);
  const text = String(item.incoming.text ?? "");
  const changed = item.changed.filter((key) => key !== "text");
  const proposal = item.repeatProposal;
  const textId = `import-${item.index}-text`;
  const candidateId = `import-${item.index}-candidate`;
  return (
    <TableRow
      className={styles.row}
      aria-describedby={candidate ? `${candidateId} ${textId}` : textId}
    >
      <TableCell className={styles.check}>
        <Checkbox
          aria-label={t("previewImportOne", { ref })}
          aria-describedby={candidate ? candidateId : undefined}
          checked={selected}
          disabled={disabled || !canChoose}
          onChange={(_e, data) => onChange(setSelected(choices, item.index, data.checked === true))}
        />
      </TableCell>
      <TableCell className={mergeClasses(styles.rec, styles.cell)}>
        <div className={mergeClasses(styles.stack, !selected && styles.skipped)}>
          {candidate ? (
            <Badge
              id={candidateId}
              className={mergeClasses(styles.candidate, styles.badge)}
              appearance="tint"
              color="warning"
              title={t("previewCandidateHint")}
            >
              {t("previewCandidate")}
            </Badge>
          ) : null}
          <Text id={textId} title={text}>
            <span className={styles.ref}>{ref}</span> {shortText(text)}
          </Text>
          {canChoose ? <Details {...props} disabled={disabled || !selected} refText={ref} /> : null}
          {changed.length > 0 && item.state === "update" ? (
            <Caption1>
              {t("previewChanges", {
                columns: changed.map((key) => columnHeader(key, language)).join(", "),
              })}
            </Caption1>
          ) : null}
          {item.textChange ? (
            <>
              <Caption1 className={styles.flag}>{t("previewTextChanged")}</Caption1>
              <Checkbox
                label={t("previewReplaceText")}
                checked={textAccepted(choices, item.index)}
                disabled={disabled || !selected}
                onChange={(_e, data) =>
                  onChange(setTextAccepted(choices, item.index, data.checked === true))
                }
              />
            </>
          ) : null}
          {proposal ? (
            <>
              <Caption1 className={styles.flag}>
                {t("previewRepeat", {
                  ref: proposal.ref || proposal.id,
                  report: proposal.report || "—",
                  text: shortText(proposal.text, 100),
                })}
              </Caption1>
              <Checkbox
                label={t("previewConfirmRepeat", { ref: proposal.ref || proposal.id })}
                checked={repeatConfirmed(choices, item)}
                disabled={disabled || !selected}
                onChange={(_e, data) =>
                  onChange(setRepeatConfirmed(choices, item, data.checked === true))
                }
              />
            </>
          ) : null}
          {item.flags.includes("duplicateInBatch") ? (
            <Caption1 className={styles.flag}>{t("previewDuplicate")}</Caption1>
          ) : null}
          {item.flags.includes("idOfAnotherReport") ? (
            <Caption1 className={styles.flag}>
              {t("previewIdOfAnotherReport", {
                row: String(item.idOfReport?.row ?? "?"),
                report: item.idOfReport?.report ?? "—",
              })}
            </Caption1>
          ) : null}
          {item.flags.includes("missingColumn") ? (
            <Caption1 className={styles.flag}>{t("previewMissingColumn")}</Caption1>
          ) : null}
        </div>
      </TableCell>
      <TableCell className={styles.score}>
        <Badge
          className={styles.badge}
          appearance="tint"
          color={scoreColor(score)}
          aria-label={
            score === null ? t("previewNoScore") : t("previewScore", { score: formatScore(score) })
          }
        >
          {score === null ? "—" : formatScore(score)}
        </Badge>
      </TableCell>
      <TableCell className={styles.state}>
        <Badge className={styles.badge} appearance="outline" color={STATE_COLORS[item.state]}>
          {t(STATE_KEYS[item.state])}
        </Badge>
      </TableCell>
    </TableRow>
  );
}

/**
 * What the import writes for one recommendation besides its text: date
 * made, deadline, place, type of place, addressee and theme, each marked
 * read from the report, guessed, kept from the tracker or entered by the
 * user, with a way to change them before importing.
 */
function Details({
  item,
  choices,
  onChange,
  t,
  language,
  disabled,
  dateGiven,
  refText,
}: RowProps & { refText: string }): React.JSX.Element {
  const styles = useStyles();
  const [editing, setEditing] = React.useState(false);
  const dates = React.useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }),
    [language]
  );
  const details = shownDetails(item, choices, dateGiven);
  const edits = choices.edits?.[item.index] ?? {};
  const editorId = `import-${item.index}-details`;
  return (
    <>
      <div role="group" aria-label={t("previewDetailsLabel", { ref: refText })}>
        <dl className={styles.details}>
          {details.map((detail) => (
            <React.Fragment key={detail.key}>
              <dt className={mergeClasses(styles.caption, styles.detailTerm)}>
                {columnHeader(detail.key, language)}
              </dt>
              <dd className={mergeClasses(styles.caption, styles.detailValue)}>
                {detail.value ? `${shownValue(detail, dates)} ` : ""}
                <span className={detail.source === "guessed" ? styles.guessed : styles.hint}>
                  ({t(SOURCE_KEYS[detail.source])})
                </span>
              </dd>
            </React.Fragment>
          ))}
        </dl>
      </div>
      <Button
        className={styles.editButton}
        size="small"
        appearance="subtle"
        aria-expanded={editing}
        aria-controls={editing ? editorId : undefined}
        disabled={disabled}
        onClick={() => setEditing(!editing)}
      >
        {editing ? t("previewDoneEditing") : t("previewEditDetails", { ref: refText })}
      </Button>
      {editing ? (
        <div id={editorId} className={styles.editor} role="group">
          <Caption1 className={mergeClasses(styles.hint, styles.editHint)}>
            {t("previewEditHint")}
          </Caption1>
          {details.map((detail) => (
            <Field key={detail.key} label={columnHeader(detail.key, language)} size="small">
              <Input
                size="small"
                type={DATE_KEYS.has(detail.key) ? "date" : "text"}
                value={edits[detail.key] ?? detail.value}
                disabled={disabled}
                onChange={(_e, data) =>
                  onChange(setDetailEdit(choices, item.index, detail.key, data.value))
                }
              />
            </Field>
          ))}
        </div>
      ) : null}
    </>
  );
}

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
  Caption1,
  Checkbox,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from "@fluentui/react-components";
import type { Language } from "../../core/schema/plan";
import type { ImportChoices, ImportPlan } from "../../core/tracker/store";
import type { Translate } from "./i18n";
import { selectable, selectedCount, selectionState, setAllSelected } from "./importChoices";
import { PreviewRow } from "./PreviewRow";
import { useStyles } from "./importPreviewStyles";

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

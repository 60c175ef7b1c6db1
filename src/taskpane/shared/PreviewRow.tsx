/** One recommendation of the import preview: its box, number, text, score, addressee and what the import does to it. */
import * as React from "react";
import {
  Badge,
  Caption1,
  Checkbox,
  TableCell,
  TableRow,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { columnHeader } from "../../core/schema/columns";
import type { ImportItem } from "../../core/tracker/store";
import type { Translate } from "./i18n";
import {
  isSelected,
  repeatConfirmed,
  scoreColor,
  selectable,
  setRepeatConfirmed,
  setSelected,
  setTextAccepted,
  shortText,
  textAccepted,
} from "./importChoices";
import { Details, RowProps } from "./PreviewDetails";
import { useStyles } from "./importPreviewStyles";

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

export function PreviewRow({
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

/** The details an import writes for one recommendation besides its text, and their editor. */
import * as React from "react";
import { Button, Caption1, Field, Input, mergeClasses } from "@fluentui/react-components";
import { columnHeader } from "../../core/schema/columns";
import type { Language } from "../../core/schema/plan";
import type { ImportChoices, ImportItem } from "../../core/tracker/store";
import type { MessageKey, Translate } from "./i18n";
import { type DetailSource, type ShownDetail, setDetailEdit, shownDetails } from "./importChoices";
import { useStyles } from "./importPreviewStyles";

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

/** What a row and its details are drawn from. */
export interface RowProps {
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

/**
 * What the import writes for one recommendation besides its text: date
 * made, deadline, place, type of place, addressee and theme, each marked
 * read from the report, guessed, kept from the tracker or entered by the
 * user, with a way to change them before importing.
 */
export function Details({
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

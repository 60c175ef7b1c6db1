/** Follow-up > Letters and visit briefs: documents for an authority or a visit, and the replies read back. */
import * as React from "react";
import { Body1, Caption1, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { columnHeader } from "../../core/schema/columns";
import { FileChoice } from "../shared/FileChoice";
import { ActionRow, SectionProps, TitledSection, fileWords } from "./Section";
import { useStyles } from "./paneStyles";
import { shownValue } from "./paneTexts";

/** Letters to an authority and briefs for a visit, as .docx files, and the replies read back. */
export function LettersSection(props: SectionProps): React.JSX.Element {
  const { state, intents, t, shellT, language = "en" } = props;
  const styles = useStyles();
  const busy = state.busy !== null;
  const letter = state.letter;
  const draft = state.replyDraft;
  const skip = new Set(draft?.skip ?? []);
  const items = draft ? draft.plan.items.filter((item) => item.changes.length > 0) : [];
  const chosen = items.filter((item) => !skip.has(item.id) && !item.textChanged).length;
  return (
    <TitledSection id="letters" heading={t("letterHeading")} intro={t("letterIntro")}>
      <Field label={t("letterKind")}>
        <Select
          value={letter.kind}
          disabled={busy}
          onChange={(_e, data) =>
            intents.dispatch({ type: "letterField", field: "kind", value: data.value })
          }
        >
          <option value="letter">{t("letterKindLetter")}</option>
          <option value="brief">{t("letterKindBrief")}</option>
        </Select>
      </Field>
      <Field label={t(letter.kind === "letter" ? "letterAuthority" : "letterPlace")}>
        <Input
          value={letter.party}
          disabled={busy}
          onChange={(_e, data) =>
            intents.dispatch({ type: "letterField", field: "party", value: data.value })
          }
        />
      </Field>
      <ActionRow
        appearance="primary"
        disabled={busy || !letter.party.trim()}
        onClick={() => void intents.prepareDocument()}
      >
        {t(letter.kind === "letter" ? "letterRun" : "briefRun")}
      </ActionRow>
      <FileChoice
        id="reply-file"
        label={t("replyChoose")}
        {...fileWords(shellT, t("replyChoose"))}
        chosen={draft?.fileName ?? ""}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={busy}
        onFile={(file) => void intents.chooseReplyFile(file)}
      />
      {draft ? (
        <TitledSection id="reply" heading={t("replyHeading", { file: draft.fileName })} level="h4">
          {items.length === 0 ? <Body1>{t("replyNothing", { file: draft.fileName })}</Body1> : null}
          <ul className={styles.list} aria-labelledby="reply-heading">
            {items.map((item) => (
              <li key={item.id}>
                <Checkbox
                  checked={!skip.has(item.id) && !item.textChanged}
                  disabled={busy || Boolean(item.textChanged)}
                  label={t("replyItem", {
                    id: item.id,
                    changes: item.changes
                      .map((change) =>
                        t("replyChange", {
                          column: columnHeader(change.key, language),
                          before: shownValue(change.key, change.before, t, language),
                          after: shownValue(change.key, change.after, t, language),
                        })
                      )
                      .join("; "),
                  })}
                  onChange={(_e, data) =>
                    intents.dispatch({
                      type: "replySkip",
                      id: item.id,
                      skip: data.checked !== true,
                    })
                  }
                />
                {item.textChanged ? <Caption1>{t("replyTextChanged")}</Caption1> : null}
              </li>
            ))}
            {draft.plan.items.flatMap((item) =>
              item.invalid.map((bad) => (
                <li key={`${item.id}:${bad.key}`}>
                  <Body1>
                    {t("replyInvalid", {
                      id: item.id,
                      column: columnHeader(bad.key, language),
                      value: bad.value,
                    })}
                  </Body1>
                </li>
              ))
            )}
          </ul>
          {draft.plan.unknownIds.length > 0 ? (
            <Body1>
              {t("replyUnknown", { ids: draft.plan.unknownIds.map((u) => u.id).join(", ") })}
            </Body1>
          ) : null}
          <ActionRow
            appearance="primary"
            disabled={busy || chosen === 0}
            onClick={() => void intents.applyReply()}
          >
            {t("replyApply", { count: String(chosen) })}
          </ActionRow>
        </TitledSection>
      ) : null}
    </TitledSection>
  );
}

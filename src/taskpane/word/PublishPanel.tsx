import * as React from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { InputError } from "../../core/model/errors";
import type { PublishSummary } from "../../files/docx/publish";
import { readDocumentFile } from "../../office/word/documentFile";
import { documentFileName, officePlatform } from "../../office/word/documentSettings";
import { noticeFor } from "./controller";
import { DOCX_TYPE, canDownload, downloadFile, publicationFileName } from "./exportFile";
import type { WordT } from "./i18n";
import { ProblemBar } from "./ProblemBar";
import type { SendProblem } from "./send";
import { usePanelStyles } from "../shared/layout";
import { type PanelProps, TitledPanel } from "./Panel";

/**
 * "Prepare a copy for publication": reads the open document's file (never
 * writing to it), makes the copy without the review data with the same
 * publishCopy as `rectrack publish`, and offers it as a download. Where
 * Word cannot download (Mac, iPad), a .docx cannot go through the
 * clipboard either: the pane says so and points to the command line.
 * The .docx code (zip, XML) loads on the first copy: a pane that never
 * publishes does not carry it, and the budget goes to the checker.
 */

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type PublishState =
  | { step: "idle" }
  | { step: "working" }
  | { step: "done"; file: string; summary: PublishSummary; removed: boolean; keepTags: boolean }
  | { step: "noDownload"; file: string; report: string }
  | { step: "failed"; problem: SendProblem };

/** What the copy no longer holds, one line each, in the user's language. */
export function removedLines(summary: PublishSummary, keepTags: boolean, t: WordT): string[] {
  const count = (n: number) => ({ count: String(n) });
  const lines: string[] = [];
  if (summary.reportPartsRemoved > 0) lines.push(t("publish_reportData"));
  if (summary.reportPartsCleaned > 0 && keepTags) lines.push(t("publish_reportDataCleaned"));
  if (summary.backupPartsRemoved > 0)
    lines.push(t("publish_backups", count(summary.backupPartsRemoved)));
  if (summary.tagsRemoved > 0) lines.push(t("publish_tags", count(summary.tagsRemoved)));
  if (summary.trackerLinkRemoved) lines.push(t("publish_trackerLink"));
  if (summary.otherSettingsRemoved > 0)
    lines.push(t("publish_settings", count(summary.otherSettingsRemoved)));
  if (summary.commentsRemoved > 0)
    lines.push(
      t("publish_comments", count(summary.commentsRemoved)) +
        (summary.repliesRemoved > 0
          ? `, ${t("publish_replies", count(summary.repliesRemoved))}`
          : "")
    );
  if (summary.authorsRemoved > 0) lines.push(t("publish_authors", count(summary.authorsRemoved)));
  if (summary.reviewSheetsRemoved > 0)
    lines.push(t("publish_sheets", count(summary.reviewSheetsRemoved)));
  return lines;
}

/**
 * Why the copy could not be made, in the user's words: a document Word
 * handed over that cannot be read, or Word's own problem. What the reader or
 * Word said is details (English), never the message.
 */
export function publishProblem(error: unknown): SendProblem {
  if (error instanceof InputError) return { key: "publishUnreadable", details: error.message };
  const { key, values, details } = noticeFor(error);
  return { key, values, details };
}

export function PublishPanel(
  props: PanelProps & {
    /** The report's title (saved or guessed), for the copy's file name. */
    title: string;
  }
): React.JSX.Element {
  const { title, t, language, disabled } = props;
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [keepTags, setKeepTags] = React.useState(false);
  const [state, setState] = React.useState<PublishState>({ step: "idle" });

  const prepare = async () => {
    const report = documentFileName();
    const file = publicationFileName(title, report, t("publishFileSuffix"));
    if (!canDownload(officePlatform())) {
      setState({ step: "noDownload", file, report: report || "REPORT.docx" });
      return;
    }
    setState({ step: "working" });
    try {
      const bytes = await readDocumentFile();
      const { publishCopy, removedAnything } = await import("../../files/docx/publish");
      const copy = await publishCopy(bytes, { keepTags });
      downloadFile(file, copy.bytes, DOCX_TYPE);
      const removed = removedAnything(copy.summary);
      setState({ step: "done", file, summary: copy.summary, removed, keepTags });
    } catch (error) {
      setState({ step: "failed", problem: publishProblem(error) });
    }
  };

  return (
    <TitledPanel headingId="publish-heading" heading={t("publishHeading")}>
      <Text size={200}>{t("publishHint")}</Text>
      <Checkbox
        checked={keepTags}
        onChange={(_e, d) => setKeepTags(d.checked === true)}
        label={t("publishKeepTags")}
      />
      <div className={styles.row}>
        <Button onClick={() => void prepare()} disabled={disabled || state.step === "working"}>
          {t("publishButton")}
        </Button>
        {state.step === "working" ? <Spinner size="tiny" label={t("publishWorking")} /> : null}
      </div>
      {state.step === "done" ? (
        <MessageBar intent="success" data-testid="publish-done">
          <MessageBarBody className={styles.stack}>
            {state.removed ? (
              <>
                <span>{t("publishDone", { file: state.file })}</span>
                <span>{t("publishRemoved")}</span>
                <ul className={styles.list}>
                  {removedLines(state.summary, state.keepTags, t).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : (
              <span>{t("publishNothing", { file: state.file })}</span>
            )}
            {state.summary.commentsKept > 0 ? (
              <span>{t("publishKept", { count: String(state.summary.commentsKept) })}</span>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.step === "noDownload" ? (
        <MessageBar intent="warning" data-testid="publish-noDownload">
          <MessageBarBody>
            {t("publishNoDownload", { file: state.file, report: state.report })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.step === "failed" ? (
        <ProblemBar problem={state.problem} t={t} language={language} testPrefix="publish" />
      ) : null}
    </TitledPanel>
  );
}

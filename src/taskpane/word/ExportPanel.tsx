import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { serializeBatch } from "../../core/model/batch";
import type { BatchWarning } from "../../core/model/batch-from-report";
import { documentFileName, officePlatform } from "../../office/word/documentSettings";
import { noticeFor } from "./controller";
import { batchFileName, canDownload, copyText, downloadFile } from "./exportFile";
import { ProblemBar } from "./ProblemBar";
import { batchWarningsText } from "./texts";
import type { BatchSource, SendProblem } from "./send";
import { usePanelStyles } from "../shared/layout";
import type { PanelProps } from "./Panel";

/** "Save as a file for Excel": the recommendations as a batch file, or on the clipboard where Word cannot download. */

const useStyles = makeStyles({
  json: { fontFamily: tokens.fontFamilyMonospace },
});

type ExportState =
  | { step: "idle" }
  | { step: "working" }
  | {
      step: "ready";
      file: string;
      json: string;
      warnings: BatchWarning[];
      /** What was attempted and what came of it. */
      outcome: "downloaded" | "noDownload" | "copied" | "copyFailed";
    }
  | { step: "failed"; problem: SendProblem };

export function ExportBatch(props: PanelProps & { source: BatchSource }): React.JSX.Element {
  const { source, t, language, disabled } = props;
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [state, setState] = React.useState<ExportState>({ step: "idle" });
  const textRef = React.useRef<HTMLTextAreaElement>(null);

  const exportNow = async () => {
    setState({ step: "working" });
    try {
      const { batch, warnings } = await source();
      const json = serializeBatch(batch);
      const file = batchFileName(batch.report.title, documentFileName());
      if (canDownload(officePlatform())) {
        downloadFile(file, json);
        setState({ step: "ready", file, json, warnings, outcome: "downloaded" });
      } else {
        setState({ step: "ready", file, json, warnings, outcome: "noDownload" });
      }
    } catch (error) {
      const { key, values, details } = noticeFor(error);
      setState({ step: "failed", problem: { key, values, details } });
    }
  };

  const copy = async () => {
    if (state.step !== "ready") return;
    const copied = await copyText(state.json);
    setState({ ...state, outcome: copied ? "copied" : "copyFailed" });
    if (!copied) setTimeout(() => textRef.current?.select(), 0);
  };

  const messageKey =
    state.step === "ready"
      ? (
          {
            downloaded: "exportDone",
            noDownload: "exportNoDownload",
            copied: "copyDone",
            copyFailed: "copyFailed",
          } as const
        )[state.outcome]
      : null;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button
          onClick={() => void exportNow()}
          disabled={disabled || state.step === "working"}
          aria-describedby="export-hint"
        >
          {t("exportBatch")}
        </Button>
        {state.step === "working" ? <Spinner size="tiny" aria-label={t("loading")} /> : null}
      </div>
      <Caption1 id="export-hint">{t("exportHint")}</Caption1>
      {state.step === "ready" && messageKey ? (
        <MessageBar
          intent={
            state.outcome === "copyFailed" || state.outcome === "noDownload" ? "warning" : "success"
          }
          data-testid={`export-${state.outcome}`}
        >
          <MessageBarBody>{t(messageKey, { file: state.file })}</MessageBarBody>
          <MessageBarActions>
            {state.outcome === "downloaded" || state.outcome === "noDownload" ? (
              <Button onClick={() => void copy()}>{t("copyBatch")}</Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.step === "ready" && state.warnings.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{batchWarningsText(state.warnings, t)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.step === "ready" && state.outcome === "copyFailed" ? (
        <Field label={t("batchText", { file: state.file })}>
          <Textarea
            ref={textRef}
            className={styles.json}
            value={state.json}
            readOnly
            resize="vertical"
          />
        </Field>
      ) : null}
      {state.step === "failed" ? (
        <ProblemBar problem={state.problem} t={t} language={language} />
      ) : null}
    </div>
  );
}

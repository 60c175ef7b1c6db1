import * as React from "react";
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { serializeBatch } from "../../core/model/batch";
import type { Language } from "../../core/schema/plan";
import {
  documentFileName,
  officePlatform,
  openInBrowser,
} from "../../office/word/documentSettings";
import { ImportPreview } from "../shared/ImportPreview";
import type { Translate } from "../shared/i18n";
import { selectedCount } from "../shared/importChoices";
import { noticeFor } from "./controller";
import { batchFileName, canDownload, copyText, downloadFile } from "./exportFile";
import type { WordT } from "./i18n";
import { PublishPanel } from "./PublishPanel";
import { BatchSource, recentTrackers, SendProblem, useTrackerSend } from "./send";

/**
 * "Export batch" and "Send to tracker": both take the recommendations as
 * the pane holds them (BatchSource) and say plainly what happened.
 */

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  heading: { margin: 0 },
  json: { fontFamily: tokens.fontFamilyMonospace },
});

type ExportState =
  | { step: "idle" }
  | { step: "working" }
  | {
      step: "ready";
      file: string;
      json: string;
      warnings: string[];
      /** What was attempted and what came of it. */
      outcome: "downloaded" | "noDownload" | "copied" | "copyFailed";
    }
  | { step: "failed"; problem: SendProblem };

/** Only https addresses from Graph become links (never javascript: or file:). */
function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function OpenLink({ url, label }: { url: string; label: string }): React.JSX.Element {
  return (
    <Link
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        if (openInBrowser(url)) e.preventDefault();
      }}
    >
      {label}
    </Link>
  );
}

function ExportBatch({
  source,
  t,
  disabled,
}: {
  source: BatchSource;
  t: WordT;
  disabled: boolean;
}): React.JSX.Element {
  const styles = useStyles();
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
      const notice = noticeFor(error);
      setState({ step: "failed", problem: { key: notice.key, values: notice.values } });
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
        <Button onClick={() => void exportNow()} disabled={disabled || state.step === "working"}>
          {t("exportBatch")}
        </Button>
        {state.step === "working" ? <Spinner size="tiny" aria-label={t("loading")} /> : null}
      </div>
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
          <MessageBarBody>
            {t("batchWarnings", { details: state.warnings.join("; ") })}
          </MessageBarBody>
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
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(state.problem.key, state.problem.values)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

function SendToTracker({
  source,
  t,
  shellT,
  language,
  disabled,
}: {
  source: BatchSource;
  t: WordT;
  shellT: Translate;
  language: Language;
  disabled: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const [state, intents, remembered] = useTrackerSend(source);
  const [link, setLink] = React.useState(remembered);
  const recent = recentTrackers();
  const busy = state.step === "reading" || state.step === "sending";

  return (
    <section className={styles.stack} aria-labelledby="send-heading">
      <Text as="h4" id="send-heading" weight="semibold" className={styles.heading}>
        {t("sendHeading")}
      </Text>
      <form
        className={styles.stack}
        // The pane checks the link itself and says what is wrong in the user's words.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void intents.preview(link);
        }}
      >
        <Field label={t("trackerLink")} hint={t("trackerLinkHint")}>
          <Input type="url" value={link} onChange={(_e, d) => setLink(d.value)} disabled={busy} />
        </Field>
        {recent.some((url) => url !== link) ? (
          <Field label={t("recentTrackers")}>
            <Select value="" onChange={(_e, d) => d.value && setLink(d.value)} disabled={busy}>
              <option value="">{t("recentNone")}</option>
              {recent.map((url) => (
                <option key={url} value={url}>
                  {url}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={disabled || busy || !link.trim()}>
            {t("previewSend")}
          </Button>
          {busy ? (
            <Spinner
              size="tiny"
              label={state.step === "reading" ? t("readingTracker") : t("sendingTracker")}
            />
          ) : null}
        </div>
      </form>

      {state.step === "preview" || state.step === "sending" ? (
        <div className={styles.stack} data-testid="send-preview">
          <Text>{t("previewOf", { file: state.fileName })}</Text>
          {state.warnings.length > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                {t("batchWarnings", { details: state.warnings.join("; ") })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {state.plan.reportDate ? null : (
            <MessageBar intent="warning" data-testid="send-needs-date">
              <MessageBarBody>{t("sendNeedsDate")}</MessageBarBody>
            </MessageBar>
          )}
          <ImportPreview
            plan={state.plan}
            choices={state.choices}
            onChange={intents.choose}
            t={shellT}
            language={language}
            disabled={state.step === "sending"}
            candidates={state.candidates}
          />
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => void intents.send()}
              disabled={
                state.step === "sending" ||
                selectedCount(state.plan, state.choices) === 0 ||
                !state.plan.reportDate
              }
            >
              {t("sendSelected", { count: String(selectedCount(state.plan, state.choices)) })}
            </Button>
            <Button onClick={intents.cancel} disabled={state.step === "sending"}>
              {t("cancelSend")}
            </Button>
          </div>
        </div>
      ) : null}

      {state.step === "done" ? (
        <MessageBar intent="success" data-testid="send-done">
          <MessageBarBody>
            {state.summary.added + state.summary.updated === 0 ? `${t("sendNothing")} ` : ""}
            {t("sendDone", {
              file: state.fileName,
              added: String(state.summary.added),
              updated: String(state.summary.updated),
              unchanged: String(state.summary.unchanged),
              flagged: String(state.summary.flagged),
            })}
            {state.summary.corrected > 0
              ? ` ${t("sendCorrected", { count: String(state.summary.corrected) })}`
              : ""}
          </MessageBarBody>
          {safeWebUrl(state.webUrl) ? (
            <MessageBarActions>
              <OpenLink url={safeWebUrl(state.webUrl)!} label={t("openTracker")} />
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}

      {state.step === "failed" ? (
        <MessageBar intent="error" role="alert" data-testid={`send-${state.problem.key}`}>
          <MessageBarBody>{t(state.problem.key, state.problem.values)}</MessageBarBody>
          {safeWebUrl(state.problem.webUrl) ? (
            <MessageBarActions>
              <OpenLink url={safeWebUrl(state.problem.webUrl)!} label={t("openInExcel")} />
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
    </section>
  );
}

/**
 * The pane's "Send the recommendations" part: export as a file, send to the
 * shared tracker, or prepare a copy of the report for publication.
 */
export function SharePanel({
  source,
  title,
  t,
  shellT,
  language,
  disabled,
  empty,
}: {
  source: BatchSource;
  /** The report's title, for the names of the files made. */
  title: string;
  t: WordT;
  shellT: Translate;
  language: Language;
  disabled: boolean;
  /** No recommendation tagged: nothing to share. */
  empty: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      {empty ? (
        <Text>{t("nothingToShare")}</Text>
      ) : (
        <>
          <ExportBatch source={source} t={t} disabled={disabled} />
          <SendToTracker
            source={source}
            t={t}
            shellT={shellT}
            language={language}
            disabled={disabled}
          />
        </>
      )}
      <PublishPanel title={title} t={t} disabled={disabled} />
    </div>
  );
}

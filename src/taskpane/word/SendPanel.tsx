/**
 * "Send to tracker": the tracker's link, then the import flow every pane
 * shares (preview, send, summary with the next step), over Microsoft Graph.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { openInBrowser } from "../../office/word/documentSettings";
import { ChoiceField } from "../shared/ChoiceField";
import type { Translate } from "../shared/i18n";
import { ImportFlow, WrittenSummary } from "../shared/ImportFlow";
import { ProblemBar } from "./ProblemBar";
import { batchWarningsText } from "./texts";
import { BatchSource, recentTrackers, useTrackerSend } from "./send";
import { usePanelStyles } from "../shared/layout";
import { type PanelProps, TitledPanel } from "./Panel";

/** Only https addresses from Graph become links (never javascript: or file:). */
export function safeWebUrl(url: string | null | undefined): string | null {
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

export function SendToTracker(
  props: PanelProps & { source: BatchSource; shellT: Translate }
): React.JSX.Element {
  const { source, t, shellT, language, disabled } = props;
  const styles = usePanelStyles();
  const [state, intents, remembered] = useTrackerSend(source);
  const [link, setLink] = React.useState(remembered);
  const recent = recentTrackers();
  const busy = state.step === "reading" || state.step === "sending";

  return (
    <TitledPanel headingId="send-heading" heading={t("sendHeading")}>
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
          <ChoiceField
            label={t("recentTrackers")}
            value=""
            none={t("recentNone")}
            choices={recent.map((url) => ({ value: url, label: url }))}
            disabled={busy}
            onChange={(url) => url && setLink(url)}
          />
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
        <ImportFlow
          testId="send-preview"
          heading={t("previewOf", { file: state.fileName })}
          plan={state.plan}
          choices={state.choices}
          onChoices={intents.choose}
          t={shellT}
          language={language}
          busy={state.step === "sending"}
          candidates={state.candidates}
          ready={Boolean(state.plan.reportDate)}
          commitLabel={(count) => t("sendSelected", { count: String(count) })}
          onCommit={() => void intents.send()}
          cancelLabel={t("cancelSend")}
          onCancel={intents.cancel}
        >
          {state.warnings.length > 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{batchWarningsText(state.warnings, t)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {state.plan.reportDate ? null : (
            <MessageBar intent="warning" data-testid="send-needs-date">
              <MessageBarBody>{t("sendNeedsDate")}</MessageBarBody>
            </MessageBar>
          )}
        </ImportFlow>
      ) : null}

      {state.step === "done" ? (
        <WrittenSummary
          testId="send-done"
          heading={t("sendSummaryHeading", { file: state.fileName })}
          status={
            (state.summary.added + state.summary.updated === 0 ? `${t("sendNothing")} ` : "") +
            t("sendDone", {
              file: state.fileName,
              added: String(state.summary.added),
              updated: String(state.summary.updated),
              unchanged: String(state.summary.unchanged),
              flagged: String(state.summary.flagged),
            }) +
            (state.summary.corrected > 0
              ? ` ${t("sendCorrected", { count: String(state.summary.corrected) })}`
              : "") +
            (state.figuresFailed ? ` ${t("sendFiguresNotRefreshed")}` : "")
          }
          summary={state.summary}
          t={shellT}
          next={
            safeWebUrl(state.webUrl)
              ? [
                  {
                    label: t("openTracker"),
                    href: safeWebUrl(state.webUrl)!,
                    onClick: (e) => {
                      if (openInBrowser(safeWebUrl(state.webUrl)!)) e.preventDefault();
                    },
                  },
                ]
              : []
          }
        />
      ) : null}

      {state.step === "failed" ? (
        <ProblemBar problem={state.problem} t={t} language={language} testPrefix="send">
          {safeWebUrl(state.problem.webUrl) ? (
            <MessageBarActions>
              <OpenLink url={safeWebUrl(state.problem.webUrl)!} label={t("openInExcel")} />
            </MessageBarActions>
          ) : null}
        </ProblemBar>
      ) : null}
    </TitledPanel>
  );
}

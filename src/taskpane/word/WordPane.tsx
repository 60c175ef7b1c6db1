import * as React from "react";
import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { withGuessedDetails } from "../../core/model/batch-from-report";
import { officeWordHost } from "../../office/word/host";
import { DoubleSmartGuide, FirstRun, HelpLink } from "../shared/Guidance";
import type { Language, Translate } from "../shared/i18n";
import type { PaneBodyProps } from "../shared/mountPane";
import { Notices, ShownNotice } from "../shared/Notices";
import type { Notice, NoticeAction } from "./state";
import type { WordIntents } from "./controller";
import { Detail } from "./Detail";
import { ReportDetailsView } from "./DetailsForms";
import { WordT, wordTranslator } from "./i18n";
import type { WordMessageKey } from "./i18n/en";
import { Overview } from "./Overview";
import { SharePanel } from "./SharePanel";
import { problemText } from "./texts";
import type { View, WordState } from "./state";
import { Toolbar } from "./Toolbar";
import { useWordPane } from "./useWordPane";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const ACTION_KEYS: Record<NoticeAction, WordMessageKey> = {
  undo: "undo",
  startFresh: "startFresh",
  newIds: "newIds",
  sameReport: "sameReport",
};

function shown(notice: Notice, t: WordT, language: Language, intents: WordIntents): ShownNotice {
  const run: Record<NoticeAction, () => void> = {
    undo: () => void intents.undo(),
    startFresh: () => void intents.startFresh(),
    newIds: () => void intents.newIds(),
    sameReport: () => void intents.sameReport(),
  };
  return {
    id: notice.id,
    intent: notice.intent,
    key: notice.key,
    ...problemText(notice, t, language),
    actions: notice.actions?.map((action, i) => ({
      label: t(ACTION_KEYS[action]),
      onClick: run[action],
      primary: i === 0,
    })),
  };
}

/** Keyboard shortcuts of the review: N and P move, A and K decide, Escape goes back; never while typing. */
function useShortcuts(state: WordState, intents: WordIntents): void {
  const ref = React.useRef(state);
  ref.current = state;
  React.useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (
        target?.closest(
          "input, textarea, select, [contenteditable=true], [role=menu], [role=menuitem], [role=listbox], [role=dialog]"
        )
      )
        return;
      const now = ref.current;
      if (now.view.kind !== "detail") return;
      const id = now.view.id;
      const key = event.key.toLowerCase();
      if (key === "n" || key === "p") {
        intents.dispatch({ type: "step", direction: key === "n" ? 1 : -1 });
      } else if ((key === "a" || key === "k") && now.focus && !now.busy) {
        const item = now.items.find((i) => i.meta.id === id);
        if (!item?.check || item.meta.overrides[now.focus]) return;
        if (item.check.criteria[now.focus].verdict === "met") return;
        void intents.decide(id, now.focus, key === "a" ? "met" : "not_met", "");
      } else if (event.key === "Escape") {
        intents.dispatch({ type: "view", view: { kind: "overview" } });
      } else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [intents]);
}

function ActivePane({
  t,
  shellT,
  language,
}: {
  t: WordT;
  shellT: Translate;
  language: Language;
}): React.JSX.Element {
  const styles = useStyles();
  const host = React.useMemo(() => officeWordHost(), []);
  const [state, intents] = useWordPane(host, language);
  useShortcuts(state, intents);
  // What the toolbar, the overview and a recommendation's view are each given.
  const pane = { state, intents, t, shellT, language };
  const dismiss = React.useCallback(
    (id: number) => intents.dispatch({ type: "dismiss", id }),
    [intents]
  );
  // After the first Find, the keyboard lands on the review's one button.
  const tagged = state.items.length > 0;
  React.useEffect(() => {
    if (tagged && document.hasFocus()) document.getElementById("review-primary")?.focus();
  }, [tagged]);
  const show = (shown: View) => intents.dispatch({ type: "view", view: shown });
  const back = () => show({ kind: "overview" });
  const view = state.view;
  const detail =
    view.kind === "detail" ? state.items.find((i) => i.meta.id === view.id) : undefined;
  const details = state.opened
    ? withGuessedDetails(state.opened.metadata.report, state.guessed)
    : null;
  return (
    <div className={styles.stack}>
      <Toolbar {...pane} />
      <Notices
        notices={state.notices.map((n) => shown(n, t, language, intents))}
        label={t("messages")}
        dismissLabel={t("dismiss")}
        onDismiss={dismiss}
      />
      {state.phase === "loading" || !state.opened || !details ? (
        <Spinner label={t("loading")} />
      ) : view.kind === "guide" ? (
        <DoubleSmartGuide t={shellT} onBack={back} />
      ) : view.kind === "details" ? (
        <ReportDetailsView details={details} t={t} intents={intents} onBack={back} />
      ) : view.kind === "share" ? (
        <SharePanel
          source={intents.batch}
          title={details.title}
          t={t}
          shellT={shellT}
          language={language}
          disabled={state.busy !== null}
          empty={state.items.length === 0}
          onBack={back}
        />
      ) : detail ? (
        <Detail {...pane} item={detail} />
      ) : (
        <>
          {state.items.length === 0 ? (
            <FirstRun
              pane="word"
              title={t("firstRunTitle")}
              steps={[t("firstRunStep1"), t("firstRunStep2"), t("firstRunStep3")]}
              t={shellT}
            >
              <Button size="small" appearance="subtle" onClick={() => show({ kind: "guide" })}>
                {shellT("guideTitle")}
              </Button>
              <HelpLink language={language} t={shellT} />
            </FirstRun>
          ) : null}
          <Overview {...pane} />
        </>
      )}
    </div>
  );
}

/** The Word pane body: waits for Word, then reviews the report. */
export function WordPane({ t: shellT, language, hostState }: PaneBodyProps): React.JSX.Element {
  const t = React.useMemo(() => wordTranslator(language), [language]);
  if (hostState.phase === "loading") return <Spinner label={t("loading")} />;
  if (hostState.phase !== "ready" || hostState.host.kind !== "word")
    return <Body1>{t("notInWord")}</Body1>;
  return <ActivePane t={t} shellT={shellT} language={language} />;
}

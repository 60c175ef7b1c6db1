/**
 * The Excel pane: the first-run card, the tabs, the progress line and the notices; each tab is a
 * component of its own (SetupTab, ImportTab, QualityTab, FollowUpTab, SettingsTab) over one state
 * (state.ts) and its intents (controller.ts).
 */
import * as React from "react";
import { Body1, Button } from "@fluentui/react-components";
import type { Language } from "../../core/schema/plan";
import { ExcelHost, officeExcelHost } from "../../office/excel";
import { DoubleSmartGuide, FirstRun, HelpLink } from "../shared/Guidance";
import type { Translate } from "../shared/i18n";
import type { PaneBodyProps } from "../shared/mountPane";
import { Notices } from "../shared/Notices";
import { useExcelPane } from "./controller";
import { excelTranslator } from "./i18n";
import { Tab as PaneTab } from "./state";
import { Progress } from "./Section";
import { TABS, TabBar } from "./TabBar";
import { useStyles } from "./paneStyles";
import { shown } from "./paneTexts";

function Pane({
  host,
  language,
  shellT,
}: {
  host: ExcelHost | null;
  language: Language;
  shellT: Translate;
}): React.JSX.Element {
  const t = React.useMemo(() => excelTranslator(language), [language]);
  const [state, intents] = useExcelPane(host, language);
  const section = { state, intents, t, language };
  const styles = useStyles();
  const current = TABS.find((tab) => tab.value === state.tab) ?? TABS[0];
  const [guide, setGuide] = React.useState(false);
  const dismiss = React.useCallback(
    (id: number) => intents.dispatch({ type: "dismiss", id }),
    [intents]
  );
  if (guide)
    return (
      <div className={styles.stack}>
        <DoubleSmartGuide t={shellT} onBack={() => setGuide(false)} />
      </div>
    );
  return (
    <div className={styles.stack}>
      {state.workbook && !state.workbook.tracker ? (
        <FirstRun
          pane="excel"
          title={t("firstRunTitle")}
          steps={[t("firstRunStep1"), t("firstRunStep2"), t("firstRunStep3")]}
          t={shellT}
        >
          <Button size="small" appearance="subtle" onClick={() => setGuide(true)}>
            {shellT("guideTitle")}
          </Button>
          <HelpLink language={language} t={shellT} />
        </FirstRun>
      ) : null}
      <TabBar
        selected={state.tab}
        onSelect={(tab: PaneTab) => intents.dispatch({ type: "tab", tab })}
        t={t}
      />
      <Progress {...section} />
      <Notices
        notices={state.notices.map((n) => shown(n, t, language))}
        label={t("messagesLabel")}
        dismissLabel={t("dismiss")}
        onDismiss={dismiss}
      />
      <div
        role="tabpanel"
        id={`panel-${current.value}`}
        aria-labelledby={`tab-${current.value}`}
        tabIndex={0}
      >
        <current.Section {...section} host={host} shellT={shellT} />
      </div>
      <div className={styles.row}>
        <Button size="small" appearance="subtle" onClick={() => setGuide(true)}>
          {shellT("guideTitle")}
        </Button>
        <HelpLink language={language} t={shellT} />
      </div>
    </div>
  );
}

/** The Excel pane body: the Office calls only once the shell knows it runs in Excel. */
export function ExcelPane({ language, hostState, t }: PaneBodyProps): React.JSX.Element {
  const inExcel = hostState.phase === "ready" && hostState.host.kind === "excel";
  const host = React.useMemo(() => (inExcel ? officeExcelHost() : null), [inExcel]);
  if (!host) {
    return (
      <Body1>{hostState.phase === "loading" ? "" : excelTranslator(language)("notInExcel")}</Body1>
    );
  }
  return <Pane host={host} language={language} shellT={t} />;
}

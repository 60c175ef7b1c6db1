/** The tabs of the Excel pane and the bar that switches between them. */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { ExcelTranslate } from "./i18n";
import type { ExcelMessageKey } from "./i18n";
import { Tab as PaneTab } from "./state";
import { FollowUpSection } from "./FollowUpTab";
import { ImportSection } from "./ImportTab";
import { QualitySection } from "./QualityTab";
import { SectionProps } from "./Section";
import { SettingsSection } from "./SettingsTab";
import { SetupSection } from "./SetupTab";
import { useStyles } from "./paneStyles";

export const TABS: {
  value: PaneTab;
  key: ExcelMessageKey;
  Section: (props: SectionProps) => React.JSX.Element;
}[] = [
  { value: "setup", key: "tabSetup", Section: SetupSection },
  { value: "import", key: "tabImport", Section: ImportSection },
  { value: "quality", key: "tabQuality", Section: QualitySection },
  { value: "followUp", key: "tabFollowUp", Section: FollowUpSection },
  { value: "settings", key: "tabSettings", Section: SettingsSection },
];

/**
 * The sections as ARIA tabs: arrow keys, Home and End move between them, one
 * tab stop. Written out rather than Fluent's TabList, whose focus helpers add
 * hidden focusable elements that screen-reader checks (axe) reject.
 */
export function TabBar({
  selected,
  onSelect,
  t,
}: {
  selected: PaneTab;
  onSelect: (tab: PaneTab) => void;
  t: ExcelTranslate;
}): React.JSX.Element {
  const styles = useStyles();
  const refs = React.useRef(new Map<PaneTab, HTMLButtonElement>());
  const move = (event: React.KeyboardEvent, index: number) => {
    const last = TABS.length - 1;
    const keys: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(TABS[next].value);
    refs.current.get(TABS[next].value)?.focus();
  };
  return (
    <div role="tablist" aria-label={t("tabsLabel")} className={styles.tabs}>
      {TABS.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <Button
            key={tab.value}
            ref={(element: HTMLButtonElement | null) => {
              if (element) refs.current.set(tab.value, element);
              else refs.current.delete(tab.value);
            }}
            role="tab"
            id={`tab-${tab.value}`}
            aria-selected={isSelected}
            aria-controls={`panel-${tab.value}`}
            tabIndex={isSelected ? 0 : -1}
            appearance="subtle"
            className={isSelected ? styles.selectedTab : styles.tab}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {t(tab.key)}
          </Button>
        );
      })}
    </div>
  );
}

import * as React from "react";
import { FluentProvider, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../../office/host";
import { Translate } from "./i18n";
import { fluentTheme } from "./theme";

export type PaneKind = "excel" | "word";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  heading: { margin: 0 },
  main: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
  },
  status: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
});

export type HostState =
  { phase: "loading" } | { phase: "unavailable" } | { phase: "ready"; host: HostInfo };

export function hostStatusText(pane: PaneKind, state: HostState, t: Translate): string {
  if (state.phase === "loading") return t("statusLoading");
  if (state.phase === "unavailable") return t("statusOfficeUnavailable");
  const { host } = state;
  if (host.kind === "none") return t("statusOutsideOffice");
  const hostName =
    host.kind === "excel" ? t("hostExcel") : host.kind === "word" ? t("hostWord") : t("hostOther");
  if (host.kind !== pane) {
    return t("statusWrongPane", {
      expected: pane === "excel" ? t("hostExcel") : t("hostWord"),
      host: hostName,
    });
  }
  // Which Office and which API versions is for developers: the user reads where the pane is.
  return t("statusInHost", { host: hostName });
}

export interface PaneShellProps {
  pane: PaneKind;
  dark: boolean;
  hostState: HostState;
  t: Translate;
  children?: React.ReactNode;
}

/** The frame every pane shares: product header, the pane's content, and a status line about the host. */
export function PaneShell({
  pane,
  dark,
  hostState,
  t,
  children,
}: PaneShellProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(dark)} className={styles.root}>
      <header className={styles.header}>
        {/* Small: Office's title bar names the add-in already, and at 320 px the review needs the room. */}
        <Text as="h1" size={300} weight="semibold" className={styles.heading}>
          {t("productName")}
        </Text>
        <Text as="h2" size={200} className={styles.heading}>
          {pane === "excel" ? t("excelPaneTitle") : t("wordPaneTitle")}
        </Text>
      </header>
      <main className={styles.main}>{children}</main>
      <footer className={styles.status}>
        <Text role="status" aria-live="polite" data-testid="host-status" size={200}>
          {hostStatusText(pane, hostState, t)}
        </Text>
      </footer>
    </FluentProvider>
  );
}

import * as React from "react";
import { createRoot } from "react-dom/client";
import { detectHost } from "../../office/host";
import { Language, Translate, languageFromLocale, translator } from "./i18n";
import { HostState, PaneKind, PaneShell } from "./PaneShell";
import { isDarkBackground } from "./theme";

export interface PaneBodyProps {
  t: Translate;
  language: Language;
  hostState: HostState;
}

function usePrefersDark(): boolean {
  const query = React.useMemo(() => window.matchMedia("(prefers-color-scheme: dark)"), []);
  const [dark, setDark] = React.useState(query.matches);
  React.useEffect(() => {
    const update = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, [query]);
  return dark;
}

function Pane({
  pane,
  Body,
}: {
  pane: PaneKind;
  Body: React.ComponentType<PaneBodyProps>;
}): React.JSX.Element {
  const [hostState, setHostState] = React.useState<HostState>({ phase: "loading" });
  const prefersDark = usePrefersDark();
  React.useEffect(() => {
    let live = true;
    detectHost().then(
      (result) =>
        live &&
        setHostState(
          result === "office-unavailable"
            ? { phase: "unavailable" }
            : { phase: "ready", host: result }
        ),
      () => live && setHostState({ phase: "unavailable" })
    );
    return () => {
      live = false;
    };
  }, []);
  const host = hostState.phase === "ready" ? hostState.host : null;
  const language = languageFromLocale(host?.displayLanguage ?? navigator.language);
  const t = React.useMemo(() => translator(language), [language]);
  React.useEffect(() => {
    document.documentElement.lang = language;
    document.title = t("productName");
  }, [language, t]);
  const dark = isDarkBackground(host?.themeBackground ?? null, prefersDark);
  return (
    <PaneShell pane={pane} dark={dark} hostState={hostState} t={t}>
      <Body t={t} language={language} hostState={hostState} />
    </PaneShell>
  );
}

export function mountPane(pane: PaneKind, Body: React.ComponentType<PaneBodyProps>): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("The page has no #root element.");
  createRoot(container).render(<Pane pane={pane} Body={Body} />);
}

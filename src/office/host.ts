/** What the pane learns from Office at start: which host, which platform, which API versions. */
export type HostKind = "excel" | "word" | "other" | "none";

export interface HostInfo {
  kind: HostKind;
  /** Office's platform name ("PC", "Mac", "OfficeOnline"...), null outside Office. */
  platform: string | null;
  /** Highest supported version of each requirement set we use, e.g. ["ExcelApi 1.17"]. */
  requirementSets: string[];
  /** Office's display language ("fr-FR"), null outside Office. */
  displayLanguage: string | null;
  /** Office theme background colour ("#1f1f1f"), null where Office gives none. */
  themeBackground: string | null;
}

/** Minor versions probed; Office answers quickly and newer hosts only add versions. */
const PROBED_SETS: Record<"excel" | "word", { name: string; maxMinor: number }[]> = {
  excel: [{ name: "ExcelApi", maxMinor: 20 }],
  word: [
    { name: "WordApi", maxMinor: 9 },
    { name: "WordApiDesktop", maxMinor: 4 },
  ],
};

function highestSupported(name: string, maxMinor: number): string | null {
  let highest: string | null = null;
  for (let minor = 1; minor <= maxMinor; minor++) {
    if (!Office.context.requirements.isSetSupported(name, `1.${minor}`)) break;
    highest = `${name} 1.${minor}`;
  }
  return highest;
}

function kindOf(host: Office.HostType | null | undefined): HostKind {
  if (host === Office.HostType.Excel) return "excel";
  if (host === Office.HostType.Word) return "word";
  return host ? "other" : "none";
}

/**
 * Waits for Office and describes the host. Outside Office (a plain browser)
 * office.js resolves onReady with no host; when office.js itself did not load
 * (offline, blocked CDN) the pane still starts and says so.
 */
export async function detectHost(): Promise<HostInfo | "office-unavailable"> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return "office-unavailable";
  const info = await Office.onReady();
  const kind = kindOf(info.host);
  if (kind === "none") {
    return {
      kind,
      platform: null,
      requirementSets: [],
      displayLanguage: null,
      themeBackground: null,
    };
  }
  const requirementSets =
    kind === "other"
      ? []
      : PROBED_SETS[kind]
          .map((set) => highestSupported(set.name, set.maxMinor))
          .filter((s): s is string => s !== null);
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  return {
    kind,
    platform: info.platform ? String(info.platform) : null,
    requirementSets,
    displayLanguage: Office.context.displayLanguage ?? null,
    themeBackground: theme?.bodyBackgroundColor ?? null,
  };
}

/**
 * Small values remembered inside the open document (Office's document
 * settings, saved with the file), such as the tracker a report is sent to:
 * the next person who opens the report sends it to the same tracker.
 */

import { TRACKER_LINK_SETTING as TRACKER_LINK } from "../../core/review/publication";

function settings(): Office.Settings | null {
  if (typeof Office === "undefined") return null;
  try {
    return Office.context.document.settings ?? null;
  } catch {
    // Hosts without document settings: nothing is remembered.
    return null;
  }
}

export function rememberedTrackerLink(): string {
  const value: unknown = settings()?.get(TRACKER_LINK);
  return typeof value === "string" ? value : "";
}

/** Stores the link in the document; resolves false when Word could not save it (the send goes on). */
export function rememberTrackerLink(link: string): Promise<boolean> {
  const store = settings();
  if (!store) return Promise.resolve(false);
  store.set(TRACKER_LINK, link);
  return new Promise((resolve) =>
    store.saveAsync((result) => resolve(result.status === Office.AsyncResultStatus.Succeeded))
  );
}

/** The document's file name without its folder ("Visit report.docx"), "" when Word gives none (a new document). */
export function documentFileName(): string {
  if (typeof Office === "undefined") return "";
  let url = "";
  try {
    url = Office.context.document.url ?? "";
  } catch {
    return "";
  }
  const last = url.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last.split(/[?#]/)[0]);
  } catch {
    return last;
  }
}

/** Office's platform ("PC", "Mac", "OfficeOnline", "iOS"...), "" outside Office. */
export function officePlatform(): string {
  if (typeof Office === "undefined") return "";
  try {
    return String(Office.context.platform ?? "");
  } catch {
    return "";
  }
}

/**
 * Opens an address in the user's browser: Office's own way where it has one
 * (a link in the pane would open inside Office on some platforms), else
 * false and the pane's link opens it.
 */
export function openInBrowser(url: string): boolean {
  if (typeof Office === "undefined") return false;
  try {
    if (!Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) return false;
    Office.context.ui.openBrowserWindow(url);
    return true;
  } catch {
    return false;
  }
}

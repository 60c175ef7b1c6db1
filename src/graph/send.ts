import type { RecommendationBatch } from "../core/model/batch";
import { importInto } from "../core/tracker/upsert";
import type { FiguresOutcome, GraphTrackerStore } from "./store";

/**
 * "Send to tracker" through Graph: the same upsert every channel uses
 * (importInto), then the workbook session closed whatever happened, so a
 * dry run (the preview) or an unchanged batch leaves no session open. A
 * send that writes also refreshes the Dashboard's figures (see `figures`).
 */
export async function sendBatch(
  store: GraphTrackerStore,
  batch: RecommendationBatch,
  options: Parameters<typeof importInto>[2]
): Promise<
  Awaited<ReturnType<typeof importInto>> & {
    webUrl: string | null;
    /** What the send did to the Dashboard's figures from the history (null: nothing written). */
    figures: FiguresOutcome | null;
  }
> {
  try {
    const result = await importInto(store, batch, options);
    return { ...result, webUrl: store.webUrl, figures: store.figures };
  } finally {
    await store.close();
  }
}

/**
 * Opens the workbook after a push, in Excel for the web. Only an https
 * address is opened: the address comes from the server, and a javascript:
 * or file: link must never reach the browser. `open` is the host's way to
 * open a window (Office.context.ui.openBrowserWindow in the panes).
 */
export function openWorkbook(webUrl: string | null, open: (url: string) => void): boolean {
  if (!webUrl) return false;
  let url: URL;
  try {
    url = new URL(webUrl);
  } catch {
    return false;
  }
  if (url.protocol !== "https:") return false;
  open(url.href);
  return true;
}

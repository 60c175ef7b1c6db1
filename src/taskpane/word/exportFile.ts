/**
 * Saving the batch (and the copy for publication) as a file, and the
 * clipboard fallback. Browsers and Office on Windows save an <a download>
 * link to the Downloads folder; Office on Mac and iPad (WKWebView) ignore
 * it silently, so there the pane goes straight to the clipboard and says
 * so (a .docx cannot go through the clipboard: the pane says that too).
 */

/** Characters Windows, macOS and OneDrive refuse in file names. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** A file name's base from the report's title, or else the document's name, without what file systems refuse. */
function fileBase(title: string, documentName: string): string {
  const fromDocument = documentName.replace(/\.(docx|docm|doc|dotx)$/i, "");
  const base = (title.trim() || fromDocument.trim() || "report")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 100)
    .trim();
  return base || "report";
}

/** "Visit to Prison Nord.recommendations.json", from the report's title or else the document's name. */
export function batchFileName(title: string, documentName: string): string {
  return `${fileBase(title, documentName)}.recommendations.json`;
}

/** "Visit to Prison Nord (for publication).docx"; `suffix` is in the user's language. */
export function publicationFileName(title: string, documentName: string, suffix: string): string {
  return `${fileBase(title, documentName)} (${suffix}).docx`;
}

// Shared with the Excel pane's letters and briefs.
export { DOCX_TYPE, canDownload, downloadFile } from "../shared/download";

/**
 * Copies the text; true when the clipboard took it. The asynchronous
 * Clipboard API is refused in some Office web views, where the older
 * copy command on a hidden text area still works.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the older way below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  const focused = document.activeElement as HTMLElement | null;
  try {
    area.select();
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}

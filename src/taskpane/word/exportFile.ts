/**
 * Saving the batch as a file, and the clipboard fallback. Browsers and
 * Office on Windows save an <a download> link to the Downloads folder;
 * Office on Mac and iPad (WKWebView) ignore it silently, so there the pane
 * goes straight to the clipboard and says so.
 */

/** Characters Windows, macOS and OneDrive refuse in file names. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** "Visit to Prison Nord.recommendations.json", from the report's title or else the document's name. */
export function batchFileName(title: string, documentName: string): string {
  const fromDocument = documentName.replace(/\.(docx|docm|doc|dotx)$/i, "");
  const base = (title.trim() || fromDocument.trim() || "report")
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 100)
    .trim();
  return `${base || "report"}.recommendations.json`;
}

/** False where Office's web view drops downloads without a word. */
export function canDownload(platform: string): boolean {
  if (platform === "Mac" || platform === "iOS") return false;
  return typeof document !== "undefined" && "download" in HTMLAnchorElement.prototype;
}

/** Starts the download of the text as a file. */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser reads the blob after the click returns; free it a while later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

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

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

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** False where Office's web view drops downloads without a word. */
export function canDownload(platform: string): boolean {
  if (platform === "Mac" || platform === "iOS") return false;
  return typeof document !== "undefined" && "download" in HTMLAnchorElement.prototype;
}

/** Starts the download of the text, or of bytes (a .docx), as a file. */
export function downloadFile(
  fileName: string,
  content: string | Uint8Array,
  type = "application/json"
): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
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

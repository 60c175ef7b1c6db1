/**
 * Saving bytes or text as a file from a pane: browsers and Office on
 * Windows save an <a download> link to the Downloads folder; Office on Mac
 * and iPad (WKWebView) ignore it silently (canDownload says so first).
 */

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

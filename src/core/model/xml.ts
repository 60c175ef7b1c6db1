/*
 * The little XML our Custom XML parts need (tracker and report metadata), written and read by hand so that
 * core stays free of a parser; the parts are ours and flat. One place, so both parts escape alike.
 */

/** Escapes text for element content or a double-quoted attribute, dropping characters XML 1.0 forbids. */
export function escapeXmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity === "amp") return "&";
    if (entity === "lt") return "<";
    if (entity === "gt") return ">";
    if (entity === "quot") return '"';
    if (entity === "apos") return "'";
    const code = entity.startsWith("#x")
      ? parseInt(entity.slice(2), 16)
      : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The attributes of one start tag, unescaped, by name. */
export function xmlAttributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(tag)) !== null)
    found.set(match[1], unescapeXml(match[3] ?? match[4] ?? ""));
  return found;
}

/** Comparing words across accents without moving positions. */

const folded = new Map<string, string>();

/**
 * The text with accents removed letter by letter ("é" → "e", "ñ" → "n",
 * "ç" → "c"), of the same length so that spans found in it hold for the
 * original. Cues are matched on it: patterns written with or without
 * accents then match text written with or without them, and \b treats
 * "él" and "niños" as words without the slow Unicode flag.
 */
export function foldAccents(text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 192 || code > 0x24f) continue;
    const ch = text[i];
    let base = folded.get(ch);
    if (base === undefined) {
      const decomposed = ch.normalize("NFD");
      base = decomposed.length > 1 && decomposed.charCodeAt(0) < 128 ? decomposed[0] : ch;
      folded.set(ch, base);
    }
    if (base !== ch) {
      out ??= text.split("");
      out[i] = base;
    }
  }
  return out ? out.join("") : text;
}

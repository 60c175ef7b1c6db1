import { spawnSync } from "child_process";
import type { PNG } from "pngjs";
import { constants, inflateSync } from "zlib";

/**
 * Just enough of PDF to check what LibreOffice printed: the pages in order,
 * each page's size and the text on it (decoded through the fonts' ToUnicode
 * maps). Handles what LibreOffice writes: plain objects (no object streams),
 * Flate-compressed content, Tj and TJ text with hex strings.
 */

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** A Flate stream's bytes; as much as can be read of one cut short (an "endobj" inside binary data). */
function inflated(raw: Buffer): Buffer {
  try {
    return inflateSync(raw);
  } catch {
    try {
      return inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      return Buffer.alloc(0);
    }
  }
}

function objectsOf(data: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const latin = data.toString("latin1");
  const pattern = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(latin)) !== null) {
    const start = match.index + match[0].length;
    const end = latin.indexOf("endobj", start);
    if (end < 0) break;
    const body = latin.slice(start, end);
    const streamAt = body.indexOf("stream");
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0 && /\/Length/.test(body.slice(0, streamAt))) {
      dict = body.slice(0, streamAt);
      let from = start + streamAt + "stream".length;
      if (latin[from] === "\r") from++;
      if (latin[from] === "\n") from++;
      // The length may be another object: the stream ends at "endstream", less its end of line.
      const direct = /\/Length (\d+)\b(?! 0 R)/.exec(dict);
      let to = start + body.lastIndexOf("endstream");
      if (latin[to - 1] === "\n") to--;
      if (latin[to - 1] === "\r") to--;
      const raw = direct ? data.subarray(from, from + Number(direct[1])) : data.subarray(from, to);
      stream = /\/FlateDecode/.test(dict) ? inflated(raw) : Buffer.from(raw);
    }
    objects.set(Number(match[1]), { dict, stream });
    pattern.lastIndex = end;
  }
  return objects;
}

function refs(text: string): number[] {
  return [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

/** A ToUnicode CMap: code (hex) -> text, and the code length in bytes. */
function cmapOf(data: string): { map: Map<string, string>; bytes: number } {
  const map = new Map<string, string>();
  const range = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(data);
  const bytes = range ? range[1].length / 2 : 1;
  const unicode = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of data.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(m[1].toUpperCase(), unicode(m[2]));
  for (const block of data.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, first] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
      for (let code = lo; code <= hi; code++)
        map.set(
          code.toString(16).toUpperCase().padStart(m[1].length, "0"),
          String.fromCharCode(first + code - lo)
        );
    }
  return { map, bytes };
}

/** The pages of a PDF file, in order, with their text. */
export function pdfPages(data: Buffer): PdfPage[] {
  const objects = objectsOf(data);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const rootRef = catalog && /\/Pages (\d+) 0 R/.exec(catalog.dict);
  const pages: number[] = [];
  const walk = (id: number) => {
    const object = objects.get(id);
    if (!object) return;
    if (/\/Type\s*\/Pages\b/.test(object.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(object.dict);
      for (const kid of refs(kids?.[1] ?? "")) walk(kid);
    } else if (/\/Type\s*\/Page\b/.test(object.dict)) pages.push(id);
  };
  if (rootRef) walk(Number(rootRef[1]));
  const resolveDict = (text: string, key: string): string => {
    const direct = new RegExp(`/${key}\\s*<<([\\s\\S]*?)>>`).exec(text);
    if (direct) return direct[1];
    const ref = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text);
    return ref ? (objects.get(Number(ref[1]))?.dict ?? "") : "";
  };
  return pages.map((id) => {
    const page = objects.get(id) as PdfObject;
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page.dict);
    const resources = resolveDict(page.dict, "Resources");
    const fontDict = resolveDict(resources, "Font");
    const fonts = new Map<string, { map: Map<string, string>; bytes: number }>();
    for (const m of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(m[2]));
      const toUnicode = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
      const stream = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (stream) fonts.set(m[1], cmapOf(stream.toString("latin1")));
    }
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(page.dict);
    const streams = refs(contents?.[1] ?? `${contents?.[2] ?? ""} 0 R`)
      .map((ref) => objects.get(ref)?.stream?.toString("latin1") ?? "")
      .join("\n");
    let font: { map: Map<string, string>; bytes: number } | undefined;
    const out: string[] = [];
    const decode = (hex: string) => {
      if (!font) return "";
      const step = font.bytes * 2;
      let text = "";
      for (let i = 0; i + step <= hex.length; i += step)
        text += font.map.get(hex.slice(i, i + step).toUpperCase()) ?? "";
      return text;
    };
    for (const m of streams.matchAll(
      /\/(\w+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\bET\b/g
    )) {
      if (m[1]) font = fonts.get(m[1]);
      else if (m[2] !== undefined)
        out.push([...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => decode(h[1])).join(""));
      else if (m[3] !== undefined) out.push(decode(m[3]));
      else out.push("\n");
    }
    return {
      width: box ? Number(box[3]) - Number(box[1]) : 0,
      height: box ? Number(box[4]) - Number(box[2]) : 0,
      text: out.join(""),
    };
  });
}

const GS = process.env.GS ?? "gs";
/** Ghostscript is installed (GS names it, "gs" by default): pages can be drawn as pictures. */
export const ghostscript = spawnSync(GS, ["--version"], { encoding: "utf8" }).status === 0;

/** Draws page `index` (0-based) of the PDF file as a PNG at 110 dpi; Ghostscript's exit status. */
export function drawPage(pdf: string, index: number, png: string): number | null {
  return spawnSync(
    GS,
    [
      "-q",
      "-dSAFER",
      "-dBATCH",
      "-dNOPAUSE",
      "-sDEVICE=png16m",
      "-r110",
      `-dFirstPage=${index + 1}`,
      `-dLastPage=${index + 1}`,
      `-sOutputFile=${png}`,
      pdf,
    ],
    { encoding: "utf8", timeout: 60000 }
  ).status;
}

/** Pixels clearly coloured (not white, grey or black) right of `fromX` (a share of the width): bars, not text or grid lines. */
export function colouredPixels(png: PNG, fromX: number): number {
  let count = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = Math.floor(fromX * png.width); x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
    }
  return count;
}

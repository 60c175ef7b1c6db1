import { headingLevelOf } from "../../core/model/paragraph";
import { XNode, attr, child, childrenOf, path, tagOf } from "./xml";

/**
 * Paragraph styles of styles.xml: the name the user sees, the heading level
 * (from the name, or from an outline level set on the style or a style it is
 * based on) and a list the style itself carries ("List Number").
 */

export interface StyleInfo {
  name: string;
  headingLevel: number | null;
  numPr: { numId: string | null; ilvl: number | null } | null;
  /** Text in this style is bold / italic unless a run says otherwise. */
  bold: boolean;
  italic: boolean;
}

/** Bold and italic of a run as its properties set them; null where they say nothing. */
export interface RunFormat {
  bold: boolean | null;
  italic: boolean | null;
}

interface RawStyle {
  name: string;
  basedOn: string | null;
  outlineLvl: number | null;
  numId: string | null;
  ilvl: number | null;
  format: RunFormat;
}

/** <w:b/>, <w:b w:val="true"/> and <w:b w:val="1"/> are on; w:val "0", "false" or "off" is off. */
function toggle(node: XNode | undefined): boolean | null {
  if (!node) return null;
  const val = attr(node, "val");
  return val === undefined || !/^(?:0|false|off)$/i.test(val);
}

/** The bold and italic a run properties element (w:rPr) sets. */
export function runFormatOf(rPr: XNode | undefined): RunFormat {
  return { bold: toggle(path(rPr, "b")), italic: toggle(path(rPr, "i")) };
}

/** Word stores built-in names in lower case ("heading 1") and shows them capitalised. */
export function displayName(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
}

export function outlineLevelOf(pPr: XNode | undefined): number | null {
  const lvl = pPr ? child(pPr, "outlineLvl") : undefined;
  if (!lvl) return null;
  const value = Number(attr(lvl, "val"));
  // w:outlineLvl counts from 0; 9 is body text.
  return Number.isInteger(value) && value >= 0 && value <= 8 ? value + 1 : null;
}

export class Styles {
  private readonly raw = new Map<string, RawStyle>();
  /** Character styles ("Strong", "Emphasis"), resolved through their basedOn chain. */
  private readonly characters = new Map<string, RawStyle>();
  private readonly resolved = new Map<string, StyleInfo>();
  readonly defaultId: string | null = null;

  constructor(root: XNode | undefined) {
    if (!root) return;
    for (const s of childrenOf(root)) {
      if (tagOf(s) !== "style") continue;
      const type = attr(s, "type") ?? "paragraph";
      const id = attr(s, "styleId") ?? "";
      if (type === "character") {
        this.characters.set(id, {
          name: attr(child(s, "name") ?? {}, "val") ?? id,
          basedOn: attr(child(s, "basedOn") ?? {}, "val") ?? null,
          outlineLvl: null,
          numId: null,
          ilvl: null,
          format: runFormatOf(child(s, "rPr")),
        });
        continue;
      }
      if (type !== "paragraph") continue;
      const pPr = child(s, "pPr");
      const numPr = path(pPr, "numPr");
      const ilvl = numPr ? attr(child(numPr, "ilvl") ?? {}, "val") : undefined;
      this.raw.set(id, {
        name: attr(child(s, "name") ?? {}, "val") ?? id,
        basedOn: attr(child(s, "basedOn") ?? {}, "val") ?? null,
        outlineLvl: outlineLevelOf(pPr),
        numId: numPr ? (attr(child(numPr, "numId") ?? {}, "val") ?? null) : null,
        ilvl: ilvl !== undefined ? Number(ilvl) : null,
        format: runFormatOf(child(s, "rPr")),
      });
      const isDefault = attr(s, "default");
      if (isDefault === "1" || isDefault === "true" || isDefault === "on") this.defaultId = id;
    }
  }

  get(styleId: string | null): StyleInfo {
    const id = styleId ?? this.defaultId;
    if (id === null)
      return { name: "", headingLevel: null, numPr: null, bold: false, italic: false };
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const own = this.raw.get(id);
    let headingLevel: number | null = null;
    let outline: number | null = null;
    let numId: string | null = null;
    let ilvl: number | null = null;
    let bold: boolean | null = null;
    let italic: boolean | null = null;
    const seen = new Set<string>();
    for (let at: RawStyle | undefined = own; at && !seen.has(at.name);) {
      seen.add(at.name);
      if (headingLevel === null) headingLevel = headingLevelOf({ style: at.name });
      if (outline === null) outline = at.outlineLvl;
      if (numId === null) numId = at.numId;
      if (ilvl === null) ilvl = at.ilvl;
      if (bold === null) bold = at.format.bold;
      if (italic === null) italic = at.format.italic;
      at = at.basedOn ? this.raw.get(at.basedOn) : undefined;
    }
    const name = own ? displayName(own.name) : id;
    if (headingLevel === null && /^title$/i.test(name)) headingLevel = 1;
    const info: StyleInfo = {
      name,
      headingLevel: headingLevel ?? outline,
      numPr: numId !== null ? { numId, ilvl } : null,
      bold: bold ?? false,
      italic: italic ?? false,
    };
    this.resolved.set(id, info);
    return info;
  }

  /** Bold and italic a character style sets (through the styles it is based on). */
  character(styleId: string | null): RunFormat {
    let bold: boolean | null = null;
    let italic: boolean | null = null;
    const seen = new Set<string>();
    for (let at = styleId ? this.characters.get(styleId) : undefined; at && !seen.has(at.name);) {
      seen.add(at.name);
      if (bold === null) bold = at.format.bold;
      if (italic === null) italic = at.format.italic;
      at = at.basedOn ? this.characters.get(at.basedOn) : undefined;
    }
    return { bold, italic };
  }
}

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
}

interface RawStyle {
  name: string;
  basedOn: string | null;
  outlineLvl: number | null;
  numId: string | null;
  ilvl: number | null;
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
  private readonly resolved = new Map<string, StyleInfo>();
  readonly defaultId: string | null = null;

  constructor(root: XNode | undefined) {
    if (!root) return;
    for (const s of childrenOf(root)) {
      if (tagOf(s) !== "style" || (attr(s, "type") ?? "paragraph") !== "paragraph") continue;
      const id = attr(s, "styleId") ?? "";
      const pPr = child(s, "pPr");
      const numPr = path(pPr, "numPr");
      const ilvl = numPr ? attr(child(numPr, "ilvl") ?? {}, "val") : undefined;
      this.raw.set(id, {
        name: attr(child(s, "name") ?? {}, "val") ?? id,
        basedOn: attr(child(s, "basedOn") ?? {}, "val") ?? null,
        outlineLvl: outlineLevelOf(pPr),
        numId: numPr ? (attr(child(numPr, "numId") ?? {}, "val") ?? null) : null,
        ilvl: ilvl !== undefined ? Number(ilvl) : null,
      });
      const isDefault = attr(s, "default");
      if (isDefault === "1" || isDefault === "true" || isDefault === "on") this.defaultId = id;
    }
  }

  get(styleId: string | null): StyleInfo {
    const id = styleId ?? this.defaultId;
    if (id === null) return { name: "", headingLevel: null, numPr: null };
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const own = this.raw.get(id);
    let headingLevel: number | null = null;
    let outline: number | null = null;
    let numId: string | null = null;
    let ilvl: number | null = null;
    const seen = new Set<string>();
    for (let at: RawStyle | undefined = own; at && !seen.has(at.name);) {
      seen.add(at.name);
      if (headingLevel === null) headingLevel = headingLevelOf({ style: at.name });
      if (outline === null) outline = at.outlineLvl;
      if (numId === null) numId = at.numId;
      if (ilvl === null) ilvl = at.ilvl;
      at = at.basedOn ? this.raw.get(at.basedOn) : undefined;
    }
    const name = own ? displayName(own.name) : id;
    if (headingLevel === null && /^title$/i.test(name)) headingLevel = 1;
    const info: StyleInfo = {
      name,
      headingLevel: headingLevel ?? outline,
      numPr: numId !== null ? { numId, ilvl } : null,
    };
    this.resolved.set(id, info);
    return info;
  }
}

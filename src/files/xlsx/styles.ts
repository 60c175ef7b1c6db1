/**
 * The workbook's cell formats (xl/styles.xml) for writers that patch the
 * package in place (./store.ts, ./dashboard.ts, ./upgrade.ts): finds or adds
 * the format a planned cell needs (number format, bold, size, colours,
 * wrapping) and the differential formats of conditional formatting, so a
 * rewritten cell looks as the plan says without exceljs loading the file.
 * Existing entries are never changed or removed: other cells keep theirs.
 */
import type { CellStyle } from "../../core/schema/plan";
import { escapeAttribute } from "./sheet-patch";

/** Number formats Excel knows by number; any other is declared in the file. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

export interface XfSpec extends CellStyle {
  numberFormat?: string;
  vertical?: "top" | "center" | "bottom";
}

interface Section {
  /** The element holding the list ("fonts"), its items ("font"). */
  tag: string;
  item: string;
  items: string[];
  /** Where the section was in the original text; -1 when absent. */
  found: boolean;
}

function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

/** The items of a list element (<fonts><font/>…</fonts>), each as its text. */
function itemsOf(xml: string, tag: string, item: string): { items: string[]; found: boolean } {
  const section = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  if (!section) return { items: [], found: false };
  const body = section[1] ?? "";
  const items: string[] = [];
  const pattern = new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g");
  for (const match of body.matchAll(pattern)) items.push(match[0]);
  return { items, found: true };
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

export class StyleBook {
  private readonly sections: Record<"numFmts" | "fonts" | "fills" | "cellXfs" | "dxfs", Section>;
  private readonly memo = new Map<string, string>();
  private dirty = false;

  constructor(private readonly original: string) {
    const make = (tag: string, item: string): Section => ({
      tag,
      item,
      ...itemsOf(original, tag, item),
    });
    this.sections = {
      numFmts: make("numFmts", "numFmt"),
      fonts: make("fonts", "font"),
      fills: make("fills", "fill"),
      cellXfs: make("cellXfs", "xf"),
      dxfs: make("dxfs", "dxf"),
    };
  }

  /** True once a format was added: the styles part must then be written. */
  get changed(): boolean {
    return this.dirty;
  }

  private add(section: Section, element: string): number {
    const at = section.items.indexOf(element);
    if (at >= 0) return at;
    section.items.push(element);
    this.dirty = true;
    return section.items.length - 1;
  }

  numberFormatId(format: string): number {
    if (BUILT_IN_FORMATS[format] !== undefined) return BUILT_IN_FORMATS[format];
    const numFmts = this.sections.numFmts;
    for (const item of numFmts.items)
      if (attribute(item, "formatCode") === escapeAttribute(format))
        return Number(attribute(item, "numFmtId"));
    const next =
      Math.max(163, ...numFmts.items.map((item) => Number(attribute(item, "numFmtId")))) + 1;
    this.add(numFmts, `<numFmt numFmtId="${next}" formatCode="${escapeAttribute(format)}"/>`);
    return next;
  }

  private baseFont(): { name: string; family: string; scheme: string; size: string } {
    const first = this.sections.fonts.items[0] ?? "";
    return {
      name: /<name val="([^"]*)"/.exec(first)?.[1] ?? "Calibri",
      family: /<family val="([^"]*)"/.exec(first)?.[1] ?? "2",
      scheme: /<scheme val="([^"]*)"/.exec(first)?.[1] ?? "",
      size: /<sz val="([^"]*)"/.exec(first)?.[1] ?? "11",
    };
  }

  private fontId(style: XfSpec): number {
    if (!style.bold && !style.italic && !style.fontSize && !style.fontColor) return 0;
    const base = this.baseFont();
    const element =
      `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}` +
      `<sz val="${style.fontSize ?? base.size}"/>` +
      `${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : '<color theme="1"/>'}` +
      `<name val="${base.name}"/><family val="${base.family}"/>` +
      `${base.scheme ? `<scheme val="${base.scheme}"/>` : ""}</font>`;
    return this.add(this.sections.fonts, element);
  }

  private fillId(fill: string | undefined): number {
    if (!fill) return 0;
    return this.add(
      this.sections.fills,
      `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`
    );
  }

  /** The index (as the s attribute takes it) of a cell format with this number format and style. */
  xf(spec: XfSpec): string {
    const key = JSON.stringify(spec);
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numberFormatId(spec.numberFormat ?? "General");
    const fontId = this.fontId(spec);
    const fillId = this.fillId(spec.fill);
    const horizontal = spec.horizontalAlignment;
    const alignment =
      spec.wrap || spec.vertical || horizontal
        ? `<alignment${horizontal ? ` horizontal="${horizontal}"` : ""}${spec.vertical ? ` vertical="${spec.vertical}"` : ""}${spec.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const element =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}` +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>");
    const index = String(this.add(this.sections.cellXfs, element));
    this.memo.set(key, index);
    return index;
  }

  /** A cell format like `s` (its font, fill, borders) with another number format. */
  withNumberFormat(s: string | undefined, format: string): string {
    const base = this.sections.cellXfs.items[Number(s ?? 0)] ?? this.sections.cellXfs.items[0];
    const numFmtId = this.numberFormatId(format);
    if (!base) return this.xf({ numberFormat: format });
    if (Number(attribute(base, "numFmtId") ?? 0) === numFmtId) return s ?? "0";
    const element = base
      .replace(/\bnumFmtId="\d+"/, `numFmtId="${numFmtId}"`)
      .replace(/<xf\b(?![^>]*\bapplyNumberFormat=)/, '<xf applyNumberFormat="1"')
      .replace(/\bapplyNumberFormat="0"/, 'applyNumberFormat="1"');
    return String(this.add(this.sections.cellXfs, element));
  }

  /** The index of a differential format (conditional formatting's fill, font colour, bold). */
  dxf(format: { fill?: string; fontColor?: string; bold?: boolean }): number {
    const font =
      format.bold || format.fontColor
        ? `<font>${format.bold ? "<b/>" : ""}${format.fontColor ? `<color rgb="${argb(format.fontColor)}"/>` : ""}</font>`
        : "";
    const fill = format.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(format.fill)}"/></patternFill></fill>`
      : "";
    return this.add(this.sections.dxfs, `<dxf>${font}${fill}</dxf>`);
  }

  /** The styles part with what was added. */
  toXml(): string {
    let xml = this.original;
    // In the order CT_Stylesheet requires: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, cellStyles, dxfs.
    const after: Record<string, RegExp> = {
      numFmts: /<styleSheet\b[^>]*>/,
      dxfs: /<\/cellStyles>|<cellStyles\b[^>]*\/>|<\/cellXfs>/,
    };
    for (const section of Object.values(this.sections)) {
      const body = section.items.join("");
      const element = `<${section.tag} count="${section.items.length}">${body}</${section.tag}>`;
      if (section.found) {
        xml = xml.replace(
          new RegExp(`<${section.tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${section.tag}>)`),
          () => (section.items.length ? element : `<${section.tag} count="0"/>`)
        );
      } else if (section.items.length > 0 && after[section.tag]) {
        const anchor = after[section.tag].exec(xml);
        if (anchor) {
          const at = anchor.index + anchor[0].length;
          xml = xml.slice(0, at) + element + xml.slice(at);
        }
      }
    }
    return xml;
  }
}

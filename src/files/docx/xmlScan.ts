import { InputError } from "../../core/model/errors";
import { unescapeXml, xmlAttributes } from "../../core/model/xml";

/**
 * A small, strict tag scanner for editing a part in place: it finds where
 * each element starts and ends in the text (checking that tags nest), so an
 * edit can remove or unwrap elements and leave every other byte of the part
 * as it was. Parsing into a tree and writing it back, as an XML library
 * does, would rewrite quotes, entities and namespace prefixes throughout.
 */

export interface XmlElement {
  /** Name as written, with its prefix ("w:sdt"). */
  readonly name: string;
  /** Name without its prefix ("sdt"); Word's prefixes vary between writers. */
  readonly local: string;
  /** Offset of "<" of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's ">". */
  readonly openEnd: number;
  /** Offset of "</" of the end tag (equals `end` for an empty element written "<x/>"). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  readonly children: XmlElement[];
  readonly parent: XmlElement | null;
}

export interface ScannedXml {
  readonly xml: string;
  readonly root: XmlElement;
}

function damaged(partName: string): InputError {
  return new InputError(`This file is damaged: its part ${partName} is not well-formed XML.`);
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAME_END = /[\s/>]/;

/** Scans a part; throws InputError, in the reader's words, when its tags do not nest or it has no root. */
export function scanXml(xml: string, partName: string): ScannedXml {
  // Word never writes a DOCTYPE; the reader refuses it too (entity expansion).
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || xml.includes("<!ENTITY"))
    throw new InputError(`This file is damaged: its part ${partName} is not valid Word XML.`);
  const top: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let at = 0;
  while (true) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) break;
    if (xml.startsWith("<?", lt)) {
      const close = xml.indexOf("?>", lt + 2);
      if (close < 0) throw damaged(partName);
      at = close + 2;
    } else if (xml.startsWith("<!--", lt)) {
      const close = xml.indexOf("-->", lt + 4);
      if (close < 0) throw damaged(partName);
      at = close + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const close = xml.indexOf("]]>", lt + 9);
      if (close < 0 || stack.length === 0) throw damaged(partName);
      at = close + 3;
    } else if (xml.startsWith("<!", lt)) {
      throw damaged(partName);
    } else if (xml.startsWith("</", lt)) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw damaged(partName);
      const name = xml.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw damaged(partName);
      open.closeStart = lt;
      open.end = gt + 1;
      at = gt + 1;
    } else {
      // A start tag: ">" may appear inside a quoted attribute value.
      let i = lt + 1;
      let quote = "";
      for (; i < xml.length; i++) {
        const c = xml[i];
        if (quote) {
          if (c === quote) quote = "";
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") break;
        else if (c === "<") throw damaged(partName);
      }
      if (i >= xml.length) throw damaged(partName);
      const selfClosing = xml[i - 1] === "/";
      let nameEnd = lt + 1;
      while (nameEnd < i && !NAME_END.test(xml[nameEnd])) nameEnd++;
      const name = xml.slice(lt + 1, nameEnd);
      if (!name) throw damaged(partName);
      if (stack.length === 0 && top.length > 0) throw damaged(partName);
      const parent = stack[stack.length - 1] ?? null;
      const element: XmlElement = {
        name,
        local: localName(name),
        start: lt,
        openEnd: i + 1,
        closeStart: i + 1,
        end: i + 1,
        children: [],
        parent,
      };
      if (parent) parent.children.push(element);
      else top.push(element);
      if (!selfClosing) stack.push(element);
      at = i + 1;
    }
  }
  if (stack.length > 0 || top.length !== 1) throw damaged(partName);
  return { xml, root: top[0] };
}

/** An attribute by its name without prefix ("val" for w:val), unescaped; undefined when absent. */
export function attribute(
  scan: ScannedXml,
  element: XmlElement,
  local: string
): string | undefined {
  const tag = scan.xml.slice(element.start + 1 + element.name.length, element.openEnd);
  for (const [name, value] of xmlAttributes(tag)) {
    if (name.startsWith("xmlns")) continue;
    if (localName(name) === local) return value;
  }
  return undefined;
}

/** The first child with this local name. */
export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** Every descendant (depth first, in document order), without recursion so deep documents do not overflow. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [...element.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
}

/** The text of an element that holds only text (w:t), unescaped. */
export function textContent(scan: ScannedXml, element: XmlElement): string {
  const raw = scan.xml.slice(element.openEnd, element.closeStart);
  return unescapeXml(raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, text: string) => text));
}

/**
 * Text a reader sees in an element: its w:t, tabs and breaks, leaving out
 * deleted text and field instructions (which have their own element names).
 */
export function visibleText(scan: ScannedXml, element: XmlElement): string {
  let out = "";
  for (const d of descendants(element)) {
    if (d.local === "t") out += textContent(scan, d);
    else if (d.local === "tab") out += "\t";
    else if (d.local === "br" || d.local === "cr") out += "\n";
  }
  return out;
}

export interface XmlEdit {
  start: number;
  end: number;
  /** What replaces the range; nothing when absent. */
  text?: string;
}

/**
 * Applies edits to the scanned text. An edit inside a range another edit
 * already removes is dropped (removing a comment also removes what was
 * planned inside it); edits must otherwise not overlap.
 */
export function applyEdits(xml: string, edits: XmlEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) {
      if (edit.end <= at) continue;
      throw new Error(`overlapping edits at ${edit.start}`);
    }
    out += xml.slice(at, edit.start) + (edit.text ?? "");
    at = edit.end;
  }
  return out + xml.slice(at);
}

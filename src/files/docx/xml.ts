import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../../core/model/errors";

/**
 * fast-xml-parser with preserveOrder, so runs, tabs and breaks stay in
 * document order. Namespace prefixes are removed: Transitional (w: =
 * schemas.openxmlformats.org) and Strict (w: = purl.oclc.org) documents
 * then read the same, whatever prefix the writer chose.
 */
export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

export function parseXml(xml: string, partName: string): XNode[] {
  // Word never writes a DOCTYPE; refusing it rules out entity-expansion bombs.
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml))
    throw new InputError(`This file is damaged: its part ${partName} is not valid Word XML.`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new InputError(
      `This file is damaged: its part ${partName} is not well-formed XML (line ${valid.err.line}).`
    );
  try {
    return parser.parse(xml) as XNode[];
  } catch {
    throw new InputError(`This file is damaged: its part ${partName} could not be read.`);
  }
}

/** The parser leaves numeric character references ("&#8217;") as they are; Word's readers decode them. */
export function decodeNumeric(text: string): string {
  if (!text.includes("&#")) return text;
  return text.replace(/&#(x[0-9a-f]{1,6}|[0-9]{1,7});/gi, (whole, code: string) => {
    const n = code[0] === "x" || code[0] === "X" ? parseInt(code.slice(1), 16) : Number(code);
    return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
      ? String.fromCodePoint(n)
      : whole;
  });
}

export function tagOf(node: XNode): string {
  for (const key in node) if (key !== ":@") return key;
  return "";
}

export function childrenOf(node: XNode): XNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

export function attr(node: XNode, name: string): string | undefined {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === "string" ? decodeNumeric(value) : undefined;
}

export function child(node: XNode, tag: string): XNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** The first descendant reached through the given tags in order. */
export function path(node: XNode | undefined, ...tags: string[]): XNode | undefined {
  let at = node;
  for (const tag of tags) {
    if (!at) return undefined;
    at = child(at, tag);
  }
  return at;
}

export function textOf(node: XNode): string {
  let out = "";
  for (const c of childrenOf(node)) {
    const t = c["#text"];
    if (typeof t === "string" || typeof t === "number") out += String(t);
  }
  return out;
}

/** The root element among the top-level nodes (skipping the prolog and comments). */
export function rootOf(nodes: XNode[]): XNode | undefined {
  return nodes.find((n) => {
    const tag = tagOf(n);
    return tag !== "" && !tag.startsWith("?") && tag !== "#text" && tag !== "#comment";
  });
}

/** Namespace URI of the root element, read from the raw XML (the parser drops prefixes). */
export function rootNamespace(xml: string): string | null {
  const re = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(\s[^>]*)?\/?>/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(xml))) {
    const name = match[1];
    const attrs = match[2] ?? "";
    const prefix = name.includes(":") ? name.split(":")[0] : null;
    const decl = prefix
      ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`).exec(attrs)
      : /xmlns\s*=\s*["']([^"']*)["']/.exec(attrs);
    return decl ? decl[1] : null;
  }
  return null;
}

/**
 * Package parts as Word writes them, for the builders of .docx fixtures
 * that need more than ./docx writes (comments with their extension parts,
 * Custom XML parts with their properties, the add-ins' web extension parts):
 * ./docxReview (a reviewed report) and ./office/wordFile (the Word fake's
 * document as a file).
 */

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  w16cid: "http://schemas.microsoft.com/office/word/2016/wordml/cid",
  w16cex: "http://schemas.microsoft.com/office/word/2018/wordml/cex",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  we: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  wetp: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  ds: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
};

/** Relationship types beyond `${NS.rel}/<kind>`. */
export const REL_TYPES = {
  commentsExtended: "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
  commentsIds: "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
  commentsExtensible:
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
  people: "http://schemas.microsoft.com/office/2011/relationships/people",
  taskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webextension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
};

const WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
export const CONTENT_TYPES = {
  document: `${WORDML}.document.main+xml`,
  styles: `${WORDML}.styles+xml`,
  footnotes: `${WORDML}.footnotes+xml`,
  comments: `${WORDML}.comments+xml`,
  commentsExtended: `${WORDML}.commentsExtended+xml`,
  commentsIds: `${WORDML}.commentsIds+xml`,
  commentsExtensible: `${WORDML}.commentsExtensible+xml`,
  people: `${WORDML}.people+xml`,
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  taskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webextension: "application/vnd.ms-office.webextension+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
};

export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function contentTypesXml(overrides: [partName: string, type: string][]): string {
  return `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides
    .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
    .join("")}</Types>`;
}

export function relationshipsXml(rels: [id: string, type: string, target: string][]): string {
  return `${DECL}<Relationships xmlns="${NS.pkgRel}">${rels
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;
}

/** A Custom XML part's properties part (its data store id, "{GUID}"). */
export function itemPropsXml(itemId: string): string {
  return `${DECL}<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="${NS.ds}"><ds:schemaRefs/></ds:datastoreItem>`;
}

/** customXml/_rels/itemN.xml.rels: the item's link to its properties part. */
export function itemRelsXml(n: number): string {
  return relationshipsXml([["rId1", `${NS.rel}/customXmlProps`, `itemProps${n}.xml`]]);
}

/** One comment in comments.xml: a paragraph per line, the first with Word's annotation mark. */
export function commentXml(comment: {
  id: number;
  author: string;
  lines: string[];
  /** w14:paraId of each line's paragraph; the last one keys the comment in the extension parts. */
  paraIds: string[];
  body: (line: string) => string;
}): string {
  const initials = comment.author
    .split(" ")
    .map((p) => p[0] ?? "")
    .join("");
  const paragraphs = comment.lines
    .map(
      (line, k) =>
        `<w:p w14:paraId="${comment.paraIds[k]}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${k === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : ""}${comment.body(line)}</w:p>`
    )
    .join("");
  return `<w:comment w:id="${comment.id}" w:author="${esc(comment.author)}" w:date="2026-03-20T10:00:00Z" w:initials="${esc(initials)}">${paragraphs}</w:comment>`;
}

export function commentsXml(comments: string[]): string {
  return `${DECL}<w:comments xmlns:w="${NS.w}" xmlns:w14="${NS.w14}">${comments.join("")}</w:comments>`;
}

export function commentsExtendedXml(
  entries: { paraId: string; parent?: string; done?: boolean }[]
): string {
  return `${DECL}<w15:commentsEx xmlns:w15="${NS.w15}">${entries
    .map(
      (c) =>
        `<w15:commentEx w15:paraId="${c.paraId}"${c.parent ? ` w15:paraIdParent="${c.parent}"` : ""} w15:done="${c.done ? 1 : 0}"/>`
    )
    .join("")}</w15:commentsEx>`;
}

/** The web extension part of an add-in, with its settings (values JSON as Office saves them). */
export function webExtensionXml(settings: [name: string, value: unknown][]): string {
  const properties = settings
    .map(
      ([name, value]) => `<we:property name="${esc(name)}" value="${esc(JSON.stringify(value))}"/>`
    )
    .join("");
  return `${DECL}<we:webextension xmlns:we="${NS.we}" id="{52811C31-4593-43B8-A697-EB873422D156}"><we:reference id="05c2e1c9-3e1d-406e-9a91-e9ac64854143" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="${NS.rel}"/></we:webextension>`;
}

/** word/webextensions/taskpanes.xml and its relationships, for one add-in's pane. */
export const TASKPANES = {
  xml: `${DECL}<wetp:taskpanes xmlns:wetp="${NS.wetp}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${NS.rel}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  rels: relationshipsXml([["rId1", REL_TYPES.webextension, "webextension1.xml"]]),
};

import { InputError } from "../../core/model/errors";
import { headingLevelOf } from "../../core/model/paragraph";
import {
  REC_TAG_PREFIX,
  REPORT_BACKUP_NAMESPACE,
  REPORT_NAMESPACE,
  parseReportMetadata,
  serializeReportMetadata,
} from "../../core/model/reportMetadata";
import {
  TRACKER_LINK_SETTING,
  hasReviewData,
  isAddinComment,
  isAddinSetting,
  isReviewSheetHeading,
  withoutReviewData,
} from "../../core/review/publication";
import { mainDocumentPath, resolveTarget } from "./index";
import { Styles } from "./styles";
import { parseXml, rootNamespace, rootOf } from "./xml";
import {
  ScannedXml,
  XmlEdit,
  XmlElement,
  applyEdits,
  attribute,
  childNamed,
  descendants,
  scanXml,
  visibleText,
} from "./xmlScan";
import { DocxZip, NOT_WORD } from "./zip";

/**
 * A copy of a report for the authorities, without what the add-in keeps for
 * the NPM's own work (what counts as review data is decided in
 * core/review/publication.ts):
 * - the report's Custom XML part (or, with keepTags, the part without its
 *   review data) and the backup part of a damaged one, with their
 *   properties parts, relationships and content types;
 * - the opcat-rec: content controls, unwrapped (their content stays in
 *   place), unless keepTags;
 * - the add-in's document settings (the tracker's link);
 * - the add-in's Word comments (with their range marks, reference runs,
 *   replies and entries in the comment extension parts), other people's
 *   comments kept;
 * - the review sheet (its heading followed by its table).
 * Parts with nothing to remove keep their bytes; edited parts change only
 * where something was removed. The report itself is never touched: the
 * copy is new bytes.
 */

export interface PublishOptions {
  /** Keep the recommendations' tags and the report part without its review data, so the copy can still be imported. */
  keepTags?: boolean;
}

/** What the copy no longer holds, for the user to read. */
export interface PublishSummary {
  /** Parts of the report's data removed entirely. */
  reportPartsRemoved: number;
  /** Parts of the report's data kept, without the review data (keepTags). */
  reportPartsCleaned: number;
  /** Backups of damaged report data removed. */
  backupPartsRemoved: number;
  /** Recommendation tags removed (their text stays). */
  tagsRemoved: number;
  /** The tracker's link, remembered in the document, removed. */
  trackerLinkRemoved: boolean;
  /** Other settings of the add-in removed. */
  otherSettingsRemoved: number;
  /** The add-in's Word comments removed. */
  commentsRemoved: number;
  /** Replies to those comments removed with them. */
  repliesRemoved: number;
  /** Comment authors no longer named by any comment or change, removed from the list of people. */
  authorsRemoved: number;
  /** Review sheets removed. */
  reviewSheetsRemoved: number;
  /** Other people's comments, kept. */
  commentsKept: number;
}

export interface PublishedCopy {
  bytes: Uint8Array;
  summary: PublishSummary;
}

/** True when the copy differs from the report in something a reader could see or find. */
export function removedAnything(summary: PublishSummary): boolean {
  return (
    summary.reportPartsRemoved +
      summary.reportPartsCleaned +
      summary.backupPartsRemoved +
      summary.tagsRemoved +
      summary.otherSettingsRemoved +
      summary.commentsRemoved +
      summary.repliesRemoved +
      summary.authorsRemoved +
      summary.reviewSheetsRemoved >
      0 || summary.trackerLinkRemoved
  );
}

const RELS_SUFFIX = ".rels";

interface Relationship {
  element: XmlElement;
  type: string;
  /** Package path of the target (internal targets only). */
  target: string | null;
}

interface RelsPart {
  path: string;
  scan: ScannedXml;
  relationships: Relationship[];
}

function folderOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
}

/** "word/document.xml" → "word/_rels/document.xml.rels". */
function relsPathOf(partPath: string): string {
  const folder = folderOf(partPath);
  return `${folder}_rels/${partPath.slice(folder.length)}${RELS_SUFFIX}`;
}

/** The part a .rels part describes ("" for the package's own _rels/.rels). */
function sourceOfRels(relsPath: string): string {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsPath);
  return match ? match[1] + match[2] : "";
}

const samePath = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

class Package {
  /** Parts to write: new text, or null to remove. */
  readonly changes = new Map<string, string | null>();
  private readonly relsParts = new Map<string, RelsPart>();

  constructor(readonly zip: DocxZip) {}

  /** The stored name of a part, matched without regard to case (part names are case-insensitive). */
  entry(path: string): string | null {
    if (this.zip.has(path)) return path;
    return this.zip.names().find((name) => samePath(name, path)) ?? null;
  }

  async text(path: string): Promise<string | null> {
    const name = this.entry(path);
    return name === null ? null : this.zip.text(name);
  }

  async rels(relsPath: string): Promise<RelsPart | null> {
    const name = this.entry(relsPath);
    if (name === null) return null;
    const known = this.relsParts.get(name);
    if (known) return known;
    const xml = await this.zip.text(name);
    if (xml === null) return null;
    const scan = scanXml(xml, name);
    const base = folderOf(sourceOfRels(name));
    const relationships = scan.root.children
      .filter((e) => e.local === "Relationship")
      .map((element) => {
        const external = attribute(scan, element, "TargetMode") === "External";
        const target = attribute(scan, element, "Target") ?? "";
        return {
          element,
          type: attribute(scan, element, "Type") ?? "",
          target: external || !target ? null : resolveTarget(base, target),
        };
      });
    const part = { path: name, scan, relationships };
    this.relsParts.set(name, part);
    return part;
  }

  /** Targets of a part's relationships whose type ends with "/<kind>". */
  async targets(partPath: string, kind: string): Promise<string[]> {
    const rels = await this.rels(relsPathOf(partPath));
    const out: string[] = [];
    for (const rel of rels?.relationships ?? []) {
      if (rel.target && rel.type.slice(rel.type.lastIndexOf("/") + 1) === kind)
        out.push(rel.target);
    }
    return out;
  }

  remove(path: string): void {
    const name = this.entry(path);
    if (name !== null) this.changes.set(name, null);
  }

  isRemoved(path: string): boolean {
    const name = this.entry(path);
    return name !== null && this.changes.get(name) === null;
  }

  /**
   * Once parts are removed: their own relationships go with them, and the
   * relationships and content-type overrides naming them are removed.
   */
  async tidy(): Promise<void> {
    const removed = [...this.changes].filter(([, c]) => c === null).map(([p]) => p);
    if (removed.length === 0) return;
    for (const path of removed) this.remove(relsPathOf(path));
    const gone = (path: string | null) =>
      path !== null && removed.some((removedPath) => samePath(removedPath, path));
    for (const name of this.zip.names()) {
      if (!name.toLowerCase().endsWith(RELS_SUFFIX) || this.isRemoved(name)) continue;
      const rels = await this.rels(name);
      if (!rels) continue;
      const edits = rels.relationships
        .filter((r) => gone(r.target))
        .map((r) => ({ start: r.element.start, end: r.element.end }));
      if (edits.length > 0) this.changes.set(name, applyEdits(rels.scan.xml, edits));
    }
    const typesName = this.entry("[Content_Types].xml");
    const types = typesName ? await this.zip.text(typesName) : null;
    if (typesName && types !== null) {
      const scan = scanXml(types, typesName);
      const edits = scan.root.children
        .filter((e) => e.local === "Override")
        .filter((e) => gone((attribute(scan, e, "PartName") ?? "").replace(/^\//, "")))
        .map((e) => ({ start: e.start, end: e.end }));
      if (edits.length > 0) this.changes.set(typesName, applyEdits(types, edits));
    }
  }
}

function emptySummary(): PublishSummary {
  return {
    reportPartsRemoved: 0,
    reportPartsCleaned: 0,
    backupPartsRemoved: 0,
    tagsRemoved: 0,
    trackerLinkRemoved: false,
    otherSettingsRemoved: 0,
    commentsRemoved: 0,
    repliesRemoved: 0,
    authorsRemoved: 0,
    reviewSheetsRemoved: 0,
    commentsKept: 0,
  };
}

// ---------------------------------------------------------------------------
// The report's Custom XML parts

async function customXmlParts(pkg: Package, keepTags: boolean, summary: PublishSummary) {
  const items = pkg.zip
    .names()
    .filter((name) => /^customXml\/item\d+\.xml$/i.test(name))
    .sort();
  for (const item of items) {
    const xml = await pkg.zip.text(item);
    if (xml === null) continue;
    const namespace = rootNamespace(xml);
    if (namespace === REPORT_BACKUP_NAMESPACE) {
      summary.backupPartsRemoved++;
    } else if (namespace === REPORT_NAMESPACE) {
      const parsed = keepTags ? parseReportMetadata(xml) : null;
      if (parsed?.ok) {
        // Kept for the tags; rewritten only when it holds review data.
        if (hasReviewData(parsed.metadata)) {
          pkg.changes.set(item, serializeReportMetadata(withoutReviewData(parsed.metadata)));
          summary.reportPartsCleaned++;
        }
        continue;
      }
      // Not kept, or damaged (its review data cannot be told apart): removed whole.
      summary.reportPartsRemoved++;
    } else continue;
    pkg.remove(item);
    // The item's properties part (its data store id) goes with it.
    for (const props of await pkg.targets(item, "customXmlProps")) pkg.remove(props);
  }
}

// ---------------------------------------------------------------------------
// Settings

/**
 * Office.Settings ("stored in the host document as name/value pairs") live in
 * the add-in's web extension part, word/webextensions/webextensionN.xml, as
 * <we:property name="…" value="…JSON…"/> under <we:properties> (Microsoft
 * Learn: Office.Settings; "Automatically open a task pane with a document").
 */
const WEB_EXTENSION = /(^|\/)webextensions\/webextension\d*\.xml$/i;

async function settings(pkg: Package, summary: PublishSummary) {
  for (const name of pkg.zip.names().filter((n) => WEB_EXTENSION.test(n))) {
    const xml = await pkg.zip.text(name);
    if (xml === null) continue;
    const scan = scanXml(xml, name);
    const edits: XmlEdit[] = [];
    for (const properties of scan.root.children.filter((e) => e.local === "properties")) {
      for (const property of properties.children.filter((e) => e.local === "property")) {
        const key = attribute(scan, property, "name") ?? "";
        if (!isAddinSetting(key)) continue;
        edits.push({ start: property.start, end: property.end });
        if (key === TRACKER_LINK_SETTING) summary.trackerLinkRemoved = true;
        else summary.otherSettingsRemoved++;
      }
    }
    if (edits.length > 0) pkg.changes.set(name, applyEdits(xml, edits));
  }
}

// ---------------------------------------------------------------------------
// Comments

interface CommentsPlan {
  /** w:id of the comments removed. */
  ids: Set<string>;
  /** Authors still named in the comments kept. */
  keptAuthors: Set<string>;
}

/** The part a document relationship of this kind names, or Word's usual name beside the document. */
async function relatedPart(
  pkg: Package,
  documentPath: string,
  kind: string
): Promise<string | null> {
  const [target] = await pkg.targets(documentPath, kind);
  const path = target ?? `${folderOf(documentPath)}${kind}.xml`;
  return pkg.entry(path);
}

async function comments(
  pkg: Package,
  documentPath: string,
  summary: PublishSummary
): Promise<CommentsPlan> {
  const plan: CommentsPlan = { ids: new Set(), keptAuthors: new Set() };
  const path = await relatedPart(pkg, documentPath, "comments");
  const xml = path ? await pkg.zip.text(path) : null;
  if (!path || xml === null) return plan;
  const scan = scanXml(xml, path);
  const all = scan.root.children.filter((e) => e.local === "comment");
  /** The w14:paraId of each comment's paragraphs: the comment extension parts key a comment by its last one. */
  const paraIds = new Map<XmlElement, string[]>();
  for (const comment of all) {
    const ids: string[] = [];
    for (const d of descendants(comment)) {
      if (d.local !== "p") continue;
      const id = attribute(scan, d, "paraId");
      if (id) ids.push(id.toUpperCase());
    }
    paraIds.set(comment, ids);
  }
  const removed = new Set<XmlElement>(
    all.filter((c) => {
      const paragraphs = descendants(c);
      const texts: string[] = [];
      for (const d of paragraphs) if (d.local === "p") texts.push(visibleText(scan, d));
      return isAddinComment(texts.join("\n"));
    })
  );
  summary.commentsRemoved = removed.size;

  // Replies to a removed comment (commentsExtended: paraIdParent) are part of its thread.
  const extendedPath = await relatedPart(pkg, documentPath, "commentsExtended");
  const extendedXml = extendedPath ? await pkg.zip.text(extendedPath) : null;
  const extended = extendedPath && extendedXml !== null ? scanXml(extendedXml, extendedPath) : null;
  if (extended) {
    const parentOf = new Map<string, string>();
    for (const e of extended.root.children.filter((c) => c.local === "commentEx")) {
      const id = attribute(extended, e, "paraId");
      const parent = attribute(extended, e, "paraIdParent");
      if (id && parent) parentOf.set(id.toUpperCase(), parent.toUpperCase());
    }
    let grew = true;
    while (grew) {
      grew = false;
      const removedParas = new Set([...removed].flatMap((c) => paraIds.get(c) ?? []));
      for (const comment of all) {
        if (removed.has(comment)) continue;
        if ((paraIds.get(comment) ?? []).some((p) => removedParas.has(parentOf.get(p) ?? ""))) {
          removed.add(comment);
          summary.repliesRemoved++;
          grew = true;
        }
      }
    }
  }
  summary.commentsKept = all.length - removed.size;
  for (const comment of all) {
    if (removed.has(comment)) {
      const id = attribute(scan, comment, "id");
      if (id !== undefined) plan.ids.add(id);
    } else {
      const author = attribute(scan, comment, "author");
      if (author) plan.keptAuthors.add(author);
    }
  }
  if (removed.size === 0) return plan;
  pkg.changes.set(
    path,
    applyEdits(
      xml,
      [...removed].map((c) => ({ start: c.start, end: c.end }))
    )
  );

  const removedParas = new Set([...removed].flatMap((c) => paraIds.get(c) ?? []));
  const durableIds = new Set<string>();
  const dropWhere = async (
    kind: string,
    entryName: string,
    key: (scan: ScannedXml, e: XmlElement) => boolean
  ) => {
    const partPath = await relatedPart(pkg, documentPath, kind);
    const partXml = partPath ? await pkg.zip.text(partPath) : null;
    if (!partPath || partXml === null) return;
    const partScan = scanXml(partXml, partPath);
    const edits = partScan.root.children
      .filter((e) => e.local === entryName && key(partScan, e))
      .map((e) => ({ start: e.start, end: e.end }));
    if (edits.length > 0) pkg.changes.set(partPath, applyEdits(partXml, edits));
  };
  const hasRemovedPara = (s: ScannedXml, e: XmlElement) =>
    removedParas.has((attribute(s, e, "paraId") ?? "").toUpperCase());
  await dropWhere("commentsExtended", "commentEx", hasRemovedPara);
  await dropWhere("commentsIds", "commentId", (s, e) => {
    if (!hasRemovedPara(s, e)) return false;
    const durable = attribute(s, e, "durableId");
    if (durable) durableIds.add(durable.toUpperCase());
    return true;
  });
  await dropWhere("commentsExtensible", "commentExtensible", (s, e) =>
    durableIds.has((attribute(s, e, "durableId") ?? "").toUpperCase())
  );
  return plan;
}

/** People (word/people.xml) no comment or tracked change names any more: a reviewer's name and account. */
async function people(
  pkg: Package,
  documentPath: string,
  authors: Set<string>,
  summary: PublishSummary
) {
  const path = await relatedPart(pkg, documentPath, "people");
  const xml = path ? await pkg.zip.text(path) : null;
  if (!path || xml === null) return;
  const scan = scanXml(xml, path);
  const edits = scan.root.children
    .filter((e) => e.local === "person" && !authors.has(attribute(scan, e, "author") ?? ""))
    .map((e) => ({ start: e.start, end: e.end }));
  summary.authorsRemoved = edits.length;
  if (edits.length > 0) pkg.changes.set(path, applyEdits(xml, edits));
}

// ---------------------------------------------------------------------------
// Stories: the body, notes, headers and footers

/** Elements between blocks that belong to no block (bookmarks, proofing marks). */
const MARKS = new Set(["bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd"]);
const BLOCKS = new Set(["p", "tbl", "tr", "tc"]);
/** Tracked changes, which name their author. */
const REVISIONS = new Set(["ins", "del", "moveFrom", "moveTo"]);

function isOurControl(scan: ScannedXml, sdt: XmlElement): boolean {
  const tag = childNamed(childNamed(sdt, "sdtPr") ?? sdt, "tag");
  return (
    sdt.local === "sdt" && !!tag && (attribute(scan, tag, "val") ?? "").startsWith(REC_TAG_PREFIX)
  );
}

/** Unwraps a control: its start, properties and end go, its content stays where it was. */
function unwrap(sdt: XmlElement): XmlEdit[] {
  const content = childNamed(sdt, "sdtContent");
  const placeholder = childNamed(childNamed(sdt, "sdtPr") ?? sdt, "showingPlcHdr") !== undefined;
  const holdsBlocks = content ? [...descendants(content)].some((d) => BLOCKS.has(d.local)) : false;
  // A control still showing its prompt holds no text of the report; inline, it goes whole.
  if (!content || content.closeStart === content.end || (placeholder && !holdsBlocks))
    return [{ start: sdt.start, end: sdt.end }];
  return [
    { start: sdt.start, end: content.openEnd },
    { start: content.closeStart, end: sdt.end },
  ];
}

interface StoryContext {
  keepTags: boolean;
  commentIds: Set<string>;
  styles: Styles | null;
  summary: PublishSummary;
  /** Authors named in the parts kept (tracked changes), for the people part. */
  authors: Set<string>;
}

function headingLevel(scan: ScannedXml, p: XmlElement, styles: Styles | null): number | null {
  const pPr = childNamed(p, "pPr");
  const outline = pPr ? childNamed(pPr, "outlineLvl") : undefined;
  if (outline) {
    const value = Number(attribute(scan, outline, "val"));
    if (Number.isInteger(value) && value >= 0 && value <= 8) return value + 1;
  }
  const style = pPr ? childNamed(pPr, "pStyle") : undefined;
  const id = style ? (attribute(scan, style, "val") ?? null) : null;
  const info = styles?.get(id);
  return (
    info?.headingLevel ?? (id ? headingLevelOf({ style: id, builtInStyle: id }) : null) ?? null
  );
}

function isEmptyParagraph(scan: ScannedXml, p: XmlElement): boolean {
  return (
    p.local === "p" &&
    visibleText(scan, p) === "" &&
    ![...descendants(p)].some(
      (d) => d.local === "drawing" || d.local === "pict" || d.local === "object"
    )
  );
}

/**
 * The review sheet: a Heading 1 whose text is the sheet's heading, then a
 * table. Inserted at the end of the body, Word adds an empty paragraph
 * after the table (a body cannot end with one): it goes too when nothing
 * follows it.
 */
function reviewSheets(scan: ScannedXml, body: XmlElement, context: StoryContext): XmlEdit[] {
  const edits: XmlEdit[] = [];
  const blocks = body.children.filter((e) => !MARKS.has(e.local));
  for (let i = 0; i + 1 < blocks.length; i++) {
    const heading = blocks[i];
    const table = blocks[i + 1];
    if (heading.local !== "p" || table.local !== "tbl") continue;
    if (headingLevel(scan, heading, context.styles) !== 1) continue;
    if (!isReviewSheetHeading(visibleText(scan, heading))) continue;
    edits.push({ start: heading.start, end: heading.end }, { start: table.start, end: table.end });
    context.summary.reviewSheetsRemoved++;
    const after = blocks[i + 2];
    const rest = blocks.slice(i + 3);
    const before = blocks[i - 1];
    if (
      after &&
      isEmptyParagraph(scan, after) &&
      rest.every((e) => e.local === "sectPr") &&
      before?.local === "p"
    )
      edits.push({ start: after.start, end: after.end });
    i++;
  }
  return edits;
}

function story(scan: ScannedXml, context: StoryContext, isDocument: boolean): XmlEdit[] {
  const edits: XmlEdit[] = [];
  for (const e of descendants(scan.root)) {
    if (e.local === "sdt" && !context.keepTags && isOurControl(scan, e)) {
      edits.push(...unwrap(e));
      context.summary.tagsRemoved++;
    } else if (
      (e.local === "commentRangeStart" || e.local === "commentRangeEnd") &&
      context.commentIds.has(attribute(scan, e, "id") ?? "")
    ) {
      edits.push({ start: e.start, end: e.end });
    } else if (
      e.local === "commentReference" &&
      context.commentIds.has(attribute(scan, e, "id") ?? "")
    ) {
      // The reference sits in a run of its own (with the comment-reference style): the run goes.
      const run = e.parent;
      const alone = run?.local === "r" && run.children.every((c) => c === e || c.local === "rPr");
      edits.push(alone ? { start: run.start, end: run.end } : { start: e.start, end: e.end });
    } else {
      const author = REVISIONS.has(e.local) || e.local.endsWith("Change");
      if (author) {
        const name = attribute(scan, e, "author");
        if (name) context.authors.add(name);
      }
    }
  }
  const body = isDocument ? childNamed(scan.root, "body") : undefined;
  if (body) edits.push(...reviewSheets(scan, body, context));
  return edits;
}

async function stories(pkg: Package, documentPath: string, context: StoryContext) {
  const paths = [documentPath];
  for (const kind of ["footnotes", "endnotes", "header", "footer"])
    for (const target of await pkg.targets(documentPath, kind)) {
      const name = pkg.entry(target);
      if (name && !paths.includes(name)) paths.push(name);
    }
  for (const path of paths) {
    const xml = await pkg.zip.text(path);
    if (xml === null) continue;
    const scan = scanXml(xml, path);
    if (path === documentPath && scan.root.local !== "document")
      throw new InputError(NOT_WORD, "notWord");
    const edits = story(scan, context, path === documentPath);
    if (edits.length > 0) pkg.changes.set(path, applyEdits(xml, edits));
  }
}

async function stylesOf(pkg: Package, documentPath: string): Promise<Styles | null> {
  const path = await relatedPart(pkg, documentPath, "styles");
  const xml = path ? await pkg.zip.text(path) : null;
  return path && xml !== null ? new Styles(rootOf(parseXml(xml, path))) : null;
}

/**
 * Makes the copy. Throws InputError, in the user's words, for a file that
 * is not a readable Word document (damaged, encrypted, too large), as the
 * reader does; the copy is then not made.
 */
export async function publishCopy(
  bytes: Uint8Array | ArrayBuffer,
  options: PublishOptions = {}
): Promise<PublishedCopy> {
  const keepTags = options.keepTags ?? false;
  const zip = await DocxZip.open(bytes);
  const documentPath = await mainDocumentPath(zip);
  const pkg = new Package(zip);
  const summary = emptySummary();

  await customXmlParts(pkg, keepTags, summary);
  await settings(pkg, summary);
  const plan = await comments(pkg, documentPath, summary);
  const authors = new Set(plan.keptAuthors);
  await stories(pkg, documentPath, {
    keepTags,
    commentIds: plan.ids,
    styles: await stylesOf(pkg, documentPath),
    summary,
    authors,
  });
  if (summary.commentsRemoved > 0) await people(pkg, documentPath, authors, summary);
  await pkg.tidy();
  return { bytes: await zip.rewrite(pkg.changes), summary };
}

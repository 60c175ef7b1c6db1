import {
  REPORT_NAMESPACE,
  ReportMetadata,
  idFromTag,
  serializeBackup,
  serializeReportMetadata,
  tagOf,
} from "../../core/model/reportMetadata";
import { plainParagraphText } from "../../core/model/paragraph";
import type { StoredPart, TaggedText } from "../../core/review/open";
import { isAddinComment } from "../../core/review/publication";
import type { ReviewSheet } from "../../core/review/sheet";
import type { TagRequest } from "../../core/review/tagging";
import { WordReviewError, isSetSupported, requireSet } from "./errors";

/**
 * The Word side of reviewing a report: content controls tagged
 * opcat-rec:<id> around recommendations, and the report's Custom XML part.
 * Every operation is one Word.run with a fixed number of syncs, whatever
 * the number of recommendations.
 */

/** What the pane needs to open the review: the tags in document order with their text, and our parts. */
export interface StoredReview {
  tagged: TaggedText[];
  /** null on Word without WordApi 1.4, where Custom XML parts cannot be read or written. */
  parts: StoredPart[] | null;
}

/** Reads the tagged recommendations and the report parts: 2 syncs (1 without WordApi 1.4). */
export async function readStoredReview(): Promise<StoredReview> {
  const withParts = isSetSupported("WordApi", "1.4");
  return Word.run(async (context) => {
    const controls = context.document.body.contentControls.load("items/tag,items/text");
    const parts = withParts
      ? context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE).load("items/id")
      : null;
    await context.sync();
    const tagged: TaggedText[] = [];
    for (const control of controls.items) {
      const id = idFromTag(control.tag);
      if (id) tagged.push({ id, text: control.text });
    }
    if (!parts) return { tagged, parts: null };
    const xml = parts.items.map((p) => p.getXml());
    await context.sync();
    return { tagged, parts: parts.items.map((p, i) => ({ id: p.id, xml: xml[i].value })) };
  });
}

/** The report's metadata part with `xml` (replaced, or added when `partId` is null), its id loaded at the next sync. */
function putMetadataPart(
  context: Word.RequestContext,
  partId: string | null,
  xml: string
): Word.CustomXmlPart {
  const parts = context.document.customXmlParts;
  const part = partId ? parts.getItem(partId) : parts.add(xml);
  if (partId) part.setXml(xml);
  part.load("id");
  return part;
}

/**
 * Saves the metadata into our part: replaces the part it was read from, or
 * adds one. 1 sync. A damaged part is never written here; see keepDamagedPart.
 */
export async function saveReportMetadata(
  metadata: ReportMetadata,
  partId: string | null
): Promise<string> {
  return writeMetadata(metadata, partId);
}

/**
 * Writes the metadata into our part (see putMetadataPart) once `before`, if
 * given, has made its changes in the same Word.run: 1 sync after `before`'s.
 * Returns the part's id.
 */
async function writeMetadata(
  metadata: ReportMetadata,
  partId: string | null,
  before?: (context: Word.RequestContext) => Promise<void>
): Promise<string> {
  requireSet("WordApi", "1.4");
  const xml = serializeReportMetadata(metadata);
  return Word.run(async (context) => {
    if (before) await before(context);
    const part = putMetadataPart(context, partId, xml);
    await context.sync();
    return part.id;
  });
}

/**
 * Moves a damaged part's text, unchanged, into a backup part of its own
 * namespace (so it stays in the document and no longer blocks ours), at the
 * user's request. 1 sync.
 */
export async function keepDamagedPart(partId: string, xml: string, now: Date): Promise<void> {
  requireSet("WordApi", "1.4");
  await Word.run(async (context) => {
    context.document.customXmlParts.getItem(partId).setXml(serializeBackup(xml, now.toISOString()));
    await context.sync();
  });
}

/** Where a recommendation lies, decided in core (src/core/review/tagging.ts). */
export type { TagRequest };

/** Word's search takes at most 255 characters; longer stretches are found by their two ends. */
const SEARCH_CHUNK = 200;

function occurrencesBefore(haystack: string, needle: string, end: number): number {
  let count = 0;
  let i = haystack.indexOf(needle);
  while (i >= 0 && i < end) {
    count++;
    i = haystack.indexOf(needle, i + 1);
  }
  return count;
}

/**
 * Wraps each recommendation in a rich-text content control tagged
 * opcat-rec:<id>, in 3 syncs whatever their number: load the paragraphs,
 * search the two ends of each partial span, then insert all controls. A
 * request over several paragraphs (lastParagraph) wraps them whole.
 */
export async function tagRecommendations(requests: TagRequest[]): Promise<void> {
  requireSet("WordApi", "1.3");
  if (requests.length === 0) return;
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    await context.sync();
    const plans = requests.map((request) => {
      const paragraph = paragraphs.items[request.bodyParagraph];
      // Offsets and texts are those of readReport, which normalises line breaks and control characters.
      const text = paragraph ? plainParagraphText(paragraph.text) : "";
      if (!paragraph || text !== request.paragraphText) {
        throw new WordReviewError("documentChanged", `paragraph ${request.bodyParagraph}`);
      }
      const last =
        request.lastParagraph !== undefined ? paragraphs.items[request.lastParagraph] : undefined;
      if (request.lastParagraph !== undefined && !last)
        throw new WordReviewError("documentChanged", `paragraph ${request.lastParagraph}`);
      if (last)
        return { request, paragraph, last, head: null, tail: null, headIndex: 0, tailIndex: 0 };
      const span = request.span;
      const whole =
        span === null ||
        (text.slice(0, span.start).trim() === "" && text.slice(span.end).trim() === "") ||
        /[\n\t\r\u000b]/.test(text.slice(span.start, span.end));
      if (whole)
        return { request, paragraph, last, head: null, tail: null, headIndex: 0, tailIndex: 0 };
      const stretch = text.slice(span.start, span.end);
      // The ends are searched without any "^", which Word reads as a special character.
      const caret = stretch.indexOf("^");
      const headText = stretch.slice(0, Math.min(SEARCH_CHUNK, caret < 0 ? stretch.length : caret));
      const tailStart = Math.max(stretch.length - SEARCH_CHUNK, stretch.lastIndexOf("^") + 1);
      const tailText = stretch.slice(tailStart);
      if (headText.trim() === "" || tailText.trim() === "") {
        return { request, paragraph, last, head: null, tail: null, headIndex: 0, tailIndex: 0 };
      }
      const options = { matchCase: true, matchWildcards: false };
      return {
        request,
        paragraph,
        last,
        head: paragraph.search(headText, options).load("items"),
        tail: paragraph.search(tailText, options).load("items"),
        headIndex: occurrencesBefore(text, headText, span.start),
        tailIndex: occurrencesBefore(text, tailText, span.start + tailStart),
      };
    });
    if (plans.some((p) => p.head)) await context.sync();
    for (const plan of plans) {
      let control: Word.ContentControl;
      if (plan.head && plan.tail) {
        const head = plan.head.items[plan.headIndex];
        const tail = plan.tail.items[plan.tailIndex];
        if (!head || !tail) throw new WordReviewError("documentChanged", plan.request.id);
        control = head.expandTo(tail).insertContentControl();
      } else if (plan.last) {
        control = plan.paragraph
          .getRange("Whole")
          .expandTo(plan.last.getRange("Content"))
          .insertContentControl();
      } else {
        control = plan.paragraph.getRange("Content").insertContentControl();
      }
      control.tag = tagOf(plan.request.id);
      control.title = plan.request.title;
    }
    await context.sync();
  });
}

/** Marks the selection as a recommendation: 2 syncs. */
export async function markSelection(id: string, title: string): Promise<string> {
  requireSet("WordApi", "1.3");
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    const around = selection.parentContentControlOrNullObject.load("tag");
    await context.sync();
    if (selection.text.trim() === "") throw new WordReviewError("emptySelection");
    if (!around.isNullObject && idFromTag(around.tag))
      throw new WordReviewError("selectionInsideRecommendation");
    const control = selection.insertContentControl();
    control.tag = tagOf(id);
    control.title = title;
    control.load("text");
    await context.sync();
    return control.text;
  });
}

/**
 * Removes the control(s) with the recommendation's tag, keeping their
 * content exactly: 2 syncs. Returns the first control's text ("" when there
 * was none), to find it again should the user undo.
 */
export async function unmarkRecommendation(id: string): Promise<string> {
  return Word.run(async (context) => {
    const controls = context.document.body.contentControls.getByTag(tagOf(id)).load("items/text");
    await context.sync();
    for (const control of controls.items) control.delete(true);
    await context.sync();
    return controls.items[0]?.text ?? "";
  });
}

/**
 * Selects the recommendation in the document so Word scrolls to it (2
 * syncs), or, given words of it (the evidence of a criterion), those words
 * (3 syncs; the whole recommendation when they are not found).
 */
export async function selectRecommendation(id: string, words = ""): Promise<void> {
  requireSet("WordApi", "1.3");
  await Word.run(async (context) => {
    const control = context.document.body.contentControls
      .getByTag(tagOf(id))
      .getFirstOrNullObject();
    control.load("tag");
    await context.sync();
    if (control.isNullObject) throw new WordReviewError("recommendationNotInDocument", id);
    // Word searches at most 255 characters, and reads "^" as a special character.
    const needle = words.split("^")[0].slice(0, SEARCH_CHUNK).trim();
    if (needle) {
      const found = control
        .search(needle, { matchCase: true, matchWildcards: false })
        .getFirstOrNullObject();
      found.load("text");
      await context.sync();
      if (!found.isNullObject) {
        found.select("Select");
        await context.sync();
        return;
      }
    }
    control.select("Select");
    await context.sync();
  });
}

/** The tagged recommendation the selection (the cursor) is in, or null: 1 sync. */
export async function selectedRecommendation(): Promise<string | null> {
  if (!isSetSupported("WordApi", "1.3")) return null;
  return Word.run(async (context) => {
    const around = context.document.getSelection().parentContentControlOrNullObject.load("tag");
    await context.sync();
    return around.isNullObject ? null : idFromTag(around.tag);
  });
}

/**
 * Gives the report new ids (a copy of another report): every control of
 * an old id gets its new tag, and the re-keyed metadata replaces the
 * report's part, in one Word.run of 2 syncs whatever the number of
 * recommendations. Returns the part's id.
 */
export async function rekeyDocument(
  ids: ReadonlyMap<string, string>,
  metadata: ReportMetadata,
  partId: string | null
): Promise<string> {
  return writeMetadata(metadata, partId, async (context) => {
    const controls = context.document.body.contentControls.load("items/tag");
    await context.sync();
    for (const control of controls.items) {
      const id = idFromTag(control.tag);
      const fresh = id ? ids.get(id) : undefined;
      if (fresh) control.tag = tagOf(fresh);
    }
  });
}

export interface CommentRequest {
  id: string;
  /** The comment's text; null when the recommendation has nothing left to say (an earlier comment is resolved). */
  text: string | null;
}

export interface CommentsWritten {
  added: number;
  updated: number;
  resolved: number;
  /** Ids whose control is no longer in the document. */
  missing: string[];
}

/**
 * Writes the add-in's Word comment on each recommendation (WordApi 1.4):
 * the comment it wrote before is updated (and reopened), not added again;
 * a recommendation with nothing left to say has its comment marked
 * resolved. Other people's comments are left alone. 3 syncs.
 */
export async function writeComments(requests: CommentRequest[]): Promise<CommentsWritten> {
  requireSet("WordApi", "1.4");
  const written: CommentsWritten = { added: 0, updated: 0, resolved: 0, missing: [] };
  if (requests.length === 0) return written;
  return Word.run(async (context) => {
    const controls = context.document.body.contentControls.load("items/tag");
    await context.sync();
    const byId = new Map<string, Word.ContentControl>();
    for (const control of controls.items) {
      const id = idFromTag(control.tag);
      if (id && !byId.has(id)) byId.set(id, control);
    }
    const plans = requests.map((request) => {
      const control = byId.get(request.id);
      if (!control) {
        written.missing.push(request.id);
        return null;
      }
      const range = control.getRange("Whole");
      return {
        request,
        range,
        comments: range.getComments().load("items/content,items/resolved"),
      };
    });
    await context.sync();
    for (const plan of plans) {
      if (!plan) continue;
      const ours = plan.comments.items.find((c) => isAddinComment(c.content));
      const text = plan.request.text;
      if (text && ours) {
        if (ours.content !== text || ours.resolved) {
          ours.content = text;
          ours.resolved = false;
          written.updated++;
        }
      } else if (text) {
        plan.range.insertComment(text);
        written.added++;
      } else if (ours && !ours.resolved) {
        ours.resolved = true;
        written.resolved++;
      }
    }
    await context.sync();
    return written;
  });
}

/** Column widths (points) and a header row that Word repeats on every page. */
function shapeSheet(table: Word.Table, sheet: ReviewSheet): void {
  table.headerRowCount = 1;
  sheet.widths.forEach((width, column) => {
    table.getCell(0, column).columnWidth = width;
  });
}

/**
 * Inserts the review sheet (a heading, then a table whose first row names
 * the columns, narrow enough for a portrait page) at the end of the
 * document: 1 sync.
 */
export async function insertReviewSheet(heading: string, sheet: ReviewSheet): Promise<void> {
  requireSet("WordApi", "1.3");
  await Word.run(async (context) => {
    const body = context.document.body;
    body.insertParagraph(heading, "End").styleBuiltIn = "Heading1";
    const rows = sheet.rows;
    shapeSheet(body.insertTable(rows.length, rows[0].length, "End", rows), sheet);
    await context.sync();
  });
}

/**
 * Puts the review sheet in a new document and opens it; needs the hidden
 * document API (WordApiHiddenDocument 1.3). 1 sync.
 */
export async function reviewSheetInNewDocument(heading: string, sheet: ReviewSheet): Promise<void> {
  if (!Office.context.requirements.isSetSupported("WordApiHiddenDocument", "1.3")) {
    throw new WordReviewError("needsHiddenDocument");
  }
  await Word.run(async (context) => {
    const doc = context.application.createDocument();
    doc.body.insertParagraph(heading, "Start").styleBuiltIn = "Heading1";
    const rows = sheet.rows;
    shapeSheet(doc.body.insertTable(rows.length, rows[0].length, "End", rows), sheet);
    doc.open();
    await context.sync();
  });
}

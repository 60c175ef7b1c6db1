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

/**
 * Saves the metadata into our part: replaces the part it was read from, or
 * adds one. 1 sync. A damaged part is never written here; see keepDamagedPart.
 */
export async function saveReportMetadata(
  metadata: ReportMetadata,
  partId: string | null
): Promise<string> {
  requireSet("WordApi", "1.4");
  const xml = serializeReportMetadata(metadata);
  return Word.run(async (context) => {
    const parts = context.document.customXmlParts;
    let part: Word.CustomXmlPart;
    if (partId) {
      part = parts.getItem(partId);
      part.setXml(xml);
    } else {
      part = parts.add(xml);
    }
    part.load("id");
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

/** Where a found recommendation lies in a body paragraph. */
export interface TagRequest {
  id: string;
  /** Index of the paragraph in document.body.paragraphs. */
  bodyParagraph: number;
  /** The paragraph's text as read, to detect a document changed since. */
  paragraphText: string;
  /** Character span of the recommendation in that text; null for the whole paragraph. */
  span: { start: number; end: number } | null;
  title: string;
}

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
 * search the two ends of each partial span, then insert all controls.
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
      const span = request.span;
      const whole =
        span === null ||
        (text.slice(0, span.start).trim() === "" && text.slice(span.end).trim() === "") ||
        /[\n\t\r\u000b]/.test(text.slice(span.start, span.end));
      if (whole) return { request, paragraph, head: null, tail: null, headIndex: 0, tailIndex: 0 };
      const stretch = text.slice(span.start, span.end);
      // The ends are searched without any "^", which Word reads as a special character.
      const caret = stretch.indexOf("^");
      const headText = stretch.slice(0, Math.min(SEARCH_CHUNK, caret < 0 ? stretch.length : caret));
      const tailStart = Math.max(stretch.length - SEARCH_CHUNK, stretch.lastIndexOf("^") + 1);
      const tailText = stretch.slice(tailStart);
      if (headText.trim() === "" || tailText.trim() === "") {
        return { request, paragraph, head: null, tail: null, headIndex: 0, tailIndex: 0 };
      }
      const options = { matchCase: true, matchWildcards: false };
      return {
        request,
        paragraph,
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

/** Removes the control(s) with the recommendation's tag, keeping their content exactly: 2 syncs. */
export async function unmarkRecommendation(id: string): Promise<number> {
  return Word.run(async (context) => {
    const controls = context.document.body.contentControls.getByTag(tagOf(id)).load("items");
    await context.sync();
    for (const control of controls.items) control.delete(true);
    await context.sync();
    return controls.items.length;
  });
}

/** Selects the recommendation in the document so Word scrolls to it: 2 syncs. */
export async function selectRecommendation(id: string): Promise<void> {
  requireSet("WordApi", "1.3");
  await Word.run(async (context) => {
    const control = context.document.body.contentControls
      .getByTag(tagOf(id))
      .getFirstOrNullObject();
    control.load("tag");
    await context.sync();
    if (control.isNullObject) throw new WordReviewError("recommendationNotInDocument", id);
    control.select("Select");
    await context.sync();
  });
}

export interface CommentRequest {
  id: string;
  text: string;
}

/**
 * Inserts one Word comment per recommendation on its content control
 * (WordApi 1.4): 2 syncs. Returns the ids whose control was not found.
 */
export async function insertComments(requests: CommentRequest[]): Promise<string[]> {
  requireSet("WordApi", "1.4");
  if (requests.length === 0) return [];
  return Word.run(async (context) => {
    const controls = requests.map((r) => {
      const control = context.document.body.contentControls
        .getByTag(tagOf(r.id))
        .getFirstOrNullObject();
      control.load("tag");
      return control;
    });
    await context.sync();
    const missing: string[] = [];
    controls.forEach((control, i) => {
      if (control.isNullObject) missing.push(requests[i].id);
      else control.getRange("Whole").insertComment(requests[i].text);
    });
    await context.sync();
    return missing;
  });
}

/** Inserts the review sheet (a heading, then a table whose first row names the columns) at the end of the document: 1 sync. */
export async function insertReviewSheet(heading: string, rows: string[][]): Promise<void> {
  requireSet("WordApi", "1.3");
  await Word.run(async (context) => {
    const body = context.document.body;
    body.insertParagraph(heading, "End").styleBuiltIn = "Heading1";
    body.insertTable(rows.length, rows[0].length, "End", rows);
    await context.sync();
  });
}

/**
 * Puts the review sheet in a new document and opens it; needs the hidden
 * document API (WordApiHiddenDocument 1.3). 1 sync.
 */
export async function reviewSheetInNewDocument(heading: string, rows: string[][]): Promise<void> {
  if (!Office.context.requirements.isSetSupported("WordApiHiddenDocument", "1.3")) {
    throw new WordReviewError("needsHiddenDocument");
  }
  await Word.run(async (context) => {
    const doc = context.application.createDocument();
    doc.body.insertParagraph(heading, "Start").styleBuiltIn = "Heading1";
    doc.body.insertTable(rows.length, rows[0].length, "End", rows);
    doc.open();
    await context.sync();
  });
}

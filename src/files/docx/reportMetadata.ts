import type { ReportParagraph } from "../../core/model/report";
import { REPORT_NAMESPACE, idFromTag } from "../../core/model/reportMetadata";
import { OpenedReport, TaggedText, openReport } from "../../core/review/open";

/** The part of readDocx's result this reader needs (src/files/docx/index.ts). */
export interface DocxReportParts {
  paragraphs: ReportParagraph[];
  customXmlParts: { path: string; namespace: string | null; xml: string }[];
}

/**
 * The tagged recommendations of a .docx, in document order: consecutive
 * paragraphs inside the same opcat-rec control form one recommendation,
 * their texts joined by "\r" as Word's ContentControl.text does. A control
 * inside a paragraph tags that paragraph in readDocx's output, so its text
 * here is the whole paragraph's.
 */
export function taggedTexts(paragraphs: ReportParagraph[]): TaggedText[] {
  const out: TaggedText[] = [];
  let previous: string | null = null;
  for (const p of paragraphs) {
    const id = p.part === "body" ? idFromTag(p.contentControlTag) : null;
    if (id && id === previous) out[out.length - 1].text += "\r" + p.text;
    else if (id) out.push({ id, text: p.text });
    previous = id;
  }
  return out;
}

/**
 * Reads what the Word pane saved in a report: the report part (namespace
 * urn:opcat-recommendation-tracker:report:1) and the tagged recommendations,
 * reconciled by the same rules as in Word (src/core/review/open.ts), so a
 * damaged part or a hand-deleted control is reported here exactly as there.
 */
export function readReportMetadata(docx: DocxReportParts): OpenedReport {
  const parts = docx.customXmlParts
    .filter((part) => part.namespace === REPORT_NAMESPACE)
    .map((part) => ({ id: part.path, xml: part.xml }));
  return openReport(parts, taggedTexts(docx.paragraphs));
}

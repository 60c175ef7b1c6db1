import type { ReportParagraph } from "../../core/model/report";
import { REPORT_NAMESPACE } from "../../core/model/reportMetadata";
import { OpenedReport, openReport, taggedTexts } from "../../core/review/open";

/** The part of readDocx's result this reader needs (src/files/docx/index.ts). */
export interface DocxReportParts {
  paragraphs: ReportParagraph[];
  customXmlParts: { path: string; namespace: string | null; xml: string }[];
}

/** The tagged recommendations in document order; core holds the rule so reportToBatch can use it too. */
export { taggedTexts };

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

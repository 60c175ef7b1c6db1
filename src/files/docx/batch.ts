import { BatchRecommendation, parseBatch, RecommendationBatch } from "../../core/model/batch";
import {
  reportToBatch,
  type BatchWarning,
  type ReportDateSource,
} from "../../core/model/batch-from-report";
import { reportInOtherLanguage } from "../../core/model/paragraph";
import { InputError } from "../../core/model/errors";
import { readDocx } from "./index";
import { readReportMetadata } from "./reportMetadata";

/**
 * What an import reads: a Word report (.docx) or a RecommendationBatch
 * (.json), told apart by content, not by name, so a renamed file is read as
 * what it is. No Node built-ins: the Excel pane reads the file the user
 * picks with the same code.
 */

export interface BatchInput {
  batch: RecommendationBatch;
  kind: "docx" | "json";
  /** Whether the recommendations came from the Word pane's tags (else the finder found them). */
  tagged: boolean;
  /** Things the user should know about the report (a deleted tag, tracked changes...), as codes each surface words. */
  warnings: BatchWarning[];
  /**
   * Where the report's date came from: saved by the Word pane, read from the
   * report's words, given by the user for this import, or the batch file's;
   * null when there is none (the import then asks for it).
   */
  dateFrom: ReportDateSource | "batch" | null;
  /** The report's line the date was read from, when dateFrom is "report". */
  dateLine: string;
  /** Nothing was found, and the report is in a language the finder does not read. */
  otherLanguage?: boolean;
  /** "Possibly a recommendation": what the finder found just below its threshold in an untagged report, not in `batch`. */
  candidates: BatchRecommendation[];
}

export interface ReadOptions {
  /** The report's date (yyyy-mm-dd) as the user gives it: it wins over what the report says. */
  reportDate?: string;
}

const ZIP = [0x50, 0x4b];
/** Office files saved with a password are OLE compound files, as are old .doc and .xls files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, bytes: number[], at = 0): boolean {
  return bytes.every((byte, i) => data[at + i] === byte);
}

/** Whether `text` appears in the bytes as UTF-16LE (how OLE files name their streams) or ASCII. */
function holds(data: Uint8Array, text: string, utf16: boolean): boolean {
  const pattern: number[] = [];
  for (const ch of text) pattern.push(ch.charCodeAt(0), ...(utf16 ? [0] : []));
  const first = pattern[0];
  const last = data.length - pattern.length;
  for (let i = data.indexOf(first); i >= 0 && i <= last; i = data.indexOf(first, i + 1))
    if (startsWith(data, pattern, i)) return true;
  return false;
}

function protectedOle(data: Uint8Array): boolean {
  return holds(data, "EncryptedPackage", true) || holds(data, "EncryptionInfo", true);
}

function oleReason(data: Uint8Array, fileName: string): string {
  if (protectedOle(data))
    return `${fileName} is protected by a password; open it in Word, remove the password (File > Info > Protect Document), save it and try again.`;
  return `${fileName} is an old-style Office file (.doc or .xls); open it in Word and save it as a Word document (.docx) first.`;
}

/** Reads a tagged or untagged Word report into a batch: tags and the report part when present, else the finder. */
export async function readReportBatch(
  data: Uint8Array,
  fileName: string,
  options: ReadOptions = {}
): Promise<BatchInput> {
  if (startsWith(data, OLE))
    throw new InputError(
      oleReason(data, fileName),
      protectedOle(data) ? "wordProtected" : "oldWordFormat"
    );
  let docx;
  try {
    docx = await readDocx(data);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (startsWith(data, ZIP) && holds(data, "xl/workbook.xml", false))
      throw new InputError(
        `${fileName} is an Excel workbook, not a report; name the report first: rectrack import REPORT.docx TRACKER.xlsx.`,
        "workbookNotReport"
      );
    throw new InputError(`${fileName}: ${error.message}`, error.code, error.values);
  }
  const opened = readReportMetadata(docx);
  const { batch, tagged, warnings, dateFrom, dateLine, candidates } = reportToBatch({
    paragraphs: docx.paragraphs,
    opened,
    fileName,
    reportDate: options.reportDate,
  });
  const notes: BatchWarning[] = docx.trackedChanges
    ? [{ code: "trackedChanges", values: {} }, ...warnings]
    : [...warnings];
  const otherLanguage =
    batch.recommendations.length === 0 &&
    candidates.length === 0 &&
    reportInOtherLanguage(docx.paragraphs);
  if (otherLanguage) notes.unshift({ code: "otherLanguage", values: {} });
  return {
    batch,
    kind: "docx",
    tagged: Boolean(tagged),
    warnings: notes,
    dateFrom,
    dateLine,
    otherLanguage,
    candidates,
  };
}

/** A .docx report or a .json batch, whichever the bytes are; anything else is refused in one sentence. */
export async function readBatchInput(
  data: Uint8Array,
  fileName: string,
  options: ReadOptions = {}
): Promise<BatchInput> {
  if (data.length === 0) throw new InputError(`${fileName} is empty.`, "fileEmpty");
  if (startsWith(data, ZIP) || startsWith(data, OLE))
    return readReportBatch(data, fileName, options);
  let at = startsWith(data, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < data.length && [0x20, 0x09, 0x0a, 0x0d].includes(data[at])) at++;
  if (data[at] === 0x7b /* { */) {
    const text = new TextDecoder("utf-8").decode(data);
    let batch: RecommendationBatch;
    try {
      batch = parseBatch(text);
    } catch (error) {
      if (error instanceof InputError)
        throw new InputError(`${fileName}: ${error.message}`, error.code, error.values);
      throw error;
    }
    const given = options.reportDate ?? "";
    if (given) batch = { ...batch, report: { ...batch.report, date: given } };
    return {
      batch,
      kind: "json",
      tagged: false,
      warnings: [],
      dateFrom: given ? "given" : batch.report.date ? "batch" : null,
      dateLine: "",
      candidates: [],
    };
  }
  throw new InputError(
    `${fileName} is neither a Word report (.docx) nor a recommendation batch (.json).`,
    "notReportOrBatch"
  );
}

import { findRecommendations } from "../core/extract";
import type { FoundRecommendation } from "../core/extract/types";
import { InputError } from "../core/model/errors";
import { reportInOtherLanguage } from "../core/model/paragraph";
import { DocxReport, readDocx } from "../files/docx";
import { readInput } from "../files/local";
import type { RegisterCommand } from "./io";
import { EXIT } from "./io";

/** Reads a .docx report from disk; every problem the user can fix is an InputError. */
export async function readReportFile(path: string): Promise<DocxReport> {
  const data = await readInput(path, "a Word document");
  try {
    return await readDocx(data);
  } catch (error) {
    // Name the file: with several reports in a batch, the user must know which one to fix.
    if (error instanceof InputError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

/** What `rectrack extract --json` prints for one recommendation. */
export interface ExtractedJson {
  text: string;
  /** 1-based: the paragraph's position counting every paragraph of the body from the start. */
  paragraph: number;
  addressee?: string;
  deadline?: string;
  repeated?: boolean;
}

export function toJson(rec: FoundRecommendation): ExtractedJson {
  const out: ExtractedJson = { text: rec.text, paragraph: rec.paragraph + 1 };
  if (rec.addressee) out.addressee = rec.addressee;
  const deadline = rec.deadline ?? rec.timeframe;
  if (deadline) out.deadline = deadline;
  if (rec.repeated) out.repeated = true;
  return out;
}

/** Why nothing was found, when the report is in a language the finder does not read. */
export const OTHER_LANGUAGE_NOTE =
  "No recommendations found: the report seems to be written in a language the finder does not read yet (it reads English, French and Spanish).\n";

function readable(recs: FoundRecommendation[], otherLanguage: boolean): string {
  if (recs.length === 0) return otherLanguage ? OTHER_LANGUAGE_NOTE : "No recommendations found.\n";
  const lines = [`${recs.length} recommendation${recs.length === 1 ? "" : "s"} found:`, ""];
  recs.forEach((rec, k) => {
    lines.push(`${k + 1}. ${rec.text.replace(/\s*\n\s*/g, " ")}`);
    const details = [`paragraph ${rec.paragraph + 1}`];
    if (rec.ref) details.push(`ref. ${rec.ref}`);
    if (rec.addressee) details.push(`to: ${rec.addressee}`);
    if (rec.deadline ?? rec.timeframe) details.push(`by: ${rec.deadline ?? rec.timeframe}`);
    if (rec.priority) details.push(`priority: ${rec.priority}`);
    if (rec.repeated) details.push("repeated");
    lines.push(`   (${details.join("; ")})`);
  });
  return lines.join("\n") + "\n";
}

export const registerExtractCommand: RegisterCommand = (program, io, setExit) => {
  program
    .command("extract")
    .description("list the recommendations found in a Word report (.docx)")
    .argument("<report>", "the report, a .docx file")
    .option("--json", "print a JSON array, one object per recommendation")
    .addHelpText(
      "after",
      `
With --json each object has "text", "paragraph" and, when the report gives
them, "addressee", "deadline" (or timeframe, as written) and "repeated".
"paragraph" counts from 1 every paragraph of the document body in order,
empty paragraphs and table cells included (as Word counts them); notes,
comments and text boxes are never searched.

Exit status: 0 done (also when none is found), 2 the file is missing or is
not a readable Word document.`
    )
    .action(async (report: string, options: { json?: boolean }) => {
      const docx = await readReportFile(report);
      const recs = findRecommendations(docx.paragraphs);
      const otherLanguage = recs.length === 0 && reportInOtherLanguage(docx.paragraphs);
      if (options.json) {
        io.out(JSON.stringify(recs.map(toJson), null, 2) + "\n");
        if (otherLanguage) io.err(`Note: ${OTHER_LANGUAGE_NOTE}`);
      } else io.out(readable(recs, otherLanguage));
      setExit(EXIT.ok);
    });
};

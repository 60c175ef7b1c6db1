import { findRecommendations } from "../core/extract";
import type { FinderReason, FoundRecommendation } from "../core/extract/types";
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
  /** Below the finder's threshold: possibly a recommendation, with the cues it had. */
  candidate?: true;
  reasons?: FinderReason[];
}

export function toJson(rec: FoundRecommendation): ExtractedJson {
  const out: ExtractedJson = { text: rec.text, paragraph: rec.paragraph + 1 };
  if (rec.addressee) out.addressee = rec.addressee;
  const deadline = rec.deadline ?? rec.timeframe;
  if (deadline) out.deadline = deadline;
  if (rec.repeated) out.repeated = true;
  if (rec.candidate) {
    out.candidate = true;
    out.reasons = rec.reasons;
  }
  return out;
}

/** The finder's reasons in the command line's words. */
const REASON_WORDS: Record<FinderReason, string> = {
  tagged: "tagged in Word",
  recommends: "the body recommends",
  impersonal: '"it is recommended"',
  label: "labelled as a recommendation",
  stem: "an item under a recommending sentence",
  modal: "says what should be done",
  addressee: "names who must act",
  opinion: "the body's own view",
  imperative: "opens like a request",
  recommendationSection: "in a recommendations chapter",
  conclusionSection: "in the conclusions",
  listItem: "a list item",
  normative: "numbered, says what must be done",
  tableColumn: "in a recommendations column",
  bold: "in bold",
  otherBody: "another body recommends",
  reported: "reports what someone said",
  standard: "quotes law or a standard",
  request: "asks for information or a reply",
  implemented: "reported as implemented",
  past: "an earlier recommendation",
  question: "a question",
  counterfactual: "about the past",
  explicitElsewhere: 'a "should" among findings',
  backgroundSection: "in the background",
  followUpSection: "in the follow-up",
  responseSection: "in the authorities' reply",
  goodPractice: "good practice",
  metadata: "a metadata line",
  introduction: "introduces a list",
};

function details(rec: FoundRecommendation): string {
  const out = [`paragraph ${rec.paragraph + 1}`];
  if (rec.ref) out.push(`ref. ${rec.ref}`);
  if (rec.addressee) out.push(`to: ${rec.addressee}`);
  if (rec.deadline ?? rec.timeframe) out.push(`by: ${rec.deadline ?? rec.timeframe}`);
  if (rec.priority) out.push(`priority: ${rec.priority}`);
  if (rec.repeated) out.push("repeated");
  if (rec.candidate)
    out.push(`possibly a recommendation: ${rec.reasons.map((r) => REASON_WORDS[r]).join(", ")}`);
  return `   (${out.join("; ")})`;
}

/** Why nothing was found, when the report is in a language the finder does not read. */
export const OTHER_LANGUAGE_NOTE =
  "No recommendations found: the report seems to be written in a language the finder does not read yet (it reads English, French and Spanish).\n";

function readable(all: FoundRecommendation[], otherLanguage: boolean): string {
  const recs = all.filter((r) => !r.candidate);
  const candidates = all.filter((r) => r.candidate);
  const lines: string[] = [];
  if (all.length === 0 && otherLanguage) return OTHER_LANGUAGE_NOTE;
  if (recs.length === 0) lines.push("No recommendations found.");
  else {
    lines.push(`${recs.length} recommendation${recs.length === 1 ? "" : "s"} found:`, "");
    recs.forEach((rec, k) => {
      lines.push(`${k + 1}. ${rec.text.replace(/\s*\n\s*/g, " ")}`, details(rec));
    });
  }
  if (candidates.length > 0) {
    lines.push(
      "",
      candidates.length === 1
        ? "1 possible recommendation, below the finder's threshold and not counted above (tag it in Word, or import with --include-candidates, to take it):"
        : `${candidates.length} possible recommendations, below the finder's threshold and not counted above (tag them in Word, or import with --include-candidates, to take them):`,
      ""
    );
    candidates.forEach((rec, k) => {
      lines.push(`?${k + 1}. ${rec.text.replace(/\s*\n\s*/g, " ")}`, details(rec));
    });
  }
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
Texts the finder found just below its threshold are listed too, after the
others in the text output, with "candidate": true and their "reasons" in
JSON: possibly recommendations, for you to decide (tag them in Word, or
import them with rectrack import --include-candidates).
"paragraph" counts from 1 every paragraph of the document body in order,
empty paragraphs and table cells included (as Word counts them); notes,
comments and text boxes are never searched.

Exit status: 0 done (also when none is found), 2 the file is missing or is
not a readable Word document.`
    )
    .action(async (report: string, options: { json?: boolean }) => {
      const docx = await readReportFile(report);
      const recs = findRecommendations(docx.paragraphs, { candidates: true });
      const otherLanguage = recs.length === 0 && reportInOtherLanguage(docx.paragraphs);
      if (options.json) {
        io.out(JSON.stringify(recs.map(toJson), null, 2) + "\n");
        if (otherLanguage) io.err(`Note: ${OTHER_LANGUAGE_NOTE}`);
      } else io.out(readable(recs, otherLanguage));
      setExit(EXIT.ok);
    });
};

import { findRecommendations } from "../core/extract";
import type { FinderReason, FoundRecommendation } from "../core/extract/types";
import type { CliTranslate } from "./i18n";
import { InputError } from "../core/model/errors";
import { reportInOtherLanguage } from "../core/model/paragraph";
import { DocxReport, readDocx } from "../files/docx";
import { readInput } from "../files/local";
import type { RegisterCommand } from "./io";
import { helpAfter } from "./help";
import { EXIT } from "./io";

/** Reads a .docx report from disk; every problem the user can fix is an InputError. */
export async function readReportFile(path: string): Promise<DocxReport> {
  const data = await readInput(path, "a Word document");
  try {
    return await readDocx(data);
  } catch (error) {
    // Name the file: with several reports in a batch, the user must know which one to fix.
    if (error instanceof InputError)
      throw new InputError(`${path}: ${error.message}`, error.code, {
        ...error.values,
        file: path,
      });
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

function details(rec: FoundRecommendation, t: CliTranslate): string {
  const out = [t("detailParagraph", { number: String(rec.paragraph + 1) })];
  if (rec.ref) out.push(t("detailRef", { ref: rec.ref }));
  if (rec.addressee) out.push(t("detailTo", { addressee: rec.addressee }));
  const deadline = rec.deadline ?? rec.timeframe;
  if (deadline) out.push(t("detailBy", { deadline }));
  if (rec.priority) out.push(t("detailPriority", { priority: rec.priority }));
  if (rec.repeated) out.push(t("detailRepeated"));
  if (rec.candidate)
    out.push(
      t("detailPossibly", {
        reasons: rec.reasons.map((reason) => t(`reason_${reason}`)).join(", "),
      })
    );
  return `   (${out.join("; ")})`;
}

/** Why nothing was found, when the report is in a language the finder does not read. */
export function otherLanguageNote(t: CliTranslate): string {
  return `${t("otherLanguageNote")}\n`;
}

function readable(all: FoundRecommendation[], otherLanguage: boolean, t: CliTranslate): string {
  const recs = all.filter((r) => !r.candidate);
  const candidates = all.filter((r) => r.candidate);
  const lines: string[] = [];
  if (all.length === 0 && otherLanguage) return otherLanguageNote(t);
  if (recs.length === 0) lines.push(t("noneFound"));
  else {
    lines.push(t("found", { count: String(recs.length) }), "");
    recs.forEach((rec, k) => {
      lines.push(`${k + 1}. ${rec.text.replace(/\s*\n\s*/g, " ")}`, details(rec, t));
    });
  }
  if (candidates.length > 0) {
    lines.push("", t("candidatesFound", { count: String(candidates.length) }), "");
    candidates.forEach((rec, k) => {
      lines.push(`?${k + 1}. ${rec.text.replace(/\s*\n\s*/g, " ")}`, details(rec, t));
    });
  }
  return lines.join("\n") + "\n";
}

export const registerExtractCommand: RegisterCommand = (program, io, setExit) => {
  program
    .command("extract")
    .description(io.t("help_extract"))
    .argument(`<${io.t("arg_report")}>`, io.t("help_extract_report"))
    .option("--json", io.t("help_extract_json"))
    .addHelpText(
      "after",
      helpAfter(io.t("help_extract_after"), io.t("help_exit", { text: io.t("help_extract_exit") }))
    )
    .action(async (report: string, options: { json?: boolean }) => {
      const docx = await readReportFile(report);
      const { t } = io;
      const recs = findRecommendations(docx.paragraphs, { candidates: true });
      const otherLanguage = recs.length === 0 && reportInOtherLanguage(docx.paragraphs);
      if (options.json) {
        io.out(JSON.stringify(recs.map(toJson), null, 2) + "\n");
        if (otherLanguage) io.err(`${t("note", { text: otherLanguageNote(t) })}`);
      } else io.out(readable(recs, otherLanguage, t));
      setExit(EXIT.ok);
    });
};

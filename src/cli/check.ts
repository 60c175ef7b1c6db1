import { promises as fs } from "fs";
import { findRecommendations } from "../core/extract";
import { InputError } from "../core/model/errors";
import {
  checkRecommendation,
  CRITERION_KEYS,
  type CheckInput,
  type CheckResult,
  type CriterionKey,
} from "../core/smart";
import type { RegisterCommand } from "./commands";
import { OTHER_LANGUAGE_NOTE, readReportFile } from "./extract";
import { reportInOtherLanguage } from "../core/model/paragraph";
import { EXIT } from "./io";

/** One input line of `check --jsonl`. */
export interface CheckLine extends CheckInput {
  id: string | number;
}

/** Parses JSON Lines of {"id","text"[,"context"]}; blank lines are skipped, the first bad line is an InputError naming it. */
export function parseCheckLines(content: string, source: string): CheckLine[] {
  const out: CheckLine[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") return;
    const where = `${source}, line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${where} is not valid JSON.`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new InputError(`${where} must be an object with "id" and "text".`);
    }
    const record = value as Record<string, unknown>;
    const { id, text, context } = record;
    if (typeof id !== "string" && typeof id !== "number") {
      throw new InputError(`${where} has no "id" (text or number).`);
    }
    if (typeof text !== "string") throw new InputError(`${where} has no "text" (a string).`);
    if (context !== undefined && context !== null && typeof context !== "string") {
      throw new InputError(`${where}: "context" must be a string.`);
    }
    out.push(typeof context === "string" ? { id, text, context } : { id, text });
  });
  return out;
}

type CriterionJson = {
  verdict: string;
  evidence: [number, number][];
  contextEvidence?: [number, number][];
  suggestion: string | null;
};

/** The JSON of one checked recommendation; context evidence only when a context was given. */
export function resultJson(
  result: CheckResult,
  withContext: boolean
): { score: number; criteria: Record<CriterionKey, CriterionJson> } {
  const criteria = {} as Record<CriterionKey, CriterionJson>;
  for (const key of CRITERION_KEYS) {
    const c = result.criteria[key];
    criteria[key] = withContext
      ? {
          verdict: c.verdict,
          evidence: c.evidence,
          contextEvidence: c.contextEvidence,
          suggestion: c.suggestion,
        }
      : { verdict: c.verdict, evidence: c.evidence, suggestion: c.suggestion };
  }
  return { score: result.score, criteria };
}

async function readText(path: string): Promise<string> {
  try {
    return await fs.readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path} does not exist.`);
    if (code === "EISDIR") throw new InputError(`${path} is a folder, not a file.`);
    if (code === "EACCES" || code === "EPERM")
      throw new InputError(`${path} cannot be read (permission denied).`);
    throw error;
  }
}

const LABELS: Record<CriterionKey, string> = {
  specific: "Specific",
  measurable: "Measurable",
  achievable: "Achievable",
  results: "Results-oriented",
  timebound: "Time-bound",
  solution: "Solution-suggestive",
  prioritised: "Prioritised",
  argued: "Argued",
  rootcause: "Root-cause responsive",
  targeted: "Targeted",
};

const VERDICT_WORDS = { not_met: "not met", needs_review: "needs review" } as const;

export const registerCheckCommands: RegisterCommand = (program, io, setExit) => {
  program
    .command("check")
    .description("check recommendations against the Double-SMART checklist")
    .argument("[report]", "a Word report (.docx) whose recommendations are checked")
    .option("--jsonl <file>", "check the recommendations of a JSON Lines file instead")
    .option("--json", "with a report: print a JSON array instead of text")
    .addHelpText(
      "after",
      `
--jsonl FILE reads one {"id","text"} object per line (optionally "context",
the sentences introducing the recommendation) and writes one line per input:
{"id","score","criteria":{"specific":{"verdict","evidence","suggestion"},...}}.
Evidence spans are [start, end) character offsets in "text".`
    )
    .action(async (report: string | undefined, options: { jsonl?: string; json?: boolean }) => {
      if (options.jsonl !== undefined) {
        if (report !== undefined)
          throw new InputError("give either a report or --jsonl, not both.");
        // Read and validate every line before writing any output: no half-written results.
        const lines = parseCheckLines(await readText(options.jsonl), options.jsonl);
        const out: string[] = [];
        for (const line of lines) {
          const withContext = line.context !== undefined;
          const result = checkRecommendation(line);
          out.push(JSON.stringify({ id: line.id, ...resultJson(result, withContext) }));
        }
        io.out(out.length ? out.join("\n") + "\n" : "");
        setExit(EXIT.ok);
        return;
      }
      if (report === undefined) throw new InputError("give a report (.docx) or --jsonl FILE.");
      const docx = await readReportFile(report);
      const found = findRecommendations(docx.paragraphs);
      const checked = found.map((rec) => ({
        rec,
        result: checkRecommendation({ text: rec.text, context: rec.context }),
      }));
      if (options.json) {
        const array = checked.map(({ rec, result }) => ({
          paragraph: rec.paragraph + 1,
          ...(rec.ref ? { ref: rec.ref } : {}),
          text: rec.text,
          ...resultJson(result, rec.context.length > 0),
        }));
        io.out(JSON.stringify(array, null, 2) + "\n");
      } else {
        io.out(
          checked.length === 0 && reportInOtherLanguage(docx.paragraphs)
            ? OTHER_LANGUAGE_NOTE
            : readable(checked)
        );
      }
      setExit(EXIT.ok);
    });
};

function readable(
  checked: { rec: { text: string; paragraph: number; ref?: string }; result: CheckResult }[]
): string {
  if (checked.length === 0) return "No recommendations found.\n";
  const lines: string[] = [];
  for (const { rec, result } of checked) {
    const ref = rec.ref ? `, ref. ${rec.ref}` : "";
    lines.push(`Paragraph ${rec.paragraph + 1}${ref}: ${result.score}/10`);
    lines.push(`  ${rec.text.replace(/\s+/g, " ").trim()}`);
    for (const key of CRITERION_KEYS) {
      const c = result.criteria[key];
      if (c.verdict === "met") continue;
      lines.push(`  - ${LABELS[key]} (${VERDICT_WORDS[c.verdict]}): ${c.suggestion ?? ""}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

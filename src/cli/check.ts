import { promises as fs } from "fs";
import { Option } from "commander";
import { findRecommendations, introducingText } from "../core/extract";
import { detectLanguage, LANGUAGES, type Language } from "../core/language";
import {
  basisName,
  checkRecommendation,
  CRITERION_KEYS,
  LEXICONS,
  type CheckInput,
  type CheckResult,
  type CriterionKey,
} from "../core/smart";
import type { RegisterCommand } from "./io";
import { helpAfter } from "./help";
import { otherLanguageNote, readReportFile } from "./extract";
import type { CliTranslate } from "./i18n";
import { reportInOtherLanguage } from "../core/model/paragraph";
import { EXIT, jsonObjectLines, Refusal } from "./io";

/** One input line of `check --jsonl`. */
export interface CheckLine extends CheckInput {
  id: string | number;
}

/** Parses JSON Lines of {"id","text"[,"context"]}; blank lines are skipped, the first bad line is an InputError naming it. */
export function parseCheckLines(content: string, source: string, t: CliTranslate): CheckLine[] {
  return jsonObjectLines(content, source, '"id" and "text"', t).map(({ where, value }) => {
    const { id, text, context } = value;
    if (typeof id !== "string" && typeof id !== "number") {
      throw new Refusal(t("checkIdMissing", { where }));
    }
    if (typeof text !== "string") throw new Refusal(t("checkTextMissing", { where }));
    if (context !== undefined && context !== null && typeof context !== "string") {
      throw new Refusal(t("checkContextNotText", { where }));
    }
    return typeof context === "string" ? { id, text, context } : { id, text };
  });
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
): { language?: Language; score: number; criteria: Record<CriterionKey, CriterionJson> } {
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
  return { language: result.language, score: result.score, criteria };
}

async function readText(path: string, t: CliTranslate): Promise<string> {
  try {
    return await fs.readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Refusal(t("checkNotFound", { path }));
    if (code === "EISDIR") throw new Refusal(t("checkFolder", { path }));
    if (code === "EACCES" || code === "EPERM") throw new Refusal(t("checkDenied", { path }));
    throw error;
  }
}

export const registerCheckCommands: RegisterCommand = (program, io, setExit) => {
  program
    .command("check")
    .description(io.t("help_check"))
    .argument(`[${io.t("arg_report")}]`, io.t("help_check_report"))
    .option("--jsonl <file>", io.t("help_check_jsonl"))
    .option("--json", io.t("help_check_json"))
    .addOption(new Option("--lang <language>", io.t("help_check_lang")).choices([...LANGUAGES]))
    .addHelpText(
      "after",
      helpAfter(
        io.t("help_check_after", {
          input: '{"id","text"}',
          output:
            '{"id","language","score","criteria":{"specific":{"verdict","evidence","suggestion"},...}}',
        })
      )
    )
    .action(
      async (
        report: string | undefined,
        options: { jsonl?: string; json?: boolean; lang?: Language }
      ) => {
        const { t, language: reader } = io;
        if (options.jsonl !== undefined) {
          if (report !== undefined) throw new Refusal(t("checkBoth"));
          // Read and validate every line before writing any output: no half-written results.
          const lines = parseCheckLines(await readText(options.jsonl, t), options.jsonl, t);
          const out: string[] = [];
          for (const line of lines) {
            const withContext = line.context !== undefined;
            const result = checkRecommendation(line, { readerLanguage: reader });
            out.push(JSON.stringify({ id: line.id, ...resultJson(result, withContext) }));
          }
          io.out(out.length ? out.join("\n") + "\n" : "");
          setExit(EXIT.ok);
          return;
        }
        if (report === undefined) throw new Refusal(t("checkNeither"));
        const docx = await readReportFile(report);
        const found = findRecommendations(docx.paragraphs);
        // a short recommendation is read in the report's language when its own words do not tell
        const reportLanguage = detectLanguage(docx.paragraphs.map((p) => p.text).join("\n"));
        const checked = found.map((rec) => {
          const context = introducingText(rec);
          return {
            rec,
            context,
            result: checkRecommendation(
              { text: rec.text, context },
              { fallbackLanguage: reportLanguage, readerLanguage: reader }
            ),
          };
        });
        if (options.json) {
          const array = checked.map(({ rec, context, result }) => ({
            paragraph: rec.paragraph + 1,
            ...(rec.ref ? { ref: rec.ref } : {}),
            text: rec.text,
            ...resultJson(result, context.length > 0),
          }));
          io.out(JSON.stringify(array, null, 2) + "\n");
        } else {
          io.out(
            checked.length === 0 && reportInOtherLanguage(docx.paragraphs)
              ? otherLanguageNote(t)
              : readable(checked, reader, t)
          );
        }
        setExit(EXIT.ok);
      }
    );
};

/**
 * The text report: per recommendation its score and language, then each
 * criterion not met with its verdict, the advice and, in brackets, what the
 * checker found (criterion names, verdicts, advice and labels in `reader`).
 */
function readable(
  checked: { rec: { text: string; paragraph: number; ref?: string }; result: CheckResult }[],
  reader: Language,
  t: CliTranslate
): string {
  if (checked.length === 0) return `${t("noneFound")}\n`;
  const lexicon = LEXICONS[reader];
  const lines: string[] = [];
  for (const { rec, result } of checked) {
    const ref = rec.ref ? t("checkRef", { ref: rec.ref }) : "";
    const language = result.language ? ` (${result.language})` : "";
    lines.push(
      t("checkParagraph", {
        number: String(rec.paragraph + 1),
        ref,
        score: String(result.score),
        language,
      })
    );
    lines.push(`  ${rec.text.replace(/\s+/g, " ").trim()}`);
    for (const key of CRITERION_KEYS) {
      const c = result.criteria[key];
      if (c.verdict === "met") continue;
      const label = basisName(c, reader);
      lines.push(
        `  - ${lexicon.criterionNames[key]} (${lexicon.verdictNames[c.verdict]}): ${c.suggestion ?? ""}${label ? ` [${label}]` : ""}`
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

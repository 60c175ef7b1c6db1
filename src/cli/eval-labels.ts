import { promises as fs } from "fs";
import { InputError } from "../core/model/errors";
import {
  checkRecommendation,
  CRITERION_KEYS,
  evaluateVerdicts,
  type CriterionKey,
  type Label,
  type LabelledVerdicts,
} from "../core/smart";
import { CliIo, EXIT, processIo } from "./io";

/** Parses the labelled JSON Lines file: {"id","text"[,"context"],"labels":{criterion:0|1}} per line. */
export function parseLabelledLines(content: string, source: string): LabelledVerdicts[] {
  const out: LabelledVerdicts[] = [];
  const known = new Set<string>(CRITERION_KEYS);
  content.split(/\r?\n/).forEach((raw, i) => {
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
      throw new InputError(`${where} must be an object with "text" and "labels".`);
    }
    const { text, context, labels } = value as Record<string, unknown>;
    if (typeof text !== "string") throw new InputError(`${where} has no "text" (a string).`);
    if (context !== undefined && typeof context !== "string") {
      throw new InputError(`${where}: "context" must be a string.`);
    }
    if (typeof labels !== "object" || labels === null || Array.isArray(labels)) {
      throw new InputError(`${where} has no "labels" object.`);
    }
    const parsed: Partial<Record<CriterionKey, Label>> = {};
    for (const [key, label] of Object.entries(labels)) {
      if (!known.has(key)) throw new InputError(`${where}: unknown criterion "${key}".`);
      if (label !== 0 && label !== 1)
        throw new InputError(`${where}: label of "${key}" must be 0 or 1.`);
      parsed[key as CriterionKey] = label;
    }
    const result = checkRecommendation({ text, context: context as string | undefined });
    const verdicts = {} as LabelledVerdicts["verdicts"];
    for (const key of CRITERION_KEYS) verdicts[key] = result.criteria[key].verdict;
    out.push({ labels: parsed, verdicts });
  });
  return out;
}

const fixed = (x: number | null) => (x === null ? "-" : x.toFixed(3));

/** `npm run eval -- --labels FILE.jsonl`: agreement of the checker with labelled recommendations. */
export async function evalLabels(path: string, io: CliIo = processIo): Promise<number> {
  try {
    let content: string;
    try {
      content = await fs.readFile(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        code === "ENOENT" ? `${path} does not exist.` : `${path} cannot be read.`
      );
    }
    const items = parseLabelledLines(content, path);
    const summary = evaluateVerdicts(items);
    const rows = [["criterion", "accuracy", "kappa", "n"]];
    for (const key of CRITERION_KEYS) {
      const a = summary.perCriterion[key];
      rows.push([key, fixed(a.accuracy), fixed(a.kappa), String(a.n)]);
    }
    rows.push(["overall", fixed(summary.overall.accuracy), "", String(summary.overall.n)]);
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    const text = rows
      .map((r) =>
        r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")
      )
      .join("\n");
    io.out(`${text}\n(needs review counts as a miss)\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`eval: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}

import { promises as fs } from "fs";
import { detectLanguage, LANGUAGES, type Language } from "../core/language";
import { InputError } from "../core/model/errors";
import {
  checkRecommendation,
  CRITERION_KEYS,
  evaluateVerdicts,
  type CriterionKey,
  type Label,
  type LabelledVerdicts,
  type CheckOptions,
} from "../core/smart";
import { learnedLayer } from "../core/smart/learned";
import { modelLodoReport, readModel, trainModelFile, type FeatureSet } from "./eval-model";

export { inRanges, lexiconWithout, REAL_SPLIT, type EvaluatedItem, type SplitName };
import {
  inRanges,
  lexiconWithout,
  REAL_SPLIT,
  type EvaluatedItem,
  type SplitName,
} from "./eval-real";
import { CliIo, EXIT, jsonObjectLines, processIo } from "./io";
import { cliTranslator } from "./i18n";

/** Parses the labelled JSON Lines file: {"id","text"[,"context"][,"lang"],"labels":{criterion:0|1}} per line, and checks each. */
export function parseLabelledLines(
  content: string,
  source: string,
  checkOptions: Pick<CheckOptions, "model"> = {}
): EvaluatedItem[] {
  const out: EvaluatedItem[] = [];
  const known = new Set<string>(CRITERION_KEYS);
  for (const { line, where, value } of jsonObjectLines(
    content,
    source,
    '"text" and "labels"',
    cliTranslator("en")
  )) {
    const { id, text, context, labels, lang } = value;
    if (typeof text !== "string") throw new InputError(`${where} has no "text" (a string).`);
    if (context !== undefined && typeof context !== "string") {
      throw new InputError(`${where}: "context" must be a string.`);
    }
    if (lang !== undefined && !(LANGUAGES as readonly unknown[]).includes(lang)) {
      throw new InputError(`${where}: "lang" must be one of ${LANGUAGES.join(", ")}.`);
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
    const language =
      (lang as Language | undefined) ?? detectLanguage(`${context ?? ""} ${text}`.trim());
    const result = checkRecommendation(
      { text, context: context as string | undefined },
      { language, ...checkOptions }
    );
    const verdicts = {} as LabelledVerdicts["verdicts"];
    for (const key of CRITERION_KEYS) verdicts[key] = result.criteria[key].verdict;
    out.push({
      id: typeof id === "string" || typeof id === "number" ? String(id) : `line ${line}`,
      language,
      text,
      ...(typeof context === "string" ? { context } : {}),
      labels: parsed,
      verdicts,
    });
  }
  return out;
}

const fixed = (x: number | null) => (x === null ? "-" : x.toFixed(3));
const percent = (part: number, whole: number) =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;

/** The agreement table of a set of items, and its needs-review line. */
function table(items: EvaluatedItem[]): string {
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
  let review = 0;
  let verdicts = 0;
  const byCriterion: string[] = [];
  for (const key of CRITERION_KEYS) {
    let count = 0;
    for (const item of items) {
      if (item.labels[key] === undefined) continue;
      verdicts++;
      if (item.verdicts[key] === "needs_review") count++;
    }
    review += count;
    if (count) byCriterion.push(`${key} ${count}`);
  }
  const detail = byCriterion.length ? `: ${byCriterion.join(", ")}` : "";
  return `${text}\nneeds review: ${percent(review, verdicts)} of ${verdicts} verdicts (${review}${detail})\n`;
}

/** The disagreements, one line each, for development (never on the held-back half). */
function misses(items: EvaluatedItem[]): string {
  const lines: string[] = [];
  for (const item of items) {
    const wrong = CRITERION_KEYS.filter((key) => {
      const label = item.labels[key];
      if (label === undefined) return false;
      const verdict = item.verdicts[key];
      return verdict === "needs_review" || (verdict === "met" ? 1 : 0) !== label;
    }).map((key) => `${key} (label ${item.labels[key]}, ${item.verdicts[key].replace("_", " ")})`);
    if (wrong.length) lines.push(`${item.id} [${item.language}]: ${wrong.join("; ")}`);
  }
  return lines.length ? `misses:\n${lines.join("\n")}\n` : "misses: none\n";
}

export interface EvalOptions {
  split?: SplitName;
  /** List each disagreement (refused on the held-back half). */
  misses?: boolean;
  /**
   * Leave one document out (development half only): each source document is checked without the
   * lexicon entries that fire in it and in no other document of its language (nor in the files of
   * `elsewhere`), an estimate of how the checker fares on documents it was not tuned on.
   */
  lodo?: boolean;
  /** Labelled files whose texts also count as "another document" for --lodo (the synthetic sets). */
  elsewhere?: string[];
  /** The rules alone, without the learned layer. */
  rulesOnly?: boolean;
  /**
   * Compare the learned layer with the rules by leaving one document of the development half out
   * at a time (trained on the others and on the `elsewhere` sets).
   */
  modelLodo?: boolean;
  /** Train the learned layer on the development half and the `elsewhere` sets, write it to this file. */
  train?: string;
  /** Check with the learned layer of this file (written by --train) over the rules. */
  model?: string;
  /** Other settings for --train than the chosen ones (to measure the other approaches compared). */
  trainSettings?: { features?: FeatureSet; lambda?: number };
}

/** The items checked again, each document without the lexicon entries only it needs. */
function leaveOneDocumentOut(
  items: EvaluatedItem[],
  ranges: readonly string[],
  elsewhere: EvaluatedItem[]
): { items: EvaluatedItem[]; removed: string[] } {
  const out: EvaluatedItem[] = [];
  const removed: string[] = [];
  for (const range of ranges) {
    const mine = items.filter((item) => inRanges(item.id, [range]));
    if (mine.length === 0) continue;
    const language = mine[0].language;
    const others = [
      ...items.filter((item) => !inRanges(item.id, [range]) && item.language === language),
      ...elsewhere.filter((item) => item.language === language),
    ];
    const { lexicon: reduced, removed: count } = lexiconWithout(mine, others);
    removed.push(`${range} (${language}): ${count}`);
    for (const item of mine) {
      const result = checkRecommendation(
        { text: item.text, context: item.context },
        { lexicon: reduced, model: null }
      );
      const verdicts = {} as LabelledVerdicts["verdicts"];
      for (const key of CRITERION_KEYS) verdicts[key] = result.criteria[key].verdict;
      out.push({ ...item, verdicts });
    }
  }
  return { items: out, removed };
}

async function readText(path: string): Promise<string> {
  try {
    return await fs.readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `${path} does not exist.` : `${path} cannot be read.`);
  }
}

/**
 * `npm run eval -- --labels FILE.jsonl [--split dev|held] [--misses] [--lodo [--elsewhere FILE]…]`:
 * agreement of the checker with labelled recommendations, per criterion,
 * per language and overall, with the share of "needs review" verdicts.
 */
export async function evalLabels(
  path: string,
  io: CliIo = processIo,
  options: EvalOptions = {}
): Promise<number> {
  try {
    if (options.split === "held" && options.misses) {
      throw new InputError(
        "--misses lists disagreements for development; the held-back half is only for reporting."
      );
    }
    if ((options.lodo || options.modelLodo || options.train) && options.split !== "dev") {
      throw new InputError(
        "--lodo, --model-lodo and --train use the development half only: use them with --split dev."
      );
    }
    const checkOptions: Pick<CheckOptions, "model"> = options.model
      ? { model: learnedLayer(readModel(await readText(options.model), options.model)) }
      : options.rulesOnly
        ? { model: null }
        : {};
    let items = parseLabelledLines(await readText(path), path, checkOptions);
    let heading = `${path}: ${items.length} recommendations`;
    if (options.split) {
      const ranges = REAL_SPLIT[options.split];
      const all = items.length;
      items = items.filter((item) => inRanges(item.id, ranges));
      if (items.length === 0) {
        throw new InputError(
          `no recommendation of ${path} is in the ${options.split} half of the real set (ids ${ranges[0]} …).`
        );
      }
      heading = `${path}, ${options.split === "dev" ? "development" : "held-back"} half: ${items.length} of ${all} recommendations`;
      const elsewhere: EvaluatedItem[] = [];
      for (const other of options.elsewhere ?? []) {
        elsewhere.push(...parseLabelledLines(await readText(other), other, checkOptions));
      }
      if (options.modelLodo) {
        io.out(`${heading}\n${modelLodoReport(items, elsewhere)}`);
        return EXIT.ok;
      }
      if (options.train) {
        io.out(await trainModelFile(items, elsewhere, options.train, options.trainSettings));
        return EXIT.ok;
      }
      if (options.lodo) {
        const left = leaveOneDocumentOut(items, ranges, elsewhere);
        items = left.items;
        heading += `, each source document checked by the rules alone without the lexicon entries that fire only in it (entries removed: ${left.removed.join("; ")})`;
      }
    }
    const languages = LANGUAGES.filter((lang) => items.some((item) => item.language === lang));
    const parts = [`${heading}\n`];
    if (languages.length > 1) {
      for (const lang of languages) {
        const some = items.filter((item) => item.language === lang);
        parts.push(`\nlanguage ${lang} (${some.length} recommendations)\n${table(some)}`);
      }
      parts.push(`\nall languages (${items.length} recommendations)\n`);
    } else {
      parts.push(`language ${languages[0] ?? "-"}\n`);
    }
    parts.push(table(items));
    parts.push("(needs review counts as a miss)\n");
    if (options.misses) parts.push(misses(items));
    io.out(parts.join(""));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`eval: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}

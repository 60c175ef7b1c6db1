/* `npm run eval -- --reports DIR`: how well the finder does on reports whose recommendations are known. */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { findRecommendations } from "../core/extract";
import { detectLanguage, type Language } from "../core/language";
import { InputError } from "../core/model/errors";
import { readDocx } from "../files/docx";

/** Case, whitespace, quote marks and trailing punctuation do not count. */
export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’`´]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;:,!]+$/, "");
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether a found text is the expected recommendation. Equal after
 * normalising; or one contains the other and the shorter is at least 80%
 * of the longer (a list label or a joined continuation sentence does not
 * make a miss); or at least 85% of the words of the longer appear in the
 * shorter (small differences in punctuation or a dropped clause). Anything
 * less is a miss plus a false positive, which is what a reviewer would see.
 */
export function sameRecommendation(expected: string, found: string): boolean {
  const a = normaliseForMatch(expected);
  const b = normaliseForMatch(found);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length / long.length >= 0.8) return true;
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return common / Math.max(wa.length, wb.length) >= 0.85;
}

/**
 * Whether the finder took a near-miss: a found text is it, or holds all of
 * it (a look-alike swallowed into a recommendation is taken too).
 */
export function tookNearMiss(nearMiss: string, found: string): boolean {
  if (sameRecommendation(nearMiss, found)) return true;
  const n = normaliseForMatch(nearMiss);
  return n.length >= 20 && normaliseForMatch(found).includes(n);
}

export interface ReportScore {
  report: string;
  expected: number;
  found: number;
  matched: number;
  misses: string[];
  falsePositives: string[];
  /** Near-misses (look-alikes listed under `NAME#not`) that a found text took. */
  nearMissesTaken: string[];
}

/** One-to-one matching, in document order: each expected text takes the first unmatched found text. */
export function scoreReport(
  report: string,
  expected: string[],
  found: string[],
  nearMisses: string[] = []
): ReportScore {
  const used = new Set<number>();
  const misses: string[] = [];
  for (const e of expected) {
    const j = found.findIndex((f, k) => !used.has(k) && sameRecommendation(e, f));
    if (j < 0) misses.push(e);
    else used.add(j);
  }
  return {
    report,
    expected: expected.length,
    found: found.length,
    matched: used.size,
    misses,
    falsePositives: found.filter((_, k) => !used.has(k)),
    nearMissesTaken: nearMisses.filter((n) => found.some((f) => tookNearMiss(n, f))),
  };
}

/** What a reports folder expects: recommendations per report, and near-misses per report. */
export interface ExpectedReports {
  recommendations: Record<string, string[]>;
  nearMisses: Record<string, string[]>;
  file: string;
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === "string");

/**
 * Reads `expected.json` (`NAME` -> recommendations, `NAME#not` ->
 * near-misses) or, failing that, `expected-recommendations.json` (`NAME`
 * -> recommendations).
 */
export function readExpected(dir: string): ExpectedReports {
  const candidates = ["expected.json", "expected-recommendations.json"];
  let lastError: Error | null = null;
  for (const name of candidates) {
    const file = join(dir, name);
    let raw: string;
    try {
      raw = readFileSync(file, "utf8");
    } catch (error) {
      lastError = error as Error;
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new InputError(`${file} must be an object: report name -> list of recommendations.`);
    const out: ExpectedReports = { recommendations: {}, nearMisses: {}, file };
    for (const [key, value] of Object.entries(parsed)) {
      if (!isStringList(value)) throw new InputError(`${file}: "${key}" must be a list of texts.`);
      if (key.endsWith("#not")) out.nearMisses[key.slice(0, -4)] = value;
      else out.recommendations[key] = value;
    }
    return out;
  }
  throw new InputError(
    `no expected.json or expected-recommendations.json in ${dir}${lastError ? ` (${lastError.message})` : ""}`
  );
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

interface Totals {
  reports: number;
  expected: number;
  found: number;
  matched: number;
  nearMisses: number;
  nearMissesTaken: number;
}

function add(t: Totals, s: ReportScore, nearMisses: number): Totals {
  return {
    reports: t.reports + 1,
    expected: t.expected + s.expected,
    found: t.found + s.found,
    matched: t.matched + s.matched,
    nearMisses: t.nearMisses + nearMisses,
    nearMissesTaken: t.nearMissesTaken + s.nearMissesTaken.length,
  };
}

const ZERO: Totals = {
  reports: 0,
  expected: 0,
  found: 0,
  matched: 0,
  nearMisses: 0,
  nearMissesTaken: 0,
};

export async function evalReports(dir: string): Promise<number> {
  let expected: ExpectedReports;
  try {
    expected = readExpected(dir);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`eval: ${error.message}\n`);
    return 2;
  }
  const reports = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".docx") && f in expected.recommendations)
    .sort();
  const out = (s: string) => process.stdout.write(s + "\n");
  const scores: { score: ReportScore; language: Language; nearMisses: number }[] = [];
  for (const report of reports) {
    let found: string[];
    let language: Language = "en";
    try {
      const docx = await readDocx(readFileSync(join(dir, report)));
      language = detectLanguage(docx.paragraphs.map((p) => p.text).join("\n"));
      found = findRecommendations(docx.paragraphs).map((r) => r.text);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      out(`${report}: not read: ${error.message}`);
      found = [];
    }
    const nearMisses = expected.nearMisses[report] ?? [];
    scores.push({
      score: scoreReport(report, expected.recommendations[report], found, nearMisses),
      language,
      nearMisses: nearMisses.length,
    });
  }
  const missing = Object.keys(expected.recommendations).filter((r) => !reports.includes(r));
  for (const r of missing) out(`${r}: listed in ${expected.file} but not in ${dir}`);

  const row = (name: string, t: Totals) =>
    `${name} | ${t.expected} | ${t.found} | ${t.matched} | ${fmt(ratio(t.matched, t.found))} | ${fmt(ratio(t.matched, t.expected))} | ${t.nearMissesTaken}/${t.nearMisses}`;
  out("report | lang | expected | found | matched | precision | recall | near-misses taken");
  for (const { score: s, language, nearMisses } of scores)
    out(
      `${s.report} | ${language} | ${s.expected} | ${s.found} | ${s.matched} | ${fmt(ratio(s.matched, s.found))} | ${fmt(ratio(s.matched, s.expected))} | ${s.nearMissesTaken.length}/${nearMisses}`
    );
  out("");
  out("language | expected | found | matched | precision | recall | near-misses taken");
  const byLanguage = new Map<Language, Totals>();
  let total = ZERO;
  for (const { score, language, nearMisses } of scores) {
    byLanguage.set(language, add(byLanguage.get(language) ?? ZERO, score, nearMisses));
    total = add(total, score, nearMisses);
  }
  for (const language of ["en", "fr", "es"] as const) {
    const t = byLanguage.get(language);
    if (t) out(row(`${language} (${t.reports} reports)`, t));
  }
  out(row(`overall (${total.reports} reports)`, total));
  const flat = (s: string) => s.replace(/\s+/g, " ").trim();
  for (const { score: s } of scores) {
    for (const m of s.misses) out(`MISS ${s.report}: ${flat(m)}`);
    for (const f of s.falsePositives) out(`FALSE POSITIVE ${s.report}: ${flat(f)}`);
    for (const n of s.nearMissesTaken) out(`NEAR-MISS TAKEN ${s.report}: ${flat(n)}`);
  }
  return 0;
}

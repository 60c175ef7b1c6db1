/* `npm run eval -- --reports DIR`: how well the finder does on reports whose recommendations are known. */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { findRecommendations } from "../core/extract";
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

export interface ReportScore {
  report: string;
  expected: number;
  found: number;
  matched: number;
  misses: string[];
  falsePositives: string[];
}

/** One-to-one matching, in document order: each expected text takes the first unmatched found text. */
export function scoreReport(report: string, expected: string[], found: string[]): ReportScore {
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
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

export async function evalReports(dir: string): Promise<number> {
  let expectedByReport: Record<string, string[]>;
  try {
    expectedByReport = JSON.parse(
      readFileSync(join(dir, "expected-recommendations.json"), "utf8")
    ) as Record<string, string[]>;
  } catch (error) {
    process.stderr.write(
      `eval: cannot read ${join(dir, "expected-recommendations.json")}: ${(error as Error).message}\n`
    );
    return 2;
  }
  const reports = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".docx") && f in expectedByReport)
    .sort();
  const scores: ReportScore[] = [];
  for (const report of reports) {
    let found: string[];
    try {
      const docx = await readDocx(readFileSync(join(dir, report)));
      found = findRecommendations(docx.paragraphs).map((r) => r.text);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stdout.write(`${report}: not read: ${error.message}\n`);
      found = [];
    }
    scores.push(scoreReport(report, expectedByReport[report], found));
  }
  const out = (s: string) => process.stdout.write(s + "\n");
  out("report | expected | found | matched | precision | recall");
  for (const s of scores)
    out(
      `${s.report} | ${s.expected} | ${s.found} | ${s.matched} | ${fmt(ratio(s.matched, s.found))} | ${fmt(ratio(s.matched, s.expected))}`
    );
  const total = scores.reduce(
    (t, s) => ({
      expected: t.expected + s.expected,
      found: t.found + s.found,
      matched: t.matched + s.matched,
    }),
    { expected: 0, found: 0, matched: 0 }
  );
  out(
    `overall | ${total.expected} | ${total.found} | ${total.matched} | ${fmt(ratio(total.matched, total.found))} | ${fmt(ratio(total.matched, total.expected))}`
  );
  for (const s of scores) {
    for (const m of s.misses) out(`MISS ${s.report}: ${m}`);
    for (const f of s.falsePositives) out(`FALSE POSITIVE ${s.report}: ${f}`);
  }
  return 0;
}

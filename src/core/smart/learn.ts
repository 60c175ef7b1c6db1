/**
 * Training of the learned layer (learned.ts): one L2-regularised logistic
 * regression per criterion, fitted by Newton's method. Deterministic: the
 * same examples in the same order give the same weights, to the digit.
 * Development only (`npm run eval -- --train`); the panes never load it.
 */
import type { FeatureWeights } from "./learned";

export interface TrainingExample {
  features: readonly string[];
  label: 0 | 1;
  /** How much the example counts (1 by default). */
  weight?: number;
}

export interface TrainingOptions {
  /** The L2 penalty on every weight except the unpenalised ones. */
  lambda: number;
  /** Features whose weight is not pulled to 0 (the intercept, the rule's own verdict). */
  unpenalised?: (feature: string) => boolean;
  /** Features seen in fewer examples than this are left out (default 2). */
  minCount?: number;
  /** Newton steps at most (default 50). */
  maxSteps?: number;
}

/** A tiny penalty even on unpenalised weights, so that a separable set has a finite answer. */
const FLOOR = 1e-3;
/** Weights are kept to this many decimals: the file stays small and diffs stay readable. */
const DIGITS = 4;

/** Solves A x = b (A symmetric positive definite, n small) by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (pivot !== col) [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col];
    if (Math.abs(p) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let c = r + 1; c < n; c++) sum -= m[r][c] * x[c];
    x[r] = Math.abs(m[r][r]) < 1e-12 ? 0 : sum / m[r][r];
  }
  return x;
}

/**
 * Fits one logistic regression. Features are binary (present or not);
 * returns the non-zero weights by name, in alphabetical order.
 */
export function trainLogistic(
  examples: readonly TrainingExample[],
  options: TrainingOptions
): FeatureWeights {
  const minCount = options.minCount ?? 2;
  const counts = new Map<string, number>();
  for (const ex of examples)
    for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()]
    .filter((f) => (counts.get(f) ?? 0) >= minCount || f === "bias")
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((ex) => [
    ...new Set(ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
  ]);
  const n = names.length;
  const penalty = names.map((f) => (options.unpenalised?.(f) ? FLOOR : options.lambda));
  let w = new Array<number>(n).fill(0);
  const maxSteps = options.maxSteps ?? 50;
  for (let step = 0; step < maxSteps; step++) {
    const grad = w.map((wi, i) => penalty[i] * wi);
    const hess = names.map((_, i) => names.map((__, j) => (i === j ? penalty[i] : 0)));
    examples.forEach((ex, k) => {
      const row = rows[k];
      let z = 0;
      for (const i of row) z += w[i];
      const p = 1 / (1 + Math.exp(-z));
      const c = ex.weight ?? 1;
      const g = c * (p - ex.label);
      const h = c * p * (1 - p);
      for (const i of row) {
        grad[i] += g;
        for (const j of row) hess[i][j] += h;
      }
    });
    const delta = solve(hess, grad);
    let change = 0;
    w = w.map((wi, i) => {
      change = Math.max(change, Math.abs(delta[i]));
      return wi - delta[i];
    });
    if (change < 1e-9) break;
  }
  const out: Record<string, number> = {};
  const scale = 10 ** DIGITS;
  names.forEach((f, i) => {
    const v = Math.round(w[i] * scale) / scale;
    if (v !== 0) out[f] = v;
  });
  return out;
}

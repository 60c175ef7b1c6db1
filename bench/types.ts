/** One line of `npm run bench`: what was measured, the figure, and the target it is held to ("" when none). */
export interface BenchRow {
  name: string;
  figure: string;
  target: string;
}

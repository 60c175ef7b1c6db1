/* Benchmarks print figures; they are not tests. Later issues add their rows here. */
import { benchTracker } from "./tracker";

async function run(): Promise<void> {
  const rows: Array<{ name: string; figure: string; target: string }> = [];
  rows.push(...(await benchTracker()));
  console.log("benchmark | figure | target");
  for (const row of rows) console.log(`${row.name} | ${row.figure} | ${row.target}`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

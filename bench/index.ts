/*
 * npm run bench: every benchmark of the project in one table, with its
 * target. Figures, not tests: nothing here fails the build.
 */
import { benchExtract } from "./extract";
import { benchGraph } from "./graph";
import { benchHistory } from "./history";
import { benchImport } from "./import";
import { benchLarge } from "./large";
import { benchSmart } from "./smart";
import { benchSyncs } from "./syncs";
import { benchTracker } from "./tracker";
import type { BenchRow } from "./types";

const suites: Array<{ title: string; run: () => Promise<BenchRow[]> | BenchRow[] }> = [
  { title: "Double-SMART checker", run: benchSmart },
  { title: "Finding and checking recommendations in a report", run: benchExtract },
  { title: "Tracker files and logic", run: benchTracker },
  { title: "Import into a tracker file", run: benchImport },
  { title: "Follow-up history (schema v2)", run: benchHistory },
  { title: "Office.js batching (host fakes)", run: benchSyncs },
  { title: "Send to tracker through Graph (local fake Graph server)", run: benchGraph },
  { title: "Large inputs (20 MB report, 100,000-row tracker)", run: benchLarge },
];

function table(rows: BenchRow[]): string {
  const header: BenchRow = { name: "benchmark", figure: "figure", target: "target" };
  const widths = (["name", "figure"] as const).map((k) =>
    Math.max(...[header, ...rows].map((r) => r[k].length))
  );
  const line = (r: BenchRow) =>
    `${r.name.padEnd(widths[0])} | ${r.figure.padEnd(widths[1])} | ${r.target}`;
  return [
    line(header),
    `${"-".repeat(widths[0])}-+-${"-".repeat(widths[1])}-+-------`,
    ...rows.map(line),
  ].join("\n");
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    process.stderr.write(`running: ${suite.title}…\n`);
    rows.push(...(await suite.run()));
  }
  console.log(table(rows));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});

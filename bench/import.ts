import { execFile } from "child_process";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  BATCH_FORMAT,
  BATCH_VERSION,
  MAX_RECOMMENDATIONS,
  RecommendationBatch,
} from "../src/core/model/batch";
import { buildWorkbookPlan } from "../src/core/schema/workbook-plan";
import { listValuesOf, recordToCells } from "../src/core/tracker/cells";
import { importInto } from "../src/core/tracker/upsert";
import type { TrackerRecord } from "../src/core/tracker/types";
import { buildTemplate, readInput, writeAtomically } from "../src/files/xlsx";
import { XlsxTrackerStore } from "../src/files/xlsx/store";
import { generatedRecords } from "../test/support/records";
import type { BenchRow } from "./types";

/**
 * Import of 500 recommendations into a 50,000-row .xlsx tracker, end to end
 * as `rectrack import` does it: read the file, plan, write the changes,
 * write the file atomically. 400 are new, 100 are already tracked (matched
 * by id), 50 of those with a changed theme. It runs in a child process so
 * its peak memory is its own, not that of building the 50,000-row workbook.
 */

const ROWS = 50000;
const NEW = 400;
const KNOWN = 100;

function batchFor(records: TrackerRecord[]): RecommendationBatch {
  const known = records.slice(0, KNOWN).map((record, i) => ({
    id: String(record.id),
    ref: String(record.ref),
    text: String(record.text),
    authority: String(record.authority),
    theme: i % 2 === 0 ? "Contact with the outside world" : String(record.theme),
  }));
  const fresh = Array.from({ length: NEW }, (_unused, i) => ({
    ref: String(i + 1),
    text: `The Ministry of Justice should ensure that every detainee in wing ${i} can call a lawyer within 2 hours of arrival (${i}).`,
    authority: i % 3 === 0 ? "Ministry of Justice" : "Prison director",
    theme: "Legal safeguards",
    deadline: "2027-06-30",
  }));
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: {
      id: "bench-report-2026",
      title: "Bench visit report",
      type: "visit",
      date: "2026-03-01",
      places: ["Prison Nord"],
      link: "",
    },
    recommendations: [...known, ...fresh],
  };
}

interface ChildResult {
  ms: number;
  readMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  added: number;
  updated: number;
  unchanged: number;
  flagged: number;
  bytes: number;
}

/** The measured run (in the child): file in, import, file out. */
async function child(trackerPath: string, batchPath: string): Promise<void> {
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 5);
  const batch = JSON.parse(await fs.readFile(batchPath, "utf8")) as RecommendationBatch;
  const start = process.hrtime.bigint();
  // As `rectrack import` does: the Follow-up sheet is refreshed with the write.
  const store = new XlsxTrackerStore(await readInput(trackerPath), trackerPath, {
    followUpToday: "2026-03-01",
  });
  const { summary } = await importInto(store, batch, {
    today: "2026-03-01",
    now: "2026-03-01T12:00:00",
  });
  sample();
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  await writeAtomically(trackerPath, store.bytes());
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  sample();
  clearInterval(timer);
  const result: ChildResult = {
    ms,
    readMs,
    // maxRSS is the process's peak resident set in KiB, kept by the kernel: no sampling gaps.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
    ...summary,
    bytes: store.bytes().length,
  };
  process.stdout.write(JSON.stringify(result));
}

/** A batch at the published limit (10,000 recommendations), as a thematic report of many places might be. */
function largeBatch(): RecommendationBatch {
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: {
      id: "bench-large-batch-2026",
      title: "Bench national thematic report",
      type: "thematic",
      date: "2026-03-01",
      places: [],
      link: "",
    },
    recommendations: Array.from({ length: MAX_RECOMMENDATIONS }, (_unused, i) => ({
      ref: String(i + 1),
      text: `The director of establishment ${i + 1} should record every use of restraint in a register reviewed monthly by the management (${i}).`,
      authority: `Director of establishment ${i % 200}`,
      place: `Establishment ${i % 500}`,
      theme: i % 2 ? "Restraint and isolation" : "Health care",
      deadline: "2027-06-30",
    })),
  };
}

function runChild(tracker: string, batchPath: string): Promise<ChildResult> {
  return new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      [__filename, "--child", tracker, batchPath],
      { maxBuffer: 1 << 20 },
      (error, stdout) => (error ? reject(error) : resolve(stdout))
    )
  ).then((output) => JSON.parse(output) as ChildResult);
}

export async function benchImport(): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-bench-import-"));
  try {
    const empty = join(dir, "empty.xlsx");
    await fs.writeFile(empty, await buildTemplate(buildWorkbookPlan({ language: "en" })));
    const largePath = join(dir, "large.json");
    await fs.writeFile(largePath, JSON.stringify(largeBatch()));
    const large = await runChild(empty, largePath);
    const records = generatedRecords(ROWS, 7);
    const tracker = join(dir, "tracker.xlsx");
    const bytes = await buildTemplate(
      buildWorkbookPlan({
        language: "en",
        rows: records.map((record) => recordToCells(record, "en")),
        listExtras: listValuesOf(records),
      })
    );
    await fs.writeFile(tracker, bytes);
    const batchPath = join(dir, "batch.json");
    await fs.writeFile(batchPath, JSON.stringify(batchFor(records)));
    const r = await runChild(tracker, batchPath);
    return [
      {
        name: "import a batch of 10,000 recommendations (the published limit) into a new tracker",
        figure: `${large.ms.toFixed(0)} ms (${large.added} added), file ${(large.bytes / 1e6).toFixed(1)} MB`,
        target: "",
      },
      {
        name: "  its peak memory: resident set (process maxRSS) / JS heap used",
        figure: `${large.peakRssMb.toFixed(0)} MB / ${large.peakHeapMb.toFixed(0)} MB`,
        target: "",
      },
      {
        name: `import 500 recommendations into a 50,000-row .xlsx tracker (${(bytes.length / 1e6).toFixed(1)} MB)`,
        figure: `${r.ms.toFixed(0)} ms (${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged; read + plan + write ${r.readMs.toFixed(0)} ms)`,
        target: "< 5000 ms",
      },
      {
        name: "  its peak memory: resident set (process maxRSS) / JS heap used",
        figure: `${r.peakRssMb.toFixed(0)} MB / ${r.peakHeapMb.toFixed(0)} MB`,
        target: "",
      },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module && process.argv[2] === "--child") {
  child(process.argv[3], process.argv[4]).catch((error: unknown) => {
    process.stderr.write(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}

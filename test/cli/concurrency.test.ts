import { spawn } from "child_process";
import { existsSync, promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readTracker } from "../../src/files/xlsx/reader";
import { legacyBytes } from "../support/xlsx";

/**
 * Several staff run rectrack on one tracker at the same moment: import,
 * followup, adopt and template race for the file, as separate processes.
 * Whatever the order, every row a run says it wrote is in the file, every
 * refusal is one line with exit status 2, and no temporary copy is left.
 */

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "rectrack.js");
const ROUNDS = 20;
const IMPORTS = 5;

interface Run {
  args: string[];
  code: number;
  out: string;
  err: string;
}

function rectrack(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, RECTRACK_LOCK_WAIT_MS: "60000" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", fail);
    // "close", not "exit": the output pipes may still hold data when the process has exited.
    child.on("close", (code) => done({ args, code: code ?? -1, out, err }));
  });
}

function batch(round: number, run: number): string {
  return JSON.stringify({
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: `visit-${round}-${run}`,
      title: `Visit ${run} of round ${round}`,
      type: "visit",
      date: "2026-03-12",
      places: [`Prison ${run}`],
    },
    recommendations: [1, 2].map((n) => ({
      id: `r${round}x${run}x${n}`,
      ref: String(n),
      text: `The director of prison ${run} should open the library ${n + 1} days a week (round ${round}).`,
      addressee: `Director of prison ${run}`,
    })),
  });
}

let dir: string;
beforeAll(async () => {
  if (!existsSync(join(root, "lib", "cli", "rectrack.js")))
    throw new Error("rectrack is not built: run `npm run build:cli` first (npm test does).");
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-race-"));
  await fs.writeFile(
    join(dir, "legacy.xlsx"),
    await legacyBytes([
      {
        name: "Recs",
        rows: [
          ["Ref", "Date", "Recommendation", "Status"],
          ["L1", "12/03/2024", "The director should repair the heating in wing C.", "open"],
        ],
      },
    ])
  );
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it(`loses no row when 8 runs write one tracker at once (${ROUNDS} rounds)`, async () => {
  const tally = { imports: 0, refusals: 0, created: new Map<string, number>() };
  for (let round = 0; round < ROUNDS; round++) {
    const tracker = join(dir, `tracker-${round}.xlsx`);
    for (let run = 0; run < IMPORTS; run++)
      await fs.writeFile(join(dir, `b-${round}-${run}.json`), batch(round, run));
    // Start the tracker missing in half the rounds: then template, adopt and the imports race to create it.
    if (round % 2 === 1) {
      const first = await rectrack(["template", tracker]);
      expect(first.code).toBe(0);
    }
    const runs = await Promise.all([
      ...Array.from({ length: IMPORTS }, (_, run) =>
        rectrack(["import", join(dir, `b-${round}-${run}.json`), tracker, "--json"])
      ),
      rectrack(["followup", tracker, "--json"]),
      rectrack(["adopt", join(dir, "legacy.xlsx"), tracker, "--json"]),
      rectrack(["template", tracker]),
    ]);
    const written = new Set<string>();
    for (const run of runs) {
      if (run.code === 2) {
        tally.refusals++;
        expect(run.err.trim().split("\n")).toHaveLength(1);
        expect(run.err).toMatch(/^rectrack: /);
        continue;
      }
      expect({ args: run.args, code: run.code, err: run.err }).toEqual({
        args: run.args,
        code: expect.any(Number),
        err: expect.not.stringMatching(/unexpected error/),
      });
      expect([0, 1]).toContain(run.code);
      if (run.args[0] === "import") {
        tally.imports++;
        const result = JSON.parse(run.out) as {
          written: boolean;
          summary: { added: number };
          items: { state: string; incoming: { id: string } }[];
        };
        expect(result.written).toBe(true);
        expect(result.summary.added).toBe(2);
        for (const item of result.items) written.add(item.incoming.id);
      }
      if (run.args[0] !== "followup" && run.args[0] !== "import")
        tally.created.set(run.args[0], (tally.created.get(run.args[0]) ?? 0) + 1);
    }
    const file = await readTracker(await fs.readFile(tracker), tracker);
    const ids = new Set(file.rows.map((row) => String(row.values.id)));
    for (const id of written) expect(ids).toContain(id);
    const names = await fs.readdir(dir);
    expect(names.filter((name) => name.endsWith(".tmp") || name.endsWith("-lock"))).toEqual([]);
  }
  // Every import got through (they wait for each other); template and adopt only ever create.
  expect(tally.imports).toBe(ROUNDS * IMPORTS);
}, 240_000);

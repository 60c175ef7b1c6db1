import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { BATCH_FORMAT, BATCH_VERSION, RecommendationBatch } from "../../src/core/model/batch";
import { PLAN_TEXTS } from "../../src/core/schema";
import { FOLLOW_UP_KEYS, FOLLOW_UP_LEAD } from "../../src/core/schema/workbook-plan";
import { readTracker } from "../../src/files/xlsx/reader";
import { libreOfficeAvailable, recalculatedSheets } from "../support/libreoffice";
import { cellsIn } from "../support/xlsx-charts";

/**
 * Key recommendations from the command line: a tracker made with a limit
 * per report, a batch marking some recommendations key, the data check's
 * warning, the Follow-up list and the Dashboard (computed by LibreOffice).
 */

function capture() {
  let out = "";
  let err = "";
  return {
    io: { out: (t: string) => void (out += t), err: (t: string) => void (err += t) },
    out: () => out,
    err: () => err,
  };
}

async function run(args: string[]) {
  const c = capture();
  const code = await main(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

function batch(): RecommendationBatch {
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: {
      id: "visit-west-2025",
      title: "Visit to West Prison",
      type: "visit",
      date: "2025-02-03",
      places: [],
      link: "",
    },
    recommendations: [
      { ref: "1", text: "Repair the windows of wing A.", deadline: "2025-06-30" },
      {
        ref: "2",
        text: "Stop placing detainees in the basement cells.",
        deadline: "2025-09-30",
        key: true,
      },
      { ref: "3", text: "Give every detainee one hour outdoors each day.", key: true },
      { ref: "4", text: "Record every use of restraint in a register.", key: true },
      { ref: "5", text: "Train the staff in de-escalation." },
    ],
  };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-key-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("key recommendations from the command line", () => {
  it("sets a limit, imports the flag, warns beyond the limit, lists them first, and the limit can be changed by an upgrade", async () => {
    const tracker = join(dir, "tracker.xlsx");
    expect((await run(["template", tracker, "--key-limit", "2"])).code).toBe(0);
    expect((await readTracker(await fs.readFile(tracker), tracker)).metadata?.keyLimit).toBe(2);
    const input = join(dir, "batch.json");
    await fs.writeFile(input, JSON.stringify(batch()));
    expect((await run(["import", input, tracker, "--today", "2026-03-01"])).code).toBe(0);
    const read = await readTracker(await fs.readFile(tracker), tracker);
    expect(read.rows.map((row) => row.values.key ?? null)).toEqual([null, true, true, true, null]);

    const check = await run(["validate", tracker, "--today", "2026-03-01"]);
    expect(check.code).toBe(0);
    expect(check.out).toContain(
      'The report "Visit to West Prison" has 3 key recommendations; your NPM sets at most 2 per report.'
    );

    // The Follow-up list: the key recommendation overdue comes before the other, although it is overdue for less long.
    const t = PLAN_TEXTS.en;
    const refAt = FOLLOW_UP_LEAD.length + FOLLOW_UP_KEYS.indexOf("ref");
    const keyAt = FOLLOW_UP_LEAD.length + FOLLOW_UP_KEYS.indexOf("key");
    const followUp = await cellsIn(await fs.readFile(tracker), `'${t.sheets.followUp}'!A4:Z5`);
    expect(followUp.map((row) => [row[0], row[refAt], row[keyAt]])).toEqual([
      [t.reasons.overdue, "2", "Yes"],
      [t.reasons.overdue, "1", null],
    ]);

    const upgraded = await run([
      "upgrade",
      tracker,
      "--key-limit",
      "none",
      "--today",
      "2026-03-01",
    ]);
    expect(upgraded.out).toContain("Key recommendations per report: no limit.");
    expect((await run(["validate", tracker, "--today", "2026-03-01"])).out).not.toContain(
      "key recommendations"
    );
    const bad = await run(["template", join(dir, "other.xlsx"), "--key-limit", "2.5"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      '--key-limit must be a whole number from 1 to 100, or none, not "2.5".'
    );

    if (!libreOfficeAvailable()) return;
    const dashboard = (await recalculatedSheets([tracker], join(dir, "csv")))
      .get(tracker)!
      .get(t.sheets.dashboard)!;
    const figure = (label: string) => dashboard.find((row) => row[0] === label)?.[1];
    expect([figure(t.keyTotal), figure(t.keyImplemented), figure(t.keyOverdue)]).toEqual([
      "3",
      "0",
      "1",
    ]);
  }, 120000);
});

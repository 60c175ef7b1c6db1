import { existsSync, promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/rectrack";
import type { CliIo } from "../../src/cli/io";
import { BATCH_FORMAT, BATCH_VERSION, RecommendationBatch } from "../../src/core/model/batch";
import {
  emptyReportMetadata,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../src/core/model/reportMetadata";
import { readTracker } from "../../src/files/xlsx/reader";
import { XlsxTrackerStore } from "../../src/files/xlsx/store";
import { buildDocx, control, heading, numbered, para } from "../support/docx";
import { legacyBytes } from "../support/xlsx";
import { allCells } from "../support/xlsx-cells";

function bufferIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdout: () => out,
    stderr: () => err,
  };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-import-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const RECS = [
  "The director should repair the broken windows in Wing C before 1 October 2026.",
  "The Ministry of Justice should ensure that every detainee is seen by a doctor within 24 hours of arrival.",
  "The director should open the library every day, including at weekends.",
];

function reportSpec(recs: string[]) {
  return {
    blocks: [
      heading(1, "Report on the visit to Northgate Prison, 14 March 2026"),
      para("Date of report: 2 April 2026"),
      heading(1, "Findings"),
      para("The delegation found the cells cold and the windows broken."),
      heading(1, "Recommendations"),
      ...numbered("recs", recs),
    ],
  };
}

async function write(name: string, data: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await fs.writeFile(path, data);
  return path;
}

async function report(name: string, recs: string[]): Promise<string> {
  return write(name, await buildDocx(reportSpec(recs)));
}

describe("rectrack import", () => {
  it("creates a tracker from the template, then a second import changes nothing", async () => {
    const input = await report("visit.docx", RECS);
    const tracker = join(dir, "new-tracker.xlsx");
    const first = await run(["import", input, tracker, "--today", "2026-04-01"]);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("3 added, 0 updated, 0 unchanged, 0 flagged.");
    expect(first.out).toContain(`Created ${tracker} from the template.`);
    const read = await readTracker(await fs.readFile(tracker), tracker);
    expect(read.rows.map((row) => row.values.text)).toEqual(RECS);
    expect(new Set(read.rows.map((row) => row.values.id)).size).toBe(3);
    expect(read.rows.every((row) => typeof row.values.source === "string")).toBe(true);

    const before = await fs.readFile(tracker);
    const second = await run(["import", input, tracker, "--today", "2026-04-02"]);
    expect(second.code).toBe(0);
    expect(second.out).toContain("0 added, 0 updated, 3 unchanged, 0 flagged.");
    expect(second.out).toContain("Nothing to change");
    const after = await fs.readFile(tracker);
    expect(after.equals(before)).toBe(true);
    expect(await allCells(after)).toEqual(await allCells(before));
  });

  it("keeps the tracking fields and flags a changed text when a corrected report comes", async () => {
    const tracker = join(dir, "tracking.xlsx");
    expect((await run(["import", await report("v1.docx", RECS), tracker])).code).toBe(0);
    // The NPM records the authority's response and the implementation status.
    const store = new XlsxTrackerStore(await fs.readFile(tracker), tracker);
    const content = await store.read();
    const second = content.rows[1];
    await store.write({
      updates: [
        {
          row: second.row,
          id: String(second.values.id),
          values: { response: "Accepted: a doctor is now on call at night.", status: "inProgress" },
        },
      ],
      additions: [],
    });
    await fs.writeFile(tracker, store.bytes());

    const corrected = [...RECS];
    corrected[1] =
      "The Ministry of Justice should ensure that every detainee is seen by a qualified doctor within 24 hours of arrival.";
    const v2 = await report("v2.docx", corrected);
    const result = await run(["import", v2, tracker, "--json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as {
      summary: { added: number; updated: number; unchanged: number; flagged: number };
      items: { flags: string[]; textChange?: { before: string; after: string } }[];
    };
    expect(json.summary).toMatchObject({ added: 0, flagged: 1 });
    const flaggedItem = json.items.find((item) => item.flags.includes("textChanged"));
    expect(flaggedItem?.textChange).toEqual({ before: RECS[1], after: corrected[1] });
    let rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows).toHaveLength(3);
    expect(rows[1].values).toMatchObject({
      text: RECS[1],
      response: "Accepted: a doctor is now on call at night.",
      status: "inProgress",
    });

    const plain = await run(["import", v2, tracker]);
    expect(plain.code).toBe(1);
    expect(plain.out).toMatch(
      /Recommendation 2 \(tracker row 3\): its text changed in the report; the tracked text was kept/
    );

    const accepted = await run(["import", v2, tracker, "--accept-text-changes"]);
    expect(accepted.err).toBe("");
    rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows).toHaveLength(3);
    expect(rows[1].values).toMatchObject({
      text: corrected[1],
      response: "Accepted: a doctor is now on call at night.",
      status: "inProgress",
    });
  });

  it("imports a tagged report with the ids the Word pane gave it", async () => {
    const ids = ["recTagged0001", "recTagged0002"];
    const metadata = emptyReportMetadata();
    metadata.report = {
      ...metadata.report,
      title: "Visit to Harbour Police Station",
      type: "visit",
      date: "2026-02-10",
      places: ["Harbour Police Station"],
    };
    metadata.recommendations = ids.map((id, i) =>
      newRecommendationMeta(id, { ref: `R${i + 1}`, addressee: "Police HQ", priority: "high" })
    );
    const texts = [
      "The police should inform every detained person of their rights in a language they understand.",
      "The station commander should keep a custody register for every person held.",
    ];
    const docx = await buildDocx({
      blocks: [
        heading(1, "Recommendations"),
        ...ids.map((id, i) => control(tagOf(id), [para(texts[i])])),
      ],
      customXml: [serializeReportMetadata(metadata)],
    });
    const tracker = join(dir, "tagged.xlsx");
    const result = await run(["import", await write("tagged.docx", docx), tracker, "--json"]);
    expect(result.err).toBe("");
    expect(JSON.parse(result.out)).toMatchObject({ tagged: true, summary: { added: 2 } });
    const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows.map((row) => row.values.id)).toEqual(ids);
    expect(rows.map((row) => row.values.text)).toEqual(texts);
    expect(rows.map((row) => row.values.ref)).toEqual(["R1", "R2"]);
  });

  it("says in English what the report's reading left out, in its notes and in --json", async () => {
    const ids = ["recKept00001", "recGone00001", "recGone00002"];
    const metadata = emptyReportMetadata();
    metadata.report = { ...metadata.report, title: "Visit to Eastfield", date: "2026-02-10" };
    metadata.recommendations = ids.map((id) => newRecommendationMeta(id));
    const docx = await buildDocx({
      blocks: [
        heading(1, "Recommendations"),
        control(tagOf(ids[0]), [para(RECS[0])]),
        para(`Also: ${RECS[2]}`),
      ],
      customXml: [serializeReportMetadata(metadata)],
    });
    const input = await write("gone.docx", docx);
    const gone = "2 recommendations were left out: their tagged text is no longer in the report.";
    const plain = await run(["import", input, join(dir, "gone.xlsx"), "--dry-run"]);
    expect(plain.out).toContain(`Note: ${gone}\n`);
    const json = await run(["import", input, join(dir, "gone.xlsx"), "--dry-run", "--json"]);
    expect(JSON.parse(json.out).warnings).toEqual([
      gone,
      "1 recommendation found in the report is not tagged and was left out.",
    ]);
  });

  it("imports a batch file and writes nothing on --dry-run", async () => {
    const batch: RecommendationBatch = {
      format: BATCH_FORMAT,
      version: BATCH_VERSION,
      report: {
        id: "annual-2025",
        title: "Annual report 2025",
        type: "annual",
        date: "2026-01-31",
        places: [],
        link: "https://example.org/annual-2025",
      },
      recommendations: [
        {
          id: "recBatch00001",
          ref: "1",
          text: "Parliament should fund the NPM fully.",
          authority: "Parliament",
        },
        {
          ref: "2",
          text: "The government should ratify the protocol's amendments.",
          theme: "Legal framework",
        },
      ],
    };
    const input = await write("batch.json", JSON.stringify(batch));
    const tracker = join(dir, "batch.xlsx");
    const dry = await run(["import", input, tracker, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("2 added");
    expect(dry.out).toContain("Dry run");
    expect(existsSync(tracker)).toBe(false);
    expect((await run(["import", input, tracker])).code).toBe(0);
    const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows.map((row) => row.values.text)).toEqual(batch.recommendations.map((r) => r.text));
    expect(rows[0].values).toMatchObject({ id: "recBatch00001", authority: "Parliament" });
    expect(rows[1].values.theme).toBe("Legal framework");
    const before = await fs.readFile(tracker);
    const again = await run(["import", input, tracker, "--dry-run", "--json"]);
    expect(JSON.parse(again.out)).toMatchObject({ written: false, dryRun: true });
    expect((await fs.readFile(tracker)).equals(before)).toBe(true);
  });

  it("proposes a link to an earlier recommendation it repeats, and writes it on --confirm-repeats", async () => {
    const visit = (id: string, date: string, text: string): RecommendationBatch => ({
      format: BATCH_FORMAT,
      version: BATCH_VERSION,
      report: { id, title: `Visit ${date}`, type: "visit", date, places: [], link: "" },
      recommendations: [
        { ref: "1", text, place: "Northgate Prison", authority: "Prison director" },
      ],
    });
    const tracker = join(dir, "repeats.xlsx");
    const earlier = await write(
      "2024.json",
      JSON.stringify(
        visit("visit-2024", "2024-05-01", "The director should repair the heating in Wing C.")
      )
    );
    expect((await run(["import", earlier, tracker])).code).toBe(0);
    const [first] = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    const later = await write(
      "2026.json",
      JSON.stringify(
        visit(
          "visit-2026",
          "2026-03-01",
          "The director should repair the heating in Wing C without delay."
        )
      )
    );
    const proposed = await run(["import", later, tracker, "--dry-run"]);
    expect(proposed.out).toContain("may repeat earlier recommendations (not linked");
    expect(proposed.out).toContain(`id ${String(first.values.id)}`);
    expect((await run(["import", later, tracker, "--confirm-repeats"])).code).toBe(0);
    const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows[1].values).toMatchObject({ repeated: true, repeatOf: first.values.id });
  });

  it("says how many possible recommendations it left out, and takes them with --include-candidates", async () => {
    const input = await write(
      "candidates.docx",
      await buildDocx({
        blocks: [
          para("Date of report: 1 April 2026"),
          heading(1, "Findings"),
          para("The NPM recommends that the director repair the heating in Wing C."),
          para("The NPM recommends that the kitchen of Wing B be renovated."),
          para("The showers were cold. The director should offer hot showers every day."),
        ],
      })
    );
    const tracker = join(dir, "candidates-tracker.xlsx");
    const left = await run(["import", input, tracker, "--today", "2026-04-01"]);
    expect(left.code).toBe(0);
    expect(left.out).toContain("2 added, 0 updated, 0 unchanged, 0 flagged.");
    expect(left.out).toContain(
      "1 possible recommendation was left out: the finder found it just below its threshold. Add --include-candidates to import it, or tag it in Word"
    );
    const taken = await run([
      "import",
      input,
      tracker,
      "--today",
      "2026-04-01",
      "--include-candidates",
      "--json",
    ]);
    expect(taken.code).toBe(0);
    const result = JSON.parse(taken.out) as {
      candidates: { found: number; included: boolean };
      summary: { added: number; unchanged: number };
    };
    expect(result.candidates).toEqual({ found: 1, included: true });
    expect(result.summary).toMatchObject({ added: 1, unchanged: 2 });
    const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows.map((r) => r.values.text)).toContain(
      "The director should offer hot showers every day."
    );
  });

  describe("refuses bad input in one line, leaving the tracker byte-identical", () => {
    let tracker: string;
    let original: Buffer;
    beforeAll(async () => {
      tracker = join(dir, "guarded.xlsx");
      expect((await run(["import", await report("guard.docx", RECS), tracker])).code).toBe(0);
      original = await fs.readFile(tracker);
    });

    async function refused(input: string, target = tracker): Promise<string> {
      const result = await run(["import", input, target]);
      expect(result.code).toBe(2);
      expect(result.out).toBe("");
      expect(result.err).toMatch(/^rectrack: [^\n]+\n$/);
      expect((await fs.readFile(tracker)).equals(original)).toBe(true);
      return result.err;
    }

    it("a batch of another version", async () => {
      const input = await write(
        "v2.json",
        JSON.stringify({ format: BATCH_FORMAT, version: 2, report: {}, recommendations: [] })
      );
      expect(await refused(input)).toMatch(/version 2/);
    });

    it("a corrupt .docx", async () => {
      const good = await buildDocx(reportSpec(RECS));
      const input = await write("corrupt.docx", good.slice(0, Math.floor(good.length / 2)));
      expect(await refused(input)).toMatch(/corrupt\.docx.*(damaged|incomplete)/);
    });

    it("a password-protected file", async () => {
      const ole = new Uint8Array(4096);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const name = Buffer.from("EncryptedPackage", "utf16le");
      ole.set(name, 1024);
      expect(await refused(await write("secret.docx", ole))).toMatch(/protected by a password/);
    });

    it("a text file", async () => {
      expect(await refused(await write("notes.txt", "Some notes\n"))).toMatch(
        /notes\.txt is neither a Word report \(\.docx\) nor a recommendation batch \(\.json\)/
      );
    });

    it("a zip that is not a Word document", async () => {
      const zip = new JSZip();
      zip.file("hello.txt", "hi");
      const input = await write("other.zip", await zip.generateAsync({ type: "uint8array" }));
      expect(await refused(input)).toMatch(/not a Word document/);
    });

    it("a tracker without the Recommendations table", async () => {
      const plain = await write("plain.xlsx", await legacyBytes([{ name: "Data", rows: [["x"]] }]));
      const before = await fs.readFile(plain);
      expect(await refused(await report("fine.docx", RECS), plain)).toMatch(
        /plain\.xlsx has no Recommendations table/
      );
      expect((await fs.readFile(plain)).equals(before)).toBe(true);
    });
  });

  // The sample reports live outside the project (../shared); without them this block says so and is skipped.
  const samples = join(__dirname, "..", "..", "..", "shared", "samples", "reports");
  const expectedPath = join(samples, "expected-recommendations.json");
  (existsSync(expectedPath) ? describe : describe.skip)(`sample reports in ${samples}`, () => {
    it("gives exactly the expected rows per report, and a second import changes nothing", async () => {
      const expected = JSON.parse(await fs.readFile(expectedPath, "utf8")) as Record<
        string,
        string[]
      >;
      for (const [name, recommendations] of Object.entries(expected)) {
        const tracker = join(dir, `sample-${name}.xlsx`);
        const first = await run(["import", join(samples, name), tracker, "--json"]);
        expect([name, first.err]).toEqual([name, ""]);
        const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
        expect([name, rows.length]).toEqual([name, recommendations.length]);
        const before = await fs.readFile(tracker);
        const second = await run(["import", join(samples, name), tracker, "--json"]);
        expect([name, JSON.parse(second.out).summary.unchanged]).toEqual([
          name,
          recommendations.length,
        ]);
        expect([name, (await fs.readFile(tracker)).equals(before)]).toEqual([name, true]);
      }
    }, 60000);
  });
});

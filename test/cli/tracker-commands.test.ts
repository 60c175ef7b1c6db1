import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/rectrack";
import type { CliIo } from "../../src/cli/io";
import { TRACKER_NAMESPACE } from "../../src/core/schema/columns";
import { computeStats } from "../../src/core/tracker/stats";
import { readTracker } from "../../src/files/xlsx/reader";
import { legacyBytes, sampleRecords, seededRandom, trackerBytes } from "../support/xlsx";
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
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("rectrack template", () => {
  it("writes an empty tracker that validates, and will not overwrite a file", async () => {
    const out = join(dir, "template-fr.xlsx");
    expect(await run(["template", out, "--lang", "fr"])).toMatchObject({ code: 0, err: "" });
    const validate = await run(["validate", out]);
    expect(validate).toMatchObject({ code: 0 });
    expect(validate.out).toContain("0 recommendations checked: 0 errors");
    const again = await run(["template", out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^rectrack: .*already exists.*\n$/);
    expect((await run(["template", out, "--force"])).code).toBe(0);
    expect((await run(["template", join(dir, "x.xlsx"), "--lang", "de"])).code).toBe(2);
  });
});

describe("rectrack adopt", () => {
  it("prints the mapping it used and writes a tracker", async () => {
    const input = join(dir, "legacy.xlsx");
    await fs.writeFile(
      input,
      await legacyBytes([
        {
          name: "2024",
          rows: [
            ["Follow-up table"],
            ["Ref", "Date", "Recommendation", "Accepted?", "Status", "Comments", "Misc"],
            [
              "1",
              "12/03/2024",
              "The director should repair the heating in wing C before winter.",
              "Y",
              "en cours",
              "ok",
              "a",
            ],
            [
              "2",
              "12 March 2024",
              "The ministry should publish the complaint procedure in every unit.",
              "no",
              "?",
              "",
              "b",
            ],
          ],
        },
      ])
    );
    const out = join(dir, "adopted.xlsx");
    const result = await run(["adopt", input, out, "--today", "2024-06-01"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('"Recommendation" -> text (Recommendation)');
    expect(result.out).toContain('"Status" -> status (Implementation)');
    expect(result.out).toContain('"Misc" -> kept as your own column');
    expect(result.out).toContain("2 recommendations");
    const json = await run([
      "adopt",
      input,
      join(dir, "adopted2.xlsx"),
      "--json",
      "--map",
      "Misc=keywords",
      "--today",
      "2024-06-01",
    ]);
    const parsed = JSON.parse(json.out) as {
      columns: { header: string; key: string | null }[];
      rows: number;
    };
    expect(parsed.rows).toBe(2);
    expect(parsed.columns.find((c) => c.header === "Misc")!.key).toBe("keywords");
    const stats = JSON.parse((await run(["stats", out, "--json", "--today", "2024-06-01"])).out);
    expect(stats).toMatchObject({
      total: 2,
      byStatus: { inProgress: 1 },
      byAccepted: { accepted: 1, rejected: 1 },
    });
  });

  it("explains bad input on one line with exit status 2", async () => {
    const notXlsx = join(dir, "notes.xlsx");
    await fs.writeFile(notXlsx, "hello");
    for (const args of [
      ["adopt", notXlsx, join(dir, "o.xlsx")],
      ["adopt", join(dir, "missing.xlsx"), join(dir, "o.xlsx")],
      ["validate", notXlsx],
      ["stats", join(dir, "missing.xlsx")],
      ["adopt", notXlsx, join(dir, "o.xlsx"), "--map", "nonsense"],
      ["adopt", notXlsx, notXlsx, "--force"],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^rectrack: [^\n]+\n$/);
    }
    await expect(fs.access(join(dir, "o.xlsx"))).rejects.toThrow();
  });
});

describe("rectrack validate and stats", () => {
  it("exits 1 and lists problems by row and header", async () => {
    const records = sampleRecords(5, seededRandom(4));
    records[1].id = records[0].id;
    records[2].deadline = "soon";
    records[3].text = null;
    const path = join(dir, "problems.xlsx");
    await fs.writeFile(path, await trackerBytes(records));
    const result = await run(["validate", path]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('row 3, Rec ID: The Rec ID "');
    expect(result.out).toContain('row 4, Deadline: "soon" in Deadline is not a date');
    expect(result.out).toContain("row 5, Recommendation: Recommendation is empty");
    const json = JSON.parse((await run(["validate", path, "--json"])).out) as {
      errors: number;
      issues: { row: number; code: string }[];
    };
    expect(json.errors).toBe(3);
    expect(json.issues.map((i) => `${i.row}:${i.code}`)).toEqual(
      expect.arrayContaining(["3:duplicateId", "4:badDate", "5:missingRequired"])
    );
  });

  it("treats warnings as problems only with --strict", async () => {
    const path = join(dir, "warn.xlsx");
    await fs.writeFile(
      path,
      await trackerBytes([
        { id: "abcdefgh", dateMade: "2025-01-01", text: "x", status: "implemented" },
      ])
    );
    expect((await run(["validate", path])).code).toBe(0);
    expect((await run(["validate", path, "--strict"])).code).toBe(1);
  });

  describe("a tracker whose settings part is damaged", () => {
    let path: string;
    beforeAll(async () => {
      const zip = await JSZip.loadAsync(
        await trackerBytes([{ id: "abcdefgh", dateMade: "2025-01-01", text: "x" }])
      );
      zip.file(
        "customXml/item1.xml",
        `<tracker xmlns="${TRACKER_NAMESPACE}" schemaVersion="1"><column`
      );
      path = join(dir, "settings-cut.xlsx");
      await fs.writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
    });

    it.each([
      [
        "en",
        "Warning: the tracker settings stored in the workbook could not be read (they are incomplete); the header row was used instead.",
      ],
      [
        "fr",
        "Avertissement : les paramètres du suivi enregistrés dans le classeur sont illisibles (ils sont incomplets) ; la ligne d'en-tête a été utilisée à la place.",
      ],
      [
        "es",
        "Aviso: no se pudieron leer los ajustes del seguimiento guardados en el libro (están incompletos); se usó la fila de encabezados.",
      ],
    ])("validate says why in %s, and reads on from the header row", async (language, warning) => {
      const result = await run(["validate", path, "--today", "2026-03-01", "--lang", language]);
      expect(result.code).toBe(0);
      expect(result.out.split("\n")[0]).toBe(warning);
    });

    it("validate --json gives the problem's code, the same in every language", async () => {
      for (const language of ["en", "fr", "es"]) {
        const json = JSON.parse(
          (await run(["validate", path, "--json", "--today", "2026-03-01", "--lang", language])).out
        );
        expect(json).toMatchObject({ rows: 1, metadataProblem: "cutShort" });
      }
      const sound = join(dir, "settings-sound.xlsx");
      await fs.writeFile(sound, await trackerBytes([]));
      expect(JSON.parse((await run(["validate", sound, "--json"])).out).metadataProblem).toBeNull();
    });
  });

  it("refuses a --today that is not a calendar date", async () => {
    const path = join(dir, "today.xlsx");
    await fs.writeFile(path, await trackerBytes([]));
    for (const day of ["2026-13-01", "2026-02-30", "yesterday"]) {
      const result = await run(["stats", path, "--today", day]);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`rectrack: --today must be a date like 2026-03-12, not "${day}".\n`);
    }
    expect((await run(["stats", path, "--today", "2028-02-29"])).code).toBe(0);
  });

  it("prints the same figures as the core statistics", async () => {
    const records = sampleRecords(60, seededRandom(9), "2026-03-01");
    const path = join(dir, "stats.xlsx");
    await fs.writeFile(path, await trackerBytes(records));
    const json = JSON.parse((await run(["stats", path, "--json", "--today", "2026-03-01"])).out);
    // Beside the core's statistics, the actors per quadrant (none typed in this tracker).
    expect(json).toEqual({
      ...JSON.parse(JSON.stringify(computeStats(records, { today: "2026-03-01" }))),
      stakeholders: {
        manageClosely: 0,
        keepSatisfied: 0,
        keepInformed: 0,
        monitor: 0,
        notPlaced: 0,
      },
    });
    const text = (await run(["stats", path, "--today", "2026-03-01"])).out;
    expect(text).toContain(`Recommendations: 60`);
    expect(text).toMatch(/By implementation:\n {2}Not started: \d+ \(\d+%\)/);
  });
});

describe("rectrack validate --fix", () => {
  it("lists what could be tidied, writes nothing on a dry run, and applies it with --write", async () => {
    const records = sampleRecords(6, seededRandom(11)).map((record, i) => ({
      ...record,
      theme: ["Health care", "Healthcare", "health care", "Food", "Food", "Healthcare"][i],
      authority:
        i === 2 ? "Ministry of Justice and Police" : i % 2 ? "Police" : "Ministry of Justice",
    }));
    const path = join(dir, "tidy.xlsx");
    await fs.writeFile(path, await trackerBytes(records));
    const before = await fs.readFile(path);
    const hint = await run(["validate", path, "--today", "2026-03-01"]);
    expect(hint.out).toContain("2 list values could be tidied");
    expect(hint.out).toContain("add --fix to see them");

    const dry = await run(["validate", path, "--fix", "--today", "2026-03-01"]);
    expect(dry.out).toContain('Theme: write "Healthcare", "health care" as "Health care" (3 rows)');
    expect(dry.out).toContain(
      'Addressed to: split "Ministry of Justice and Police" into "Ministry of Justice", "Police" (1 row)'
    );
    expect(dry.out).toContain("Dry run: nothing was written");
    expect((await fs.readFile(path)).equals(before)).toBe(true);
    expect((await run(["validate", path, "--write"])).code).toBe(2);

    const applied = await run(["validate", path, "--fix", "--write", "--today", "2026-03-01"]);
    expect(applied.err).toBe("");
    expect(applied.out).toContain("Applied 2 changes to 3 rows");
    const after = await readTracker(await fs.readFile(path), path);
    expect(after.rows.map((row) => row.values.theme)).toEqual([
      "Health care",
      "Health care",
      "Health care",
      "Food",
      "Food",
      "Health care",
    ]);
    expect(after.rows[2].values.authority).toBe("Ministry of Justice; Police");
    const json = JSON.parse((await run(["validate", path, "--fix", "--json"])).out);
    expect(json.tidy).toEqual([]);
    const cells = await allCells(await fs.readFile(path));
    expect(cells.Lists.flat()).not.toContain("Healthcare");
    expect(cells.Lists.flat()).not.toContain("Ministry of Justice and Police");
  });
});

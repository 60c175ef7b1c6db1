import { promises as fs, readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import type { TrackerRecord } from "../../src/core/tracker/types";
import { XlsxTrackerStore } from "../../src/files/xlsx/store";
import { expectOneLineRefusal, rectrack, scratch, Scratch } from "../hostile/support";
import { convertWithLibreOffice, libreOfficeAvailable } from "../support/libreoffice";
import { legacyBytes, trackerBytes } from "../support/xlsx";
import { fillReturnedTable } from "../support/followupDocs";
import { taggedReport } from "../support/importReport";

/** rectrack letter, brief and reply: documents that come back filled in. */

const RECORDS: TrackerRecord[] = [
  {
    id: "LJ-1",
    ref: "1",
    text: "Install a working call bell in every cell of the east wing.",
    dateMade: "2025-05-10",
    authority: "Ministry of Justice",
    place: "East Prison",
    report: "Visit to East Prison",
    status: "notStarted",
  },
  {
    id: "LJ-2",
    ref: "2",
    text: "Keep one bound register of every use of force.",
    dateMade: "2025-05-10",
    authority: "Ministry of Justice; Prison service",
    place: "East Prison",
    report: "Visit to East Prison",
    status: "notStarted",
  },
  {
    id: "LJ-3",
    ref: "3",
    text: "Give detainees two hours outdoors every day.",
    dateMade: "2025-05-10",
    authority: "Ministry of Justice",
    place: "East Prison",
    report: "Visit to East Prison",
    accepted: "accepted",
    responseDate: "2025-07-01",
    response: "Accepted; the yard is being rebuilt.",
    status: "inProgress",
  },
  {
    id: "LH-4",
    ref: "4",
    text: "Give every newcomer a medical examination within a day.",
    dateMade: "2025-05-10",
    authority: "Ministry of Health",
    place: "West Clinic",
    status: "notStarted",
  },
];

let dir: Scratch;
beforeEach(() => {
  dir = scratch("rectrack-letters");
});
afterEach(() => dir.remove());

describe("letters that come back filled in", () => {
  it("letter -> filled reply -> exactly those rows updated with one event each -> read again, nothing changes", async () => {
    const path = dir.put("t.xlsx", await trackerBytes(RECORDS));
    const letter = join(dir.dir, "letter.docx");
    const made = await rectrack([
      "letter",
      path,
      letter,
      "--authority",
      "ministry of justice",
      "--today",
      "2026-03-01",
    ]);
    expect(made).toMatchObject({ code: 0, err: "" });
    // Awaiting a reply: LJ-1 and LJ-2 (LJ-3 was answered; LH-4 is another authority's).
    expect(made.out).toContain("2 recommendations for Ministry of Justice (LJ-1, LJ-2)");

    if (libreOfficeAvailable()) {
      const [txt] = await convertWithLibreOffice([letter], {
        format: "txt:Text",
        outDir: join(dir.dir, "txt"),
      });
      const text = readFileSync(txt, "utf8");
      expect(text).toContain("LJ-1");
      expect(text).toContain("LJ-2");
      expect(text).not.toContain("LJ-3");
      expect(text).not.toContain("LH-4");
      expect(text).toContain("Authority response");
    }

    const returned = dir.put(
      "reply.docx",
      await fillReturnedTable(new Uint8Array(readFileSync(letter)), {
        "LJ-1": ["Accepted", "Bells ordered for the east wing.", "2026-09-30"],
        "LJ-2": ["Partially accepted", "A register will be kept from April."],
      })
    );
    const before = await fs.readFile(path);
    const read = await rectrack(["reply", returned, path, "--date", "2026-03-10"]);
    expect(read).toMatchObject({ code: 0, err: "" });
    expect(read.out).toContain("2 recommendations updated");
    // Values are told as the drop-down shows them, never by their stored keys.
    expect(read.out).toContain('Accepted "" -> "Partially accepted"');
    expect(read.out).not.toMatch(/noResponse|partiallyAccepted/);
    const store = new XlsxTrackerStore(await fs.readFile(path), path);
    const content = await store.read();
    const byId = new Map(content.rows.map((row) => [row.values.id, row.values]));
    expect(byId.get("LJ-1")).toMatchObject({
      accepted: "accepted",
      response: "Bells ordered for the east wing.",
      deadline: "2026-09-30",
      responseDate: "2026-03-10",
    });
    expect(byId.get("LJ-2")).toMatchObject({ accepted: "partiallyAccepted" });
    // Every other row as it was.
    const old = new XlsxTrackerStore(before, path);
    const oldRows = new Map((await old.read()).rows.map((row) => [row.values.id, row.values]));
    for (const id of ["LJ-3", "LH-4"]) expect(byId.get(id)).toEqual(oldRows.get(id));
    const history = await store.readHistory();
    expect(history.rows.map((row) => [row.values.recId, row.values.kind, row.values.date])).toEqual(
      [
        ["LJ-1", "responseReceived", "2026-03-10"],
        ["LJ-2", "responseReceived", "2026-03-10"],
      ]
    );

    // The same reply read again changes nothing: the file stays byte for byte.
    const once = await fs.readFile(path);
    const again = await rectrack(["reply", returned, path, "--date", "2026-03-10"]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("nothing new to record");
    expect(dir.unchanged(path, once)).toBe(true);
  }, 120000);

  it("reports values outside the lists and unknown Rec IDs, never guessing them", async () => {
    const path = dir.put("t.xlsx", await trackerBytes(RECORDS));
    const letter = join(dir.dir, "l.docx");
    await rectrack(["letter", path, letter, "--authority", "Ministry of Justice"]);
    const zip = await JSZip.loadAsync(readFileSync(letter));
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(">LJ-2<", ">LJ-99<");
    zip.file("word/document.xml", xml);
    const returned = dir.put(
      "r.docx",
      await fillReturnedTable(await zip.generateAsync({ type: "uint8array" }), {
        "LJ-1": ["Perhaps", "We will see."],
        "LJ-99": ["Accepted"],
      })
    );
    const run = await rectrack(["reply", returned, path, "--json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out) as {
      items: { id: string; invalid: { key: string; value: string }[] }[];
      unknownIds: { id: string }[];
    };
    expect(json.unknownIds.map((u) => u.id)).toEqual(["LJ-99"]);
    expect(json.items.find((item) => item.id === "LJ-1")?.invalid).toEqual([
      expect.objectContaining({ key: "accepted", value: "Perhaps", problem: "notInList" }),
    ]);
  });

  it("a visit brief lists a place's open recommendations with their history, and comes back as a follow-up visit", async () => {
    const path = dir.put("t.xlsx", await trackerBytes(RECORDS));
    await rectrack([
      "log",
      path,
      "--id",
      "LJ-3",
      "--kind",
      "meeting",
      "--date",
      "2026-01-12",
      "--with",
      "Governor",
    ]);
    const brief = join(dir.dir, "brief.docx");
    const made = await rectrack(["brief", path, brief, "--place", "East Prison"]);
    expect(made.out).toContain("3 recommendations for East Prison (LJ-1, LJ-2, LJ-3)");
    const xml = await (
      await JSZip.loadAsync(readFileSync(brief))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("2026-01-12: Meeting with Governor");
    const returned = dir.put(
      "b.docx",
      await fillReturnedTable(new Uint8Array(readFileSync(brief)), {
        "LJ-3": ["Implemented", "Yes", "Seen in the yard."],
      })
    );
    expect((await rectrack(["reply", returned, path, "--date", "2026-03-05"])).code).toBe(0);
    const store = new XlsxTrackerStore(await fs.readFile(path), path);
    const row = (await store.read()).rows.find((r) => r.values.id === "LJ-3")!;
    expect(row.values).toMatchObject({
      status: "implemented",
      verified: true,
      verifiedOn: "2026-03-05",
    });
    expect((await store.readHistory()).rows.at(-1)?.values).toMatchObject({
      recId: "LJ-3",
      kind: "followUpVisit",
      status: "implemented",
    });
    expectOneLineRefusal(
      await rectrack(["brief", path, join(dir.dir, "x.docx"), "--place", "Nowhere"]),
      /names no place "Nowhere"/
    );
  });

  it("reads the table pasted into a workbook the same way", async () => {
    const path = dir.put("t.xlsx", await trackerBytes(RECORDS));
    const pasted = dir.put(
      "pasted.xlsx",
      await legacyBytes([
        {
          name: "Sheet1",
          rows: [
            ["Reply of the Ministry"],
            [],
            ["Rec ID", "Ref.", "Accepted", "Authority response"],
            ["LJ-2", "2", "Rejected", "No staff for it."],
          ],
        },
      ])
    );
    const run = await rectrack(["reply", pasted, path, "--date", "2026-03-12"]);
    expect(run).toMatchObject({ code: 0, err: "" });
    const store = new XlsxTrackerStore(await fs.readFile(path), path);
    const row = (await store.read()).rows.find((r) => r.values.id === "LJ-2")!;
    expect(row.values).toMatchObject({ accepted: "rejected", response: "No staff for it." });
    expect((await store.readHistory()).rows).toHaveLength(1);
  });

  it("template -> import a report -> letter for its addressee -> reply -> those rows and events only", async () => {
    const path = join(dir.dir, "new.xlsx");
    expect((await rectrack(["template", path])).code).toBe(0);
    const report = dir.put("visit.docx", await taggedReport());
    expect((await rectrack(["import", report, path, "--today", "2026-03-01"])).code).toBeLessThan(
      2
    );
    const letter = join(dir.dir, "prison.docx");
    const made = await rectrack(["letter", path, letter, "--authority", "Prison Nord"]);
    // The report's two recommendations addressed to Prison Nord, none answered yet.
    expect(made.out).toContain("2 recommendations for Prison Nord (impB0000002, impC0000003)");
    const returned = dir.put(
      "back.docx",
      await fillReturnedTable(new Uint8Array(readFileSync(letter)), {
        impC0000003: ["Accepted", "A register was opened in March.", "2026-04-30"],
      })
    );
    const run = await rectrack(["reply", returned, path, "--json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { updated: string[] }).updated).toEqual(["impC0000003"]);
    const store = new XlsxTrackerStore(await fs.readFile(path), path);
    await store.read();
    expect((await store.readHistory()).rows.map((row) => row.values.recId)).toEqual([
      "impC0000003",
    ]);
    const once = await fs.readFile(path);
    await rectrack(["reply", returned, path]);
    expect(dir.unchanged(path, once)).toBe(true);
  });
});

import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { InputError } from "../../../src/core/model/errors";
import {
  buildWorkbookPlan,
  defaultMetadata,
  serializeMetadata,
  TRACKER_COLUMNS,
  TRACKER_NAMESPACE,
} from "../../../src/core/schema";
import { recordToCells } from "../../../src/core/tracker/cells";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import {
  adoptWorkbook,
  buildTemplate,
  loadWorkbook,
  readTracker,
  writeAtomically,
} from "../../../src/files/xlsx";
import { putCustomXmlPart } from "../../../src/files/xlsx/package";
import { legacyBytes, sampleRecords, seededRandom, trackerBytes } from "../../support/xlsx";
import { cpuMillisOf } from "../../support/cpu";

const FORMULA_LOOKING = ['=HYPERLINK("http://x","y")', "=1+1", "+cmd", "-2", "@SUM(A1)"];

async function sheetXml(bytes: Uint8Array, index = 1): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
}

function strip(record: TrackerRecord): TrackerRecord {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== null && v !== undefined)
  );
}

describe("template", () => {
  it("stores the metadata part, related from the workbook, and the validations", async () => {
    const bytes = await buildTemplate(buildWorkbookPlan({ language: "es" }));
    const zip = await JSZip.loadAsync(bytes);
    const item = await zip.file("customXml/item1.xml")!.async("string");
    expect(item).toContain(TRACKER_NAMESPACE);
    expect(item).toContain('language="es"');
    expect(await zip.file("customXml/itemProps1.xml")!.async("string")).toContain(
      `ds:uri="${TRACKER_NAMESPACE}"`
    );
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain(
      'Target="../customXml/item1.xml"'
    );
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
      'PartName="/customXml/itemProps1.xml"'
    );
    const xml = await sheetXml(bytes, 1);
    expect(xml).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="X2:X1048576"/);
    // Date columns accept dates from 1 January 1950 (serial 18264), written as a number Excel can read.
    const dates = [
      ...xml.matchAll(/<dataValidation [^>]*type="date"[^>]*>([\s\S]*?)<\/dataValidation>/g),
    ];
    expect(dates.length).toBe(
      TRACKER_COLUMNS.filter((c) => c.kind === "date" || c.kind === "dateTime").length
    );
    for (const [, inner] of dates) expect(inner).toContain("<formula1>18264</formula1>");
    expect(xml).not.toContain("NaN");
    expect(xml).toContain("<conditionalFormatting");
    const tracker = await readTracker(bytes, "t.xlsx");
    expect(tracker.rows).toEqual([]);
    expect(tracker.language).toBe("es");
    expect(tracker.sheetName).toBe("Recomendaciones");
    expect(tracker.headers.status).toBe("Implementación");
  });

  it("replaces its own metadata part instead of adding a second one", async () => {
    const bytes = await buildTemplate(buildWorkbookPlan({ language: "en" }));
    const zip = await JSZip.loadAsync(bytes);
    await putCustomXmlPart(
      zip,
      TRACKER_NAMESPACE,
      serializeMetadata(defaultMetadata("fr")),
      "0000"
    );
    expect(Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p))).toEqual([
      "customXml/item1.xml",
    ]);
    expect(await zip.file("customXml/item1.xml")!.async("string")).toContain('language="fr"');
  });
});

describe("reading a tracker", () => {
  it("gives back the records written, in order", async () => {
    const records = sampleRecords(40, seededRandom(11));
    const tracker = await readTracker(await trackerBytes(records), "t.xlsx");
    expect(tracker.rows.map((row) => row.values)).toEqual(records.map(strip));
    expect(tracker.rows[0].row).toBe(2);
  });

  it("keeps formula-looking text as text, in the file and when read back", async () => {
    const records: TrackerRecord[] = FORMULA_LOOKING.map((text, i) => ({
      id: `id-${i}-abcdef`,
      dateMade: "2025-01-01",
      text,
      notes: text,
      place: text,
    }));
    const bytes = await trackerBytes(records);
    const xml = await sheetXml(bytes, 1);
    expect(xml).not.toContain("<f>");
    const tracker = await readTracker(bytes, "t.xlsx");
    expect(tracker.rows.map((row) => row.values.text)).toEqual(FORMULA_LOOKING);
    expect(tracker.rows.map((row) => row.values.notes)).toEqual(FORMULA_LOOKING);
  });

  it("finds columns the user renamed through the metadata part, and reads on when the part is damaged", async () => {
    const plan = buildWorkbookPlan({
      language: "en",
      headers: { status: "Where it stands" },
      rows: [
        recordToCells(
          { id: "abcdefgh", dateMade: "2025-01-01", text: "x", status: "inProgress" },
          "en"
        ),
      ],
    });
    const bytes = await buildTemplate(plan);
    const tracker = await readTracker(bytes, "t.xlsx");
    expect(tracker.headers.status).toBe("Where it stands");
    expect(tracker.rows[0].values.status).toBe("inProgress");

    const zip = await JSZip.loadAsync(bytes);
    zip.file(
      "customXml/item1.xml",
      '<tracker xmlns="' + TRACKER_NAMESPACE + '" schemaVersion="1"><column key='
    );
    const damaged = await readTracker(await zip.generateAsync({ type: "nodebuffer" }), "t.xlsx");
    // The reader carries the problem's code; each surface words it in the user's language.
    expect(damaged.metadataProblem).toBe("cutShort");
    expect(damaged.rows[0].values.text).toBe("x");
    // Without the metadata the renamed header is not recognised: the column is kept as an extra one.
    expect(damaged.extraHeaders).toContain("Where it stands");
  });

  it.each([
    ["noTrackerElement", `<settings xmlns="${TRACKER_NAMESPACE}"/>`],
    ["otherFormat", `<tracker xmlns="urn:other" from="${TRACKER_NAMESPACE}" schemaVersion="1"/>`],
    ["cutShort", `<tracker xmlns="${TRACKER_NAMESPACE}" schemaVersion="1"><column key=`],
    ["noSchemaVersion", `<tracker xmlns="${TRACKER_NAMESPACE}" schemaVersion="x"></tracker>`],
  ])("gives why the metadata part cannot be read as its code: %s", async (code, xml) => {
    const bytes = await trackerBytes([{ id: "abcdefgh", dateMade: "2025-01-01", text: "x" }]);
    expect((await readTracker(bytes, "t.xlsx")).metadataProblem).toBeUndefined();
    const zip = await JSZip.loadAsync(bytes);
    zip.file("customXml/item1.xml", xml);
    const damaged = await readTracker(await zip.generateAsync({ type: "nodebuffer" }), "t.xlsx");
    expect({ problem: damaged.metadataProblem, metadata: damaged.metadata }).toEqual({
      problem: code,
      metadata: null,
    });
    expect(damaged.rows.map((row) => row.values.text)).toEqual(["x"]);
  });

  it("finds a tracker by its header row when the table is gone", async () => {
    const bytes = await legacyBytes([
      { name: "Notes", rows: [["nothing here"]] },
      {
        name: "Recs",
        rows: [
          ["Rec ID", "Date made", "Recommendation", "Implementation"],
          ["abcdefgh", "2025-01-01", "Do it", "En cours"],
        ],
      },
    ]);
    const tracker = await readTracker(bytes, "t.xlsx");
    expect(tracker.tableName).toBeNull();
    expect(tracker.rows[0].values).toEqual({
      id: "abcdefgh",
      dateMade: "2025-01-01",
      text: "Do it",
      status: "inProgress",
    });
  });
});

describe("bad input", () => {
  const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
    ["an empty file", async () => new Uint8Array(), /is empty/],
    [
      "a text file",
      async () => Buffer.from("Rec ID,Recommendation\n1,x\n"),
      /is not an .xlsx workbook/,
    ],
    ["a cut zip", async () => (await trackerBytes([])).subarray(0, 3000), /damaged/],
    [
      "a zip of something else",
      async () => new JSZip().file("a.txt", "x").generateAsync({ type: "nodebuffer" }),
      /zip file of another kind/,
    ],
    [
      "a password-protected workbook",
      async () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(100),
          Buffer.from("EncryptionInfo", "utf16le"),
        ]),
      /password/,
    ],
    [
      "an .xls workbook",
      async () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(100),
        ]),
      /\.xls/,
    ],
    [
      "a workbook without a tracker",
      async () =>
        legacyBytes([
          {
            name: "S",
            rows: [
              ["a", "b"],
              [1, 2],
            ],
          },
        ]),
      /no Recommendations table/,
    ],
  ];
  it.each(cases)("refuses %s in one plain sentence", async (_name, make, message) => {
    const error = await readTracker(await make(), "in.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("adopting a hand-made workbook", () => {
  const LONG =
    "The director should make sure that every detained person sees a doctor within 24 hours of arrival.";
  const rows = [
    ["NPM follow-up 2024", "NPM follow-up 2024", "NPM follow-up 2024", null, null, "draft"],
    [],
    [
      "No.",
      "Date of visit",
      "Facility",
      "Recommendation",
      "Status",
      "Follow-up visit",
      "Who",
      "Internal",
    ],
    [
      1,
      new Date(Date.UTC(2024, 0, 16)),
      "Eastgate Prison ",
      LONG,
      "ongoing",
      "yes",
      "KM",
      "=SUM(A1)",
    ],
    [
      "1a",
      "16/01/2024",
      "Eastgate Prison",
      LONG,
      "not implemented - budget",
      "not yet",
      "JB",
      "+1",
    ],
    [2, "March 2024", "Riverside Police Station", LONG, "Implemented", "YES (June 2024)", "", "-"],
    [3, 45400, "Riverside", "=1+1", "weird", "", "", "@x"],
    [],
    ["* status as of 1 June"],
  ];

  async function adopt(extra: { name: string; rows: unknown[][] }[] = [], options = {}) {
    const source = await legacyBytes([
      { name: "Recs 2024", rows: rows as never, merge: ["A1:C1"] },
      ...(extra as never[]),
    ]);
    const result = await adoptWorkbook(source, "legacy.xlsx", {
      today: "2024-07-01",
      random: seededRandom(2),
      ...options,
    });
    return { source, result };
  }

  it("keeps every original cell and builds the tracker table from the mapped data", async () => {
    const { source, result } = await adopt();
    expect(result.sheetName).toBe("Recs 2024");
    expect(result.mapping.headerRow).toBe(2);
    expect(Object.fromEntries(result.mapping.columns.map((c) => [c.header, c.key]))).toMatchObject({
      "No.": "ref",
      "Date of visit": "dateMade",
      Facility: "place",
      Recommendation: "text",
      Status: "status",
      "Follow-up visit": "verified",
      Internal: null,
    });
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(source as unknown as ExcelJS.Buffer);
    // Through loadWorkbook: plain exceljs would expand the whole-column validations cell by cell.
    const { workbook: after } = await loadWorkbook(result.bytes, "out.xlsx");
    const original = before.getWorksheet("Recs 2024")!;
    const kept = after.getWorksheet("Recs 2024")!;
    let cells = 0;
    original.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells++;
        expect(kept.getCell(r, c).value).toEqual(cell.value);
      })
    );
    expect(cells).toBeGreaterThan(40);
    expect(after.worksheets.map((ws) => ws.name)).toEqual([
      "Recs 2024",
      "Recommendations",
      "Dashboard",
      "Follow-up",
      "Follow-up history",
      "Stakeholders",
      "Power-interest grid",
      "Lists",
    ]);

    const tracker = await readTracker(result.bytes, "out.xlsx");
    expect(tracker.rows).toHaveLength(4);
    const [a, b, c, d] = tracker.rows.map((row) => row.values);
    expect(a).toMatchObject({
      ref: "1",
      dateMade: "2024-01-16",
      place: "Eastgate Prison",
      status: "inProgress",
      verified: true,
    });
    expect(b).toMatchObject({
      ref: "1a",
      status: "notImplemented",
      reasonNotImplemented: "budget",
      verified: false,
    });
    expect(c).toMatchObject({
      dateMade: "2024-03-01",
      status: "implemented",
      verified: true,
      verifiedOn: "2024-06-01",
    });
    expect(d).toMatchObject({ dateMade: "2024-04-18", text: "=1+1", status: "weird" });
    expect(tracker.rows.map((row) => row.extra?.Internal)).toEqual(["=SUM(A1)", "+1", "-", "@x"]);
    expect(tracker.rows.every((row) => typeof row.values.id === "string")).toBe(true);
  });

  it("takes mapping corrections and avoids the names of existing sheets", async () => {
    const { result } = await adopt([{ name: "Lists", rows: [["mine"]] }], {
      mapping: { Who: "staff", Internal: "notes" },
    });
    const tracker = await readTracker(result.bytes, "out.xlsx");
    expect(tracker.rows[0].values).toMatchObject({ staff: "KM", notes: "=SUM(A1)" });
    const { workbook: after } = await loadWorkbook(result.bytes, "out.xlsx");
    expect(after.worksheets.map((ws) => ws.name)).toContain("Lists (2)");
    expect(after.getWorksheet("Lists")!.getCell("A1").value).toBe("mine");
  });

  it("copes with a whole-column validation in the hand-made sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.addRow(["Recommendation", "Status"]);
    ws.addRow([LONG, "done"]);
    (
      ws as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add("B2:B1048576", {
      type: "list",
      allowBlank: true,
      formulae: ['"done,ongoing"'],
    });
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { result, cpuMs } = await cpuMillisOf(() =>
      adoptWorkbook(bytes, "in.xlsx", { today: "2024-07-01" })
    );
    expect(cpuMs).toBeLessThan(10000);
    expect(result.adopted.records[0].status).toBe("implemented");
  });

  it("refuses a workbook that is already a tracker, and one without recommendations", async () => {
    await expect(
      adoptWorkbook(await trackerBytes([]), "t.xlsx", { today: "2024-07-01" })
    ).rejects.toThrow(/already a tracker/);
    const plain = await legacyBytes([
      {
        name: "S",
        rows: [
          ["a", "b"],
          [1, 2],
        ],
      },
    ]);
    await expect(adoptWorkbook(plain, "p.xlsx", { today: "2024-07-01" })).rejects.toThrow(
      InputError
    );
    await expect(
      adoptWorkbook(plain, "p.xlsx", { today: "2024-07-01", sheet: "Nope" })
    ).rejects.toThrow(/no sheet called "Nope"/);
  });
});

describe("writeAtomically", () => {
  it("writes the whole file or nothing", async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), "rectrack-atomic-"));
    const target = join(dir, "out.xlsx");
    await writeAtomically(target, Buffer.from("abc"));
    expect(await fs.readFile(target, "utf8")).toBe("abc");
    expect(await fs.readdir(dir)).toEqual(["out.xlsx"]);
    await expect(
      writeAtomically(join(dir, "missing", "x.xlsx"), Buffer.from("abc"))
    ).rejects.toThrow(/folder does not exist/);
    expect(await fs.readdir(dir)).toEqual(["out.xlsx"]);
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe("the language of an adopted sheet (languageOfSheet in core)", () => {
  // Each set of headers with the language the header word list adopt used before chose for it.
  it.each([
    ["fr", ["N°", "Date du rapport", "Recommandation", "Réponse des autorités", "État"]],
    ["es", ["Núm.", "Fecha", "Recomendación", "Estado del seguimiento"]],
    ["en", ["No.", "Date", "Recommendation", "Status"]],
  ] as const)(
    "adopts a sheet with %s headers as a tracker in that language",
    async (language, headers) => {
      const source = await legacyBytes([
        {
          name: "Sheet",
          rows: [[...headers], headers.map((_, i) => (i === 2 ? "x" : "1"))] as never,
        },
      ]);
      const result = await adoptWorkbook(source, "legacy.xlsx", { today: "2024-07-01" });
      expect(result.language).toBe(language);
    }
  );
});

/**
 * Hostile files: a .docx or .xlsx that is corrupt, truncated, encrypted or a
 * zip bomb, through the readers and through every rectrack command that
 * opens one. Each ends in one line in the user's words (exit status 2), the
 * input file unchanged and no output file written or replaced.
 */
import { deflateRawSync } from "zlib";
import JSZip from "jszip";
import { InputError } from "../../src/core/model/errors";
import { readDocx } from "../../src/files/docx";
import { publishCopy } from "../../src/files/docx/publish";
import { LIMITS as DOCX_LIMITS } from "../../src/files/docx/zip";
import { adoptWorkbook, readTracker } from "../../src/files/xlsx";
import { LIMITS as XLSX_LIMITS } from "../../src/files/xlsx/package";
import { docxOfParagraphs } from "../support/docx";
import { legacyBytes, sampleRecords, seededRandom, trackerBytes } from "../support/xlsx";
import {
  declaringSize,
  expectOneLineRefusal,
  lyingBomb,
  rectrack,
  Scratch,
  scratch,
} from "./support";

type Kind = "docx" | "xlsx";

interface Hostile {
  name: string;
  bytes: Uint8Array;
  /** What the message must say, in the user's words. */
  says: RegExp;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file as Office writes an encrypted document: the magic, then the encryption streams' names. */
function encryptedOffice(): Uint8Array {
  const out = Buffer.alloc(4096);
  Buffer.from(OLE_MAGIC).copy(out, 0);
  Buffer.from("EncryptionInfo", "utf16le").copy(out, 1024);
  Buffer.from("EncryptedPackage", "utf16le").copy(out, 1152);
  return new Uint8Array(out);
}

/** Every central directory signature broken: the zip's table of contents is gone. */
function damagedDirectory(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip); // a copy, also of a Buffer (whose slice() shares memory)
  for (let i = 0; i + 4 <= out.length; i++)
    if (out[i] === 0x50 && out[i + 1] === 0x4b && out[i + 2] === 0x01 && out[i + 3] === 0x02)
      out[i + 2] = 0x09;
  return out;
}

/** Deterministic noise. */
function randomBytes(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** `zip` with `entry` replaced by a stored placeholder the size of `deflated`, ready for lyingBomb. */
async function withStoredPlaceholder(
  zip: Uint8Array,
  entry: string,
  deflated: Uint8Array
): Promise<Uint8Array> {
  const package_ = await JSZip.loadAsync(zip);
  package_.file(entry, new Uint8Array(deflated.length).fill(0x20), { compression: "STORE" });
  return lyingBomb(
    await package_.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    entry,
    deflated
  );
}

let docx: Uint8Array;
let tracker: Uint8Array;
let legacy: Uint8Array;
const hostile: Record<Kind, Hostile[]> = { docx: [], xlsx: [] };
let files: Scratch;

beforeAll(async () => {
  files = scratch("hostile-files");
  docx = await docxOfParagraphs([
    "Recommendations",
    "The Ministry of Justice should install call bells in every cell of Northgate Prison by June 2027.",
  ]);
  tracker = new Uint8Array(await trackerBytes(sampleRecords(5, seededRandom(7))));
  legacy = new Uint8Array(
    await legacyBytes([
      {
        name: "2024",
        rows: [
          ["Ref", "Date", "Recommendation", "Status"],
          [1, "2024-03-12", "Install call bells in every cell.", "Implemented"],
        ],
      },
    ])
  );
  // Zeros inflate about a thousandfold: a few hundred KB that expand beyond each reader's limit.
  const docxBomb = deflateRawSync(Buffer.alloc(DOCX_LIMITS.partBytes + 1024 * 1024), { level: 9 });
  const xlsxBomb = deflateRawSync(Buffer.alloc(XLSX_LIMITS.partBytes + 1024 * 1024), { level: 9 });
  for (const [kind, valid, part, bomb] of [
    ["docx", docx, "word/document.xml", docxBomb],
    ["xlsx", tracker, "xl/worksheets/sheet1.xml", xlsxBomb],
  ] as const) {
    hostile[kind] = [
      {
        name: "random bytes",
        bytes: randomBytes(3000, 1),
        says: /not (a Word document|an \.xlsx)/,
      },
      {
        name: "random bytes after a zip signature",
        bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(3000, 2)]),
        says: /damaged/,
      },
      { name: "a damaged central directory", bytes: damagedDirectory(valid), says: /damaged/ },
      {
        name: "the first half only (truncated)",
        bytes: valid.slice(0, Math.floor(valid.length / 2)),
        says: /damaged|incomplete/,
      },
      { name: "encrypted (password-protected)", bytes: encryptedOffice(), says: /password/ },
      {
        name: "a zip bomb declaring its size",
        bytes: declaringSize(valid, part, 0xfffffff0),
        says: /too large.*zip bomb/,
      },
      {
        name: "a zip bomb lying about its size",
        bytes: await withStoredPlaceholder(valid, part, bomb),
        says: /too large.*zip bomb/,
      },
      { name: "an empty file", bytes: new Uint8Array(0), says: /empty|not (a Word|an \.xlsx)/ },
    ];
  }
}, 60_000);

afterAll(() => files.remove());

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("the hostile file was accepted");
}

const CASES = [
  "random bytes",
  "random bytes after a zip signature",
  "a damaged central directory",
  "the first half only (truncated)",
  "encrypted (password-protected)",
  "a zip bomb declaring its size",
  "a zip bomb lying about its size",
  "an empty file",
];

function find(kind: Kind, name: string): Hostile {
  const found = hostile[kind].find((h) => h.name === name);
  if (!found) throw new Error(`no ${kind} case "${name}": see the beforeAll error above`);
  return found;
}

/** Every case of a kind, in CASES order (checked, so none is skipped silently). */
function cases(kind: Kind): (readonly [string, Hostile])[] {
  expect(hostile[kind].map((h) => h.name)).toEqual(CASES);
  return hostile[kind].map((h) => [h.name, h] as const);
}

describe("the .docx reader refuses", () => {
  it.each(CASES)("%s with an InputError", async (name) => {
    const h = find("docx", name);
    const before = new Uint8Array(h.bytes);
    const error = await refusal(readDocx(h.bytes));
    expect({ name: h.name, message: error.message }).toEqual({
      name: h.name,
      message: expect.stringMatching(h.says),
    });
    expect(Buffer.from(h.bytes).equals(Buffer.from(before))).toBe(true);
  });
});

describe("the .xlsx readers refuse", () => {
  it.each(CASES)("%s with an InputError", async (name) => {
    const h = find("xlsx", name);
    const read = await refusal(readTracker(h.bytes, "tracker.xlsx"));
    expect({ name: h.name, message: read.message }).toEqual({
      name: h.name,
      message: expect.stringMatching(h.says),
    });
    const adopted = await refusal(adoptWorkbook(h.bytes, "sheet.xlsx", { today: "2026-03-01" }));
    expect({ name: h.name, message: adopted.message }).toEqual({
      name: h.name,
      message: expect.stringMatching(h.says),
    });
  });
});

describe("rectrack on a hostile report", () => {
  it.each(["check", "extract"])("%s refuses each in one line", async (command) => {
    for (const [name, h] of cases("docx")) {
      const path = files.put(`${command}-${name.replace(/\W+/g, "-")}.docx`, h.bytes);
      const run = await rectrack([command, path]);
      expectOneLineRefusal(run, h.says);
      expect({ name, out: run.out }).toEqual({ name, out: "" });
      expect(files.unchanged(path, h.bytes)).toBe(true);
    }
  });
});

describe("rectrack on a hostile workbook", () => {
  it.each(["validate", "stats"])("%s refuses each in one line", async (command) => {
    for (const [name, h] of cases("xlsx")) {
      const path = files.put(`${command}-${name.replace(/\W+/g, "-")}.xlsx`, h.bytes);
      const run = await rectrack([command, path]);
      expectOneLineRefusal(run, h.says);
      expect({ name, out: run.out }).toEqual({ name, out: "" });
      expect(files.unchanged(path, h.bytes)).toBe(true);
    }
  });

  it("adopt refuses each, writes no file and leaves an existing output as it was", async () => {
    for (const [name, h] of cases("xlsx")) {
      const stem = `adopt-${name.replace(/\W+/g, "-")}`;
      const input = files.put(`${stem}.xlsx`, h.bytes);
      const before = files.names();
      const fresh = await rectrack(["adopt", input, `${files.dir}/${stem}-out.xlsx`]);
      expectOneLineRefusal(fresh, h.says);
      expect(files.names()).toEqual(before);
      // With --force over an existing tracker: the refusal must not replace or damage it.
      const existing = files.put(`${stem}-existing.xlsx`, legacy);
      const forced = await rectrack(["adopt", input, existing, "--force"]);
      expectOneLineRefusal(forced, h.says);
      expect(files.unchanged(existing, legacy)).toBe(true);
      expect(files.unchanged(input, h.bytes)).toBe(true);
      expect(files.names().filter((n) => n.endsWith(".tmp"))).toEqual([]);
    }
  });
});

describe("the valid files the hostile ones are made from", () => {
  it("are read, so the refusals above are about the damage", async () => {
    expect((await readDocx(docx)).paragraphs.length).toBeGreaterThan(1);
    expect((await readTracker(tracker, "tracker.xlsx")).rows).toHaveLength(5);
    const run = await rectrack([
      "validate",
      files.put("valid.xlsx", tracker),
      "--today",
      "2026-03-01",
    ]);
    expect(run.err).toBe("");
  });
});

describe("the copy for publication of a hostile report", () => {
  it.each(CASES)("%s: publishCopy refuses with an InputError", async (name) => {
    const h = find("docx", name);
    const error = await refusal(publishCopy(h.bytes));
    expect({ name, message: error.message }).toEqual({
      name,
      message: expect.stringMatching(h.says),
    });
  });

  it("rectrack publish refuses each in one line, writes no file and replaces none", async () => {
    for (const [name, h] of cases("docx")) {
      const stem = `publish-${name.replace(/\W+/g, "-")}`;
      const input = files.put(`${stem}.docx`, h.bytes);
      const before = files.names();
      const fresh = await rectrack(["publish", input, `${files.dir}/${stem}-out.docx`]);
      expectOneLineRefusal(fresh, h.says);
      expect(files.names()).toEqual(before);
      const existing = files.put(`${stem}-existing.docx`, docx);
      const forced = await rectrack(["publish", input, existing, "--force"]);
      expectOneLineRefusal(forced, h.says);
      expect(files.unchanged(existing, docx)).toBe(true);
      expect(files.unchanged(input, h.bytes)).toBe(true);
    }
  });
});

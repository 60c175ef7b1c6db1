import JSZip from "jszip";
import { InputError } from "../../../src/core/model/errors";
import { LIMITS, openPackage } from "../../../src/files/xlsx/package";
import { packageFromZip } from "../../../src/files/xlsx/zip";
import { readTracker } from "../../../src/files/xlsx/reader";
import { XlsxTrackerStore } from "../../../src/files/xlsx/store";
import { centralDirectory, storedBytes, ZipEntry } from "../../../src/files/zip-stream";
import { sampleRecords, seededRandom, trackerBytes } from "../../support/xlsx";

/**
 * The tracker file's zip (src/files/xlsx/zip.ts): parts an import does not
 * change are copied with their compressed bytes, the new file is a valid zip
 * whatever the old one's form, and a hostile or damaged zip is refused in
 * one sentence.
 */

function entries(bytes: Uint8Array): Map<string, ZipEntry> {
  const list = centralDirectory(bytes);
  if (!list) throw new Error("no central directory");
  return new Map(list.map((entry) => [entry.name, entry]));
}

function stored(bytes: Uint8Array, name: string): Buffer {
  const entry = entries(bytes).get(name);
  const data = entry && storedBytes(bytes, entry);
  if (!data) throw new Error(`no stored bytes for ${name}`);
  return Buffer.from(data);
}

/** A copy of a package whose entry's deflated bytes are garbled (64 bytes at `at` of their length); the zip's structure stays readable. */
function garbled(bytes: Uint8Array, name: string, at: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const data = storedBytes(copy, entries(copy).get(name) as ZipEntry) as Uint8Array;
  const from = Math.floor(data.length * at);
  for (let i = from; i < from + 64; i++) data[i] = 0xff;
  return copy;
}

const DAMAGED = "garbled.xlsx is damaged and cannot be opened as a workbook.";

async function addOne(bytes: Uint8Array): Promise<Uint8Array> {
  const store = new XlsxTrackerStore(bytes, "t.xlsx");
  await store.read();
  await store.write({
    updates: [],
    additions: [{ id: "zip-1", ref: "1", text: "The director should open the yard daily." }],
  });
  expect(store.changed).toBe(true);
  return store.bytes();
}

/** Where each central directory record starts, in order. */
function centralRecords(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(bytes.length - 22 + 10, true);
  let at = view.getUint32(bytes.length - 22 + 16, true);
  const out: number[] = [];
  for (let n = 0; n < count; n++) {
    out.push(at);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}

/** Every part's content, inflated by JSZip with its CRC-32 checked. */
async function contents(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, Buffer.from(await file.async("uint8array")).toString("base64"));
  return out;
}

describe("the tracker's zip", () => {
  it("copies every part the write does not change with its compressed bytes, and writes a valid zip", async () => {
    const before = await trackerBytes(sampleRecords(4, seededRandom(11)));
    const after = await addOne(before);
    const old = entries(before);
    const changed: string[] = [];
    for (const [name, entry] of entries(after)) {
      const previous = old.get(name);
      if (!previous) continue;
      if (stored(after, name).equals(stored(before, name))) {
        expect(entry.crc32).toBe(previous.crc32);
        expect(entry.size).toBe(previous.size);
      } else changed.push(name);
    }
    // The sheet, its table, the Dashboard and the workbook (recalculation) change; styles, theme, Lists do not.
    expect(changed).toEqual(expect.arrayContaining(["xl/workbook.xml"]));
    expect(changed.length).toBeLessThan(old.size / 2);
    expect(changed).not.toContain("xl/theme/theme1.xml");
    // JSZip reads it all back, checking each part's CRC-32, and the new row is there.
    const parts = await contents(after);
    expect(parts.size).toBe([...old.keys()].filter((name) => !name.endsWith("/")).length);
    const tracker = await readTracker(after, "t.xlsx");
    expect(tracker.rows.map((row) => row.values.id)).toContain("zip-1");
  });

  it("writes sizes in the headers when the file it read had them after the data (streamed zips)", async () => {
    const original = await JSZip.loadAsync(await trackerBytes(sampleRecords(3, seededRandom(12))));
    const streamed = await original.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      streamFiles: true,
    });
    expect([...entries(streamed).values()].some((entry) => (entry.flags & 8) === 8)).toBe(true);
    const after = await addOne(streamed);
    expect([...entries(after).values()].some((entry) => (entry.flags & 8) === 8)).toBe(false);
    const before = await contents(streamed);
    const now = await contents(after);
    expect(now.get("xl/theme/theme1.xml")).toBe(before.get("xl/theme/theme1.xml"));
    expect((await readTracker(after, "t.xlsx")).rows).toHaveLength(4);
  });

  it("writes a changed part of many megabytes exactly, a character of two halves on a slice's edge included", async () => {
    const zip = await openPackage(await trackerBytes(sampleRecords(2, seededRandom(16))), "t.xlsx");
    // 4,194,304 characters are encoded at a time: the emoji's two halves fall on either side.
    const big = `${"a".repeat((1 << 22) - 1)}😀${"é".repeat(3_000_000)}ü`;
    const bytes = await packageFromZip(zip, new Map([["xl/big.xml", big]]));
    const back = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await (back.file("xl/big.xml") as JSZip.JSZipObject).async("string")).toBe(big);
    expect(entries(bytes).get("xl/big.xml")?.size).toBe(Buffer.byteLength(big, "utf8"));
  });

  it("refuses a part that inflates beyond the limit although it declares a small size (a zip bomb)", async () => {
    const zip = await JSZip.loadAsync(await trackerBytes(sampleRecords(2, seededRandom(13))));
    zip.file("xl/media/padding.bin", "0".repeat(3 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // Make the central directory lie: the padding claims 10 bytes.
    const entry = entries(bytes).get("xl/media/padding.bin") as ZipEntry;
    const list = centralDirectory(bytes) as ZipEntry[];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    centralRecords(bytes).forEach((at, n) => {
      if (list[n].name === entry.name) view.setUint32(at + 24, 10, true);
    });
    const saved = { ...LIMITS };
    LIMITS.partBytes = 2 * 1024 * 1024;
    try {
      const error = await readTracker(bytes, "bomb.xlsx").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/too large.*zip bomb/);
    } finally {
      Object.assign(LIMITS, saved);
    }
  });

  it("refuses a sheet whose compressed bytes are damaged, in one sentence", async () => {
    const tracker = new Uint8Array(await trackerBytes(sampleRecords(30, seededRandom(14))));
    const sheet = [...entries(tracker).keys()].find((name) =>
      /worksheets\/sheet\d+\.xml$/.test(name)
    );
    const bytes = garbled(tracker, sheet as string, 1 / 3);
    const error = await readTracker(bytes, "garbled.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(DAMAGED);
  });

  it("refuses an encrypted zip entry in one sentence", async () => {
    const bytes = new Uint8Array(await trackerBytes(sampleRecords(2, seededRandom(15))));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const entry of centralDirectory(bytes) as ZipEntry[]) {
      view.setUint16(entry.localOffset + 6, entry.flags | 1, true);
    }
    for (const at of centralRecords(bytes))
      view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    const error = await readTracker(bytes, "locked.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain("\n");
  });

  describe("a sheet of megabytes, read and rewritten in pieces as it inflates", () => {
    let big: Uint8Array;
    const SHEET = "xl/worksheets/sheet1.xml";
    beforeAll(async () => {
      big = new Uint8Array(await trackerBytes(sampleRecords(2500, seededRandom(21))));
      // Beyond the size read in one piece (1 MB): checked, read and rewritten as it inflates.
      expect(entries(big).get(SHEET)?.size).toBeGreaterThan(2 * 1024 * 1024);
    }, 30_000);

    it("keeps every row as it was, byte for byte, and adds the new one", async () => {
      const before = await readTracker(big, "big.xlsx");
      const after = await addOne(big);
      const back = await readTracker(after, "big.xlsx");
      expect(back.rows).toHaveLength(2501);
      expect(back.rows.slice(0, 2500)).toEqual(before.rows);
      expect(back.rows[2500].values.id).toBe("zip-1");
      const text = async (bytes: Uint8Array) =>
        JSZip.loadAsync(bytes).then((zip) => zip.file(SHEET)?.async("string")) as Promise<string>;
      const [old, now] = [await text(big), await text(after)];
      const rows = old.slice(old.indexOf("<row "), old.lastIndexOf("</row>") + 6);
      expect(now).toContain(rows);
      expect(now.slice(now.indexOf("</sheetData>"))).toBe(old.slice(old.indexOf("</sheetData>")));
    });

    it("refuses it when its compressed bytes are damaged", async () => {
      const bytes = garbled(big, SHEET, 1 / 2);
      const error = await readTracker(bytes, "garbled.xlsx").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(DAMAGED);
    });

    it("is checked as the store first reads it, and refused in the same words when damaged", async () => {
      const bytes = garbled(big, SHEET, 1 / 2);
      await expect(new XlsxTrackerStore(bytes, "garbled.xlsx").read()).rejects.toThrow(
        new InputError(DAMAGED)
      );
      expect((await new XlsxTrackerStore(big, "big.xlsx").read()).rows).toHaveLength(2500);
    });

    it("checks a big part no reader inflates once the store has read", async () => {
      const zip = await JSZip.loadAsync(big);
      // Over 1 MB, deflated: left to check when opened, and read by nobody.
      const noise = Buffer.from(Array.from({ length: 1536 * 1024 }, (_v, i) => (i * 7919) % 251));
      zip.file("xl/media/noise.bin", noise, { compression: "DEFLATE" });
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      expect((await new XlsxTrackerStore(bytes, "noise.xlsx").read()).rows).toHaveLength(2500);
      const data = storedBytes(
        bytes,
        entries(bytes).get("xl/media/noise.bin") as ZipEntry
      ) as Uint8Array;
      data[Math.floor(data.length / 2)] ^= 0xff;
      await expect(new XlsxTrackerStore(bytes, "noise.xlsx").read()).rejects.toThrow(
        /noise\.xlsx is damaged/
      );
    });

    it("refuses it when it inflates beyond the limit though it declares less", async () => {
      const bytes = new Uint8Array(big);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const list = centralDirectory(bytes) as ZipEntry[];
      centralRecords(bytes).forEach((at, n) => {
        if (list[n].name === SHEET) view.setUint32(at + 24, 1536 * 1024, true);
      });
      const saved = { ...LIMITS };
      LIMITS.partBytes = 2 * 1024 * 1024;
      try {
        const error = await readTracker(bytes, "bomb.xlsx").catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message).toMatch(/too large.*zip bomb/);
        await expect(new XlsxTrackerStore(bytes, "bomb.xlsx").read()).rejects.toThrow(
          /^bomb\.xlsx is too large.*zip bomb/
        );
      } finally {
        Object.assign(LIMITS, saved);
      }
    });
  });
});

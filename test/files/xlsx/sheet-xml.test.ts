import JSZip from "jszip";
import { readTracker } from "../../../src/files/xlsx";
import {
  indexPackage,
  readSheetRows,
  rowCellsByHand,
  rowCellsByPattern,
} from "../../../src/files/xlsx/sheet-xml";
import { ByteRow, rowPlaces, scanRows, sheetPieces } from "../../../src/files/xlsx/sheet-bytes";
import {
  CellWrite,
  patchSheet,
  patchSheetStreamed,
  readSheetHead,
  RowWatch,
} from "../../../src/files/xlsx/sheet-patch";

/** A hand-written package: the cell encodings Excel and LibreOffice use, which exceljs never writes. */
async function handMade(sheetXml: string, date1904 = false): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns:r="r"><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="R &amp; D" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
  );
  zip.file(
    "xl/sharedStrings.xml",
    '<sst><si><t>Rec ID</t></si><si><r><t>Recom</t></r><r><rPr/><t xml:space="preserve">mendation</t></r><rPh><t>x</t></rPh></si><si><t>Date made</t></si><si><t>Implementation</t></si><si><t>Notes</t></si><si><t>a &lt;b&gt; &amp; c_x000A_d</t></si></sst>'
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("reading cells from the package XML", () => {
  const sheet =
    "<worksheet><sheetData>" +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="F1" t="s"><v>4</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>abcdefgh</t></is></c><c r="B3" t="s"><v>5</v></c><c r="C3"><v>44927</v></c><c r="D3" t="str"><f>"In "&amp;"progress"</f><v>In progress</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c></row>' +
    "</sheetData></worksheet>";

  it("decodes shared, rich, inline and formula strings, booleans and errors", async () => {
    const zip = await JSZip.loadAsync(await handMade(sheet));
    const index = await indexPackage(zip);
    expect(index.sheets.map((s) => s.name)).toEqual(["R & D"]);
    expect(index.sharedStrings[1]).toBe("Recommendation");
    const rows = await readSheetRows(zip, index.sheets[0], index);
    expect(rows[1]).toEqual([]);
    expect(rows[2]).toEqual(["abcdefgh", "a <b> & c\nd", 44927, "In progress", true, "#N/A"]);
  });

  it("reads a tracker laid out without a table, shifting 1904-system dates", async () => {
    const tracker = await readTracker(await handMade(sheet, true), "old-mac.xlsx");
    expect(tracker.rows).toHaveLength(1);
    expect(tracker.rows[0]).toMatchObject({
      row: 3,
      values: {
        id: "abcdefgh",
        text: "a <b> & c\nd",
        dateMade: "2027-01-02",
        status: "inProgress",
        notes: "#N/A",
      },
    });
  });
});

describe("reading a row's cells by hand", () => {
  const index = { sheets: [], date1904: false, sharedStrings: ["zero", "one", "two"] };
  const read = (rowXml: string) => {
    const bytes = Buffer.from(`<sheetData>${rowXml}</sheetData>`, "utf8");
    const [scanned] = [...scanRows(bytes, 11, bytes.length - 12)];
    return {
      byHand: rowCellsByHand(bytes, scanned, index),
      byPattern: rowCellsByPattern(bytes, scanned, index),
    };
  };

  it("reads what the patterns read, or leaves the row to them", () => {
    const rows = [
      '<row r="2"><c r="A2" s="1" t="s"><v>1</v></c><c r="C2"><v>4.5</v></c><c r="D2" t="b"><v>1</v></c></row>',
      '<row r="2"><c t="s"><v>2</v></c><c/><c s="3"></c><c><v>7</v></c></row>',
      '<row r="2"><c r="B2" t="inlineStr"><is><t>Été &amp; «prison»</t></is></c><c r="AB2" t="str"><f>A1</f><v>x</v></c></row>',
      '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="n"><v>abc</v></c></row>',
      '<row r="2"><c\tr="A2"\tt="s"><v>0</v></c><c xr:r="Z9" r="B2"><v>1</v></c></row>',
      '<row r="2"><c r="A2"><v>1</v></c><c r="c2"><v>3</v></c></row>',
      '<row r="2"><c r="A2" t="s"><v >1</v></c><c r="B2" t="d"><v>2026-03-01</v></c><c r="C2" t="s"><v>9</v></c></row>',
      '<row r="2"><cx r="A2"/><c r="B2"><v>1</v></c><c r="C2"/></row>',
    ];
    for (const row of rows) {
      const { byHand, byPattern } = read(row);
      if (byHand !== null) expect(byHand).toEqual(byPattern);
    }
    // The usual rows are read by hand.
    expect(read(rows[0]).byHand).toEqual(["one", null, 4.5, true]);
    expect(read(rows[1]).byHand).toEqual(["two", null, null, 7]);
    expect(read(rows[2]).byHand).toEqual([
      null,
      "Été & «prison»",
      ...Array<null>(25).fill(null),
      "x",
    ]);
    expect(read(rows[4]).byHand).toEqual(["zero", ...Array<null>(24).fill(null), 1]);
    // A reference the patterns do not take (lower case) leaves the row to them.
    expect(read(rows[5]).byHand).toBeNull();
  });
});

describe("finding a sheet's rows in its bytes", () => {
  it("finds the rows the reader finds, and refuses a row never closed", () => {
    const xml =
      '<row r="2" spans="1:3"><c r="A2"><v>1</v></c></row><rows/><row/><row r="7"/>' +
      '<row\tht="20" r="9"><c r="A9" t="inlineStr"><is><t>Été</t></is></c></row><row><c/></row>';
    const bytes = Buffer.from(xml, "utf8");
    const strip = ({ row, start, end, bodyStart, bodyEnd, selfClosing }: ByteRow) => ({
      row,
      start,
      end,
      bodyStart,
      bodyEnd,
      selfClosing,
    });
    const places = [...rowPlaces(bytes, 0, bytes.length)];
    expect(places).toEqual([...scanRows(bytes, 0, bytes.length, true)].map(strip));
    expect(places.map((place) => place.row)).toEqual([2, 3, 7, 9, 10]);
    const cut = Buffer.from('<row r="2"><c r="A2"><v>1</v></c>', "utf8");
    expect(() => [...rowPlaces(cut, 0, cut.length)]).toThrow("row 2 is not closed");
    expect(() => [...scanRows(cut, 0, cut.length, true)]).toThrow("row 2 is not closed");
  });
});

/** `bytes` given in pieces of the sizes listed, in turn (the last size repeated), as an inflater would. */
async function* inPieces(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let n = 0;
  for (let at = 0; at < bytes.length; n++) {
    const size = sizes[Math.min(n, sizes.length - 1)];
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

/** Ways of cutting a sheet into pieces: a byte at a time, a few bytes, uneven, and whole. */
const CUTS = [[1], [2], [3, 5, 7], [11, 1, 29, 2], [64], [100000]];

describe("reading and rewriting a sheet as it inflates", () => {
  const rows = [
    '<row r="2" spans="1:3"><c r="A2"><v>1</v></c></row>',
    "<row/>",
    '<row r="7"/>',
    '<row\tht="20" r="9"><c r="A9" t="inlineStr"><is><t>Été &lt;row&gt; 😀</t></is></c></row>',
    '<row><c r="A10" t="inlineStr"><is><t>après</t></is></c><c r="B10"><v>3</v></c></row>',
    '<row r="12"><c r="A12" s="3"/><c r="C12" s="4"/></row>',
  ].join("");
  const sheet = `<worksheet><cols><col min="1" max="3" width="30"/></cols><sheetData>${rows}</sheetData><conditionalFormatting sqref="A2:C12"/></worksheet>`;
  const bytes = Buffer.from(sheet, "utf8");

  it("gives the head, whole rows and the tail, however the bytes are cut", async () => {
    const whole = [
      ...scanRows(bytes, bytes.indexOf(rows), bytes.indexOf("</sheetData>"), true),
    ].map((row) => bytes.toString("utf8", row.start, row.end));
    expect(whole).toHaveLength(6);
    for (const sizes of CUTS) {
      const parts: Record<string, string> = { head: "", rows: "", tail: "" };
      const found: string[] = [];
      const count = { next: 1 };
      for await (const piece of sheetPieces(inPieces(bytes, sizes))) {
        parts[piece.part] += piece.bytes.toString("utf8", piece.from, piece.to);
        if (piece.part !== "rows") continue;
        // Every piece of rows ends where a row does.
        expect(piece.bytes.toString("utf8", piece.from, piece.to)).toMatch(/(<\/row>|\/>)$/);
        for (const row of scanRows(piece.bytes, piece.from, piece.to, true, count))
          found.push(piece.bytes.toString("utf8", row.start, row.end));
      }
      expect(parts).toEqual({
        head: sheet.slice(0, sheet.indexOf(rows)),
        rows,
        tail: sheet.slice(sheet.indexOf("</sheetData>")),
      });
      expect(found).toEqual(whole);
      expect(await readSheetHead(inPieces(bytes, sizes))).toBe(parts.head);
    }
  });

  it("opens an empty <sheetData/> and refuses a sheet without one", async () => {
    const empty = Buffer.from('<worksheet><sheetData a="1"/><x/></worksheet>', "utf8");
    for (const sizes of CUTS) {
      const parts: Record<string, string> = { head: "", rows: "", tail: "" };
      for await (const piece of sheetPieces(inPieces(empty, sizes)))
        parts[piece.part] += piece.bytes.toString("utf8", piece.from, piece.to);
      expect(parts).toEqual({
        head: '<worksheet><sheetData a="1">',
        rows: "",
        tail: "</sheetData><x/></worksheet>",
      });
    }
    await expect(readSheetHead(inPieces(Buffer.from("<worksheet/>"), [4]))).rejects.toThrow(
      "the worksheet has no sheetData"
    );
  });

  it("rewrites rows as patchSheet does on the whole text, however the bytes are cut", async () => {
    const writes = new Map<number, CellWrite[]>([
      [2, [{ column: 1, value: "new" }]],
      [5, [{ column: 0, value: 5, style: "2" }]],
      [9, [{ column: 0, value: "Ça & <là>" }]],
      [12, [{ column: 1, value: true }]],
      [14, [{ column: 2, value: null, formula: "A14*2" }]],
    ]);
    const heights = new Map([[9, 45]]);
    const expected = patchSheet(sheet, writes, heights).replace('sqref="A2:C12"', 'sqref="A2:C14"');
    for (const sizes of CUTS) {
      const seen: number[] = [];
      const pieces: Uint8Array[] = [];
      const head = await readSheetHead(inPieces(bytes, sizes));
      const patched = patchSheetStreamed(
        inPieces(bytes, sizes),
        head,
        (tail) => tail.replace("A2:C12", "A2:C14"),
        writes,
        heights,
        { first: 7, last: 12, see: ({ span }) => seen.push(span.row) }
      );
      for await (const piece of patched) pieces.push(piece);
      expect(Buffer.concat(pieces).toString("utf8")).toBe(expected);
      expect(seen).toEqual([7, 9, 10, 12]);
    }
  });

  it("refuses to rewrite a sheet cut short, and stops where the watcher says", async () => {
    const writes = new Map<number, CellWrite[]>([[20, [{ column: 0, value: 1 }]]]);
    const rewrite = async (xml: string, see: RowWatch["see"] = () => {}) => {
      for await (const piece of patchSheetStreamed(
        inPieces(Buffer.from(xml, "utf8"), [5]),
        "",
        (tail) => tail,
        writes,
        undefined,
        { first: 1, last: 20, see }
      ))
        expect(piece).toBeDefined();
    };
    await expect(rewrite(sheet.slice(0, sheet.indexOf("</sheetData>")))).rejects.toThrow(
      "the worksheet's sheetData is not closed"
    );
    await expect(rewrite(sheet.replace("</row><row/>", "<row/>"))).resolves.toBeUndefined();
    await expect(
      rewrite(sheet, ({ span }) => {
        if (span.row === 9) throw new Error("row 9 is taken");
      })
    ).rejects.toThrow("row 9 is taken");
  });
});

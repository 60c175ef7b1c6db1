import fc from "fast-check";
import JSZip from "jszip";
import { InputError } from "../../../src/core/model/errors";
import { readTracker } from "../../../src/files/xlsx";
import { decodeXmlText } from "../../../src/files/xlsx/sheet-xml";

/**
 * The .xlsx reader on generated package XML (the sheet, its shared strings,
 * the workbook and the table), often broken: it reads a tracker or refuses
 * with an InputError, and never fails any other way.
 */

const sheetPiece = fc.constantFrom(
  "<row>",
  '<row r="1">',
  '<row r="2">',
  '<row r="1048577">',
  '<row r="x">',
  "</row>",
  "<row/>",
  '<c r="A1" t="s">',
  '<c r="B1" t="inlineStr">',
  '<c r="C2" t="b">',
  '<c r="D2" t="e">',
  '<c r="E2" t="d">',
  '<c r="F2" t="str">',
  '<c r="XFE2">',
  '<c r="A0">',
  "<c>",
  "</c>",
  "<c/>",
  "<v>0</v>",
  "<v>1</v>",
  "<v>99999</v>",
  "<v>-1</v>",
  "<v>1e308</v>",
  "<v>NaN</v>",
  "<v>2026-03-01T00:00:00</v>",
  "<v>",
  "</v>",
  "<is><t>Recommendation</t></is>",
  "<is><t>Rec ID</t></is>",
  "<is><t>Date made</t></is>",
  "<is><t>Implementation</t></is>",
  "<is>",
  "</is>",
  "<t>",
  "</t>",
  "<f>1+1</f>",
  "text",
  "_x0000_",
  "_xD800_",
  "&amp;",
  "&#0;",
  "&#x110000;",
  "&#99999999999;",
  "&#xD800;",
  "&bogus;",
  "<",
  ">",
  '"',
  "<![CDATA[x]]>",
  "<!-- c -->"
);
const sheetBody = fc.array(sheetPiece, { maxLength: 80 }).map((p) => p.join(""));

const sharedPiece = fc.constantFrom(
  "<si>",
  "</si>",
  "<si/>",
  "<t>Recommendation</t>",
  "<t>Status</t>",
  "<t>",
  "</t>",
  "<r><t>a</t></r>",
  "<rPh><t>x</t></rPh>",
  "&#x110000;",
  "_x0041_",
  "&lt;",
  "<"
);
const sharedBody = fc.array(sharedPiece, { maxLength: 30 }).map((p) => p.join(""));

const tableRef = fc.constantFrom(
  "A1:F3",
  "A1:A1",
  "B2:A1",
  "A1:XFD1048576",
  "A1",
  "",
  "ZZZZ1:ZZZZ9"
);
const tableName = fc.constantFrom("Recommendations", "recommendations", "Other", "");
const date1904 = fc.constantFrom("", '<workbookPr date1904="1"/>', '<workbookPr date1904="true"/>');

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

async function workbookOf(parts: {
  sheet: string;
  shared: string;
  ref: string;
  table: string;
  workbookPr: string;
  withTable: boolean;
  customXml: string | null;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr}<sheets><sheet name="Recommendations" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${parts.sheet}</sheetData></worksheet>`
  );
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}">${parts.shared}</sst>`);
  if (parts.withTable) {
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`
    );
    zip.file(
      "xl/tables/table1.xml",
      `<table xmlns="${MAIN}" id="1" name="${parts.table}" ref="${parts.ref}"/>`
    );
  }
  if (parts.customXml !== null) zip.file("customXml/item1.xml", parts.customXml);
  return zip.generateAsync({ type: "uint8array" });
}

const customXml = fc.option(
  fc.constantFrom(
    '<tracker xmlns="urn:opcat-recommendation-tracker:tracker:1" schemaVersion="1" language="fr" table="Recommendations"><column key="text" header="Texte"/></tracker>',
    '<tracker xmlns="urn:opcat-recommendation-tracker:tracker:1" schemaVersion="99">',
    '<tracker xmlns="urn:opcat-recommendation-tracker:tracker:1"><column key="nope" header="&#x110000;"/></tracker>',
    "\ufeff<not xml"
  ),
  { nil: null }
);

describe("readTracker on generated package XML inside a valid zip", () => {
  it("reads it or refuses it with an InputError, nothing else", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          sheet: sheetBody,
          shared: sharedBody,
          ref: tableRef,
          table: tableName,
          workbookPr: date1904,
          withTable: fc.boolean(),
          customXml,
        }),
        async (parts) => {
          try {
            const tracker = await readTracker(await workbookOf(parts), "fuzz.xlsx");
            for (const row of tracker.rows) expect(typeof row.row).toBe("number");
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
          }
        }
      ),
      { numRuns: 200, seed: 20261128 }
    );
  });

  it("refuses random bytes with an InputError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, pk) => {
        const data = pk ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        await expect(readTracker(data, "noise.xlsx")).rejects.toBeInstanceOf(InputError);
      }),
      { numRuns: 150, seed: 20261128 }
    );
  });
});

describe("character references to no character", () => {
  it("read as the replacement character instead of failing (found by the property above)", () => {
    expect(decodeXmlText("a&#x110000;b&#99999999999;c&#x41;")).toBe("a\ufffdb\ufffdcA");
  });
});

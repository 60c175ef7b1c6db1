import {
  COLUMN_BY_KEY,
  defaultMetadata,
  FIRST_TABLE_ORDER,
  parseMetadata,
  serializeMetadata,
  TRACKER_COLUMNS,
  TRACKER_NAMESPACE,
  VOCABULARIES,
} from "../../../src/core/schema";
import {
  columnLetter,
  columnIndex,
  parseRange,
  rangeAddress,
  tableColumnRef,
} from "../../../src/core/schema/a1";
import { isoToSerial, localDate, localDateTime, serialToIso } from "../../../src/core/schema/dates";
import { newListWords } from "../../../src/core/schema/vocabularies";

describe("tracker schema v1", () => {
  it("has every column of the design, with unique keys and headers in three languages", () => {
    const keys = TRACKER_COLUMNS.map((column) => column.key);
    // A new table's order, by task: identity and text, follow-up, report details, the rest.
    expect(keys).toEqual([
      "ref",
      "text",
      "accepted",
      "status",
      "verified",
      "verifiedOn",
      "evidence",
      "responseDate",
      "response",
      "reasonNotImplemented",
      "nextFollowUp",
      "staff",
      "notes",
      "dateMade",
      "deadline",
      "report",
      "reportLink",
      "type",
      "place",
      "placeType",
      "authority",
      "theme",
      "groups",
      "priority",
      "key",
      "timeframe",
      "repeated",
      "repeatOf",
      "scope",
      "keywords",
      "smartScore",
      "source",
      "id",
      "updated",
    ]);
    // The first order names the same columns: an upgrade can offer to move a table from one to the other.
    expect([...FIRST_TABLE_ORDER].sort()).toEqual([...keys].sort());
    expect(FIRST_TABLE_ORDER.slice(0, 3)).toEqual(["id", "ref", "dateMade"]);
    for (const language of ["en", "fr", "es"] as const) {
      const headers = TRACKER_COLUMNS.map((column) => column.headers[language].toLowerCase());
      expect(new Set(headers).size).toBe(headers.length);
    }
    expect(COLUMN_BY_KEY.get("status")?.headers.en).toBe("Implementation");
    expect(
      TRACKER_COLUMNS.filter((column) => column.required)
        .map((column) => column.key)
        .sort()
    ).toEqual(["dateMade", "id", "text"]);
  });

  it("gives every list column a vocabulary, with labels in each language", () => {
    for (const column of TRACKER_COLUMNS.filter(
      (c) => c.kind === "list" || c.kind === "yesNo" || c.kind === "multiList"
    )) {
      const vocabulary = VOCABULARIES[column.vocabulary!];
      expect(vocabulary).toBeDefined();
      for (const value of vocabulary.values)
        expect(Object.keys(value.labels)).toEqual(["en", "fr", "es"]);
    }
    expect(VOCABULARIES.status.values.map((value) => value.labels.en)).toEqual([
      "Not started",
      "In progress",
      "Partially implemented",
      "Implemented",
      "Not implemented",
    ]);
    expect(VOCABULARIES.theme.extendable).toBe(true);
    expect(VOCABULARIES.status.extendable).toBe(false);
  });
});

describe("metadata part", () => {
  it("round-trips language, version and renamed headers, escaping XML characters", () => {
    const metadata = defaultMetadata("fr");
    metadata.headers.notes = 'Notes <internes> & "privées"';
    const xml = serializeMetadata(metadata);
    expect(xml).toContain(TRACKER_NAMESPACE);
    const parsed = parseMetadata(xml);
    expect(parsed).toEqual({ ok: true, metadata });
  });

  it("reports a damaged or foreign part by its code instead of throwing", () => {
    const xml = serializeMetadata(defaultMetadata("en"));
    expect(parseMetadata(xml.slice(0, xml.length / 2))).toEqual({ ok: false, problem: "cutShort" });
    expect(parseMetadata("garbage")).toEqual({ ok: false, problem: "noTrackerElement" });
    expect(parseMetadata(xml.replace(TRACKER_NAMESPACE, "urn:other"))).toEqual({
      ok: false,
      problem: "otherFormat",
    });
    expect(parseMetadata(xml.replace(/schemaVersion="\d+"/, 'schemaVersion="x"'))).toEqual({
      ok: false,
      problem: "noSchemaVersion",
    });
    expect(parseMetadata(xml.replace(/ schemaVersion="\d+"/, ""))).toEqual({
      ok: false,
      problem: "noSchemaVersion",
    });
  });

  it("ignores column keys it does not know (a newer schema)", () => {
    const xml = serializeMetadata(defaultMetadata("en")).replace(
      "</tracker>",
      '<column key="futureThing" header="X"/></tracker>'
    );
    const parsed = parseMetadata(xml);
    expect(parsed.ok && Object.keys(parsed.metadata.headers)).not.toContain("futureThing");
  });
});

describe("A1 and date helpers", () => {
  it("converts column letters both ways", () => {
    for (const [index, letters] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
    ] as const) {
      expect(columnLetter(index)).toBe(letters);
      expect(columnIndex(letters)).toBe(index);
    }
  });

  it("escapes structured references as Excel does", () => {
    expect(tableColumnRef("T", "Date d'émission")).toBe("T[Date d''émission]");
    expect(tableColumnRef("T", "No. [#]")).toBe("T[No. '['#']]");
  });

  it("maps ISO dates to Excel serials and back", () => {
    expect(isoToSerial("2026-03-12")).toBe(46093);
    expect(serialToIso(46093)).toBe("2026-03-12");
    expect(isoToSerial("2026-02-30")).toBeNull();
    expect(serialToIso(45000.5, true)).toBe("2023-03-15T12:00:00");
  });

  it("reads A1 ranges as Excel, Graph and the file format write them", () => {
    expect(parseRange("B2:D9")).toEqual({
      sheet: "",
      firstRow: 2,
      lastRow: 9,
      firstColumn: 1,
      lastColumn: 3,
    });
    expect(parseRange("$A$1")).toMatchObject({ firstRow: 1, lastRow: 1, lastColumn: 0 });
    expect(parseRange("Recommendations!A1:AG3")).toMatchObject({
      sheet: "Recommendations",
      lastColumn: 32,
    });
    expect(parseRange("'Suivi d''été'!b2")).toMatchObject({ sheet: "Suivi d'été", firstColumn: 1 });
    for (const bad of ["A:A", "Table1", "", "A0x", "AAAA1"]) expect(parseRange(bad)).toBeNull();
    const range = { sheet: "My sheet", firstRow: 3, lastRow: 7, firstColumn: 2, lastColumn: 27 };
    expect(rangeAddress(range)).toBe("'My sheet'!C3:AB7");
    expect(parseRange(rangeAddress(range))).toEqual(range);
  });

  it("gives today and now on the user's clock, whatever the time zone's offset from UTC", () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ["Pacific/Auckland", "America/Lima", "UTC"]) {
        process.env.TZ = tz;
        // Late in the evening and just after midnight: the local calendar day, not UTC's.
        expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
        expect(localDate(new Date(2026, 0, 6, 0, 10))).toBe("2026-01-06");
        expect(localDateTime(new Date(2026, 11, 31, 9, 5, 7))).toBe("2026-12-31T09:05:07");
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("new words for a Lists table", () => {
  it("are compared folded, kept in their first spelling, once", () => {
    expect(
      newListWords(
        ["Ministère de la Santé", "Prison director"],
        [
          "Ministere de la Sante",
          " MINISTÈRE DE LA SANTÉ ",
          "Ministry of Health",
          "ministry of health",
          "  ",
          "prison Director",
        ]
      )
    ).toEqual(["Ministry of Health"]);
  });

  it("leave out what Excel would read as a formula, a number, a date, a time or TRUE", () => {
    const kept = ["2nd police station", "Unit 7", "Œuvre d'accueil", "Centre (east)"];
    const left = ["=cmd()", "+33 1 23", "-2", "@SUM(A1)", "12", "1 234,5", "50%", "$100"];
    left.push("2026-03-01", "3/4/2026", "12:30", "TRUE", "false");
    expect(newListWords([], [...kept, ...left])).toEqual(kept);
  });
});

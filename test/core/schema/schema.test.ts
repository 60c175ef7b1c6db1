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
import { columnLetter, columnIndex, tableColumnRef } from "../../../src/core/schema/a1";
import { isoToSerial, serialToIso } from "../../../src/core/schema/dates";

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

  it("reports a damaged or foreign part instead of throwing", () => {
    const xml = serializeMetadata(defaultMetadata("en"));
    expect(parseMetadata(xml.slice(0, xml.length / 2))).toEqual({
      ok: false,
      problem: expect.stringContaining("cut short"),
    });
    expect(parseMetadata("garbage")).toMatchObject({ ok: false });
    expect(parseMetadata(xml.replace(TRACKER_NAMESPACE, "urn:other"))).toMatchObject({
      ok: false,
      problem: expect.stringContaining("another format"),
    });
    expect(parseMetadata(xml.replace(/schemaVersion="\d+"/, 'schemaVersion="x"'))).toMatchObject({
      ok: false,
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
});

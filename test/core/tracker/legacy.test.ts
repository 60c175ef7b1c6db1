import {
  adoptRows,
  correctMapping,
  findHeaderRow,
  proposeMapping,
} from "../../../src/core/tracker/legacy";
import { ensureIds, newId } from "../../../src/core/tracker/ids";
import type { CellInput } from "../../../src/core/tracker/types";
import { seededRandom } from "../../support/xlsx";

function keys(rows: CellInput[][]) {
  const mapping = proposeMapping(rows);
  return Object.fromEntries(mapping.columns.map((c) => [c.header, c.key]));
}

const LONG =
  "The director should ensure that every person deprived of liberty is informed of their rights on arrival.";

describe("findHeaderRow", () => {
  it("skips titles and blank rows above the header", () => {
    const rows: CellInput[][] = [
      ["NPM – follow-up of recommendations", "NPM – follow-up of recommendations"],
      [],
      ["Printed 2024"],
      ["No", "Date", "Recommendation", "Status"],
      [1, "2024-01-01", LONG, "done"],
    ];
    expect(findHeaderRow(rows)).toBe(3);
  });
});

describe("proposeMapping", () => {
  it("maps English, French and Spanish headers", () => {
    expect(
      keys([
        [
          "N°",
          "Date du rapport",
          "Lieu",
          "Recommandation",
          "Destinataire",
          "Réponse des autorités",
          "État de mise en œuvre",
          "Commentaires",
        ],
        [
          "1",
          "12/03/2024",
          "Prison X",
          LONG,
          "Ministère",
          "Acceptée, travaux prévus",
          "en cours",
          "à revoir",
        ],
      ])
    ).toEqual({
      "N°": "ref",
      "Date du rapport": "dateMade",
      Lieu: "place",
      Recommandation: "text",
      Destinataire: "authority",
      "Réponse des autorités": "response",
      "État de mise en œuvre": "status",
      Commentaires: "notes",
    });
    expect(
      keys([
        ["Núm.", "Fecha", "Recomendación", "Estado", "Aceptada", "Plazo"],
        ["1", "12/03/2024", LONG, "en curso", "sí", "corto plazo"],
      ])
    ).toEqual({
      "Núm.": "ref",
      Fecha: "dateMade",
      Recomendación: "text",
      Estado: "status",
      Aceptada: "accepted",
      Plazo: "timeframe",
    });
  });

  it("uses the cells when headers say nothing, and gives a lower confidence", () => {
    const rows: CellInput[][] = [
      ["A", "B", "C"],
      [LONG, "in progress", "Prison"],
      [LONG, "implemented", "Prison"],
      [LONG, "not started", "Police"],
    ];
    const mapping = proposeMapping(rows, 0);
    expect(mapping.columns.map((c) => c.key)).toEqual(["text", "status", null]);
    expect(mapping.columns[1].basis).toBe("values");
    expect(mapping.columns[1].confidence).toBeLessThan(0.6);
  });

  it("lets the cells settle a header that could mean two things", () => {
    const rows: CellInput[][] = [
      ["Recommendation", "Follow-up"],
      [LONG, "2024-05-01"],
      [LONG, "12/06/2024"],
    ];
    expect(keys(rows)["Follow-up"]).toBe("nextFollowUp");
  });

  it("takes the user's corrections", () => {
    const mapping = proposeMapping([
      ["Recommendation", "Notes", "Internal"],
      [LONG, "x", "y"],
    ]);
    const corrected = correctMapping(mapping, { Internal: "notes", "0": "text" });
    expect(corrected.columns.map((c) => c.key)).toEqual(["text", null, "notes"]);
    expect(corrected.columns[2]).toMatchObject({ basis: "user", confidence: 1 });
  });
});

describe("adoptRows", () => {
  const rows: CellInput[][] = [
    ["Tracker 2024"],
    ["No.", "Date", "Recommendation", "Status", "Verified", "Internal"],
    [1, "16/01/2024", LONG, "not implemented - no budget", "yes (Jun 2024)", "call back"],
    [2, "January 2024", LONG, "?", "not yet", null],
    [],
    ["No.", "Date", "Recommendation", "Status", "Verified", "Internal"],
    [3, "someday", LONG, "Stalled", "", ""],
    ["* figures as of March"],
  ];

  it("normalises values, splits remarks, keeps what it cannot read and skips non-data rows", () => {
    const mapping = proposeMapping(rows);
    const adopted = adoptRows(rows, mapping, seededRandom(1));
    expect(adopted.sourceRows).toEqual([3, 4, 7]);
    const [a, b, c] = adopted.records;
    expect(a).toMatchObject({
      ref: "1",
      dateMade: "2024-01-16",
      status: "notImplemented",
      reasonNotImplemented: "budget",
      verified: true,
      verifiedOn: "2024-06-01",
    });
    expect(b).toMatchObject({ dateMade: "2024-01-01", verified: false });
    expect(b.status).toBeUndefined();
    expect(c).toMatchObject({ dateMade: "someday", status: "Stalled" });
    expect(adopted.extraHeaders).toEqual(["Internal"]);
    expect(adopted.extraValues).toEqual([["call back"], [null], [""]]);
    expect(adopted.notes.filter((n) => n.kind === "skipped").map((n) => n.row)).toEqual([6, 8]);
    expect(adopted.notes).toEqual(
      expect.arrayContaining([
        { row: 7, column: "dateMade", kind: "kept", value: "someday" },
        { row: 4, column: "status", kind: "emptied", value: "?" },
        { row: 4, column: "dateMade", kind: "approximate", value: "January 2024" },
      ])
    );
    expect(adopted.idsMade).toBe(3);
    expect(new Set(adopted.records.map((r) => r.id)).size).toBe(3);
  });

  it("is deterministic for a given random source", () => {
    const mapping = proposeMapping(rows);
    expect(adoptRows(rows, mapping, seededRandom(7)).records).toEqual(
      adoptRows(rows, mapping, seededRandom(7)).records
    );
  });
});

describe("ids", () => {
  it("makes URL-safe ids and never reuses one", () => {
    const id = newId(seededRandom(3));
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    let calls = 0;
    const stuck = () => (calls++ < 12 ? 0 : seededRandom(5)());
    const records: { id?: string }[] = [{ id: "AAAAAAAAAAAA" }, {}];
    expect(ensureIds(records, stuck)).toBe(1);
    expect(records[1].id).not.toBe("AAAAAAAAAAAA");
  });
});

describe("reading values as well as headers", () => {
  const text = (n: number) =>
    `The authorities should make sure that every person held in unit ${n} can see a doctor within 24 hours, and record each visit.`;
  const PLACES = ["Riverside Remand Centre", "East Police Station", "Hilltop Psychiatric Hospital"];
  const TYPES = ["Prison", "Police station", "Psychiatric hospital"];
  const WHO = ["Ministry of Justice", "Directorate of Police", "Ministry of Health"];
  const STAFF = ["AB", "J.D.", "M. Okafor"];
  const rows: CellInput[][] = [
    [
      "#",
      "When",
      "Where",
      "Sort of place",
      "What we asked",
      "Who must act",
      "Their position",
      "Where things stand",
      "Seen on a visit",
      "Who follows it",
      "PDF",
      "Their letter",
      "Remarks",
    ],
  ];
  for (let i = 0; i < 12; i++) {
    const implemented = i % 3 === 0;
    rows.push([
      i === 4 ? "5 (rep.)" : String(i + 1),
      `0${1 + (i % 9)}/03/2024`,
      PLACES[i % 3],
      TYPES[i % 3],
      text(i),
      WHO[i % 3],
      i % 4 === 0 ? "Rejected" : "Accepted",
      implemented ? "Implemented" : "In progress",
      implemented ? "yes" : "no",
      STAFF[i % 3],
      `https://npm.example.org/reports/2024-visit-${i % 3}.pdf`,
      `https://npm.example.org/letters/2024-reply-${i}.pdf`,
      i === 7 ? "Reiterated from the 2021 visit." : i % 2 ? "Check at next visit" : null,
    ]);
  }

  it("maps columns whose headers say nothing by what they hold", () => {
    expect(keys(rows)).toEqual({
      "#": "ref",
      When: "dateMade",
      Where: "place",
      "Sort of place": "placeType",
      "What we asked": "text",
      "Who must act": "authority",
      "Their position": "accepted",
      "Where things stand": "status",
      "Seen on a visit": "verified",
      "Who follows it": "staff",
      PDF: "reportLink",
      "Their letter": null,
      Remarks: "notes",
    });
  });

  it("takes the link to reports, not to letters, whichever comes first", () => {
    const swapped = rows.map((row) => [row[11], row[10], row[4]]);
    swapped[0] = ["Link", "Link 2", "Recommendation"];
    expect(keys(swapped)).toEqual({ Link: null, "Link 2": "reportLink", Recommendation: "text" });
  });

  it("marks as repeated what a reference or a note says repeats an earlier recommendation", () => {
    const adopted = adoptRows(rows, proposeMapping(rows), seededRandom(2));
    expect(adopted.records.map((record) => record.repeated ?? false)).toEqual(
      rows.slice(1).map((_row, i) => i === 4 || i === 7)
    );
    // The reference and the note stay as typed.
    expect(adopted.records[4].ref).toBe("5 (rep.)");
    expect(adopted.notes.filter((note) => note.kind === "repeatMark").map((n) => n.row)).toEqual([
      6, 9,
    ]);
    // "Check at next visit" is not a repeat mark.
    expect(adopted.records[1].repeated).toBeUndefined();
  });

  it("maps as an expert would: the share of values in the right column", () => {
    const expected: Record<string, unknown>[] = rows.slice(1).map((row, i) => ({
      ref: row[0],
      place: row[2],
      placeType: row[3],
      text: row[4],
      authority: row[5],
      staff: row[9],
      reportLink: row[10],
      verified: row[8] === "yes",
      repeated: i === 4 || i === 7 ? true : undefined,
    }));
    const adopted = adoptRows(rows, proposeMapping(rows), seededRandom(2));
    let right = 0;
    let total = 0;
    adopted.records.forEach((record, i) => {
      for (const [key, value] of Object.entries(expected[i])) {
        total++;
        if (record[key as keyof typeof record] === value) right++;
      }
    });
    expect(right / total).toBe(1);
  });
});

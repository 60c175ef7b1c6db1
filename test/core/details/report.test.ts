import { placeInTableRow, readReportDetails, placeInTitle } from "../../../src/core/details";
import type { ReportParagraph } from "../../../src/core/model/report";

function para(index: number, text: string, extra: Partial<ReportParagraph> = {}): ReportParagraph {
  return {
    index,
    text,
    style: "Normal",
    headingLevel: null,
    listLabel: null,
    listLevel: null,
    tableCell: null,
    part: "body",
    ...extra,
  };
}

function report(
  lines: (string | (Partial<ReportParagraph> & { text: string }))[]
): ReportParagraph[] {
  return lines.map((line, i) =>
    typeof line === "string" ? para(i, line) : para(i, line.text, line)
  );
}

const title = (text: string) => ({ text, style: "Title" });
const ENGLISH_BODY =
  "The delegation found that the cells were cold and that the staff should be trained. The director said that the heating would be repaired.";
const FRENCH_BODY =
  "La délégation a constaté que les cellules étaient froides et que le personnel devait être formé. Le directeur a indiqué que le chauffage serait réparé.";
const SPANISH_BODY =
  "La delegación constató que las celdas estaban frías y que el personal debía ser formado. El director indicó que la calefacción sería reparada.";

describe("readReportDetails: the report's date", () => {
  it("reads a labelled date in each language, in a details block of several lines", () => {
    const en = readReportDetails(
      report([
        title("Report on the visit to Bramley Prison"),
        "Monitoring body\nReport No. MB-2025-11\nDate of report: 4 February 2025\nDates of visit: 2-3 December 2024",
        ENGLISH_BODY,
      ])
    );
    expect(en).toMatchObject({
      language: "en",
      date: "2025-02-04",
      dateEvidence: "label",
      dateLine: "Date of report: 4 February 2025",
      reference: "MB-2025-11",
    });
    const fr = readReportDetails(
      report([title("Rapport de visite"), "Date du rapport : 12 mars 2025", FRENCH_BODY])
    );
    expect(fr).toMatchObject({ language: "fr", date: "2025-03-12" });
    const es = readReportDetails(
      report([title("Informe de visita"), "Fecha: 05/02/2025", SPANISH_BODY])
    );
    expect(es).toMatchObject({ language: "es", date: "2025-02-05" });
  });

  it("reads a letter's heading and a date alone under the title", () => {
    expect(
      readReportDetails(report(["Toulouse, le 3 mars 2025", "Monsieur le Directeur,", FRENCH_BODY]))
    ).toMatchObject({ date: "2025-03-03", dateEvidence: "letter" });
    expect(
      readReportDetails(report(["Sevilla, 14 de enero de 2025", "Señor Director:", SPANISH_BODY]))
    ).toMatchObject({ date: "2025-01-14", dateEvidence: "letter" });
    expect(
      readReportDetails(report([title("Visit to Bramley Prison"), "17 April 2025", ENGLISH_BODY]))
    ).toMatchObject({ date: "2025-04-17", dateEvidence: "line" });
  });

  it("reads a date from a details table (label in one cell, value in the next)", () => {
    const cell = (table: number, row: number, column: number) => ({ table, row, column });
    const found = readReportDetails([
      para(0, "Visit report", { style: "Title" }),
      para(1, "Date of report", { tableCell: cell(0, 0, 0) }),
      para(2, "9 June 2025", { tableCell: cell(0, 0, 1) }),
      para(3, "Establishment", { tableCell: cell(0, 1, 0) }),
      para(4, "Hollin Bank Care Home, 3 Mill Street", { tableCell: cell(0, 1, 1) }),
      para(5, ENGLISH_BODY),
    ]);
    expect(found).toMatchObject({ date: "2025-06-09", places: ["Hollin Bank Care Home"] });
  });

  it("prefers the report's own date label to another dated line", () => {
    const found = readReportDetails(
      report(["Paris, 2 May 2025", "Date of publication: 20 May 2025", ENGLISH_BODY])
    );
    expect(found.date).toBe("2025-05-20");
  });

  it("reads the report's date from a line that also gives the visit's", () => {
    for (const [line, iso] of [
      ["Date of visit: 4-5 June 2025. Date of report: 30 July 2025.", "2025-07-30"],
      ["Dates de la visite : 3-5 mars 2024. Date du rapport : 12 avril 2024.", "2024-04-12"],
      [
        "Fecha de la visita: 16 de febrero de 2022; fecha del informe: 3 de marzo de 2022",
        "2022-03-03",
      ],
    ])
      expect(readReportDetails(report([title("Visit report"), line, ENGLISH_BODY])).date).toBe(iso);
  });

  it("never takes a visit's dates, a law's date, an update or a date in a sentence for the report's", () => {
    const found = readReportDetails(
      report([
        title("Report on the visit to Bramley Prison, 14 March 2025"),
        "Dates of visit: 12-14 March 2025",
        "Visit date: 14 March 2025",
        "Last updated on 11/09/2025",
        "During its previous visit on 3 June 2019, the delegation found cold cells.",
        "Como consecuencia se adoptaron resoluciones al amparo de la Ley Orgánica 3/1981, de 6 de abril.",
        "12-14 March 2025",
        ENGLISH_BODY,
      ])
    );
    expect(found).toMatchObject({ date: "", dateEvidence: null });
  });

  it("reads 'this report was adopted on' in a sentence, as the weakest evidence", () => {
    expect(
      readReportDetails(
        report([
          title("Annual report"),
          `${ENGLISH_BODY} This report was adopted by the Board on 8 April 2025.`,
        ])
      )
    ).toMatchObject({ date: "2025-04-08", dateEvidence: "sentence" });
  });
});

describe("readReportDetails: reference, places and type", () => {
  it("reads references by label in three languages, and a document symbol on the first line", () => {
    const ref = (lines: string[]) => readReportDetails(report(lines)).reference;
    expect(ref(["Réf. : CTRL/2025/031", FRENCH_BODY])).toBe("CTRL/2025/031");
    expect(ref(["Expediente: 24011877", SPANISH_BODY])).toBe("24011877");
    expect(ref(["CPT/Inf (2025) 12", ENGLISH_BODY])).toBe("CPT/Inf (2025) 12");
    // A sentence that starts like a label is not a reference.
    expect(
      ref(["Reference is made to the law of 1998 on the rights of detained persons.", ENGLISH_BODY])
    ).toBe("");
  });

  it("reads labelled places without their address, one or several", () => {
    expect(
      readReportDetails(
        report(["Place visited: Bramley Prison, 12 Canal Road, Bramley", ENGLISH_BODY])
      ).places
    ).toEqual(["Bramley Prison"]);
    expect(
      readReportDetails(
        report([
          "Places visited: Westgate Police Station; Department of Psychiatry, Lowmoor Hospital",
          ENGLISH_BODY,
        ])
      ).places
    ).toEqual(["Westgate Police Station", "Department of Psychiatry, Lowmoor Hospital"]);
    expect(
      readReportDetails(report(["Lieu visité : Centre pénitentiaire de Montbrun", FRENCH_BODY]))
        .places
    ).toEqual(["Centre pénitentiaire de Montbrun"]);
    expect(
      readReportDetails(report(["Centro visitado: Centro Penitenciario Sierra Alta", SPANISH_BODY]))
        .places
    ).toEqual(["Centro Penitenciario Sierra Alta"]);
  });

  it("reads the place a title names, and none where it names several places or none", () => {
    expect(placeInTitle("Report on the Visit to the Ashdown Secure Hospital", "en")).toBe(
      "Ashdown Secure Hospital"
    );
    expect(placeInTitle("Report on HMP Greyfield Full Inspection, 3-7 May 2025", "en")).toBe(
      "HMP Greyfield"
    );
    expect(placeInTitle("REPORT BY THE INSPECTORATE ON HM PRISON, NORTHWICK 2019", "en")).toBe(
      "HM Prison, Northwick"
    );
    expect(placeInTitle("Visite du commissariat de police de Valmont", "fr")).toBe(
      "Commissariat de police de Valmont"
    );
    expect(placeInTitle("Visita a la Comisaría de Policía de Torralba.", "es")).toBe(
      "Comisaría de Policía de Torralba"
    );
    expect(
      placeInTitle("Report on visits to police stations in the City of Harrow", "en")
    ).toBeNull();
    expect(placeInTitle("Visit to Ruritania by the Subcommittee", "en")).toBeNull();
    expect(placeInTitle("Report on the use of restraint", "en")).toBeNull();
  });

  it("reads the type from a label, the title or the reference line, in its usual spellings", () => {
    const type = (lines: (string | { text: string; style: string })[]) =>
      readReportDetails(report(lines)).type;
    expect(type([title("Report on the visit to Bramley Prison"), ENGLISH_BODY])).toBe("visit");
    expect(type([title("Rapport de visite de suivi"), FRENCH_BODY])).toBe("visit");
    expect(type([title("Informe anual 2024"), SPANISH_BODY])).toBe("annual");
    expect(type([title("Observations préliminaires"), FRENCH_BODY])).toBe("preliminary");
    expect(type([title("Urgent recommendations on Bramley"), ENGLISH_BODY])).toBe("urgent");
    expect(type([title("Informe monográfico sobre aislamiento"), SPANISH_BODY])).toBe("thematic");
    expect(type(["Type of visit: thematic, unannounced", ENGLISH_BODY])).toBe("thematic");
    expect(type(["Thematic Report No. TR-2025-2", ENGLISH_BODY])).toBe("thematic");
    expect(type([title("Conditions in Bramley"), ENGLISH_BODY])).toBe("");
  });
});

describe("placeInTableRow", () => {
  it("reads the place of a recommendation from its row's place column, in each language", () => {
    const cell = (table: number, row: number, column: number) => ({
      tableCell: { table, row, column },
    });
    const rows = (headers: [string, string], place: string) => [
      para(0, headers[0], cell(0, 0, 0)),
      para(1, headers[1], cell(0, 0, 1)),
      para(2, `‘${place}’\nClosed unit, 40 places`, cell(0, 1, 0)),
      para(3, "that the management give every inmate work", cell(0, 1, 1)),
      para(4, "12", cell(1, 1, 0)),
    ];
    expect(
      placeInTableRow(rows(["Monitoring visits", "Recommendations"], "Stenby Prison"), 3, "en")
    ).toBe("Stenby Prison");
    expect(
      placeInTableRow(
        rows(["Établissement", "Recommandations"], "Maison d'arrêt de Valmont"),
        3,
        "fr"
      )
    ).toBe("Maison d'arrêt de Valmont");
    expect(placeInTableRow(rows(["No.", "Recommendation"], "Stenby Prison"), 3, "en")).toBeNull();
    expect(
      placeInTableRow(rows(["Monitoring visits", "Recommendations"], "Stenby Prison"), 2, "en")
    ).toBeNull();
  });
});

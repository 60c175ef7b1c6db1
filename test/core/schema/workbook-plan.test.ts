import {
  buildWorkbookPlan,
  planUpgrade,
  parseMetadata,
  defaultMetadata,
  TRACKER_COLUMNS,
  FIRST_TABLE_ORDER,
} from "../../../src/core/schema";
import { recordToCells } from "../../../src/core/tracker/cells";
import type { WorkbookPlan } from "../../../src/core/schema";

function sheet(plan: WorkbookPlan, key: string) {
  return plan.sheets.find((s) => s.key === key)!;
}

describe("workbook plan", () => {
  const plan = buildWorkbookPlan({ language: "en" });

  it("has its seven sheets and the Recommendations table with typed columns", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Recommendations",
      "Dashboard",
      "Follow-up",
      "Follow-up history",
      "Stakeholders",
      "Power-interest grid",
      "Lists",
    ]);
    const table = sheet(plan, "recommendations").tables[0];
    expect(table.name).toBe("Recommendations");
    expect(table.columns.map((c) => c.key)).toEqual(TRACKER_COLUMNS.map((c) => c.key));
    const format = (key: string) => table.columns.find((c) => c.key === key)!.numberFormat;
    expect(format("dateMade")).toBe("yyyy-mm-dd");
    expect(format("text")).toBe("@");
    expect(format("id")).toBe("@");
    // The header row and the recommendation's text (Ref. and Recommendation) stay in view.
    expect(sheet(plan, "recommendations").freeze).toEqual({ rows: 1, columns: 2 });
    expect(format("smartScore")).toBe("0");
    expect(sheet(plan, "recommendations").print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 1, last: 1 },
    });
  });

  it("keeps a table's own column order when given one, and freezes only a narrow text column", () => {
    const old = buildWorkbookPlan({ language: "en", order: FIRST_TABLE_ORDER });
    const recs = sheet(old, "recommendations");
    expect(recs.tables[0].columns.map((c) => c.key)).toEqual([...FIRST_TABLE_ORDER]);
    // Rec ID, Ref., Date made, Repeated, Repeats then the text: too wide to freeze beside it.
    expect(recs.freeze).toEqual({ rows: 1, columns: 0 });
    expect(recs.validations.find((v) => v.tableColumn?.columnKey === "status")?.range).toBe(
      "X2:X1048576"
    );
    expect(() => buildWorkbookPlan({ language: "en", order: ["text", "id"] })).toThrow();
  });

  it("colours only what needs attention, and sizes rows for their wrapped text", () => {
    const recs = sheet(
      buildWorkbookPlan({
        language: "en",
        rows: [
          recordToCells({ text: "Short.", status: "notStarted" }, "en"),
          recordToCells({ text: "A long recommendation ".repeat(20), status: "notStarted" }, "en"),
        ],
      }),
      "recommendations"
    );
    expect(recs.conditionalFormats.map((f) => f.description)).toEqual([
      "overdue deadline",
      "status notImplemented",
      "status implemented",
      "accepted rejected",
    ]);
    expect(JSON.stringify(recs.conditionalFormats)).not.toContain("Not started");
    const heights = recs.tables[0].rowHeights!;
    expect(heights.rows[0]).toBe(15);
    expect(heights.rows[1]).toBeGreaterThanOrEqual(15 * 7);
  });

  it("validates list columns against the Lists sheet and stores the metadata part", () => {
    const recs = sheet(plan, "recommendations");
    const status = recs.validations.find((v) => v.tableColumn?.columnKey === "status")!;
    expect(status).toMatchObject({ type: "list", errorStyle: "stop", range: "D2:D1048576" });
    expect(status.type === "list" && status.source).toBe(
      "=OFFSET(Lists!$A$2,0,0,MAX(1,COUNTA(Lists!$A$2:$A$1048576)),1)"
    );
    const theme = recs.validations.find((v) => v.tableColumn?.columnKey === "theme")!;
    expect(theme.errorStyle).toBe("warning");
    const lists = sheet(plan, "lists");
    expect(lists.tables[0]).toMatchObject({ name: "ListStatus", anchor: "A1" });
    expect(lists.tables[0].rows.map((r) => r[0])).toContain("Partially implemented");
    expect(parseMetadata(plan.customXml.xml)).toEqual({
      ok: true,
      metadata: defaultMetadata("en"),
    });
  });

  it("builds Dashboard formulas on the table's columns and an overdue rule", () => {
    const formulas = sheet(plan, "dashboard")
      .cells.map((c) => c.formula ?? "")
      .join("\n");
    expect(formulas).toContain('=SUMPRODUCT(--(Recommendations[Recommendation]<>""))');
    expect(formulas).toContain(
      'COUNTIFS(Recommendations[Deadline],"<"&TODAY(),Recommendations[Implementation],"<>Implemented"'
    );
    expect(formulas).toContain(
      'SUMPRODUCT((Recommendations[Recommendation]<>"")*(Recommendations[Theme]=$A'
    );
    expect(sheet(plan, "dashboard").charts.map((c) => c.key)).toEqual([
      "statusByYear",
      "byAuthority",
      "byStatus",
      "byTheme",
    ]);
    const overdue = sheet(plan, "recommendations").conditionalFormats.find(
      (f) => f.description === "overdue deadline"
    )!;
    expect(overdue.formula).toBe(
      '=AND(ISNUMBER($O2),$O2<TODAY(),$D2<>"Implemented",$D2<>"Not implemented")'
    );
  });

  it("translates headers, labels and sheet names, and keeps renamed headers in formulas", () => {
    const fr = buildWorkbookPlan({ language: "fr", headers: { status: "Où en est-on" } });
    expect(fr.sheets.map((s) => s.name)).toEqual([
      "Recommandations",
      "Tableau de bord",
      "Suivi",
      "Historique du suivi",
      "Acteurs",
      "Grille pouvoir-intérêt",
      "Listes",
    ]);
    const formulas = sheet(fr, "dashboard")
      .cells.map((c) => c.formula ?? "")
      .join("\n");
    expect(formulas).toContain("Recommendations[Où en est-on]");
    expect(formulas).toContain("Recommendations[Date d''émission]");
    expect(
      sheet(fr, "recommendations").tables[0].columns.find((c) => c.key === "text")!.header
    ).toBe("Recommandation");
  });

  it("extends the extendable lists with the values found, without case duplicates", () => {
    const p = buildWorkbookPlan({
      language: "en",
      listExtras: { authority: ["MoH", "moh", "Ministry of Health"], status: ["weird"] },
    });
    const lists = sheet(p, "lists");
    const authority = lists.tables.find((t) => t.name === "ListAuthority")!.rows.map((r) => r[0]);
    expect(authority.filter((v) => String(v).toLowerCase() === "moh")).toHaveLength(1);
    expect(authority.filter((v) => v === "Ministry of Health")).toHaveLength(1);
    expect(lists.tables.find((t) => t.name === "ListStatus")!.rows.map((r) => r[0])).not.toContain(
      "weird"
    );
  });
});

describe("upgrade plan", () => {
  it("finds missing, renamed and extra columns, keeping the user's headers", () => {
    const metadata = defaultMetadata("en");
    metadata.headers.notes = "Our remarks";
    const header = [
      "Rec ID",
      "Ref.",
      "Date made",
      "Recommendation",
      "Implementation",
      "Our remarks",
      "Budget line",
      "Accepted",
    ];
    const upgrade = planUpgrade(header, metadata);
    expect(upgrade.renamed).toEqual([
      { key: "notes", header: "Our remarks", schemaHeader: "Notes" },
    ]);
    expect(upgrade.extra).toEqual([{ header: "Budget line", index: 6 }]);
    expect(upgrade.missing.map((m) => m.key)).toContain("deadline");
    expect(upgrade.missing.map((m) => m.key)).not.toContain("notes");
    expect(upgrade.upToDate).toBe(false);
    const parsed = parseMetadata(upgrade.customXml.xml);
    expect(parsed.ok && parsed.metadata.headers.notes).toBe("Our remarks");
  });

  it("recognises translated headers without metadata", () => {
    const upgrade = planUpgrade(["ID rec.", "Recommandation", "Mise en œuvre"], null, "fr");
    expect(upgrade.present.map((p) => p.key).sort()).toEqual(["id", "status", "text"]);
    expect(upgrade.renamed).toEqual([]);
    expect(upgrade.fromVersion).toBe(0);
  });
});

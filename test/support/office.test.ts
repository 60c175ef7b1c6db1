/**
 * The host fakes are only useful if they are as strict as Office: these
 * tests pin the behaviours adapters' tests rely on.
 */
import {
  DocumentModel,
  FakeErrorCodes,
  FakeHost,
  WorkbookModel,
  installOfficeFakes,
} from "./office";

let host: FakeHost;
afterEach(() => host?.uninstall());

function excel(sets?: Record<string, string>, workbook?: WorkbookModel): FakeHost {
  host = installOfficeFakes({ host: "excel", requirementSets: sets, workbook });
  return host;
}

function word(
  seed: ConstructorParameters<typeof DocumentModel>[0],
  sets?: Record<string, string>
): FakeHost {
  host = installOfficeFakes({
    host: "word",
    requirementSets: sets,
    document: new DocumentModel(seed),
  });
  return host;
}

describe("Excel fake: load, sync and queue", () => {
  test("reading a property before load and sync throws PropertyNotLoaded", async () => {
    excel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(
        /The property 'values' is not available. Before reading the property's value, call the load method/
      );
      range.load("values");
      expect(() => range.values).toThrow(
        expect.objectContaining({ code: FakeErrorCodes.propertyNotLoaded })
      );
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  test("writes are queued and applied at the next sync, in order; loads are snapshots", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      expect(h.workbook.sheet("Sheet1").value("A1")).toBe("");
      range.load("values");
      range.values = [[2]];
      await context.sync();
      expect(h.workbook.sheet("Sheet1").value("A1")).toBe(2);
      const fresh = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      expect(fresh.values).toEqual([[2]]);
      h.workbook.sheet("Sheet1").seed("A1", [[3]]);
      expect(fresh.values).toEqual([[2]]);
    });
  });

  test("syncs and request sizes are counted", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").values = [["x"], ["y"]];
      await context.sync();
      sheet.getRange("A1:A1000").values = Array.from({ length: 1000 }, (_, i) => [`row ${i}`]);
      await context.sync();
    });
    expect(h.syncCount).toBe(2);
    expect(h.state.requests[0].operations).toBeGreaterThanOrEqual(3);
    expect(h.state.requests[1].requestBytes).toBeGreaterThan(
      h.state.requests[0].requestBytes + 9000
    );
    expect(h.maxRequestBytes).toBe(h.state.requests[1].requestBytes);
  });

  test("a request over 5 MB fails like Excel on the web", async () => {
    excel();
    const big = "x".repeat(1000);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = Array.from(
          { length: 6000 },
          () => [big]
        );
        await context.sync();
      })
    ).rejects.toMatchObject({ code: FakeErrorCodes.requestPayloadSizeLimitExceeded });
  });

  test("Excel.run syncs operations left in the queue", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["left"]];
    });
    expect(h.workbook.sheet("Sheet1").value("B2")).toBe("left");
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; OrNullObject gives a null object", async () => {
    excel();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Nope");
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.itemNotFound });
      void missing;
      const maybe = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => maybe.isNullObject).toThrow(/isNullObject/);
      present.load("name");
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
      expect(() => maybe.name).toThrow(/null object/);
    });
  });

  test("unknown members throw instead of returning undefined", async () => {
    excel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const loose = range as unknown as Record<string, unknown>;
      expect(() => loose.getBoundingRectangle).toThrow(/has no member 'getBoundingRectangle'/);
      expect(() => {
        loose.valuez = [[1]];
      }).toThrow(/valuez/);
      expect(() => range.load("valuez")).toThrow(/valuez/);
      expect(() => (Excel as unknown as Record<string, unknown>).Nonsense).toThrow(/Nonsense/);
      await context.sync();
    });
  });

  test("ClientResult.value throws before sync", async () => {
    excel();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/has not been loaded yet/);
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("invalid arguments fail as InvalidArgument", async () => {
    excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
      sheet.getRange("ZZZZ1");
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
      sheet.getRange("A1").getOffsetRange(-1, 0);
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
    });
  });
});

describe("Excel fake: run lifetime", () => {
  test("an object from a finished Excel.run cannot queue work (it would be silently lost)", async () => {
    excel();
    const range = await Excel.run(async (context) =>
      context.workbook.worksheets.getItem("Sheet1").getRange("A1")
    );
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: FakeErrorCodes.invalidObjectPath }));
  });

  test("Word.run fails in Excel", async () => {
    excel();
    await expect(Word.run(async () => undefined)).rejects.toMatchObject({
      code: FakeErrorCodes.apiNotFound,
    });
  });

  test("a batch that does not return a promise is refused", async () => {
    excel();
    const run = Excel.run as unknown as (batch: () => unknown) => Promise<unknown>;
    await expect(run(() => 1)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });
});

describe("Excel fake: cell semantics", () => {
  test('"=" makes a formula unless the cell is text-formatted ("@"); numbers stay numbers; "" clears', async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:D1").values = [["=1+1", "=1+1", 42, "+cmd|' /C calc'!A0"]];
      sheet.getRange("E1:F1").values = [["007", "2024-03-05"]];
      await context.sync();
      const row = sheet.getRange("A1:F1").load(["values", "formulas", "numberFormat"]);
      await context.sync();
      expect(row.formulas[0][0]).toBe("=1+1");
      expect(row.values[0][1]).toBe("=1+1");
      expect(row.values[0][2]).toBe(42);
      expect(row.values[0][4]).toBe(7);
      expect(row.values[0][5]).toBe(45356);
      expect(row.numberFormat[0][5]).toBe("yyyy-mm-dd");
      const shown = sheet.getRange("C1:F1").load("text");
      sheet.getRange("G1:H1").numberFormat = [["0.0", "0%"]];
      sheet.getRange("G1:H1").values = [[2.25, 0.5]];
      const more = sheet.getRange("G1:H1").load("text");
      await context.sync();
      expect(shown.text).toEqual([["42", "+cmd|' /C calc'!A0", "7", "2024-03-05"]]);
      expect(more.text).toEqual([["2.3", "50%"]]);
      sheet.getRange("C1").values = [[""]];
      await context.sync();
    });
    const s = h.workbook.sheet("Sheet1");
    expect(s.cell("A1")?.formula).toBe("=1+1");
    expect(s.cell("B1")?.formula).toBeUndefined();
    expect(s.value("B1")).toBe("=1+1");
    expect(s.cell("D1")?.formula).toBe("+cmd|' /C calc'!A0");
    expect(s.value("C1")).toBe("");
  });

  test("a scalar number format on a whole column is one layer and wins over later text", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").numberFormat = "@" as unknown as string[][];
      sheet.getRange("C500000").values = [["=SUM(A:A)"]];
      await context.sync();
    });
    expect(h.workbook.sheet("Sheet1").cell("C500000")?.formula).toBeUndefined();
  });

  test("formats apply in write order, whether written per cell or to a whole column", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2").numberFormat = [["0.00"]];
      sheet.getRange("A:A").numberFormat = "@" as unknown as string[][];
      sheet.getRange("A3").numberFormat = [["yyyy-mm-dd"]];
      sheet.getRange("B:B").format.font.bold = true;
      sheet.getRange("B2").format.font.bold = false;
      await context.sync();
    });
    const s = h.workbook.sheet("Sheet1");
    expect([s.numberFormatAt(1, 0), s.numberFormatAt(2, 0), s.numberFormatAt(3, 0)]).toEqual([
      "@",
      "yyyy-mm-dd",
      "@",
    ]);
    expect([s.styleAt(1, 1, "bold"), s.styleAt(2, 1, "bold")]).toEqual([false, true]);
  });

  test("used range, getCell, resize and offset", async () => {
    const wb = new WorkbookModel(["Data"]);
    wb.sheet("Data").seed("B2", [
      [1, 2],
      [3, 4],
    ]);
    excel(undefined, wb);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet
        .getUsedRange(true)
        .load("address,rowIndex,columnIndex,rowCount,columnCount");
      const cell = used.getCell(1, 1).load("values,address");
      const bigger = used.getResizedRange(1, 0).load("address");
      const moved = used.getOffsetRange(0, 2).load("address");
      const byIndex = sheet.getRangeByIndexes(1, 1, 2, 2).load("values");
      const empty = context.workbook.worksheets.add("Empty").getUsedRangeOrNullObject();
      await context.sync();
      expect([
        used.address,
        used.rowIndex,
        used.columnIndex,
        used.rowCount,
        used.columnCount,
      ]).toEqual(["Data!B2:C3", 1, 1, 2, 2]);
      expect(cell.values).toEqual([[4]]);
      expect(cell.address).toBe("Data!C3");
      expect(bigger.address).toBe("Data!B2:C4");
      expect(moved.address).toBe("Data!D2:E3");
      expect(byIndex.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(empty.isNullObject).toBe(true);
    });
  });

  test("a 10,000-row sheet can be seeded directly", () => {
    const wb = new WorkbookModel(["Big"]);
    wb.sheet("Big").seed(
      "A1",
      Array.from({ length: 10000 }, (_, i) => [`id-${i}`, i])
    );
    expect(wb.sheet("Big").value("B10000")).toBe(9999);
    expect(wb.sheet("Big").usedRect(true)).toEqual({ r0: 0, c0: 0, r1: 9999, c1: 1 });
  });
});

describe("Excel fake: tables, validation, formats, custom XML, charts, names", () => {
  test("tables: add, columns, rows.add, ranges, duplicate names", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["Id", "Text", ""]];
      const table = sheet.tables.add("A1:C1", true);
      table.name = "Recs";
      table.rows.add(undefined, [
        ["r1", "first", 1],
        ["r2", "=cmd", 2],
      ]);
      const cols = table.columns.load("items/name,items/index");
      const body = table.getDataBodyRange().load("address,values");
      const again = context.workbook.tables.getItemOrNullObject("recs");
      const missing = context.workbook.tables.getItemOrNullObject("Other");
      await context.sync();
      expect(cols.items.map((c) => c.name)).toEqual(["Id", "Text", "Column3"]);
      expect(body.address).toBe("Sheet1!A2:C4");
      expect(body.values[1]).toEqual(["r1", "first", 1]);
      expect(again.isNullObject).toBe(false);
      expect(missing.isNullObject).toBe(true);
      context.workbook.tables.add("Sheet1!B2:D5", true);
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
      table.getHeaderRowRange().values = [["Id", "Text", "text"]];
      const headers = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(headers.values).toEqual([["Id", "Text", "text2"]]);
      table.showFilterButton = false;
      table.sort.apply([{ key: 0, ascending: true }]);
      table.columns.getItem("Text").filter.applyValuesFilter(["first"]);
      await context.sync();
    });
    const t = h.workbook.findTable("Recs")!;
    expect(t.showFilterButton).toBe(false);
    expect(t.sortFields).toEqual([{ key: 0, ascending: true }]);
    expect(t.filters.size).toBe(1);
    expect(h.workbook.sheet("Sheet1").cell("B4")?.formula).toBe("=cmd");
  });

  test("protection: a protected sheet refuses every change but selecting; a protected structure refuses sheet changes", async () => {
    const h = excel(undefined, new WorkbookModel(["Sheet1", "Locked"]));
    const locked = h.workbook.sheet("Locked");
    locked.seed("A1", [["Id"], ["r1"]]);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => s.protection.protected)).toEqual([false, false]);
      context.workbook.worksheets.getItem("Locked").protection.protect();
      await context.sync();
    });
    expect(locked.protection.protected).toBe(true);
    const refused = [
      (c: Excel.RequestContext) =>
        (c.workbook.worksheets.getItem("Locked").getRange("A2").values = [["x"]]),
      (c: Excel.RequestContext) =>
        (c.workbook.worksheets.getItem("Locked").getRange("A2").format.fill.color = "#FF0000"),
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("Locked").tables.add("A1:A2", true),
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("Locked").getRange("A:A").conditionalFormats.clearAll(),
    ];
    for (const change of refused) {
      await Excel.run(async (context) => {
        change(context);
        await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.accessDenied });
      });
    }
    expect(locked.value("A2")).toBe("r1");
    expect(h.workbook.tables).toHaveLength(0);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Locked");
      sheet.getRange("A2").select();
      const read = sheet.getRange("A1:A2").load("values");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["free"]];
      await context.sync();
      expect(read.values).toEqual([["Id"], ["r1"]]);
      context.workbook.protection.protect();
      const state = context.workbook.protection.load("protected");
      await context.sync();
      expect(state.protected).toBe(true);
      context.workbook.worksheets.add("New");
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.accessDenied });
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = "Renamed";
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.accessDenied });
    });
    expect(h.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Locked"]);
    expect(h.workbook.sheet("Sheet1").value("A1")).toBe("free");
  });

  test("data validation, conditional formats, freeze panes, column width", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("B2:B100");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$20" } };
      sheet.getRange("C2:C100").dataValidation.rule = {
        date: { formula1: "=DATE(1990,1,1)", operator: "GreaterThanOrEqualTo" },
      };
      sheet.getRange("D2:D100").dataValidation.rule = {
        decimal: { formula1: "0", formula2: "10", operator: "Between" },
      };
      const cf = sheet.getRange("A2:Z100").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$S2<TODAY()";
      cf.custom.format.fill.color = "#FFC7CE";
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("A:A").format.columnWidth = 120;
      await context.sync();
      sheet.getRange("E2").dataValidation.rule = {
        decimal: { formula1: "0", operator: "Between" },
      };
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
      range.dataValidation.clear();
      await context.sync();
    });
    const s = h.workbook.sheet("Sheet1");
    expect(s.validations.map((v) => Object.keys(v.rule!)[0])).toEqual(["date", "decimal"]);
    expect(s.conditionalFormats[0]).toMatchObject({ formula: "=$S2<TODAY()", fill: "#FFC7CE" });
    expect(s.freeze).toEqual({ rows: 1, columns: 0 });
    expect(s.columnWidths.get(0)).toBe(120);
  });

  test("custom XML parts: add, getByNamespace, getXml, setXml, delete", async () => {
    const h = excel();
    const ns = "urn:test:1";
    await Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      parts.add(`<?xml version="1.0"?><meta xmlns="${ns}"><v>1</v></meta>`);
      await context.sync();
      const only = parts.getByNamespace(ns).getOnlyItemOrNullObject();
      const none = parts.getByNamespace("urn:other").getOnlyItemOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      const xml = only.getXml();
      only.setXml(`<meta xmlns="${ns}"><v>2</v></meta>`);
      await context.sync();
      expect(xml.value).toContain("<v>1</v>");
      expect(h.workbook.customXml.parts[0].xml).toContain("<v>2</v>");
      only.delete();
      await context.sync();
      parts.add("not xml");
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
    });
    expect(h.workbook.customXml.parts).toHaveLength(0);
  });

  test("table autoFilter keeps its criteria", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["Status", "Text"]];
      const table = sheet.tables.add("A1:B1", true);
      table.autoFilter.apply(table.getRange(), 0, { filterOn: "Values", values: ["Open"] });
      const filter = table.autoFilter.load("isDataFiltered,enabled");
      await context.sync();
      expect(filter.isDataFiltered).toBe(true);
      expect(filter.enabled).toBe(true);
      table.autoFilter.apply(table.getRange(), 5, { filterOn: "Values", values: [] });
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
    });
    expect([...h.workbook.tables[0].filters.values()]).toEqual([
      { filterOn: "Values", values: ["Open"] },
    ]);
  });

  test("custom XML needs ExcelApi 1.5", async () => {
    excel({ ExcelApi: "1.4" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.customXmlParts.add("<a/>");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: FakeErrorCodes.apiNotFound });
  });

  test("charts and names", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnStacked", sheet.getRange("A1:C4"), "Columns");
      chart.name = "ByStatus";
      chart.title.text = "By status";
      context.workbook.names.add("StatusList", sheet.getRange("A2:A5"));
      await context.sync();
      const named = context.workbook.names.getItem("StatusList").load("formula");
      await context.sync();
      expect(named.formula).toBe("=Sheet1!$A$2:$A$5");
    });
    expect(h.workbook.sheet("Sheet1").charts[0]).toMatchObject({
      name: "ByStatus",
      title: "By status",
      source: "Sheet1!A1:C4",
    });
  });
});

describe("Excel fake: limits and extras", () => {
  test("cell text over 32,767 characters fails as in Excel", async () => {
    excel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32768)]];
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.invalidArgument });
    });
  });

  test("hyperlinks, hidden columns, last row, intersection, application", async () => {
    const h = excel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2").hyperlink = {
        address: "https://example.org/report.pdf",
        textToDisplay: "Report",
      };
      sheet.getRange("C:C").columnHidden = true;
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const last = sheet.getRange("A1:B5").getLastRow().load("address");
      const cross = sheet.getRange("A1:B5").getIntersectionOrNullObject("B4:D9").load("address");
      const apart = sheet.getRange("A1:B5").getIntersectionOrNullObject("D1:D2");
      await context.sync();
      expect(last.address).toBe("Sheet1!A5:B5");
      expect(cross.address).toBe("Sheet1!B4:B5");
      expect(apart.isNullObject).toBe(true);
    });
    const s = h.workbook.sheet("Sheet1");
    expect(s.cell("A2")).toMatchObject({
      value: "Report",
      hyperlink: { address: "https://example.org/report.pdf" },
    });
    expect(s.hiddenColumns.has(2)).toBe(true);
  });

  test("used range within a range, and toJSON of loaded objects", async () => {
    const wb = new WorkbookModel(["Data"]);
    wb.sheet("Data").seed("B3", [["x", "y"]]);
    excel(undefined, wb);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet.getRange("A:B").getUsedRangeOrNullObject(true).load("address");
      const none = sheet.getRange("E:E").getUsedRangeOrNullObject(true);
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(used.address).toBe("Data!B3");
      expect(none.isNullObject).toBe(true);
      expect(JSON.parse(JSON.stringify(sheets))).toEqual({ items: [{ name: "Data" }] });
    });
  });

  test("hyperlinks need ExcelApi 1.7", async () => {
    excel({ ExcelApi: "1.6" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").hyperlink = {
        address: "https://example.org",
      };
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.apiNotFound });
    });
  });
});

describe("Office global", () => {
  test("document event handlers can be added, raised and removed", () => {
    host = installOfficeFakes({ host: "word" });
    const seen: string[] = [];
    const handler = (): void => void seen.push("called");
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
    host.raise(Office.EventType.DocumentSelectionChanged);
    Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, {
      handler,
    });
    host.raise(Office.EventType.DocumentSelectionChanged);
    expect(seen).toEqual(["called"]);
    expect(host.handlerCount(Office.EventType.DocumentSelectionChanged)).toBe(0);
  });

  test("requirement sets, language, theme and onReady are configurable", async () => {
    host = installOfficeFakes({
      host: "word",
      requirementSets: { WordApi: "1.3" },
      displayLanguage: "fr-FR",
      officeTheme: { bodyBackgroundColor: "#1f1f1f" },
    });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(false);
    expect(Office.context.displayLanguage).toBe("fr-FR");
    expect(Office.context.officeTheme.bodyBackgroundColor).toBe("#1f1f1f");
    await expect(Office.onReady()).resolves.toMatchObject({ host: Office.HostType.Word });
    host.office.displayLanguage = "es-ES";
    expect(Office.context.displayLanguage).toBe("es-ES");
  });
});

describe("Office global: the document's file", () => {
  const getFile = (options: Office.GetFileOptions) =>
    new Promise<Office.AsyncResult<Office.File>>((resolve) =>
      Office.context.document.getFileAsync(Office.FileType.Compressed, options, resolve)
    );

  test("gives slices of at most 4 MB, two open files at most, nothing after closing", async () => {
    host = installOfficeFakes({ host: "word", documentFile: async () => new Uint8Array(10) });
    expect((await getFile({ sliceSize: 5 * 1024 * 1024 })).status).toBe("failed");
    const first = await getFile({ sliceSize: 4 });
    expect(first.status).toBe("succeeded");
    expect([first.value.size, first.value.sliceCount]).toEqual([10, 3]);
    await getFile({});
    expect(host.openFiles).toBe(2);
    const third = await getFile({});
    expect(third.status).toBe("failed");
    expect(third.error.message).toMatch(/two documents/);
    const slice = await new Promise<Office.AsyncResult<Office.Slice>>((resolve) =>
      first.value.getSliceAsync(2, resolve)
    );
    expect(slice.value.data).toEqual([0, 0]);
    await new Promise((resolve) => first.value.closeAsync(resolve));
    expect(host.openFiles).toBe(1);
    const after = await new Promise<Office.AsyncResult<Office.Slice>>((resolve) =>
      first.value.getSliceAsync(0, resolve)
    );
    expect(after.status).toBe("failed");
  });

  test("refuses where the CompressedFile requirement set is missing", async () => {
    host = installOfficeFakes({ host: "word", requirementSets: { WordApi: "1.4" } });
    expect((await getFile({})).status).toBe("failed");
    expect(host.openFiles).toBe(0);
  });
});

describe("Word fake", () => {
  const seed = [
    { text: "Report on a visit", style: "Title" },
    { text: "Recommendations", style: "Heading 1" },
    {
      text: "The authorities should repair the cells.",
      list: { label: "1.", level: 0 },
      tag: "opcat-rec:a",
    },
    { text: "Ensure access to a doctor.", list: { label: "a)", level: 1 } },
    { text: "Cell A", cell: { table: 1, row: 0, column: 0 } },
    { text: "Cell B", cell: { table: 1, row: 0, column: 1 } },
    { text: "After the table" },
  ];

  test("paragraph properties need load; list items and table cells via OrNullObject", async () => {
    const h = word(seed);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(/'items' is not available/);
      paragraphs.load(
        "items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel"
      );
      await context.sync();
      expect(paragraphs.items.map((p) => p.styleBuiltIn)).toEqual([
        "Title",
        "Heading1",
        "ListParagraph",
        "ListParagraph",
        "Normal",
        "Normal",
        "Normal",
      ]);
      expect(paragraphs.items[1].outlineLevel).toBe(1);
      const lists = paragraphs.items.map((p) => p.listItemOrNullObject.load("listString,level"));
      const cells = paragraphs.items.map((p) =>
        p.parentTableCellOrNullObject.load("rowIndex,cellIndex")
      );
      const controls = paragraphs.items.map((p) => p.parentContentControlOrNullObject.load("tag"));
      await context.sync();
      expect(lists.map((l) => (l.isNullObject ? null : [l.listString, l.level]))).toEqual([
        null,
        null,
        ["1.", 0],
        ["a)", 1],
        null,
        null,
        null,
      ]);
      expect(cells.map((c) => (c.isNullObject ? null : [c.rowIndex, c.cellIndex]))).toEqual([
        null,
        null,
        null,
        null,
        [0, 0],
        [0, 1],
        null,
      ]);
      expect(controls.map((c) => (c.isNullObject ? null : c.tag))).toEqual([
        null,
        null,
        "opcat-rec:a",
        null,
        null,
        null,
        null,
      ]);
      expect(() => paragraphs.items[0].alignment).toThrow(/has no member 'alignment'/);
    });
    expect(h.syncCount).toBe(2);
  });

  test("search, content controls and text edits", async () => {
    const h = word(seed);
    await Word.run(async (context) => {
      const found = context.document.body
        .search("access to a doctor", { matchCase: true })
        .load("items/text");
      await context.sync();
      expect(found.items.map((r) => r.text)).toEqual(["access to a doctor"]);
      const cc = found.items[0].insertContentControl();
      cc.tag = "opcat-rec:b";
      cc.appearance = "Tags";
      found.items[0].insertText("prompt ", "Start");
      await context.sync();
      const tagged = context.document.contentControls
        .getByTag("opcat-rec:b")
        .load("items/text,items/tag");
      await context.sync();
      expect(tagged.items.map((c) => c.text)).toEqual(["prompt access to a doctor"]);
      tagged.items[0].delete(true);
      context.document.contentControls.getByTag("opcat-rec:a").getFirst().delete(false);
      await context.sync();
      context.document.body.search("x".repeat(256));
      await expect(context.sync()).rejects.toMatchObject({
        code: FakeErrorCodes.searchStringInvalidOrTooLong,
      });
    });
    expect(h.document.texts()[3]).toBe("Ensure prompt access to a doctor.");
    expect(h.document.texts()[2]).toBe("");
    expect(h.document.contentControls).toHaveLength(0);
  });

  test("insertParagraph, insertTable, ranges, selection, properties", async () => {
    const h = word([{ text: "One" }], { WordApi: "1.3" });
    h.document.properties.title = "Visit";
    expect(() => (Word as unknown as Record<string, unknown>).BuiltInStyleNames).toThrow(
      /BuiltInStyleNames/
    );
    await Word.run(async (context) => {
      const p = context.document.body.insertParagraph("Two", "End");
      p.styleBuiltIn = "Heading2";
      context.document.body.insertTable(2, 2, "End", [
        ["a", "b"],
        ["c", "d"],
      ]);
      const whole = p
        .getRange("Whole")
        .expandTo(context.document.body.paragraphs.getFirst().getRange());
      whole.load("text");
      p.getRange("Start").select();
      const props = context.document.properties.load("title");
      await context.sync();
      expect(whole.text).toBe("One\rTwo");
      expect(props.title).toBe("Visit");
    });
    expect(h.document.texts()).toEqual(["One", "Two", "a", "b", "c", "d", ""]);
    expect(h.document.paragraphs[1].style).toBe("Heading 2");
    expect(h.document.selection?.start.p.text).toBe("Two");
  });

  test("comments and custom XML parts fail like Office without WordApi 1.4", async () => {
    word(seed, { WordApi: "1.3" });
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange().insertComment("Too vague");
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.apiNotFound });
      context.document.customXmlParts.load("items");
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.apiNotFound });
      context.document.body.getComments().load("items");
      await expect(context.sync()).rejects.toMatchObject({ code: FakeErrorCodes.apiNotFound });
    });
  });

  test("comments and custom XML parts work with WordApi 1.4", async () => {
    const h = word(seed, { WordApi: "1.4" });
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange().insertComment("Too vague");
      context.document.customXmlParts.add(
        '<report xmlns="urn:opcat-recommendation-tracker:report:1"/>'
      );
      await context.sync();
      const comments = context.document.body.getComments().load("items/content");
      const part = context.document.customXmlParts
        .getByNamespace("urn:opcat-recommendation-tracker:report:1")
        .getOnlyItem();
      const xml = part.getXml();
      await context.sync();
      expect(comments.items.map((c) => c.content)).toEqual(["Too vague"]);
      expect(xml.value).toContain("report");
    });
    expect(h.document.comments).toHaveLength(1);
  });

  test("a 500-paragraph document is seeded quickly", () => {
    const doc = new DocumentModel(
      Array.from({ length: 500 }, (_, i) => ({
        text: `Paragraph ${i}`,
        style: i % 50 === 0 ? "Heading 2" : "Normal",
      }))
    );
    expect(doc.paragraphs).toHaveLength(500);
    expect(doc.paragraphs[50].outlineLevel).toBe(2);
  });
});

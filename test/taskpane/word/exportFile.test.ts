import { batchFileName, canDownload } from "../../../src/taskpane/word/exportFile";

describe("the exported batch's file name", () => {
  it("comes from the report's title, else the document's name", () => {
    expect(batchFileName("Visit to Prison Nord", "draft.docx")).toBe(
      "Visit to Prison Nord.recommendations.json"
    );
    expect(batchFileName("  ", "Visit report 2026.docx")).toBe(
      "Visit report 2026.recommendations.json"
    );
    expect(batchFileName("", "")).toBe("report.recommendations.json");
  });

  it("holds no character a file system or OneDrive refuses", () => {
    expect(batchFileName('Visit: "Nord" / Block <C>?', "")).toBe(
      "Visit Nord Block C.recommendations.json"
    );
    expect(batchFileName("...", "")).toBe("report.recommendations.json");
    expect(batchFileName("x".repeat(300), "").length).toBeLessThanOrEqual(100 + 21);
  });

  it("is not downloaded where Office's web view drops downloads", () => {
    expect(canDownload("Mac")).toBe(false);
    expect(canDownload("iOS")).toBe(false);
  });
});

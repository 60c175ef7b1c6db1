import {
  batchFileName,
  canDownload,
  publicationFileName,
} from "../../../src/taskpane/word/exportFile";

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

  it("names the copy for publication the same way, in the user's words", () => {
    expect(publicationFileName("Visit to Prison Nord", "draft.docx", "for publication")).toBe(
      "Visit to Prison Nord (for publication).docx"
    );
    expect(publicationFileName("", "Visite: prison.docx", "pour publication")).toBe(
      "Visite prison (pour publication).docx"
    );
  });

  it("is not downloaded where Office's web view drops downloads", () => {
    expect(canDownload("Mac")).toBe(false);
    expect(canDownload("iOS")).toBe(false);
  });
});

/**
 * What the import's reader notices about a Word report, as codes the
 * surfaces word (the panes' catalogues, the command line): tracked changes,
 * and a report in a language the finder does not read.
 */
import { readReportBatch } from "../../../src/files/docx/batch";
import { buildDocx, docxOfParagraphs, heading, para } from "../../support/docx";

const REC =
  "The prison administration should repair the heating in every cell of the west wing by March 2027.";

describe("readReportBatch: what it notices, as codes", () => {
  it("says a report with tracked changes was read as if they were accepted", async () => {
    const data = await buildDocx({
      blocks: [
        heading(1, "Recommendations"),
        para([
          "1. The prison administration should repair the heating",
          {
            raw: '<w:ins w:id="7" w:author="A"><w:r><w:t xml:space="preserve"> in every cell of the west wing</w:t></w:r></w:ins>',
          },
          " by March 2027.",
        ]),
      ],
    });
    const read = await readReportBatch(data, "visit.docx");
    expect(read.warnings).toEqual([{ code: "trackedChanges", values: {} }]);
    expect(read.batch.recommendations.map((r) => r.text)).toEqual([REC]);
  });

  it("says nothing of a report without tracked changes, in a language it reads", async () => {
    const read = await readReportBatch(
      await docxOfParagraphs(["Recommendations", `1. ${REC}`]),
      "visit.docx"
    );
    expect(read.warnings).toEqual([]);
    expect(read.otherLanguage).toBe(false);
  });

  it("says when nothing was found in a report written in another language", async () => {
    const read = await readReportBatch(
      await docxOfParagraphs([
        "Empfehlungen",
        "Die Anstaltsleitung sollte die Heizung in allen Zellen des Westflügels bis März 2027 reparieren lassen.",
        "Die Kommission hat festgestellt, dass die Zellen im Winter sehr kalt waren und dass die Gefangenen keine zusätzlichen Decken erhielten.",
        "Der Nationale Präventionsmechanismus empfiehlt, dass jeder Gefangene innerhalb von vierundzwanzig Stunden nach der Aufnahme einen Arzt sieht.",
      ]),
      "besuch.docx"
    );
    expect(read.otherLanguage).toBe(true);
    expect(read.warnings).toEqual([{ code: "otherLanguage", values: {} }]);
  });
});

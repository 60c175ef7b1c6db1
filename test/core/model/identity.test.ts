import { identityChange, keyedNow, rekeyed } from "../../../src/core/model/identity";
import {
  emptyReportMetadata,
  newRecommendationMeta,
  parseReportMetadata,
  serializeReportMetadata,
  type ReportMetadata,
} from "../../../src/core/model/reportMetadata";

function tagged(title: string, date: string): ReportMetadata {
  const metadata = emptyReportMetadata();
  metadata.report = { ...metadata.report, id: "report-2025", title, date };
  metadata.recommendations = [newRecommendationMeta("rec-aaaa"), newRecommendationMeta("rec-bbbb")];
  return keyedNow(metadata, { title: "", date: "" });
}

describe("which report a tagged document is", () => {
  it("notices a copy of last year's report saved under a new title or date", () => {
    const lastYear = tagged("Visit to Northfield Prison", "2025-05-22");
    expect(identityChange(lastYear, { title: "", date: "" })).toBeNull();
    const copy: ReportMetadata = {
      ...lastYear,
      report: {
        ...lastYear.report,
        title: "Visit to Northfield Prison (follow-up)",
        date: "2026-05-20",
      },
    };
    expect(identityChange(copy, { title: "", date: "" })).toEqual({
      before: { title: "Visit to Northfield Prison", date: "2025-05-22" },
      now: { title: "Visit to Northfield Prison (follow-up)", date: "2026-05-20" },
    });
  });

  it("takes what the document says when the pane saved no title or date", () => {
    const metadata = keyedNow(
      { ...tagged("", ""), report: { ...tagged("", "").report, title: "", date: "" } },
      { title: "Visit to H prison", date: "2025-02-01" }
    );
    expect(identityChange(metadata, { title: "Visit to H prison", date: "2025-02-01" })).toBeNull();
    expect(
      identityChange(metadata, { title: "Visit to H prison", date: "2026-02-03" })
    ).not.toBeNull();
  });

  it("says nothing of a date or title filled in since, of spacing and case, or before any id", () => {
    const noDate = tagged("Visit to H prison", "");
    expect(
      identityChange(
        { ...noDate, report: { ...noDate.report, date: "2026-01-01" } },
        { title: "", date: "" }
      )
    ).toBeNull();
    const same = tagged("Visit to H prison", "2026-01-01");
    expect(
      identityChange(
        { ...same, report: { ...same.report, title: " visit to  H Prison " } },
        { title: "", date: "" }
      )
    ).toBeNull();
    const untagged = {
      ...emptyReportMetadata(),
      report: {
        ...emptyReportMetadata().report,
        title: "A",
        date: "2026-01-01",
        keyedAs: { title: "B", date: "2025-01-01" },
      },
    };
    expect(identityChange(untagged, { title: "", date: "" })).toBeNull();
  });

  it("gives a new report new ids everywhere, keyed under its present title and date", () => {
    const copy = tagged("Visit to H prison", "2025-02-01");
    copy.report.date = "2026-02-03";
    let n = 0;
    const { metadata, ids } = rekeyed(copy, { title: "", date: "" }, () => `new-${n++}`);
    expect([...ids.keys()]).toEqual(["rec-aaaa", "rec-bbbb"]);
    expect(metadata.recommendations.map((r) => r.id)).toEqual([
      ids.get("rec-aaaa"),
      ids.get("rec-bbbb"),
    ]);
    expect(metadata.report.id).not.toBe("report-2025");
    expect(new Set([metadata.report.id, ...ids.values()]).size).toBe(3);
    expect(metadata.report.keyedAs).toEqual({ title: "Visit to H prison", date: "2026-02-03" });
    expect(identityChange(metadata, { title: "", date: "" })).toBeNull();
  });

  it("keeps the title and date the ids were given under in the document's part", () => {
    const metadata = tagged("Visita al CIE de Valencia", "2024-02-06");
    const parsed = parseReportMetadata(serializeReportMetadata(metadata));
    expect(parsed.ok && parsed.metadata.report.keyedAs).toEqual({
      title: "Visita al CIE de Valencia",
      date: "2024-02-06",
    });
    const older = parseReportMetadata(serializeReportMetadata(emptyReportMetadata()));
    expect(older.ok && "keyedAs" in older.metadata.report).toBe(false);
  });
});

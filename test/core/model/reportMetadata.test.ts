import fc from "fast-check";
import {
  REPORT_NAMESPACE,
  ReportMetadata,
  emptyReportMetadata,
  idFromTag,
  newRecommendationMeta,
  parseReportMetadata,
  serializeBackup,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { unescapeXml } from "../../../src/core/model/xml";

function sample(): ReportMetadata {
  return {
    report: {
      title: 'Visit to "Nord" prison & <annex>',
      type: "visit",
      date: "2026-03-14",
      places: ["Prison Nord", "Police station 4"],
      link: "https://example.org/r?a=1&b=2",
      addressee: "Ministry of Justice",
      theme: "Health care",
    },
    recommendations: [
      newRecommendationMeta("abcDEF123_-x", {
        ref: "R1",
        addressee: "Director",
        groups: ["Women", "Foreign nationals"],
        priority: "high",
        timeframe: "short",
        deadline: "2026-12-31",
        type: "urgent",
        place: "Prison Nord",
        reviewState: "reviewed",
        checkedText: "Install call bells\nin every cell,\r\twithin 3 months.",
        overrides: {
          timebound: {
            verdict: "met",
            note: "The deadline is in the\nintroduction <para 2>.",
            reviewer: "Ana O'Neil",
            at: "2026-04-01T10:00:00.000Z",
          },
          argued: { verdict: "not_met", note: "", reviewer: "B", at: "2026-04-01T10:05:00.000Z" },
        },
      }),
      newRecommendationMeta("zzzz9999"),
    ],
  };
}

describe("report metadata part", () => {
  it("round-trips every field, including line breaks and markup characters", () => {
    const xml = serializeReportMetadata(sample());
    expect(xml).toContain(`xmlns="${REPORT_NAMESPACE}"`);
    const parsed = parseReportMetadata(xml);
    expect(parsed).toEqual({ ok: true, warnings: [], metadata: sample() });
  });

  it("round-trips arbitrary text in every free field", () => {
    const text = fc
      .string({ unit: "grapheme", maxLength: 40 })
      .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const m = emptyReportMetadata();
        m.report.title = a;
        m.report.places = b ? [b] : [];
        m.recommendations.push(
          newRecommendationMeta("idid1234", {
            checkedText: c,
            ref: a,
            overrides: { specific: { verdict: "needs_review", note: b, reviewer: c, at: a } },
          })
        );
        const parsed = parseReportMetadata(serializeReportMetadata(m));
        expect(parsed).toEqual({ ok: true, warnings: [], metadata: m });
      }),
      { numRuns: 200 }
    );
  });

  it.each([
    ["cut short", serializeReportMetadata(sample()).slice(0, 300)],
    ["not ours", `<report xmlns="urn:other"/>`],
    ["not XML", "garbage"],
    ["newer", `<report xmlns="${REPORT_NAMESPACE}" version="9"/>`],
  ])("reports a damaged part (%s) without throwing", (_name, xml) => {
    const parsed = parseReportMetadata(xml);
    expect(parsed.ok).toBe(false);
  });

  it("drops unknown vocabulary values and duplicate ids with warnings", () => {
    const xml = `<report xmlns="${REPORT_NAMESPACE}" version="1" type="weird"><recommendation id="abcd1234" priority="urgent" reviewState="x"><override criterion="nope" verdict="met"/></recommendation><recommendation id="abcd1234"/></report>`;
    const parsed = parseReportMetadata(xml);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.metadata.report.type).toBe("");
    expect(parsed.metadata.recommendations).toEqual([newRecommendationMeta("abcd1234")]);
    expect(parsed.warnings).toHaveLength(2);
  });

  it("keeps a damaged part's text verbatim in a backup", () => {
    const damaged = "<report xmlns='x'>&amp; <cut";
    const backup = serializeBackup(damaged, "2026-01-01T00:00:00Z");
    const inner = /<damagedReportData[^>]*>([\s\S]*)<\/damagedReportData>/.exec(backup)![1];
    expect(unescapeXml(inner)).toBe(damaged);
  });

  it("tags carry the id and nothing else", () => {
    expect(idFromTag(tagOf("abcd_-12"))).toBe("abcd_-12");
    expect(idFromTag("other:abcd1234")).toBeNull();
    expect(idFromTag("opcat-rec:bad id")).toBeNull();
  });
});

describe("report id", () => {
  it("is kept as an attribute and stays absent when there is none", () => {
    const m = emptyReportMetadata();
    m.report.title = "Visit";
    const without = parseReportMetadata(serializeReportMetadata(m));
    expect(without.ok && without.metadata.report.id).toBeUndefined();
    m.report.id = "rep-77&<x>";
    const xml = serializeReportMetadata(m);
    expect(xml).toContain('id="rep-77&amp;&lt;x&gt;"');
    const parsed = parseReportMetadata(xml);
    expect(parsed.ok && parsed.metadata.report.id).toBe("rep-77&<x>");
  });
});

import { commentIntro } from "../../../src/core/review/publication";
import { DocumentModel, FakeHost, installOfficeFakes } from "../../support/office";
import {
  REPORT_BACKUP_NAMESPACE,
  REPORT_NAMESPACE,
  emptyReportMetadata,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { openReport } from "../../../src/core/review";
import { WordReviewError } from "../../../src/office/word/errors";
import { readReport } from "../../../src/office/word/readReport";
import {
  TagRequest,
  writeComments,
  rekeyDocument,
  selectedRecommendation,
  insertReviewSheet,
  keepDamagedPart,
  markSelection,
  readStoredReview,
  reviewSheetInNewDocument,
  saveReportMetadata,
  selectRecommendation,
  tagRecommendations,
  unmarkRecommendation,
} from "../../../src/office/word/reviewDocument";

let host: FakeHost | null = null;
afterEach(() => {
  host?.uninstall();
  host = null;
});

function install(doc: DocumentModel, sets?: Record<string, string>): FakeHost {
  host = installOfficeFakes({ host: "word", document: doc, requirementSets: sets });
  return host;
}

/** A report of n recommendations: odd ones are a whole paragraph, even ones follow a finding in the same paragraph. */
function report(n: number): { doc: DocumentModel; requests: TagRequest[]; texts: string[] } {
  const paragraphs = [{ text: "Findings and recommendations", style: "Heading 1" }];
  const requests: TagRequest[] = [];
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const rec = `The Director of Prison ${i} should install a call bell in every cell within ${i + 1} months ^ so that detainees can call for help.`;
    const finding = i % 2 === 0 ? `The delegation observed that cells ${i} had no bell. ` : "";
    const text = finding + rec;
    paragraphs.push({ text, style: "Normal" });
    texts.push(rec);
    requests.push({
      id: `rec${String(i).padStart(5, "0")}`,
      bodyParagraph: i + 1,
      paragraphText: text,
      span: { start: finding.length, end: text.length },
      title: `Recommendation ${i + 1}`,
    });
  }
  return { doc: new DocumentModel(paragraphs), requests, texts };
}

describe("tagging recommendations", () => {
  it.each([10, 500])("wraps %i recommendations in tagged controls in 3 syncs", async (n) => {
    const { doc, requests, texts } = report(n);
    const h = install(doc);
    await tagRecommendations(requests);
    expect(h.syncCount).toBe(3);
    expect(doc.taggedTexts()).toEqual(
      requests.map((r, i) => ({ tag: tagOf(r.id), text: texts[i] }))
    );
    h.resetCounters();
    const stored = await readStoredReview();
    expect(h.syncCount).toBe(2);
    expect(stored.tagged).toHaveLength(n);
    expect(stored.tagged[n - 1]).toEqual({ id: requests[n - 1].id, text: texts[n - 1] });
  });

  it.each([10, 500])(
    "opens the review of %i tagged recommendations (paragraphs, tags and part) in 4 syncs",
    async (n) => {
      const { doc, requests } = report(n);
      const h = install(doc);
      await tagRecommendations(requests);
      await saveReportMetadata(
        {
          ...emptyReportMetadata(),
          recommendations: requests.map((r) => newRecommendationMeta(r.id)),
        },
        null
      );
      h.resetCounters();
      const { paragraphs } = await readReport();
      const stored = await readStoredReview();
      expect(h.syncCount).toBe(4);
      expect(paragraphs).toHaveLength(n + 1);
      expect(openReport(stored.parts ?? [], stored.tagged).metadata.recommendations).toHaveLength(
        n
      );
    }
  );

  it("finds the right occurrence of a repeated sentence and long recommendations by their two ends", async () => {
    const long =
      "The Ministry of Justice should " +
      "review the regulation on solitary confinement, ".repeat(10) +
      "within six months.";
    const text = `Repeat. ${long} Repeat. ${long}`;
    const doc = new DocumentModel([{ text }]);
    install(doc);
    const start = text.lastIndexOf(long);
    await tagRecommendations([
      {
        id: "abcd1234",
        bodyParagraph: 0,
        paragraphText: text,
        span: { start, end: start + long.length },
        title: "R",
      },
    ]);
    const cc = doc.contentControls[0];
    expect(doc.text(cc)).toBe(long);
    expect(cc.start.off).toBe(start);
  });

  it("tags a recommendation over several paragraphs whole (an unmarked one put back)", async () => {
    const doc = new DocumentModel([
      { text: "Heading", style: "Heading 1" },
      { text: "The Ministry should:" },
      { text: "(a) train the staff;" },
      { text: "(b) audit the register." },
    ]);
    const h = install(doc);
    await tagRecommendations([
      {
        id: "multi123",
        bodyParagraph: 1,
        paragraphText: "The Ministry should:",
        span: null,
        lastParagraph: 3,
        title: "Recommendation",
      },
    ]);
    expect(h.syncCount).toBe(2);
    expect(doc.taggedTexts()).toEqual([
      {
        tag: tagOf("multi123"),
        text: "The Ministry should:\r(a) train the staff;\r(b) audit the register.",
      },
    ]);
  });

  it("refuses to tag a document changed since it was read, and tags nothing", async () => {
    const { doc, requests } = report(3);
    install(doc);
    doc.paragraphs[2].text = "Edited meanwhile.";
    await expect(tagRecommendations(requests)).rejects.toMatchObject({
      problem: "documentChanged",
    });
    expect(doc.contentControls).toHaveLength(0);
  });

  it("unmarks a recommendation, restoring the text exactly", async () => {
    const { doc, requests, texts } = report(4);
    const before = doc.texts();
    install(doc);
    await tagRecommendations(requests);
    expect(await unmarkRecommendation(requests[2].id)).toBe(texts[2]);
    expect(doc.texts()).toEqual(before);
    expect(doc.taggedTexts().map((t) => t.tag)).toEqual(
      [0, 1, 3].map((i) => tagOf(requests[i].id))
    );
    for (const r of requests) await unmarkRecommendation(r.id);
    expect(doc.texts()).toEqual(before);
    expect(doc.contentControls).toHaveLength(0);
  });
});

describe("marking the selection and navigating", () => {
  it("marks the selected text and selects a recommendation by id", async () => {
    const doc = new DocumentModel([
      { text: "Intro." },
      { text: "Finding. The Ministry should act now." },
    ]);
    const p = doc.paragraphs[1];
    doc.selection = doc.range(doc.pos(p, 9, "start"), doc.pos(p, p.text.length, "end"));
    const h = install(doc);
    expect(await markSelection("sel12345", "Recommendation")).toBe("The Ministry should act now.");
    expect(doc.taggedTexts()).toEqual([
      { tag: tagOf("sel12345"), text: "The Ministry should act now." },
    ]);
    doc.selection = doc.range(
      doc.pos(doc.paragraphs[0], 0, "start"),
      doc.pos(doc.paragraphs[0], 0, "end")
    );
    h.resetCounters();
    await selectRecommendation("sel12345");
    expect(h.syncCount).toBe(2);
    expect(doc.text(doc.selection!)).toBe("The Ministry should act now.");
    // The evidence of a criterion: its words inside the recommendation.
    h.resetCounters();
    await selectRecommendation("sel12345", "act now");
    expect(h.syncCount).toBe(3);
    expect(doc.text(doc.selection!)).toBe("act now");
    await selectRecommendation("sel12345", "words it does not hold");
    expect(doc.text(doc.selection!)).toBe("The Ministry should act now.");
    await expect(selectRecommendation("gone1234")).rejects.toMatchObject({
      problem: "recommendationNotInDocument",
    });
  });

  it("refuses an empty selection and a selection inside a recommendation", async () => {
    const doc = new DocumentModel([{ text: "Text.", tag: tagOf("abcd1234") }]);
    const p = doc.paragraphs[0];
    doc.selection = doc.range(doc.pos(p, 1, "start"), doc.pos(p, 1, "end"));
    install(doc);
    await expect(markSelection("new12345", "R")).rejects.toMatchObject({
      problem: "emptySelection",
    });
    doc.selection = doc.range(doc.pos(p, 0, "start"), doc.pos(p, 3, "end"));
    await expect(markSelection("new12345", "R")).rejects.toMatchObject({
      problem: "selectionInsideRecommendation",
    });
    expect(doc.contentControls).toHaveLength(1);
  });
});

describe("the report's Custom XML part", () => {
  function metadata() {
    const m = emptyReportMetadata();
    m.report.title = "Visit to Prison Nord";
    m.report.type = "visit";
    m.recommendations = [
      newRecommendationMeta("aaaa1111", {
        ref: "1",
        reviewState: "approved",
        overrides: {
          timebound: {
            verdict: "met",
            note: "See intro",
            reviewer: "Ana",
            at: "2026-01-01T00:00:00.000Z",
          },
        },
      }),
    ];
    return m;
  }

  it("adds the part, then replaces it in place", async () => {
    const doc = new DocumentModel([{ text: "R1", tag: tagOf("aaaa1111") }]);
    const h = install(doc);
    const id = await saveReportMetadata(metadata(), null);
    expect(h.syncCount).toBe(1);
    const changed = metadata();
    changed.report.title = "Changed";
    expect(await saveReportMetadata(changed, id)).toBe(id);
    expect(doc.customXml.byNamespace(REPORT_NAMESPACE)).toHaveLength(1);
    const stored = await readStoredReview();
    const opened = openReport(stored.parts ?? [], stored.tagged);
    expect(opened.metadata).toEqual(changed);
    expect(opened.problems).toEqual([]);
  });

  it("keeps the data of a hand-deleted content control", async () => {
    const doc = new DocumentModel([{ text: "R1", tag: tagOf("aaaa1111") }]);
    doc.customXml.add(serializeReportMetadata(metadata()));
    doc.contentControls.length = 0;
    install(doc);
    const stored = await readStoredReview();
    const opened = openReport(stored.parts ?? [], stored.tagged);
    expect(opened.metadata).toEqual(metadata());
    expect(opened.problems).toEqual([{ code: "missingControls", ids: ["aaaa1111"] }]);
  });

  it("keeps a damaged part's text and only moves it aside when asked", async () => {
    const damaged = serializeReportMetadata(metadata()).replace(
      'version="1"',
      'version="one & a half"'.replace("&", "&amp;")
    );
    const doc = new DocumentModel([{ text: "R1", tag: tagOf("aaaa1111") }]);
    const part = doc.customXml.add(damaged);
    install(doc);
    const stored = await readStoredReview();
    const opened = openReport(stored.parts ?? [], stored.tagged);
    expect(opened.damaged).toMatchObject({ partId: part.id, xml: damaged });
    expect(opened.metadata.recommendations.map((r) => r.id)).toEqual(["aaaa1111"]);
    expect(part.xml).toBe(damaged);
    await keepDamagedPart(part.id, damaged, new Date("2026-02-01T00:00:00Z"));
    await saveReportMetadata(opened.metadata, null);
    expect(part.namespaceUri).toBe(REPORT_BACKUP_NAMESPACE);
    expect(part.xml).toContain(
      damaged
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
    );
    const again = await readStoredReview();
    expect(openReport(again.parts ?? [], again.tagged).problems).toEqual([]);
  });

  it("says which Word is needed where the part cannot be kept (WordApi 1.3)", async () => {
    install(new DocumentModel([{ text: "x" }]), { WordApi: "1.3" });
    await expect(saveReportMetadata(metadata(), null)).rejects.toBeInstanceOf(WordReviewError);
    await expect(saveReportMetadata(metadata(), null)).rejects.toMatchObject({
      problem: "needsWordApi14",
    });
    expect(await readStoredReview()).toEqual({ tagged: [], parts: null });
  });
});

describe("comments and the review sheet", () => {
  it("adds one comment per recommendation in 3 syncs and names the missing ones", async () => {
    const { doc, requests } = report(10);
    const h = install(doc);
    await tagRecommendations(requests);
    h.resetCounters();
    const written = await writeComments([
      ...requests.map((r) => ({ id: r.id, text: `${commentIntro("en", 6)} Check ${r.id}` })),
      { id: "gone1234", text: "x" },
    ]);
    expect(h.syncCount).toBe(3);
    expect(written).toEqual({ added: 10, updated: 0, resolved: 0, missing: ["gone1234"] });
    expect(doc.comments.map((c) => c.content)).toEqual(
      requests.map((r) => `${commentIntro("en", 6)} Check ${r.id}`)
    );
    expect(doc.text(doc.comments[0])).toBe(doc.text(doc.contentControls[0]));
  });

  it.each([10, 200])(
    "run twice on %i recommendations, updates its own comments instead of adding them again, in 3 syncs",
    async (n) => {
      const { doc, requests } = report(n);
      const h = install(doc);
      await tagRecommendations(requests);
      // A colleague's comment on the first recommendation stays as it is.
      const first = doc.contentControls[0];
      doc.comments.push({
        ...doc.range(first.start, first.end),
        id: "colleague",
        content: "Is this the right ministry?",
        authorName: "Ben",
        resolved: false,
      });
      await writeComments(requests.map((r) => ({ id: r.id, text: commentIntro("en", 5) })));
      h.resetCounters();
      const written = await writeComments(
        requests.map((r, i) => ({
          id: r.id,
          text: i === 1 ? null : `${commentIntro("en", 7)}\nTargeted: Not met.`,
        }))
      );
      expect(h.syncCount).toBe(3);
      expect(written).toEqual({ added: 0, updated: n - 1, resolved: 1, missing: [] });
      expect(doc.comments).toHaveLength(n + 1);
      expect(doc.comments.find((c) => c.id === "colleague")?.content).toBe(
        "Is this the right ministry?"
      );
      const ours = doc.comments.filter((c) => c.id !== "colleague");
      expect(ours.filter((c) => c.resolved)).toHaveLength(1);
      expect(ours.filter((c) => !c.resolved).every((c) => c.content.includes("7/10"))).toBe(true);
    }
  );

  it("gives a clear message without WordApi 1.4 and adds nothing", async () => {
    const { doc, requests } = report(2);
    install(doc, { WordApi: "1.3" });
    await tagRecommendations(requests);
    await expect(writeComments([{ id: requests[0].id, text: "x" }])).rejects.toMatchObject({
      problem: "needsWordApi14",
    });
    expect(doc.comments).toHaveLength(0);
  });

  it("inserts the review sheet at the end in one sync, with its column widths and a repeated header row", async () => {
    const doc = new DocumentModel([{ text: "Report." }]);
    const h = install(doc);
    const sheet = {
      rows: [
        ["Ref.", "Recommendation"],
        ["1", "Do it."],
      ],
      widths: [30, 410],
    };
    await insertReviewSheet("Review sheet", sheet);
    expect(h.syncCount).toBe(1);
    expect(doc.tables).toHaveLength(1);
    expect(doc.cellText(doc.tables[0], 1, 1)).toBe("Do it.");
    expect(doc.tables[0].columnWidths).toEqual([30, 410]);
    expect(doc.tables[0].headerRowCount).toBe(1);
    expect(doc.paragraphs.map((p) => p.text).slice(0, 2)).toEqual(["Report.", "Review sheet"]);
    await expect(reviewSheetInNewDocument("Review sheet", sheet)).rejects.toMatchObject({
      problem: "needsHiddenDocument",
    });
  });
});

describe("a copy of another report, and where the cursor is", () => {
  it.each([3, 300])(
    "gives %i recommendations new ids: every tag and the part in one Word.run of 2 syncs",
    async (n) => {
      const { doc, requests } = report(n);
      const h = install(doc);
      await tagRecommendations(requests);
      const before = {
        ...emptyReportMetadata(),
        recommendations: requests.map((r) => newRecommendationMeta(r.id)),
      };
      const partId = await saveReportMetadata(before, null);
      const ids = new Map(requests.map((r, i) => [r.id, `fresh${String(i).padStart(4, "0")}`]));
      const after = {
        ...before,
        recommendations: before.recommendations.map((r) => ({ ...r, id: ids.get(r.id)! })),
      };
      h.resetCounters();
      expect(await rekeyDocument(ids, after, partId)).toBe(partId);
      expect(h.syncCount).toBe(2);
      expect(doc.taggedTexts().map((t) => t.tag)).toEqual([...ids.values()].map(tagOf));
      const stored = await readStoredReview();
      expect(openReport(stored.parts ?? [], stored.tagged).problems).toEqual([]);
      expect(stored.parts).toHaveLength(1);
    }
  );

  it("tells which recommendation the cursor is in, in one sync", async () => {
    const { doc, requests } = report(3);
    const h = install(doc);
    await tagRecommendations(requests);
    const control = doc.contentControls[1];
    doc.selection = doc.range(
      doc.pos(control.start.p, control.start.off + 2, "start"),
      doc.pos(control.start.p, control.start.off + 2, "end")
    );
    h.resetCounters();
    expect(await selectedRecommendation()).toBe(requests[1].id);
    expect(h.syncCount).toBe(1);
    doc.selection = doc.range(
      doc.pos(doc.paragraphs[0], 0, "start"),
      doc.pos(doc.paragraphs[0], 0, "end")
    );
    expect(await selectedRecommendation()).toBeNull();
  });
});

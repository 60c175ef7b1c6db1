/**
 * The Word pane's review, in Node: the pure reducer and the intents over
 * the real WordHost (src/office/word/host.ts) running on the strict Word
 * fake, so every Word call is the add-in's own and every sync is counted.
 */
import {
  REPORT_NAMESPACE,
  emptyReportMetadata,
  newRecommendationMeta,
  parseReportMetadata,
  serializeReportMetadata,
  tagOf,
} from "../../../src/core/model/reportMetadata";
import { keyedNow } from "../../../src/core/model/identity";
import { isAddinComment, toSettle } from "../../../src/core/review";
import { officeWordHost } from "../../../src/office/word/host";
import { makeWordIntents } from "../../../src/taskpane/word/controller";
import {
  WordAction,
  WordState,
  initialWordState,
  wordReducer,
} from "../../../src/taskpane/word/state";
import { commentFor } from "../../../src/taskpane/word/texts";
import { wordTranslator } from "../../../src/taskpane/word/i18n";
import { translator } from "../../../src/taskpane/shared/i18n";
import { DocumentModel, FakeHost, ParagraphSeed, installOfficeFakes } from "../../support/office";

/** Recommendations of our own, some weak on purpose so that there is something to settle. */
const RECS = [
  "The Director of Eastbrook Remand Centre should give every detainee a written copy of the house rules in a language they understand within two months.",
  "The authorities should improve the food.",
  "The Ministry of the Interior should install a working call bell in every cell of the police station, so that detainees can ask for help at night.",
  "Staff should be trained.",
];

/** A short French report of our own. */
const FRENCH: ParagraphSeed[] = [
  { text: "Visite du centre de rétention de Valmont", style: "Title" },
  { text: "Date du rapport : 12 mars 2026", style: "Normal" },
  { text: "Recommandations", style: "Heading 1" },
  {
    text: "Le directeur du centre de rétention devrait remettre à chaque personne retenue, dans les deux mois, une copie écrite du règlement intérieur dans une langue qu’elle comprend.",
    style: "Normal",
    list: { label: "1." },
  },
  {
    text: "Le ministère de l’Intérieur devrait installer un bouton d’appel en état de marche dans chaque chambre, afin que les personnes retenues puissent demander de l’aide la nuit.",
    style: "Normal",
    list: { label: "2." },
  },
  {
    text: "Les visites des familles se déroulent dans une salle sans fenêtre et le personnel les écourte souvent.",
    style: "Normal",
  },
];

function paragraphs(n: number, tagged = false): ParagraphSeed[] {
  const recs = Array.from({ length: n }, (_, i) =>
    RECS[i % RECS.length].replace(/\.$/, ` (${i + 1}).`)
  );
  return [
    { text: "Visit to Eastbrook Remand Centre", style: "Title" },
    { text: "Date of the report: 12 March 2026", style: "Normal" },
    { text: "Recommendations", style: "Heading 1" },
    ...recs.map((text, i) =>
      tagged
        ? {
            text,
            style: "Normal",
            tag: tagOf(`rec${String(i).padStart(5, "0")}`),
            title: "Recommendation",
          }
        : { text, style: "Normal", list: { label: `${i + 1}.` } }
    ),
  ];
}

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

function harness(doc: DocumentModel, options: { language?: "en" | "fr"; reviewer?: string } = {}) {
  fake = installOfficeFakes({ host: "word", document: doc });
  let state: WordState = initialWordState(options.reviewer ?? "");
  const actions: WordAction[] = [];
  const dispatch = (action: WordAction) => {
    actions.push(action);
    state = wordReducer(state, action);
  };
  let n = 0;
  const intents = makeWordIntents(officeWordHost(), () => state, dispatch, {
    language: options.language ?? "en",
    now: () => new Date("2026-03-20T10:00:00.000Z"),
    newId: () => `new${String(++n).padStart(6, "0")}`,
  });
  return {
    intents,
    fake: fake,
    actions,
    get state() {
      return state;
    },
    /** The report part as saved in the document. */
    stored() {
      const parts = doc.customXml.parts.filter((p) => p.namespaceUri === REPORT_NAMESPACE);
      expect(parts).toHaveLength(1);
      const parsed = parseReportMetadata(parts[0].xml);
      if (!parsed.ok) throw new Error(parsed.problem);
      return parsed.metadata;
    },
    keys: () => state.notices.map((n) => n.key),
  };
}

describe("tagging", () => {
  it.each([4, 40])(
    "finds and tags %i recommendations with ids and titles decided in core, in a constant number of syncs",
    async (count) => {
      const doc = new DocumentModel(paragraphs(count));
      const pane = harness(doc);
      await pane.intents.refresh();
      expect(pane.state.items).toHaveLength(0);
      pane.fake.resetCounters();
      await pane.intents.find();
      // read the paragraphs 2, tag 3, save 1, read the review again 4
      expect(pane.fake.syncCount).toBe(10);
      expect(pane.state.items).toHaveLength(count);
      expect(pane.keys()).toContain("findDone");
      // The texts just tagged are checked for the first time: nothing "changed" to announce.
      expect(pane.keys()).not.toContain("recheckDone");
      expect(doc.taggedTexts().map((t) => t.tag)).toEqual(
        pane.state.items.map((i) => tagOf(i.meta.id))
      );
      // Numbered in the report: the control's title says its number.
      expect(doc.orderedControls().map((c) => c.title)).toEqual(
        pane.state.items.map((_item, i) => `Recommendation ${i + 1}`)
      );
      expect(pane.state.items.map((i) => i.meta.ref)).toEqual(
        pane.state.items.map((_item, i) => String(i + 1))
      );
      // The first ids are given under the report's title and date.
      expect(pane.stored().report.keyedAs).toEqual({
        title: "Visit to Eastbrook Remand Centre",
        date: "2026-03-12",
      });
      // Find again tags nothing twice.
      await pane.intents.find();
      expect(doc.contentControls).toHaveLength(count);
      expect(pane.keys()[0]).toBe("findNone");
    }
  );

  it("titles the controls in the document's language, whatever the pane's", async () => {
    const doc = new DocumentModel(paragraphs(2));
    const pane = harness(doc, { language: "fr" });
    await pane.intents.refresh();
    await pane.intents.find();
    expect(doc.orderedControls().map((c) => c.title)).toEqual([
      "Recommendation 1",
      "Recommendation 2",
    ]);
  });

  it("titles a French report's controls in French in an English pane: found, marked by hand and put back by Undo", async () => {
    const doc = new DocumentModel(FRENCH);
    const pane = harness(doc, { language: "en" });
    await pane.intents.refresh();
    await pane.intents.find();
    expect(doc.orderedControls().map((c) => c.title)).toEqual([
      "Recommandation 1",
      "Recommandation 2",
    ]);
    // Marked by hand: the closing paragraph, not found as a recommendation.
    const last = doc.paragraphs[doc.paragraphs.length - 1];
    doc.selection = doc.range(doc.pos(last, 0, "start"), doc.pos(last, last.text.length, "end"));
    await pane.intents.markSelection();
    expect(doc.orderedControls().map((c) => c.title)).toContain("Recommandation");
    // Unmarked and put back.
    const first = pane.state.items.find((i) => i.meta.ref === "1")!;
    await pane.intents.unmark(first.meta.id);
    await pane.intents.undo();
    expect(doc.orderedControls()[0].title).toBe("Recommandation 1");
    expect(doc.orderedControls().map((c) => c.title)).not.toContain("Recommendation 1");
  });

  it("titles them in the pane's language when the document's words do not tell", async () => {
    const doc = new DocumentModel([
      { text: "PV-2026/04", style: "Title" },
      { text: "Nota 7", style: "Normal" },
    ]);
    const pane = harness(doc, { language: "fr" });
    await pane.intents.refresh();
    expect(pane.state.documentLanguage).toBe("fr");
  });
});

describe("settling the criteria", () => {
  it("asks the reviewer's name once, beside the decision, then records it and moves on", async () => {
    const doc = new DocumentModel(paragraphs(4));
    const pane = harness(doc);
    await pane.intents.refresh();
    await pane.intents.find();
    const weak = pane.state.items[1];
    const left = toSettle(weak);
    expect(left.length).toBeGreaterThan(1);
    await pane.intents.open(weak.meta.id);
    expect(pane.state.view).toEqual({ kind: "detail", id: weak.meta.id });
    expect(pane.state.focus).toBe(left[0]);
    // No name yet: the decision waits for it.
    await pane.intents.decide(weak.meta.id, left[0], "met", "Said in the covering letter.");
    expect(pane.state.pending).toMatchObject({ id: weak.meta.id, criterion: left[0] });
    expect(pane.stored().recommendations[1].overrides).toEqual({});
    await pane.intents.giveName("Ana Reviewer");
    expect(pane.state.reviewer).toBe("Ana Reviewer");
    expect(pane.state.pending).toBeNull();
    expect(pane.stored().recommendations[1].overrides[left[0]]).toEqual({
      verdict: "met",
      note: "Said in the covering letter.",
      reviewer: "Ana Reviewer",
      at: "2026-03-20T10:00:00.000Z",
    });
    // The keyboard's place moves to the next criterion left.
    expect(pane.state.focus).toBe(left[1]);
    await pane.intents.decide(weak.meta.id, left[1], "not_applicable", "");
    expect(pane.stored().recommendations[1].overrides[left[1]]).toMatchObject({
      verdict: "met",
      notApplicable: true,
    });
  });

  it("settles a whole report criterion by criterion, then comes back to the overview", async () => {
    const doc = new DocumentModel(paragraphs(4));
    const pane = harness(doc, { reviewer: "Ana" });
    await pane.intents.refresh();
    await pane.intents.find();
    const first = pane.state.items.find((i) => toSettle(i).length > 0)!;
    await pane.intents.open(first.meta.id);
    let decisions = 0;
    while (pane.state.view.kind === "detail" && pane.state.focus && decisions < 100) {
      const id = pane.state.view.id;
      await pane.intents.decide(id, pane.state.focus, decisions % 2 ? "met" : "not_met", "");
      decisions++;
    }
    const expected = pane.state.items.reduce((n, i) => n + Object.keys(i.meta.overrides).length, 0);
    expect(decisions).toBe(expected);
    expect(pane.state.items.every((i) => toSettle(i).length === 0)).toBe(true);
    expect(pane.state.view).toEqual({ kind: "overview" });
  });

  it("applies one decision to every recommendation of a criterion walk, and undoes it", async () => {
    const doc = new DocumentModel(paragraphs(8));
    const pane = harness(doc, { reviewer: "Ana" });
    await pane.intents.refresh();
    await pane.intents.find();
    const before = pane.stored();
    const open = pane.state.items.filter((i) => toSettle(i).includes("timebound"));
    expect(open.length).toBeGreaterThan(1);
    pane.intents.dispatch({ type: "walk", criterion: "timebound" });
    expect(pane.state.view).toEqual({ kind: "detail", id: open[0].meta.id });
    expect(pane.state.focus).toBe("timebound");
    pane.fake.resetCounters();
    await pane.intents.decideAll("timebound", "not_met", "");
    expect(pane.fake.syncCount).toBe(1);
    expect(pane.state.items.every((i) => !toSettle(i).includes("timebound"))).toBe(true);
    expect(pane.keys()[0]).toBe("settledAllKept");
    expect(pane.state.notices[0].actions).toEqual(["undo"]);
    await pane.intents.undo();
    expect(pane.stored()).toEqual(before);
    expect(pane.keys()).not.toContain("settledAllKept");
  });
});

describe("nothing lost", () => {
  it("saves details as they are edited, in order, even while another action runs", async () => {
    const doc = new DocumentModel(paragraphs(3));
    const pane = harness(doc);
    await pane.intents.refresh();
    await pane.intents.find();
    const [a, b] = pane.state.items.map((i) => i.meta.id);
    // Not awaited: the second edit starts while the first is being written.
    const edits = [
      pane.intents.saveFields(a, { addressee: "Director of Eastbrook" }),
      pane.intents.saveFields(a, { deadline: "2026-06-30", priority: "high" }),
      pane.intents.saveFields(b, { ref: "R2" }),
      pane.intents.saveDetails({ title: "Eastbrook, March 2026", places: ["Eastbrook"] }),
    ];
    await Promise.all(edits);
    const stored = pane.stored();
    expect(stored.recommendations[0]).toMatchObject({
      addressee: "Director of Eastbrook",
      deadline: "2026-06-30",
      priority: "high",
    });
    expect(stored.recommendations[1].ref).toBe("R2");
    expect(stored.report).toMatchObject({ title: "Eastbrook, March 2026", places: ["Eastbrook"] });
    // What was keyed at tagging stays: a title edited later is the same report.
    expect(stored.report.keyedAs?.title).toBe("Visit to Eastbrook Remand Centre");
  });

  it("unmarks a recommendation keeping its text, and Undo puts back its tag and review data", async () => {
    const doc = new DocumentModel(paragraphs(3));
    const texts = doc.texts();
    const pane = harness(doc, { reviewer: "Ana" });
    await pane.intents.refresh();
    await pane.intents.find();
    const target = pane.state.items[1];
    const criterion = toSettle(target)[0];
    await pane.intents.decide(target.meta.id, criterion, "not_met", "Name the ministry.");
    await pane.intents.saveFields(target.meta.id, { ref: "2" });
    const before = pane.stored();
    const tagsBefore = doc.taggedTexts();

    await pane.intents.unmark(target.meta.id);
    expect(doc.texts()).toEqual(texts);
    expect(doc.taggedTexts()).toHaveLength(2);
    expect(pane.stored().recommendations.map((r) => r.id)).not.toContain(target.meta.id);
    expect(pane.state.notices[0]).toMatchObject({ key: "unmarkDone", actions: ["undo"] });

    await pane.intents.undo();
    expect(doc.texts()).toEqual(texts);
    expect(doc.taggedTexts()).toEqual(tagsBefore);
    expect(pane.stored()).toEqual(before);
    expect(pane.state.items.map((i) => i.meta.id)).toContain(target.meta.id);
    expect(pane.state.undo).toBeNull();
  });

  it("offers Undo only until the next action", async () => {
    const doc = new DocumentModel(paragraphs(3));
    const pane = harness(doc);
    await pane.intents.refresh();
    await pane.intents.find();
    await pane.intents.unmark(pane.state.items[0].meta.id);
    expect(pane.state.undo).not.toBeNull();
    await pane.intents.addComments(() => null);
    expect(pane.state.undo).toBeNull();
    expect(pane.state.notices.some((n) => n.actions?.includes("undo"))).toBe(false);
  });

  it("writes the review's comments once: run twice, they are updated, not added again", async () => {
    const doc = new DocumentModel(paragraphs(4));
    const pane = harness(doc, { reviewer: "Ana" });
    await pane.intents.refresh();
    await pane.intents.find();
    const t = wordTranslator("en");
    const shellT = translator("en");
    const text = (item: Parameters<typeof commentFor>[0]) => commentFor(item, t, shellT, "en");
    await pane.intents.addComments(text);
    const first = doc.comments.map((c) => c.content);
    const commented = pane.state.items.filter((i) => text(i) !== null).length;
    expect(first).toHaveLength(commented);
    expect(first.every(isAddinComment)).toBe(true);
    // A decision changes one comment; the second run updates it in place.
    const item = pane.state.items.find((i) => toSettle(i).length > 0)!;
    await pane.intents.decide(item.meta.id, toSettle(item)[0], "met", "");
    pane.fake.resetCounters();
    await pane.intents.addComments(text);
    expect(pane.fake.syncCount).toBe(3);
    expect(doc.comments).toHaveLength(commented);
    expect(doc.comments.map((c) => c.content)).not.toEqual(first);
    expect(pane.state.notices[0]).toMatchObject({ key: "commentsDone" });
    expect(pane.state.notices[0].values).toMatchObject({ added: "0" });
  });
});

describe("a report saved under a new name", () => {
  function lastYears(n: number): DocumentModel {
    const doc = new DocumentModel(paragraphs(n, true));
    const metadata = emptyReportMetadata();
    metadata.report.id = "report-2025";
    metadata.recommendations = Array.from({ length: n }, (_, i) =>
      newRecommendationMeta(`rec${String(i).padStart(5, "0")}`)
    );
    // Tagged last year, under last year's title and date.
    const keyed = keyedNow(metadata, {
      title: "Visit to Eastbrook Remand Centre",
      date: "2025-03-10",
    });
    doc.customXml.add(serializeReportMetadata(keyed));
    return doc;
  }

  it.each([3, 30])(
    "asks whether it is a new report and gives %i recommendations new ids in a constant number of syncs",
    async (n) => {
      const doc = lastYears(n);
      const pane = harness(doc);
      await pane.intents.refresh();
      const question = pane.state.notices.find((x) => x.key === "identityChanged")!;
      expect(question.actions).toEqual(["newIds", "sameReport"]);
      expect(question.values).toEqual({
        before: "Visit to Eastbrook Remand Centre",
        now: "Visit to Eastbrook Remand Centre",
      });
      const oldIds = pane.state.items.map((i) => i.meta.id);
      pane.fake.resetCounters();
      await pane.intents.newIds();
      // retag and save in one Word.run (2 syncs), then read the review again (4)
      expect(pane.fake.syncCount).toBe(6);
      const stored = pane.stored();
      expect(stored.report.id).not.toBe("report-2025");
      expect(stored.report.keyedAs).toEqual({
        title: "Visit to Eastbrook Remand Centre",
        date: "2026-03-12",
      });
      const newIds = stored.recommendations.map((r) => r.id);
      expect(newIds.some((id) => oldIds.includes(id))).toBe(false);
      expect(doc.taggedTexts().map((t) => t.tag)).toEqual(newIds.map(tagOf));
      expect(pane.keys()).not.toContain("identityChanged");
      expect(pane.keys()[0]).toBe("newIdsDone");
      expect(pane.state.identity).toBeNull();
    }
  );

  it("keeps the ids of the same report, and asks no more", async () => {
    const doc = lastYears(2);
    const pane = harness(doc);
    await pane.intents.refresh();
    await pane.intents.sameReport();
    expect(pane.stored().report.id).toBe("report-2025");
    expect(pane.stored().report.keyedAs?.date).toBe("2026-03-12");
    expect(pane.keys()).not.toContain("identityChanged");
    fake!.uninstall();
    const again = harness(doc);
    await again.intents.refresh();
    expect(again.keys()).not.toContain("identityChanged");
  });
});

describe("the document as Word holds it", () => {
  it("says the report has tracked changes, and says nothing where there are none", async () => {
    const doc = new DocumentModel(paragraphs(2));
    doc.trackedChanges.push({ type: "Deleted", text: "not", author: "Ben", date: "2026-03-01" });
    const pane = harness(doc);
    await pane.intents.refresh();
    expect(pane.state.notices.find((n) => n.key === "trackedChanges")).toMatchObject({
      intent: "info",
      topic: "trackedChanges",
    });
    fake!.uninstall();
    const clean = harness(new DocumentModel(paragraphs(2)));
    await clean.intents.refresh();
    expect(clean.keys()).not.toContain("trackedChanges");
  });

  it("follows the cursor: selecting text inside a tagged recommendation opens it", async () => {
    const doc = new DocumentModel(paragraphs(3));
    const pane = harness(doc);
    await pane.intents.refresh();
    await pane.intents.find();
    const control = doc.orderedControls()[2];
    doc.selection = doc.range(
      doc.pos(control.start.p, control.start.off + 5, "start"),
      doc.pos(control.start.p, control.start.off + 9, "end")
    );
    pane.fake.resetCounters();
    await pane.intents.followSelection();
    expect(pane.fake.syncCount).toBe(1);
    expect(pane.state.view).toEqual({ kind: "detail", id: pane.state.items[2].meta.id });
    // Outside any recommendation: the pane stays where it is.
    doc.selection = doc.range(
      doc.pos(doc.paragraphs[0], 0, "start"),
      doc.pos(doc.paragraphs[0], 1, "end")
    );
    await pane.intents.followSelection();
    expect(pane.state.view).toEqual({ kind: "detail", id: pane.state.items[2].meta.id });
  });

  it("re-reads a recommendation whose text was edited in Word, and records the text checked", async () => {
    const doc = new DocumentModel(paragraphs(2, true));
    const pane = harness(doc);
    await pane.intents.refresh();
    const p = doc.paragraphs[3];
    doc.insertText(doc.pos(p, p.text.length, "end"), " Without delay.");
    await pane.intents.recheckIfChanged();
    expect(pane.state.items[0].text).toContain("Without delay.");
    expect(pane.stored().recommendations[0].checkedText).toContain("Without delay.");
    expect(pane.keys()[0]).toBe("recheckDone");
  });
});

describe("the reducer", () => {
  it("steps through the visible recommendations, wrapping, and goes back with the view", () => {
    let state = initialWordState("Ana");
    const items = ["a", "b", "c"].map((id) => ({
      meta: newRecommendationMeta(`${id}aaaaaa`),
      text: id,
      check: null,
    }));
    state = wordReducer(state, {
      type: "loaded",
      opened: {
        metadata: {
          report: emptyReportMetadata().report,
          recommendations: items.map((i) => i.meta),
        },
        partId: "p",
        damaged: null,
        inDocument: items.map((i) => i.meta.id),
        problems: [],
      },
      items,
      candidates: [],
      guessed: { title: "", date: "", type: "" },
      documentLanguage: "en",
      canSave: true,
      identity: null,
    });
    state = wordReducer(state, { type: "step", direction: -1 });
    expect(state.view).toEqual({ kind: "detail", id: "caaaaaa" });
    state = wordReducer(state, { type: "step", direction: 1 });
    expect(state.view).toEqual({ kind: "detail", id: "aaaaaaa" });
    state = wordReducer(state, { type: "view", view: { kind: "overview" } });
    expect(state.focus).toBeNull();
    // A recommendation gone from the report takes the detail view with it.
    state = wordReducer(state, { type: "open", id: "baaaaaa" });
    state = wordReducer(state, {
      type: "saved",
      metadata: { report: emptyReportMetadata().report, recommendations: [items[0].meta] },
      partId: "p",
    });
    expect(state.items).toHaveLength(1);
  });

  it("keeps one notice per topic and message, newest first, and drops a solved problem", () => {
    let state = initialWordState();
    const notify = (
      id: number,
      key: "saved" | "trackedChanges" | "findNone",
      topic?: "trackedChanges"
    ) =>
      (state = wordReducer(state, {
        type: "notify",
        notice: { id, intent: "info", key: key as "findNone", topic },
      }));
    notify(1, "findNone");
    notify(2, "trackedChanges", "trackedChanges");
    notify(3, "findNone");
    expect(state.notices.map((n) => n.id)).toEqual([3, 2]);
    state = wordReducer(state, { type: "solved", topic: "trackedChanges" });
    expect(state.notices.map((n) => n.id)).toEqual([3]);
  });
});

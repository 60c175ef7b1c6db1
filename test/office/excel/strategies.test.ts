import { literalList } from "../../../src/core/schema/workbook-plan";
import { VOCABULARIES } from "../../../src/core/schema/vocabularies";
import { applyTracker, officeExcelHost } from "../../../src/office/excel";
import { FakeHost } from "../../support/office";
import { trackerWithRows } from "./fixtures";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const KINDS_BEFORE = [
  "Draft sent for comment",
  "Response received",
  "Action plan agreed",
  "Reminder sent",
  "Meeting",
  "Follow-up visit",
  "Status changed",
  "Other",
];

/** The History sheet's list rules (the event kinds' is the one with a literal list). */
function kindRules(f: FakeHost) {
  return f.workbook.sheet("Follow-up history").validations.filter((v) => {
    const list = (v.rule as { list?: { source?: string } } | null)?.list;
    return typeof list?.source === "string" && !list.source.startsWith("=");
  });
}

describe("a tracker made before the strategies were event kinds", () => {
  it.each([10, 10000])(
    "gets them in the History's drop-down when the tracker is brought up to date (%i rows), in the same requests",
    async (rows) => {
      fake = await trackerWithRows(rows);
      // As a tracker of schema v2 made before: its rule names the eight kinds of then.
      const [rule] = kindRules(fake);
      expect(rule).toBeDefined();
      rule.rule = { list: { inCellDropDown: true, source: literalList(KINDS_BEFORE) } };
      fake.resetCounters();
      await applyTracker(officeExcelHost(), { language: "en" });
      // 2 to read the structure, 1 for the rows (the History's header with them), 1 to write; one
      // more at 10,000 rows for the Follow-up list's rows past 3 MB.
      expect(fake.syncCount).toBe(rows === 10000 ? 5 : 4);
      const after = kindRules(fake);
      expect(after).toHaveLength(1);
      expect((after[0].rule as { list: { source: string } }).list.source).toBe(
        literalList(VOCABULARIES.eventKind.values.map((value) => value.labels.en))
      );
      expect(after[0].rect).toEqual(rule.rect);
    }
  );
});

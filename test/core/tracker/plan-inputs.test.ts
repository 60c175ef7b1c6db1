import { TRACKER_COLUMNS } from "../../../src/core/schema/columns";
import {
  adoptedTrackerContent,
  freeSheetNames,
  recogniseRenamed,
} from "../../../src/core/tracker/plan-inputs";
import { languageOfSheet } from "../../../src/core/tracker/sheet-language";
import { listValuesOf } from "../../../src/core/tracker/cells";
import { adoptRows, proposeMapping } from "../../../src/core/tracker/legacy";
import { seededRandom } from "../../support/xlsx";

describe("choices made before building a plan", () => {
  it("names sheets so they never clash with the user's", () => {
    expect(
      freeSheetNames("en", ["dashboard", "Dashboard (2)", "Lists"], { followUp: "My follow-up" })
    ).toEqual({
      recommendations: "Recommendations",
      stakeholders: "Stakeholders",
      stakeholderGrid: "Power-interest grid",
      lists: "Lists (2)",
      dashboard: "Dashboard (3)",
      followUp: "My follow-up",
      history: "Follow-up history",
    });
  });

  it("tells the tracker language from the headers", () => {
    expect(
      languageOfSheet(
        TRACKER_COLUMNS.map((c) => c.headers.fr),
        [],
        "en"
      )
    ).toBe("fr");
    expect(
      languageOfSheet(
        TRACKER_COLUMNS.map((c) => c.headers.es),
        [],
        "en"
      )
    ).toBe("es");
    expect(languageOfSheet(["Something else"], [], "fr")).toBe("fr");
  });

  it("collects the words of extendable lists, several-value cells split", () => {
    expect(
      listValuesOf([
        { authority: "Police; Ministry of Health", groups: "Women; Children" },
        { authority: "Police" },
      ])
    ).toMatchObject({
      authority: ["Police", "Ministry of Health", "Police"],
      groups: ["Women", "Children"],
    });
  });

  it("takes a reworded header for a missing column only when sure", () => {
    const headers = TRACKER_COLUMNS.filter((c) => c.key !== "text" && c.key !== "status").map(
      (c) => c.headers.en
    );
    const metadata = recogniseRenamed(
      [...headers, "Recommendation text", "Status of funding"],
      null,
      "en"
    );
    expect(metadata?.headers).toEqual({ text: "Recommendation text" });
    const unchanged = recogniseRenamed(
      TRACKER_COLUMNS.map((c) => c.headers.en),
      null,
      "en"
    );
    expect(unchanged).toBeNull();
  });

  it("fills a tracker made from an adopted sheet: schema columns, then the user's own", () => {
    const text =
      "The director should see that every detained person is told of their rights in writing.";
    const mapping = proposeMapping([
      ["Deadline", "Recommendation", "Place", "Budget line"],
      ["2024-01-10", text, "Northgate prison", "B-12"],
    ]);
    const adopted = adoptRows(
      [
        ["Deadline", "Recommendation", "Place", "Budget line"],
        ["2024-01-10", text, "Northgate prison", "B-12"],
      ],
      mapping,
      seededRandom(7)
    );
    const content = adoptedTrackerContent(adopted, "en", "2025-03-01");
    expect(content.extraColumns).toEqual(["Budget line"]);
    expect(content.rows).toHaveLength(1);
    expect(content.rows[0]).toHaveLength(TRACKER_COLUMNS.length + 1);
    expect(content.rows[0]).toContain(text);
    expect(content.rows[0][TRACKER_COLUMNS.length]).toBe("B-12");
    expect(content.listExtras.place).toEqual(["Northgate prison"]);
    expect(content.dashboard.figures?.tables.length).toBeGreaterThan(0);
    expect(content.followUpRows).toHaveLength(1);
  });
});

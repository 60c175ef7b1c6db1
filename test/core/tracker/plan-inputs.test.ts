import { TRACKER_COLUMNS } from "../../../src/core/schema/columns";
import {
  freeSheetNames,
  languageOfHeaders,
  recogniseRenamed,
} from "../../../src/core/tracker/plan-inputs";
import { listValuesOf } from "../../../src/core/tracker/cells";

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
      languageOfHeaders(
        TRACKER_COLUMNS.map((c) => c.headers.fr),
        "en"
      )
    ).toBe("fr");
    expect(
      languageOfHeaders(
        TRACKER_COLUMNS.map((c) => c.headers.es),
        "en"
      )
    ).toBe("es");
    expect(languageOfHeaders(["Something else"], "fr")).toBe("fr");
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
});

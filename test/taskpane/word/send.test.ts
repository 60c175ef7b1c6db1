import { SignInError } from "../../../src/graph/auth";
import { GraphProblem, GraphProblemCode } from "../../../src/graph/client";
import { en } from "../../../src/taskpane/word/i18n/en";
import { problemOf, trackerLinkOk } from "../../../src/taskpane/word/send";

describe("Send to tracker: the user's words for each problem", () => {
  const codes: GraphProblemCode[] = [
    "signedOut",
    "consent",
    "noAccess",
    "notTracker",
    "olderSchema",
    "throttled",
    "offline",
    "sessionExpired",
    "changed",
    "unknown",
  ];

  it.each(codes)("has a message for Graph's %s", (code) => {
    const problem = problemOf(new GraphProblem(code, { detail: "developer text" }));
    expect(en[problem.key]).toBeTruthy();
    expect(problem.key).toBe(`graph_${code}`);
  });

  it("offers to open an older tracker in Excel and names its missing columns", () => {
    const problem = problemOf(
      new GraphProblem("olderSchema", { missing: ["scope", "keywords"] }),
      "https://contoso.sharepoint.com/tracker.xlsx"
    );
    expect(problem).toEqual({
      key: "graph_olderSchema",
      values: { columns: "scope, keywords" },
      webUrl: "https://contoso.sharepoint.com/tracker.xlsx",
    });
  });

  it("says so when a failed send could not be undone whatever the cause", () => {
    expect(problemOf(new GraphProblem("offline", { partlyWritten: true })).key).toBe(
      "graph_partlyWritten"
    );
  });

  it("words sign-in problems, consent the same way as Graph's", () => {
    expect(problemOf(new SignInError("notConfigured")).key).toBe("signIn_notConfigured");
    expect(problemOf(new SignInError("cancelled")).key).toBe("signIn_cancelled");
    expect(problemOf(new SignInError("blocked")).key).toBe("signIn_blocked");
    expect(problemOf(new SignInError("consent")).key).toBe("graph_consent");
    expect(problemOf(new SignInError("failed", "AADSTS50011 redirect"))).toEqual({
      key: "signIn_failed",
      details: "AADSTS50011 redirect",
    });
  });

  it("accepts https links only", () => {
    expect(trackerLinkOk("https://contoso.sharepoint.com/:x:/s/npm/EAbCdEfG")).toBe(true);
    expect(trackerLinkOk("  https://1drv.ms/x/s!AbC  ")).toBe(true);
    expect(trackerLinkOk("http://contoso.sharepoint.com/:x:/s/npm/EAbCdEfG")).toBe(false);
    expect(trackerLinkOk("javascript:alert(1)")).toBe(false);
    expect(trackerLinkOk("tracker.xlsx")).toBe(false);
    expect(trackerLinkOk("https://contoso.sharepoint.com/")).toBe(false);
  });
});

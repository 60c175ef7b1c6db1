import { languageFromLocale, translator } from "../../src/taskpane/shared/i18n";
import { hostStatusText } from "../../src/taskpane/shared/PaneShell";
import { isDarkBackground, luminance } from "../../src/taskpane/shared/theme";
import type { HostInfo } from "../../src/office/host";

/** Keys, placeholders and translations of every catalogue: test/taskpane/i18n.test.ts. */
describe("UI catalogues", () => {
  it("follows Office's display language and falls back to English", () => {
    expect(languageFromLocale("fr-FR")).toBe("fr");
    expect(languageFromLocale("es-419")).toBe("es");
    expect(languageFromLocale("de-DE")).toBe("en");
    expect(languageFromLocale(undefined)).toBe("en");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = translator("en");
    expect(t("statusWrongPane", { expected: "Excel", host: "Word" })).toBe(
      "This pane is for Excel; you opened it in Word."
    );
    expect(t("statusWrongPane")).toContain("{expected}");
  });
});

describe("host status line", () => {
  const t = translator("en");
  const host = (overrides: Partial<HostInfo>): HostInfo => ({
    kind: "excel",
    platform: "PC",
    requirementSets: ["ExcelApi 1.17"],
    displayLanguage: "en-US",
    themeBackground: null,
    ...overrides,
  });

  it("says when the pane runs outside Office or without office.js", () => {
    expect(hostStatusText("excel", { phase: "ready", host: host({ kind: "none" }) }, t)).toMatch(
      /outside Office/
    );
    expect(hostStatusText("word", { phase: "unavailable" }, t)).toMatch(/could not be loaded/);
  });

  // Design change (issue 18): no developer words ("Supported: WordApi 1.9") in the status line.
  it("names the host, without platform or requirement sets", () => {
    expect(hostStatusText("excel", { phase: "ready", host: host({}) }, t)).toBe(
      "Connected to Excel."
    );
    expect(
      hostStatusText(
        "word",
        {
          phase: "ready",
          host: host({ kind: "word", requirementSets: ["WordApi 1.4", "WordApiDesktop 1.1"] }),
        },
        t
      )
    ).toBe("Connected to Word.");
  });

  it("warns when a pane is opened in the other host", () => {
    expect(hostStatusText("excel", { phase: "ready", host: host({ kind: "word" }) }, t)).toBe(
      "This pane is for Excel; you opened it in Word."
    );
  });
});

describe("theme", () => {
  it("reads Office's dark and black themes as dark, white and colourful as light", () => {
    expect(isDarkBackground("#262626", false)).toBe(true);
    expect(isDarkBackground("#000000", false)).toBe(true);
    expect(isDarkBackground("#ffffff", true)).toBe(false);
    expect(isDarkBackground("#e6e6e6", true)).toBe(false);
  });

  it("follows the browser outside Office or when the colour is unreadable", () => {
    expect(isDarkBackground(null, true)).toBe(true);
    expect(isDarkBackground("not a colour", false)).toBe(false);
    expect(luminance("#fff")).toBeNull();
  });
});

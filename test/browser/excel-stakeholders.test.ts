/**
 * The Excel pane's stakeholder view in Chromium with the strict Excel fake
 * (dist/excel.html, `npm run build:dev`), in English, French and Spanish:
 * the tracker is created, actors are typed in its Stakeholders sheet, a
 * recommendation's row is selected and its actors shown with their
 * quadrant and approach; then a Rec ID is typed and looked up with the
 * keyboard alone. axe and the keyboard audit run on each state;
 * screenshots go to test-artifacts/.
 */
import type { Page } from "playwright-core";
import { TABLE_ORDER } from "../../src/core/schema/columns";
import type { Language } from "../../src/core/schema/plan";
import { QUADRANTS, STAKEHOLDERS_TABLE } from "../../src/core/schema/stakeholders";
import { PLAN_TEXTS } from "../../src/core/schema/texts";
import { en } from "../../src/taskpane/excel/i18n/en";
import { es } from "../../src/taskpane/excel/i18n/es";
import { fr } from "../../src/taskpane/excel/i18n/fr";
import { formatProblems, saveScreenshot, excelPaneOnFake, auditOrThrow } from "../support/browser";

const pane = excelPaneOnFake("excel-stakeholders-");

async function audit(page: Page, state: string): Promise<void> {
  await page.waitForTimeout(500);
  await auditOrThrow(page, state);
}

/** Two recommendations and three actors, typed in the tracker's language, the second row selected. */
const ACTORS: Record<Language, string[][]> = {
  en: [
    ["Ministry of Health", "Ministry", "High", "Low", "Neutral", "Health care", ""],
    ["Families' association", "Families", "Low", "High", "Supportive", "REC-2", ""],
    ["Local newspaper", "Media", "Low", "Low", "", "REC-1", ""],
  ],
  fr: [
    ["Ministère de la santé", "Ministère", "Élevé", "Faible", "Neutre", "Santé", ""],
    ["Association des familles", "Familles", "Faible", "Élevé", "Favorable", "REC-2", ""],
    ["Journal local", "Médias", "Faible", "Faible", "", "REC-1", ""],
  ],
  es: [
    ["Ministerio de Salud", "Ministerio", "Alto", "Bajo", "Neutral", "Salud", ""],
    ["Asociación de familias", "Familias", "Bajo", "Alto", "A favor", "REC-2", ""],
    ["Periódico local", "Medios de comunicación", "Bajo", "Bajo", "", "REC-1", ""],
  ],
};
const THEME: Record<Language, string> = { en: "Health care", fr: "Santé", es: "Salud" };

async function fill(page: Page, language: Language): Promise<void> {
  const width = TABLE_ORDER.length;
  const row = (id: string, ref: string) => {
    const cells: string[] = Array.from({ length: width }, () => "");
    cells[TABLE_ORDER.indexOf("id")] = id;
    cells[TABLE_ORDER.indexOf("ref")] = ref;
    cells[TABLE_ORDER.indexOf("text")] = `Recommendation ${ref}`;
    cells[TABLE_ORDER.indexOf("theme")] = THEME[language];
    return cells;
  };
  await page.evaluate(
    ({ recs, actors, stakeholders, sheet }) => {
      type Table = {
        sheet: { seed(at: string, rows: string[][]): void };
        rect: { r0: number; c0: number; r1: number; c1: number };
      };
      const wb = (
        window as unknown as {
          __excelFake: {
            workbook: {
              findTable(name: string): Table;
              sheet(name: string): unknown;
              selection: { sheet: unknown; rect: unknown } | null;
            };
          };
        }
      ).__excelFake.workbook;
      for (const [name, rows] of [
        ["Recommendations", recs],
        [stakeholders, actors],
      ] as const) {
        const table = wb.findTable(name);
        table.sheet.seed(`A${table.rect.r0 + 2}`, rows);
        table.rect = { ...table.rect, r1: table.rect.r0 + rows.length };
      }
      wb.selection = { sheet: wb.sheet(sheet), rect: { r0: 2, c0: 3, r1: 2, c1: 3 } };
    },
    {
      recs: [row("REC-1", "1"), row("REC-2", "2")],
      actors: ACTORS[language],
      stakeholders: STAKEHOLDERS_TABLE,
      sheet: PLAN_TEXTS[language].sheets.recommendations,
    }
  );
}

it.each([
  ["en-US", "en", en],
  ["fr-FR", "fr", fr],
  ["es-ES", "es", es],
] as const)(
  "shows a recommendation's actors, quadrant and approach in %s, with axe and the keyboard",
  async (lang, language, t) => {
    const {
      page,
      context,
      network,
      console: consoleGuard,
    } = await pane.harness.open(`excel.html?theme=light&lang=${lang}`, {
      colorScheme: "light",
      viewport: { width: 360, height: 900 },
      officeJs: pane.fakeBundle,
    });
    try {
      await page.getByRole("button", { name: t.createTracker }).click({ timeout: 15_000 });
      await page.waitForFunction(
        (name) =>
          Boolean(
            (
              window as unknown as { __excelFake: { workbook: { findTable(n: string): unknown } } }
            ).__excelFake.workbook.findTable(name)
          ),
        STAKEHOLDERS_TABLE
      );
      await page.getByRole("button", { name: t.createTracker }).waitFor({ state: "detached" });
      await fill(page, language);
      await page.getByRole("tab", { name: t.tabFollowUp }).click();
      await page.getByRole("heading", { name: t.actorsHeading }).waitFor();

      // The selected row (REC-2): the ministry by its theme, the families by its Rec ID; not the newspaper.
      await page.getByRole("button", { name: t.actorsShow }).click();
      const list = page.getByRole("list", { name: t.actorsHeading });
      await list.waitFor();
      const items = list.getByRole("listitem");
      expect(await items.count()).toBe(2);
      const first = (await items.nth(0).innerText()).replace(/\s+/g, " ");
      const second = (await items.nth(1).innerText()).replace(/\s+/g, " ");
      expect(first).toContain(ACTORS[language][0][0]);
      expect(first).toContain(QUADRANTS.keepSatisfied.name[language]);
      expect(first).toContain(QUADRANTS.keepSatisfied.approach[language]);
      expect(second).toContain(ACTORS[language][1][0]);
      expect(second).toContain(QUADRANTS.keepInformed.name[language]);
      await audit(page, `${lang}: actors of the selected row`);
      await saveScreenshot(page, `excel-stakeholders-${lang}`, "light");

      // The keyboard alone: type a Rec ID, Tab to the button, Enter.
      await page.getByLabel(t.actorsId, { exact: true }).focus();
      await page.keyboard.type("rec-1");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.getByText(ACTORS[language][2][0]).waitFor();
      // REC-1: the newspaper by its Rec ID, the ministry by the theme both recommendations share.
      expect(await items.count()).toBe(2);
      const newspaper = (await items.nth(1).innerText()).replace(/\s+/g, " ");
      expect(newspaper).toContain(ACTORS[language][2][0]);
      expect(newspaper).toContain(QUADRANTS.monitor.approach[language]);
      // A Rec ID no row has: said in the pane's language.
      await page.getByLabel(t.actorsId, { exact: true }).fill("REC-404");
      await page.getByRole("button", { name: t.actorsShow }).click();
      await page.getByText(t.actorsNotFound.replace("{id}", "REC-404")).waitFor();
      await audit(page, `${lang}: unknown Rec ID`);

      expect(formatProblems(consoleGuard.problems)).toBe("");
      expect(network.leaving).toEqual([]);
    } finally {
      await context.close();
    }
  },
  90_000
);

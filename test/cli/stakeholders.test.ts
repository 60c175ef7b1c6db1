import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { buildWorkbookPlan, QUADRANTS, STAKEHOLDER_TEXTS } from "../../src/core/schema";
import { buildTemplate } from "../../src/files/xlsx/apply-plan";
import { firstReleaseTrackerBytes, sampleRecords, seededRandom } from "../support/xlsx";

async function rectrack(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await main(args, { out: (text) => (out += text), err: () => undefined });
  return { code, out };
}

describe("rectrack and the Stakeholders sheet", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), "rectrack-stakeholders-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("stats gives the actors per quadrant, in JSON and in the tracker's language", async () => {
    const plan = buildWorkbookPlan({ language: "fr" });
    plan.sheets.find((s) => s.key === "stakeholders")!.tables[0].rows = [
      ["Ministère", "Ministère", "Élevé", "Faible", "Neutre", "Santé", null],
      ["Direction", "Direction d'établissement", "Moyen", "Élevé", "Opposé", "", null],
      ["Familles", "Familles", "Faible", "Moyen", "Favorable", "", null],
      ["ONG", "ONG", "Faible", "Faible", null, "", null],
      ["Presse", "Médias", null, null, null, "", null],
    ];
    const path = join(dir, "fr.xlsx");
    await fs.writeFile(path, await buildTemplate(plan));
    const json = await rectrack(["stats", path, "--json", "--today", "2026-03-01"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).stakeholders).toEqual({
      manageClosely: 1,
      keepSatisfied: 1,
      keepInformed: 1,
      monitor: 1,
      notPlaced: 1,
    });
    const text = await rectrack(["stats", path, "--today", "2026-03-01"]);
    expect(text.out).toContain(STAKEHOLDER_TEXTS.fr.gridTitle);
    expect(text.out).toContain(`${QUADRANTS.keepSatisfied.name.fr}: 1`);
  });

  it("upgrade says it added the sheets; stats of a tracker without them gives null", async () => {
    const path = join(dir, "old.xlsx");
    await fs.writeFile(
      path,
      await firstReleaseTrackerBytes(sampleRecords(5, seededRandom(1), "2026-03-01"))
    );
    const before = await rectrack(["stats", path, "--json", "--today", "2026-03-01"]);
    expect(JSON.parse(before.out).stakeholders).toBeNull();
    const upgrade = await rectrack(["upgrade", path, "--today", "2026-03-01"]);
    expect(upgrade.code).toBe(0);
    expect(upgrade.out).toContain("Added the Stakeholders sheet and the power-interest grid");
    const after = await rectrack(["stats", path, "--json", "--today", "2026-03-01"]);
    expect(JSON.parse(after.out).stakeholders).toEqual({
      manageClosely: 0,
      keepSatisfied: 0,
      keepInformed: 0,
      monitor: 0,
      notPlaced: 0,
    });
  }, 60000);
});

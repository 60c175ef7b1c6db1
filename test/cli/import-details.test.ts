/**
 * What `rectrack import` writes besides the text (issue 21): the report's
 * date as "Date made", its place, each recommendation's deadline, in every
 * layout and language the reader knows; a report that does not give its
 * date is refused in one line unless --report-date gives it; a tracker filled
 * before this reading is corrected, never a value a user typed.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/rectrack";
import { readTracker } from "../../src/files/xlsx/reader";
import { buildDocx, heading, numbered, para, table, type Block } from "../support/docx";
import {
  CORRECTED,
  EARLIER_TITLE,
  REPORT_DATE,
  TEXT_A,
  TEXT_B,
  earlierRows,
} from "../support/earlierImport";
import { trackerBytes } from "../support/xlsx";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-details-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

let n = 0;
async function imported(blocks: Block[], extra: string[] = []) {
  const input = join(dir, `report-${++n}.docx`);
  await fs.writeFile(input, await buildDocx({ blocks }));
  const tracker = join(dir, `tracker-${n}.xlsx`);
  const result = await run(["import", input, tracker, "--today", "2026-03-01", ...extra]);
  expect(result.err).toBe("");
  const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows.map((r) => r.values);
  return { ...result, rows };
}

const pick = (rows: Record<string, unknown>[], key: string) => rows.map((r) => r[key] ?? "");

describe("rectrack import writes the report's date, place and deadlines", () => {
  it("a details block under the title and a numbered list (English)", async () => {
    const { rows } = await imported([
      heading(1, "Report on the visit to Bramley Prison"),
      para(
        "National monitoring body\nReport No. MB-2025-03\nDate of report: 4 February 2025\nDates of visit: 2-3 December 2024\nPlace visited: Bramley Prison, 12 Canal Road, Bramley"
      ),
      heading(1, "Findings"),
      para("During the previous visit on 3 June 2019 the delegation found cold cells."),
      heading(1, "Recommendations"),
      ...numbered("recs", [
        "The Ministry of Justice should reduce the number of prisoners to the official capacity by 31 December 2025.",
        "The director should open the library every day, within six months.",
        "The director should ensure that every new prisoner sees a doctor within 24 hours of admission.",
        "The Ministry of Justice should rebuild Wing C before the end of 2026.",
      ]),
    ]);
    expect(pick(rows, "dateMade")).toEqual(Array(4).fill("2025-02-04"));
    expect(pick(rows, "place")).toEqual(Array(4).fill("Bramley Prison"));
    expect(pick(rows, "placeType")).toEqual(Array(4).fill("Prison"));
    expect(pick(rows, "deadline")).toEqual(["2025-12-31", "2025-08-04", "", "2026-12-31"]);
  });

  it("'The NPM recommends' paragraphs, a letter's heading and several places (English)", async () => {
    const { rows } = await imported([
      para("London, 3 March 2025"),
      heading(1, "Report on visits to police stations in Harrow"),
      para("Places visited: Westgate Police Station; Eastgate Police Station"),
      heading(2, "Custody cells"),
      para(
        "The cells at Eastgate were dark. The NPM recommends that the cells at Eastgate Police Station be repainted within two months."
      ),
      heading(2, "Instructions"),
      para(
        "Officers did not know the rules. The NPM recommends that the Chief Constable issue a written instruction on the use of force by 30 June 2025."
      ),
    ]);
    expect(pick(rows, "dateMade")).toEqual(["2025-03-03", "2025-03-03"]);
    expect(pick(rows, "place")).toEqual(["Eastgate Police Station", ""]);
    expect(pick(rows, "placeType")).toEqual(["Police station", "Police station"]);
    expect(pick(rows, "deadline")).toEqual(["2025-05-03", "2025-06-30"]);
  });

  it("a table with addressee, timeframe and priority columns (English)", async () => {
    const { rows } = await imported([
      heading(1, "Visit to the Lowmoor Immigration Removal Centre"),
      para("Date: 10 March 2025"),
      heading(1, "Recommendations"),
      table([
        ["No.", "Recommendation", "Addressee", "Timeframe", "Priority"],
        ["1", "End the detention of children at the centre.", "Home Office", "Immediately", "High"],
        [
          "2",
          "Provide written information on rights in a language detainees understand.",
          "Centre manager",
          "3 months",
          "High",
        ],
        [
          "3",
          "Guarantee free legal advice to every detainee.",
          "Home Office and the Ministry of Justice",
          "By 30 June 2025",
          "Medium",
        ],
        ["4", "Consider alternatives to detention.", "Home Office", "Long term", "Low"],
      ]),
    ]);
    expect(pick(rows, "dateMade")).toEqual(Array(4).fill("2025-03-10"));
    expect(pick(rows, "place")).toEqual(Array(4).fill("Lowmoor Immigration Removal Centre"));
    expect(pick(rows, "placeType")).toEqual(Array(4).fill("Immigration detention centre"));
    expect(pick(rows, "deadline")).toEqual(["", "2025-06-10", "2025-06-30", ""]);
    expect(pick(rows, "timeframe")).toEqual(["short", "", "", "long"]);
    expect(pick(rows, "priority")).toEqual(["high", "high", "medium", "low"]);
    expect(rows[2].authority).toBe("Home Office; Ministry of Justice");
  });

  it("a French letter with its recommendations (French)", async () => {
    const { rows } = await imported([
      para("Toulouse, le 3 mars 2025"),
      heading(1, "Rapport de visite du centre pénitentiaire de Montbrun"),
      para(
        "La délégation a constaté que les douches étaient dégradées et que le personnel manquait."
      ),
      heading(1, "Recommandations"),
      ...numbered("recs", [
        "Le directeur devrait rénover les douches d'ici au 30 septembre 2025.",
        "Le ministère de la Justice devrait recruter deux médecins dans un délai de six mois.",
        "Le directeur devrait veiller à ce que chaque arrivant soit vu par un médecin dans les 24 heures.",
      ]),
    ]);
    expect(pick(rows, "dateMade")).toEqual(Array(3).fill("2025-03-03"));
    expect(pick(rows, "place")).toEqual(Array(3).fill("Centre pénitentiaire de Montbrun"));
    expect(pick(rows, "placeType")).toEqual(Array(3).fill("Prison"));
    expect(pick(rows, "deadline")).toEqual(["2025-09-30", "2025-09-03", ""]);
  });

  it("a Spanish resolution with a dated line per recommendation (Spanish)", async () => {
    const { rows } = await imported([
      heading(1, "Visita a la Comisaría de Policía de Torralba"),
      para(
        "Como consecuencia de la visita realizada el 12 de noviembre de 2024 se formulan las siguientes resoluciones, al amparo de la Ley Orgánica 3/1981, de 6 de abril."
      ),
      heading(1, "Recomendaciones"),
      ...numbered("recs", [
        "Que se reparen las ventanas de los calabozos a más tardar el 31 de marzo de 2025.",
        "Que se instale un sistema de videovigilancia en el plazo de tres meses.",
        "Que se informe a las personas detenidas de sus derechos.",
      ]),
      para("Fecha: 14/01/2025"),
    ]);
    expect(pick(rows, "dateMade")).toEqual(Array(3).fill("2025-01-14"));
    expect(pick(rows, "place")).toEqual(Array(3).fill("Comisaría de Policía de Torralba"));
    expect(pick(rows, "placeType")).toEqual(Array(3).fill("Police station"));
    expect(pick(rows, "deadline")).toEqual(["2025-03-31", "2025-04-14", ""]);
  });
});

describe("a report that does not give its date", () => {
  const blocks = [
    heading(1, "Report on the visit to Bramley Prison, 14 March 2025"),
    para("The delegation visited the prison on 14 March 2025."),
    heading(1, "Recommendations"),
    ...numbered("recs", ["The director should repair the showers within three months."]),
  ];

  it("is refused in one line, nothing written, until --report-date gives the date", async () => {
    const input = join(dir, "undated.docx");
    await fs.writeFile(input, await buildDocx({ blocks }));
    const tracker = join(dir, "undated.xlsx");
    const refused = await run(["import", input, tracker]);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err.trim().split("\n")).toHaveLength(1);
    expect(refused.err).toMatch(/give it with --report-date YYYY-MM-DD/);
    await expect(fs.access(tracker)).rejects.toThrow();

    const given = await run(["import", input, tracker, "--report-date", "2025-05-20", "--json"]);
    expect(given.code).toBe(0);
    const json = JSON.parse(given.out) as { reportDate: { date: string; from: string } };
    expect(json.reportDate).toEqual({ date: "2025-05-20", from: "given" });
    const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows[0].values).toMatchObject({ dateMade: "2025-05-20", deadline: "2025-08-20" });

    expect((await run(["import", input, tracker, "--report-date", "20/05/2025"])).err).toMatch(
      /--report-date must be a date like/
    );
  });

  it("the summary says the date used and where it came from", async () => {
    const { out } = await imported([
      heading(1, "Visit to Bramley Prison"),
      para("Date of report: 4 February 2025"),
      heading(1, "Recommendations"),
      ...numbered("recs", ["The director should repair the showers."]),
    ]);
    expect(out).toContain("Report date: 2025-02-04 (read from the report).");
  });
});

describe("re-importing into a tracker filled before report details were read", () => {
  it("corrects date made, place, type of place, deadline and addressees, and says how many rows", async () => {
    const input = join(dir, "bramley.docx");
    await fs.writeFile(
      input,
      await buildDocx({
        blocks: [
          heading(1, EARLIER_TITLE),
          para(`Date of report: 2 June 2025\nPlace visited: Bramley Prison, 4 Mill Lane`),
          heading(1, "Recommendations"),
          ...numbered("recs", [TEXT_A, TEXT_B]),
        ],
      })
    );
    const tracker = join(dir, "earlier.xlsx");
    await fs.writeFile(tracker, await trackerBytes(earlierRows()));
    const result = await run(["import", input, tracker, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      summary: { corrected: number };
      reportDate: { date: string; from: string };
    };
    expect(json.summary).toMatchObject({ added: 0, updated: 2, corrected: 2 });
    expect(json.reportDate).toMatchObject({ date: REPORT_DATE, from: "report" });
    const rows = (await readTracker(await fs.readFile(tracker), tracker)).rows;
    expect(rows.map((r) => r.values)).toEqual([
      expect.objectContaining(CORRECTED[0]),
      expect.objectContaining(CORRECTED[1]),
    ]);
    const again = await run(["import", input, tracker]);
    expect(again.out).toContain("0 added, 0 updated, 2 unchanged, 0 flagged.");
    expect(again.out).not.toContain("corrected");
  });

  it("the printed summary counts the corrected rows", async () => {
    const input = join(dir, "bramley2.docx");
    await fs.writeFile(
      input,
      await buildDocx({
        blocks: [
          heading(1, EARLIER_TITLE),
          para("Date of report: 2 June 2025"),
          heading(1, "Recommendations"),
          ...numbered("recs", [TEXT_A, TEXT_B]),
        ],
      })
    );
    const tracker = join(dir, "earlier2.xlsx");
    await fs.writeFile(tracker, await trackerBytes(earlierRows()));
    const { out } = await run(["import", input, tracker]);
    expect(out).toContain("2 of the updated rows were corrected");
  });
});

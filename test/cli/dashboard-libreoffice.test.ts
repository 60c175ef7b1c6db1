import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { BATCH_FORMAT, BATCH_VERSION, RecommendationBatch } from "../../src/core/model/batch";
import {
  emptyReportDetails,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../src/core/model/reportMetadata";
import { PLAN_TEXTS, VOCABULARIES } from "../../src/core/schema";
import { cellValues } from "../../src/core/tracker/cells";
import { readTracker } from "../../src/files/xlsx/reader";
import { buildDocx, control, heading, para } from "../support/docx";
import { libreOfficeAvailable, recalculatedSheets } from "../support/libreoffice";

/**
 * Acceptance: four reports imported with `rectrack import` (two tagged in
 * Word, two batches), with addressees, themes and places, some of them
 * written differently ("Healthcare", "health care"), some recommendations
 * addressed to two authorities at once; then LibreOffice recalculates the
 * Dashboard. Every section adds up to the number of recommendations with
 * its "(not set)" row, and shows every value found, most frequent first.
 */

interface Rec {
  text: string;
  addressee?: string;
  theme?: string;
  place?: string;
  placeType?: string;
}

const REPORTS: { id: string; title: string; date: string; recs: Rec[]; as: "docx" | "json" }[] = [
  {
    id: "visit-harbour-2024",
    title: "Visit to Harbour Police Station",
    date: "2024-05-22",
    as: "docx",
    recs: [
      {
        text: "The police should give every detainee a written notice of rights in a language they understand.",
        addressee: "Ministry of the Interior",
        theme: "Legal safeguards",
        place: "Harbour Police Station",
      },
      {
        text: "The station commander should keep the custody register complete and legible at all times.",
        addressee: "Harbour Police Station command",
        theme: "Registers and records",
        place: "Harbour Police Station",
      },
      {
        text: "The cells should have natural light and a working call bell within six months.",
        addressee: "Ministry of the Interior; Ministry of Justice",
        theme: "Material conditions",
        place: "Harbour Police Station",
      },
      {
        text: "A doctor should examine every person who alleges ill-treatment within 24 hours.",
        addressee: "Ministry of Health",
        theme: "Healthcare",
        place: "Harbour Police Station",
      },
      { text: "The authorities should record every use of handcuffs in the custody register." },
    ],
  },
  {
    id: "visit-elm-2025",
    title: "Visit to Elm Psychiatric Hospital",
    date: "2025-03-14",
    as: "json",
    recs: [
      {
        text: "The hospital should record every use of restraint in a dedicated register.",
        addressee: "Ministry of Health",
        theme: "Health care",
        place: "Elm Psychiatric Hospital",
        placeType: "Psychiatric hospital",
      },
      {
        text: "Patients should have daily access to the open air.",
        addressee: "Elm hospital management",
        theme: "Activities and regime",
        place: "Elm Psychiatric Hospital",
        placeType: "Psychiatric hospital",
      },
      {
        text: "Complaint boxes should be opened weekly by someone independent of the ward.",
        addressee: "Ministry of Health; Elm hospital management",
        theme: "Complaints and inspection",
        place: "Elm Psychiatric Hospital",
        placeType: "Psychiatric hospital",
      },
      {
        text: "Staff should be trained in de-escalation every year.",
        addressee: "Ministry of Health",
        theme: "health care",
        place: "Elm Psychiatric Hospital",
        placeType: "Psychiatric hospital",
      },
    ],
  },
  {
    id: "visit-northgate-2025",
    title: "Visit to Northgate Prison",
    date: "2025-10-02",
    as: "docx",
    recs: [
      {
        text: "Every prisoner should spend at least two hours a day outside the cell.",
        addressee: "Prison Service",
        theme: "Activities and regime",
        place: "Northgate Prison",
      },
      {
        text: "The prison should repair the showers on wing C within three months.",
        addressee: "Northgate Prison director",
        theme: "Material conditions",
        place: "Northgate Prison",
      },
      {
        text: "Prisoners should be able to call their families at least once a week.",
        addressee: "Prison Service",
        theme: "Contact with the outside world",
        place: "Northgate Prison",
      },
      {
        text: "Disciplinary hearings should be recorded and their outcome given in writing.",
        addressee: "Ministry of Justice; Prison Service",
        theme: "Discipline and isolation",
        place: "Northgate Prison",
      },
      {
        text: "A psychiatrist should visit the prison every week.",
        addressee: "Ministry of Health",
        theme: "Healthcare",
        place: "Northgate Prison",
      },
      { text: "The prison should publish its house rules in the languages spoken by prisoners." },
    ],
  },
  {
    id: "thematic-isolation-2026",
    title: "Thematic report on isolation",
    date: "2026-01-20",
    as: "json",
    recs: [
      {
        text: "Isolation should never exceed 15 consecutive days.",
        addressee: "Ministry of Justice",
        theme: "Discipline and isolation",
      },
      {
        text: "Every isolated person should be seen by a doctor daily.",
        addressee: "Ministry of Health; Ministry of Justice",
        theme: "Health care",
      },
      {
        text: "The law should set the grounds for isolation in police custody.",
        addressee: "Ministry of the Interior",
        theme: "Legal safeguards",
        placeType: "Police station",
      },
    ],
  },
];

function docxOf(report: (typeof REPORTS)[number]): Promise<Uint8Array> {
  const ids = report.recs.map(
    (_rec, i) => `${report.id.replace(/[^a-z0-9]/gi, "").slice(0, 8)}${String(i).padStart(4, "0")}`
  );
  return buildDocx({
    blocks: [
      heading(1, "Recommendations"),
      ...report.recs.map((rec, i) => control(tagOf(ids[i]), [para(rec.text)])),
    ],
    customXml: [
      serializeReportMetadata({
        report: {
          ...emptyReportDetails(),
          title: report.title,
          type: "visit",
          date: report.date,
          places: [],
        },
        recommendations: report.recs.map((rec, i) =>
          newRecommendationMeta(ids[i], {
            ref: String(i + 1),
            addressee: rec.addressee ?? "",
            theme: rec.theme ?? "",
            place: rec.place ?? "",
          })
        ),
      }),
    ],
  });
}

function batchOf(report: (typeof REPORTS)[number]): RecommendationBatch {
  return {
    format: BATCH_FORMAT,
    version: BATCH_VERSION,
    report: {
      id: report.id,
      title: report.title,
      type: "thematic",
      date: report.date,
      places: [],
      link: "",
    },
    recommendations: report.recs.map((rec, i) => ({
      ref: String(i + 1),
      text: rec.text,
      ...(rec.addressee ? { authority: rec.addressee } : {}),
      ...(rec.theme ? { theme: rec.theme } : {}),
      ...(rec.place ? { place: rec.place } : {}),
      ...(rec.placeType ? { placeType: rec.placeType } : {}),
    })),
  };
}

const quiet = { out: () => undefined, err: () => undefined };
const t = PLAN_TEXTS.en;

(libreOfficeAvailable() ? describe : describe.skip)(
  "the Dashboard after four imports, in LibreOffice",
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(join(tmpdir(), "rectrack-dashboard-lo-"));
    });
    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it("adds up to the total in every section, with its (not set) row, every value listed, most frequent first", async () => {
      const tracker = join(dir, "tracker.xlsx");
      for (const report of REPORTS) {
        const path = join(dir, `${report.id}.${report.as}`);
        await fs.writeFile(
          path,
          report.as === "docx" ? await docxOf(report) : JSON.stringify(batchOf(report))
        );
        expect(await main(["import", path, tracker, "--today", "2026-03-01"], quiet)).toBe(0);
      }
      const total = REPORTS.reduce((sum, report) => sum + report.recs.length, 0);
      const records = (await readTracker(await fs.readFile(tracker), tracker)).rows.map(
        (row) => row.values
      );
      expect(records).toHaveLength(total);

      const dashboard = (await recalculatedSheets([tracker], join(dir, "csv")))
        .get(tracker)!
        .get("Dashboard")!;
      expect(dashboard.find((row) => row[0] === t.total)?.[1]).toBe(String(total));
      /** A section's rows (label, count) down to its Total row. */
      const section = (title: string) => {
        const start = dashboard.findIndex((row) => row[0] === title);
        expect([title, start]).not.toEqual([title, -1]);
        const rows: [string, number][] = [];
        let r = start + 1;
        for (; dashboard[r][0] !== t.sectionTotal; r++)
          rows.push([dashboard[r][0], Number(dashboard[r][1])]);
        return { rows, total: Number(dashboard[r][1]) };
      };
      const titles = [
        t.byStatus,
        t.byAcceptance,
        t.byAuthority,
        t.byTheme,
        t.byPlace,
        t.byPlaceType,
      ];
      for (const title of titles) {
        const { rows, total: sectionTotal } = section(title);
        // Every section adds up to the number of recommendations, its (not set) row included.
        expect([title, rows.reduce((sum, [, n]) => sum + n, 0), sectionTotal]).toEqual([
          title,
          total,
          total,
        ]);
        expect(rows.some(([label]) => label === t.notSet)).toBe(true);
        // Nothing typed outside the Dashboard's labels: every value found has its own row.
        expect([title, rows.find(([label]) => label === t.otherValues)?.[1]]).toEqual([title, 0]);
        // Most frequent first.
        const labelled = rows.filter(([label]) => !label.startsWith("("));
        const counts = labelled.map(([, n]) => n);
        expect([title, counts]).toEqual([title, [...counts].sort((a, b) => b - a)]);
      }
      const expectCount = (title: string, key: "authority" | "theme" | "place" | "placeType") => {
        const { rows } = section(title);
        const expected = new Map<string, number>();
        let unset = 0;
        for (const record of records) {
          const values = cellValues(key, record[key]);
          if (values.length === 0) unset++;
          for (const value of values)
            expected.set(value.toLowerCase(), (expected.get(value.toLowerCase()) ?? 0) + 1);
        }
        for (const [label, n] of rows)
          if (!label.startsWith("("))
            expect([title, label, n]).toEqual([
              title,
              label,
              expected.get(label.toLowerCase()) ?? 0,
            ]);
        expect(rows.find(([label]) => label === t.notSet)?.[1]).toBe(unset);
        return rows;
      };
      // Several addressees in one cell count once for each: the Ministry of Health has six recommendations; four cells name two addressees.
      const authorities = expectCount(t.byAuthority, "authority");
      expect(authorities.find(([label]) => label === "Ministry of Health")?.[1]).toBe(6);
      expect(authorities.find(([label]) => label === "Ministry of Justice")?.[1]).toBe(4);
      expect(authorities.find(([label]) => label === t.countedForEach)?.[1]).toBe(-4);
      expectCount(t.byTheme, "theme");
      expectCount(t.byPlace, "place");
      expectCount(t.byPlaceType, "placeType");
      // Implementation: all "Not started" or not set, each status listed.
      const status = section(t.byStatus).rows.map(([label]) => label);
      for (const value of VOCABULARIES.status.values) expect(status).toContain(value.labels.en);

      // The years: each report's year counted, the total column adding up.
      const yearHeader = dashboard.findIndex((row) => row[0] === t.year);
      const years = new Map<string, number>();
      for (let r = yearHeader + 1; dashboard[r][0] !== t.sectionTotal; r++)
        if (dashboard[r][7] !== "") years.set(dashboard[r][0], Number(dashboard[r][7]));
      const sum = [...years.values()].reduce((a, b) => a + b, 0);
      expect(sum).toBe(total);
      expect(
        Number(dashboard.slice(yearHeader).find((row) => row[0] === t.sectionTotal)?.[7])
      ).toBe(total);

      // The data check then offers to write "Healthcare" and "health care" as the list's "Health care".
      const out: string[] = [];
      await main(["validate", tracker, "--fix"], {
        out: (s) => void out.push(s),
        err: () => undefined,
      });
      expect(out.join("")).toMatch(
        // "health care" is already written as the list's "Health care" by the import (case and accents fold).
        /Theme: write "Healthcare"(?:, "health care")? as "Health care"/
      );
    }, 180000);
  }
);

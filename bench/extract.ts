import { performance } from "perf_hooks";
import { findRecommendations } from "../src/core/extract";
import { checkRecommendation } from "../src/core/smart";
import { readDocx } from "../src/files/docx";
import { Block, buildDocx, bullets, heading, numbered, para, table } from "../test/support/docx";
import type { BenchRow } from "./types";

/**
 * A 300-page visit report (about 150,000 words) holding 300 recommendations
 * in the layouts reports use: "The NPM recommends" sentences inside finding
 * paragraphs, a numbered chapter, a recommendation table, labelled
 * paragraphs and bulleted lists under addressee headings.
 */

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const FILLER =
  "the delegation observed that detainees in the wing spent most of the day in their cells with little access to activities while staff described shortages of personnel and the registers were incomplete in several respects including the times of admission and release".split(
    " "
  );
const AUTHORITIES = [
  "the Ministry of Justice",
  "the Ministry of Health",
  "the Director of Northgate Prison",
  "the National Police Directorate",
  "the head of the medical unit",
];
const ACTIONS = [
  "install a working call bell in every cell within three months",
  "record every use of restraint in a dedicated register",
  "recruit two additional nurses by 31 December 2027 so that detainees see a nurse every day",
  "amend the regulation on solitary confinement to limit it to 15 days",
  "train all custodial staff in de-escalation techniques as a priority",
];

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(FILLER[Math.floor(rand() * FILLER.length)]);
  const text = out.join(" ");
  return text[0].toUpperCase() + text.slice(1) + ".";
}

function wordRun(text: string, k: number): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<w:r w:rsidR="00A1B2C${k % 10}" w:rsidRPr="00D4E5F6"><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${escaped} </w:t></w:r>`;
}

function recommendation(rand: () => number, k: number): string {
  const who = AUTHORITIES[k % AUTHORITIES.length];
  return `${who[0].toUpperCase()}${who.slice(1)} should ${ACTIONS[Math.floor(rand() * ACTIONS.length)]} (item ${k}).`;
}

export function syntheticReport(): { blocks: Block[]; expected: number } {
  const rand = seeded(7);
  const blocks: Block[] = [heading(1, "Report on the visit")];
  let recs = 0;
  // Findings: 30 sections of 32 paragraphs of about 150 words; one in eight ends with a recommendation.
  for (let s = 0; s < 30; s++) {
    blocks.push(heading(2, `Finding ${s + 1}`));
    for (let p = 0; p < 32; p++) {
      const sentences = Array.from({ length: 6 }, () => sentence(rand, 25));
      if (p % 8 === 7) {
        const who = AUTHORITIES[recs % AUTHORITIES.length];
        sentences.push(
          `The NPM recommends that ${who} ${ACTIONS[Math.floor(rand() * ACTIONS.length)]} (finding ${recs}).`
        );
        recs++;
      }
      // One formatted run per sentence, as Word writes them (fonts, size, language, revision ids).
      blocks.push(para(sentences.map((text, k) => ({ raw: wordRun(text, k) }))));
    }
  }
  blocks.push(heading(1, "Recommendations"));
  blocks.push(
    ...numbered(
      "chapter",
      Array.from({ length: 100 }, (_, k) => recommendation(rand, 1000 + k))
    )
  );
  recs += 100;
  blocks.push(heading(2, "Summary table"));
  blocks.push(
    table([
      ["No.", "Recommendation", "Addressee", "Timeframe", "Priority"],
      ...Array.from({ length: 50 }, (_, k) => [
        String(k + 1),
        `Provide ${ACTIONS[k % ACTIONS.length]} (table ${k}).`,
        "Ministry of Justice",
        "6 months",
        "High",
      ]),
    ])
  );
  recs += 50;
  blocks.push(heading(2, "Labelled recommendations"));
  for (let k = 0; k < 20; k++)
    blocks.push(para(`Recommendation ${k + 1}: ${recommendation(rand, 2000 + k)}`));
  recs += 20;
  blocks.push(heading(2, "To the Ministry of Health:"));
  blocks.push(
    ...bullets(
      "bullets",
      Array.from({ length: 10 }, (_, k) => `Ensure that ${ACTIONS[k % 5]} (bullet ${k}).`)
    )
  );
  recs += 10;
  return { blocks, expected: recs };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

export async function benchExtract(): Promise<BenchRow[]> {
  const { blocks, expected } = syntheticReport();
  const bytes = await buildDocx({ blocks });
  // Warm-up: the first run compiles regular expressions and JIT-compiles the code.
  findRecommendations((await readDocx(bytes)).paragraphs);

  const t0 = performance.now();
  const report = await readDocx(bytes);
  const t1 = performance.now();
  const found = findRecommendations(report.paragraphs);
  const t2 = performance.now();
  for (const rec of found) checkRecommendation({ text: rec.text, context: rec.context });
  const t3 = performance.now();

  const words = report.paragraphs.reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
  return [
    {
      name: `extract: synthetic report (${words.toLocaleString("en")} words, ${(bytes.length / 1024).toFixed(0)} KB .docx)`,
      figure: `${found.length} of ${expected} recommendations found`,
      target: `${expected}`,
    },
    { name: "extract: readDocx", figure: ms(t1 - t0), target: "reported separately" },
    { name: "extract: findRecommendations", figure: ms(t2 - t1), target: "" },
    { name: "extract: checkRecommendation on each", figure: ms(t3 - t2), target: "" },
    {
      name: "extract: find + check (one core)",
      figure: ms(t3 - t1),
      target: "< 1000 ms",
    },
  ];
}

/**
 * The demo's sample report: a short, invented visit report, untagged, so that the Word pane's
 * first step (find and tag) has work to do. Written for the demo; strong and weak
 * recommendations side by side, as a review meets them.
 */
import type { ParagraphSeed } from "../test/support/office";

export const SAMPLE_REPORT_TITLE = "Report on the visit to Riverside Police Station";

export const SAMPLE_RECOMMENDATIONS: readonly string[] = [
  "The Chief of Riverside Police should ensure that every person held overnight receives a mattress and a blanket, starting within one month, so that no one sleeps on the bare bench.",
  "The police should improve the custody records.",
  "The Ministry of the Interior should, within six months, install video recording in the two interview rooms of Riverside Police Station, given that several people described pressure during questioning.",
  "Detainees should be informed of their rights.",
  "As a priority, the Chief of Riverside Police should arrange for a nurse to see every detainee who asks for medical care within four hours, and record each visit in the custody register.",
  "Efforts should be made to shorten the time spent in custody.",
];

export function sampleReportParagraphs(): ParagraphSeed[] {
  return [
    { text: SAMPLE_REPORT_TITLE, style: "Title" },
    { text: "Date of the report: 12 May 2026", style: "Normal" },
    { text: "Findings", style: "Heading 1" },
    {
      text: "The delegation visited the station unannounced on 3 and 4 April 2026. The eight cells were clean, but none had a mattress, and two people had spent the night on a concrete bench.",
      style: "Normal",
    },
    {
      text: "The custody register was kept by hand; several entries had no time of release.",
      style: "Normal",
    },
    { text: "Recommendations", style: "Heading 1" },
    ...SAMPLE_RECOMMENDATIONS.map((text, i) => ({
      text,
      style: "Normal",
      list: { label: `${i + 1}.` },
    })),
  ];
}

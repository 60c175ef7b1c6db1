/**
 * A tracker filled before imports read report details, and the same report
 * read again now: for the re-import tests of every store (core, .xlsx, the
 * Excel pane's host, Graph). The earlier import wrote its own day as "Date
 * made", the report's title alone as "Source document", one cell for two
 * addressees, and no place or deadline; the NPM has since tracked the first
 * recommendation.
 */
import type { RecommendationBatch } from "../../src/core/model/batch";
import type { TrackerRecord } from "../../src/core/tracker/types";

export const EARLIER_TITLE = "Report on the visit to Bramley Prison";
export const EARLIER_DAY = "2026-01-15";
export const REPORT_DATE = "2025-06-02";
export const TEXT_A =
  "The Ministry of Justice and the Ministry of Health should fill the doctors' posts within three months.";
export const TEXT_B = "The director should repair the heating by 30 November 2025.";

/** The tracking fields the NPM filled on the first row: no import may touch them. */
export const TRACKED: TrackerRecord = {
  accepted: "accepted",
  status: "inProgress",
  response: "Posts advertised in March.",
  notes: "Call the ministry in May.",
};

export function earlierRows(): TrackerRecord[] {
  const common: TrackerRecord = {
    dateMade: EARLIER_DAY,
    type: "visit",
    report: EARLIER_TITLE,
    source: "report-on-the-visit-to-bramley-prison",
    repeated: false,
    updated: `${EARLIER_DAY}T10:02:00`,
  };
  return [
    {
      ...common,
      id: "earlyA00001",
      ref: "1",
      text: TEXT_A,
      authority: "Ministry of Justice and the Ministry of Health",
      ...TRACKED,
    },
    {
      ...common,
      id: "earlyB00002",
      ref: "2",
      text: TEXT_B,
      authority: "Director",
      accepted: "noResponse",
      status: "notStarted",
    },
  ];
}

/** The same report as the import reads it now (the .docx reader gives this batch for it). */
export function rereadBatch(): RecommendationBatch {
  return {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: `report-on-the-visit-to-bramley-prison-${REPORT_DATE}`,
      title: EARLIER_TITLE,
      type: "visit",
      date: REPORT_DATE,
      places: ["Bramley Prison"],
      link: "",
    },
    recommendations: [
      {
        ref: "1",
        text: TEXT_A,
        authority: "Ministry of Justice; Ministry of Health",
        deadline: "2025-09-02",
        place: "Bramley Prison",
        placeType: "Prison",
        origin: { authority: "report", deadline: "report", place: "report", placeType: "guessed" },
      },
      {
        ref: "2",
        text: TEXT_B,
        authority: "Director",
        deadline: "2025-11-30",
        place: "Bramley Prison",
        placeType: "Prison",
        origin: { authority: "report", deadline: "report", place: "report", placeType: "guessed" },
      },
    ],
  };
}

/** What the two rows hold after the re-import, in stored form. */
export const CORRECTED: TrackerRecord[] = [
  {
    dateMade: REPORT_DATE,
    authority: "Ministry of Justice; Ministry of Health",
    deadline: "2025-09-02",
    place: "Bramley Prison",
    placeType: "Prison",
    source: `report-on-the-visit-to-bramley-prison-${REPORT_DATE}`,
    text: TEXT_A,
    ...TRACKED,
  },
  {
    dateMade: REPORT_DATE,
    authority: "Director",
    deadline: "2025-11-30",
    place: "Bramley Prison",
    placeType: "Prison",
    text: TEXT_B,
    accepted: "noResponse",
    status: "notStarted",
  },
];

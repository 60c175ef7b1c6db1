/** A report as the Word pane saves it (tagged recommendations and the report part), for the import tests. */
import {
  emptyReportDetails,
  newRecommendationMeta,
  serializeReportMetadata,
  tagOf,
} from "../../src/core/model/reportMetadata";
import { buildDocx, control, heading, para } from "./docx";

export interface ReportRecommendation {
  id: string;
  ref: string;
  addressee: string;
  text: string;
}

/** Three recommendations, one of them starting like a formula. */
export const IMPORT_RECOMMENDATIONS: readonly ReportRecommendation[] = [
  {
    id: "impA0000001",
    ref: "1",
    addressee: "Ministry of Justice",
    text: "The Ministry of Justice should install a working call bell in every cell of Prison Nord within three months, so that detainees can call for help at night.",
  },
  {
    id: "impB0000002",
    ref: "2",
    addressee: "Prison Nord",
    text: "The authorities should improve conditions.",
  },
  {
    id: "impC0000003",
    ref: "3",
    addressee: "Prison Nord",
    text: "-The Director of Prison Nord should record every use of restraint in a register, in line with Rule 47 of the Nelson Mandela Rules.",
  },
];

export function taggedReport(
  recommendations: readonly ReportRecommendation[] = IMPORT_RECOMMENDATIONS
): Promise<Uint8Array> {
  return buildDocx({
    blocks: [
      heading(1, "Recommendations"),
      ...recommendations.map((rec) => control(tagOf(rec.id), [para(rec.text)])),
    ],
    customXml: [
      serializeReportMetadata({
        report: {
          ...emptyReportDetails(),
          title: "Visit to Prison Nord",
          type: "visit",
          date: "2026-02-10",
          places: ["Prison Nord"],
        },
        recommendations: recommendations.map((rec) =>
          newRecommendationMeta(rec.id, { ref: rec.ref, addressee: rec.addressee })
        ),
      }),
    ],
  });
}

/** The texts of `untaggedReportWithCandidate`: two recommendations the finder takes, one it is not sure of. */
export const CANDIDATE_REPORT = {
  found: [
    "The NPM recommends that the director of Prison Nord repair the heating in Wing C.",
    "The NPM recommends that the kitchen of Prison Nord be renovated.",
  ],
  candidate: "The director should offer hot showers every day.",
} as const;

/** An untagged report whose findings hold a "should" the finder offers as "possibly a recommendation". */
export function untaggedReportWithCandidate(): Promise<Uint8Array> {
  return buildDocx({
    blocks: [
      heading(1, "Visit to Prison Nord"),
      para("Date of report: 2 April 2026"),
      heading(2, "Findings"),
      ...CANDIDATE_REPORT.found.map((text) => para(text)),
      para(`The showers were cold. ${CANDIDATE_REPORT.candidate}`),
    ],
  });
}

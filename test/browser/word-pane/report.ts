/** The report the Word pane's browser test opens: recommendations already tagged in an earlier session. */
export const REPORT_RECOMMENDATIONS = [
  {
    id: "recA0000001",
    text: "The Ministry of Justice should install a working call bell in every cell of Prison Nord within three months, so that detainees can call for help at night.",
  },
  {
    id: "recB0000002",
    text: "The authorities should improve conditions.",
  },
  {
    id: "recC0000003",
    text: "As a priority, the Director of Prison Nord should record every use of restraint in a register, in line with Rule 47 of the Nelson Mandela Rules.",
  },
];

export const UNTAGGED_PARAGRAPH =
  "The delegation observed that the restraint register was incomplete. The NPM recommends that the Director of Prison Nord check the register every week.";

/** With "-candidate": findings whose "should" the finder offers as "possibly a recommendation". */
export const CANDIDATE_FINDING = "The showers were cold.";
export const CANDIDATE_TEXT = "The director should offer hot showers every day.";

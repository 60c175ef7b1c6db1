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

/**
 * With "-fourteen": an untagged report of fourteen numbered recommendations,
 * written for these tests, strong and weak, as a review meets them.
 */
export const FOURTEEN_RECOMMENDATIONS = [
  "The Director of Westmoor Prison should ensure that every person admitted is examined by a doctor within 24 hours of arrival, and record the examination in the medical file.",
  "The authorities should improve conditions in the segregation unit.",
  "The Ministry of Justice should, within six months, adopt a written policy on the use of handcuffs during hospital escorts, given that detainees were seen chained to their beds.",
  "Staff should receive training.",
  "As a matter of priority, the Director should repair the heating in Block C before the winter, so that cells stay above 18 degrees.",
  "The prison should consider reviewing its visiting arrangements.",
  "The Director of Westmoor Prison should open the library every weekday afternoon, for instance by assigning an officer to it, so that detainees in Block A can borrow books.",
  "The Ministry of Health should take over the prison's health care service by the end of 2027, in line with Rule 24 of the Nelson Mandela Rules.",
  "Searches should be carried out with respect for dignity.",
  "The Director should keep a register of every use of force and review it each month with the senior team.",
  "The Prison Service should recruit two more psychologists for Westmoor Prison within one year, so that detainees at risk of self-harm are seen within a week.",
  "Efforts should be made to reduce overcrowding.",
  "The Director of Westmoor Prison should immediately stop placing detainees in the waiting cell overnight, since it has no bed and no toilet.",
  "The authorities should ensure that complaints are dealt with.",
];

/**
 * A fifth hand-labelled set, written and labelled against CRITERIA.md after
 * the rules were generalised on OWN_SET_C and OWN_SET_D, before the checker
 * was run on it: its first score (0.942; 0.919 for the rules before this
 * work) was the honest estimate for unseen recommendations. Same digit order
 * as OWN_SET.
 */
export const OWN_SET_E: ReadonlyArray<{ text: string; labels: string }> = [
  {
    labels: "1111000011",
    text: "The NPM recommends that the Director of Thornbury Prison: (a) ensure that every prisoner in the segregation unit is visited by a doctor daily; (b) record each visit in the unit's log.",
  },
  {
    labels: "1111010110",
    text: "Detainees at the Central Police Station complained of cold cells at night. Blankets should be handed out to every detainee on arrival.",
  },
  {
    labels: "1111110011",
    text: "The Ministry of Social Affairs should develop community-based alternatives to institutional care for persons with intellectual disabilities, with a view to closing large residential institutions by 2030.",
  },
  { labels: "0000000000", text: "The authorities are encouraged to continue their efforts." },
  {
    labels: "1111100001",
    text: "The Head of the Psychiatric Department at Holloway General Hospital should ensure that patients subject to involuntary treatment receive a copy of the court decision and information on how to appeal within 24 hours of the decision.",
  },
  {
    labels: "1111000000",
    text: "Body searches of visitors should be carried out by staff of the same sex.",
  },
  {
    labels: "1110110111",
    text: "The Governor of Redhill Prison should, within one month, draw up a cleaning schedule for the showers, since the delegation found mould on the walls of every shower room.",
  },
  { labels: "0010000000", text: "Improve the food." },
  {
    labels: "1111010011",
    text: "The National Prison Administration should ensure that prisoners can make video calls to their families at least once a week, so as to maintain family ties, particularly for foreign nationals.",
  },
  {
    labels: "1111000100",
    text: "Solitary confinement should not be used for children, as required by rule 67 of the Havana Rules.",
  },
  {
    labels: "1110100111",
    text: "The Chief Medical Officer of the Prison Health Service should introduce a screening programme for tuberculosis for all new arrivals in all prisons by the end of 2026, given the outbreak recorded at Harbourview Prison last year.",
  },
  {
    labels: "1111010010",
    text: "Staff at Meadowbank Juvenile Centre should stop calling children by their case numbers and use their names instead.",
  },
  {
    labels: "1110000000",
    text: "It is recommended that the bars on the window of the mother-and-baby room be removed.",
  },
  {
    labels: "1111010011",
    text: "The Ministry of the Interior should reduce the maximum period of police custody before a detainee is brought before a judge from 72 to 48 hours by amending the Code of Criminal Procedure.",
  },
  {
    labels: "1111000010",
    text: "All residents of the care home should be able to lock their own rooms.",
  },
  {
    labels: "1011000011",
    text: "The Director of Oakwood Secure Unit should ensure that restraint is used only as a last resort, for the shortest possible time, and under the supervision of a nurse.",
  },
  {
    labels: "1111101111",
    text: "The NPM urges the Minister of Justice to put an end, without delay, to the practice of holding remand prisoners in police cells for weeks because of the lack of places in prisons.",
  },
  {
    labels: "1111000000",
    text: "Interpreters should be used when detainees do not understand the language.",
  },
  {
    labels: "1110100011",
    text: "The Regional Health Authority should increase the psychiatric nursing staff at Ashby Hospital by six full-time posts in the 2027 budget.",
  },
  {
    labels: "0001000000",
    text: "The prison administration must guarantee the safety of all prisoners at all times.",
  },
  {
    labels: "1111010011",
    text: "The Immigration Detention Service should ensure that detainees' mobile phones are returned to them, unless a specific security risk has been established, so that they can keep in touch with their families and lawyers.",
  },
  {
    labels: "1110000001",
    text: "The director should put up notices in the cells explaining the rights of detainees in several languages.",
  },
  {
    labels: "1110111111",
    text: "Given the repeated suicides in custody, the National Police Directorate should, as a first step, remove ligature points from all police cells within six months and then review the frequency of cell checks for detainees at risk.",
  },
  {
    labels: "1111000101",
    text: "The Director of Saint Joseph's Care Home should allow residents to receive visitors at any time of day, in line with the residents' right to private and family life.",
  },
  {
    labels: "0001000000",
    text: "Measures should be adopted to avoid delays in transfers to hospital.",
  },
  {
    labels: "1110000011",
    text: "The Ministry of Justice should publish, every year, the number of deaths in custody and the findings of the investigations into them.",
  },
];

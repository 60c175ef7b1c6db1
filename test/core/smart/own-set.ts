/**
 * Recommendations written for these tests (not taken from any labelled
 * file), labelled by hand against CRITERIA.md. Digits are in checklist
 * order: specific, measurable, achievable, results, timebound, solution,
 * prioritised, argued, rootcause, targeted.
 */
export const OWN_SET: ReadonlyArray<{ text: string; labels: string }> = [
  {
    labels: "1111100011",
    text: "The Governor of Hillcrest Prison should ensure that every prisoner held in the segregation unit is offered at least one hour outdoors each day, starting within one month.",
  },
  {
    labels: "1111000100",
    text: "Medical examinations of detainees at Pinewood Police Station should take place out of the hearing and sight of police officers, in line with the CPT standards.",
  },
  {
    labels: "1111110011",
    text: "The Ministry of the Interior should, by 30 June 2027, issue a circular requiring all police officers to inform detained persons of their rights in a language they understand, using a standard written form.",
  },
  {
    labels: "1111011111",
    text: "Given the high number of self-harm incidents recorded in 2025, the Director of Eastfield Young Offender Institution should, as a priority, recruit two additional psychologists so that every newly admitted child is assessed within 24 hours of arrival.",
  },
  {
    labels: "0010000000",
    text: "Conditions in the women's wing should be brought into line with international standards.",
  },
  {
    labels: "1111110011",
    text: "The NPM recommends that the Ministry of Justice draw up, within twelve months, a national plan to reduce the prison population to the official capacity of 9,500 places, for instance by expanding the use of electronic monitoring and early release.",
  },
  { labels: "1110000000", text: "It is recommended that the toilet in cell 7 be repaired." },
  {
    labels: "1111110010",
    text: "It is recommended that a maintenance schedule be introduced so that broken toilets in all cells are repaired within 48 hours.",
  },
  {
    labels: "1111111011",
    text: "The Chief Medical Officer of Greenway Hospital must end the use of net beds immediately and, in the meantime, ensure that any patient placed in a net bed is checked by a nurse every fifteen minutes.",
  },
  { labels: "0010000000", text: "The authorities should consider improving access to legal aid." },
  {
    labels: "0001000000",
    text: "Every effort should be made to eliminate all forms of ill-treatment in places of detention.",
  },
  {
    labels: "1111011001",
    text: "Pending the construction of the new block, the Prison Service should reduce the occupancy of dormitory 3 at Ridgeway Prison to 40 prisoners, so as to give each prisoner at least 4 m² of living space.",
  },
  {
    labels: "1111110110",
    text: "Staff at the Oakridge Detention Centre should receive training on de-escalation techniques by March 2027, as the NPM observed several incidents in which force was used disproportionately.",
  },
  {
    labels: "0001000001",
    text: "The Ministry of Health should guarantee that no patient is ever restrained.",
  },
  {
    labels: "1101000011",
    text: "The Director of Lakeside Prison should amend the Criminal Code to abolish solitary confinement.",
  },
  {
    labels: "1110111001",
    text: "As a matter of urgency, the Regional Police Command should replace the mattresses in the custody cells of Station 4 with fire-retardant ones.",
  },
  {
    labels: "1111010110",
    text: "Prison regulations should be revised to allow remand prisoners at least four visits per month, in line with rule 58 of the Nelson Mandela Rules.",
  },
  { labels: "1110000000", text: "The juvenile unit should be painted." },
  {
    labels: "1111010111",
    text: "The NPM reiterates its recommendation that the Ministry of Justice introduce an independent complaints mechanism for all places of detention, since prisoners interviewed in three prisons said they feared reprisals.",
  },
  { labels: "0000000000", text: "Further efforts are needed to combat overcrowding." },
  {
    labels: "1111000010",
    text: "Detention registers at all police stations should record the exact time of arrest, the reasons for detention and the time the detainee was informed of their rights.",
  },
  { labels: "1111000010", text: "Women should be searched only by female staff." },
  {
    labels: "1111111101",
    text: "The Minister of Justice should, without delay, order the closure of the basement cells of the Central Remand Prison, which have no natural light or ventilation.",
  },
  {
    labels: "1110000000",
    text: "The management should organise a meeting with staff to discuss the use of restraints.",
  },
  {
    labels: "1111110011",
    text: "Within three months, the Head of the Health Care Unit at Moorland Prison should introduce a written protocol for the distribution of methadone, so that treatment is no longer interrupted at weekends.",
  },
  {
    labels: "0001000000",
    text: "The State should take all necessary measures to ensure that persons deprived of liberty enjoy all fundamental safeguards from the outset.",
  },
  {
    labels: "1111000001",
    text: "The NPM recommends that the Ministry of Education provide schooling of at least 20 hours per week to all children held at the Youth Detention Centre of Brookvale.",
  },
  {
    labels: "1110001011",
    text: "First, the Director of Marlow Prison should install smoke detectors in every cell of Wing B; then staff should be trained in their use.",
  },
  {
    labels: "1111000010",
    text: "The use of handcuffs during medical consultations should be prohibited, except where a documented individual risk assessment shows it to be necessary.",
  },
  {
    labels: "1111001011",
    text: "The Directorate of Prison Health should ensure that every prison has a doctor on call at night, while ensuring that this does not reduce daytime consultations.",
  },
];

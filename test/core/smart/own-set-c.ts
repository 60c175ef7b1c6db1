/**
 * A third hand-labelled set (prisons, police custody, psychiatric hospitals,
 * immigration detention, care homes, juvenile centres), labelled against
 * CRITERIA.md before the checker was run on it. Disagreements were then
 * studied and fixed only by general rules; the honest figure is OWN_SET_D.
 * Same digit order as OWN_SET.
 */
export const OWN_SET_C: ReadonlyArray<{ text: string; labels: string }> = [
  {
    labels: "1111110001",
    text: "The Director of Larchfield Prison should, within three months, install a working emergency call button in each of the eight cells of the segregation unit, so that prisoners held there can summon staff at night.",
  },
  { labels: "0011000000", text: "The police should treat detainees with dignity." },
  {
    labels: "1111110011",
    text: "The Ministry of Health should draw up, by 31 March 2027, national guidelines on the use of seclusion in psychiatric hospitals, setting a maximum duration and requiring a medical review at least every two hours, in order to reduce the length of seclusion episodes.",
  },
  {
    labels: "1110000000",
    text: "Staff at Birchwood Care Home should knock before entering residents' rooms.",
  },
  {
    labels: "1111010101",
    text: "Given that the delegation found that interpreters were rarely used during medical consultations in Harbourside Immigration Removal Centre, the NPM recommends that the centre's manager arrange professional interpretation, by telephone if necessary, for every medical consultation with a detainee who does not speak English.",
  },
  {
    labels: "1111000010",
    text: "It is recommended that the use of spit hoods by police officers be prohibited.",
  },
  {
    labels: "1111011011",
    text: "The National Police Commissioner should, as a priority, ensure that every person taken into police custody is informed of the right to a lawyer, orally and in writing, at the moment of arrest.",
  },
  { labels: "0010000000", text: "Overcrowding in Block B must be tackled." },
  {
    labels: "1111110011",
    text: "The Ministry of Justice should increase the number of social workers in juvenile detention centres to at least one per 15 children by the end of 2027, so that each child has a named key worker who prepares their release.",
  },
  {
    labels: "1111000010",
    text: "Women detained at Greyfield Police Station should be searched only by female officers.",
  },
  {
    labels: "1111010111",
    text: "During the visit, several patients at Elmstead Psychiatric Hospital told the team that they had been given injections against their will without any explanation. The head of the hospital's medical department should ensure that every patient receives information on their treatment, including its side effects, before it is administered, and that any treatment without consent is recorded with the reasons for it.",
  },
  {
    labels: "0001000000",
    text: "Efforts should be made to reduce waiting times for medical appointments.",
  },
  {
    labels: "1110000001",
    text: "The Governor of Fenwick Prison should repaint the visiting room.",
  },
  {
    labels: "1111101111",
    text: "In line with the Havana Rules, the Director of Oakridge Juvenile Centre should abolish the use of isolation as a disciplinary sanction for children by 1 June 2027 and, until then, ensure that no child is isolated for more than 24 hours.",
  },
  {
    labels: "0010000000",
    text: "The prison administration should consider the possibility of extending visiting hours at weekends.",
  },
  {
    labels: "0001000001",
    text: "The Prison Service must ensure that there are never more prisoners than places in any prison.",
  },
  {
    labels: "1111010011",
    text: "The Directorate of Immigration should stop detaining families with children and instead use alternatives such as reporting obligations or supervised accommodation.",
  },
  {
    labels: "1111000001",
    text: "The Director of Cedar Lane Detention Centre should ensure that detainees have access to the outdoor yard for at least two hours every day, including at weekends, and that the yard is fitted with a shelter and seating.",
  },
  {
    labels: "1110100010",
    text: "All custody officers in the Metropolitan Police should receive training on the identification of vulnerable detainees, including persons with mental health conditions, before the end of 2026.",
  },
  {
    labels: "1111111011",
    text: "The Minister of the Interior should urgently amend the decree on police custody so that every detained person is examined by a doctor within 24 hours of arrest.",
  },
  { labels: "0010000000", text: "Better food should be provided." },
  {
    labels: "1111010111",
    text: "The NPM reiterates its recommendation that the Government close the Bayview detention facility, which the NPM has repeatedly found unfit for human habitation, and transfer all detainees to facilities meeting national standards.",
  },
  { labels: "1111000010", text: "Patients should be able to make phone calls in private." },
  {
    labels: "1110000011",
    text: "The head nurse of Ward 5 should keep a register of all incidents of restraint, recording the time, duration and reason for each, and report it monthly to the hospital director.",
  },
  {
    labels: "0001101000",
    text: "The authorities should take all necessary steps without delay to end ill-treatment by police officers.",
  },
  {
    labels: "1111110111",
    text: "Since many residents at Willowbank Nursing Home spend most of the day in bed for lack of staff, the NPM recommends that the Municipality of Greendale fund two additional care assistants for the day shift from the 2027 budget, so that residents can be helped out of bed and take part in activities.",
  },
  {
    labels: "1111000010",
    text: "Handcuffs should not be used on patients during hospital escorts unless an individual risk assessment shows a real risk of escape.",
  },
  {
    labels: "1110100011",
    text: "The NPM recommends that the Chief Constable of Northshire Police publish, within six months, an annual report on the use of force in custody, broken down by type of force and by station.",
  },
  {
    labels: "1111010100",
    text: "Detainees in the police station in Brockley reported that they received no food during the first 24 hours. Meals should be provided to detainees at least three times a day.",
  },
  {
    labels: "1010000011",
    text: "The Director General of the Prison Service should review the policy on home leave.",
  },
  {
    labels: "1111001000",
    text: "Pending the renovation of the juvenile wing, children should be accommodated in the refurbished rooms of the women's block, while ensuring that they remain separated from adult prisoners.",
  },
  {
    labels: "1111000011",
    text: "The Ministry of Social Affairs should ensure that residents of social care homes who are deprived of legal capacity have access to an independent complaints mechanism.",
  },
  {
    labels: "1110000000",
    text: "It is recommended that the temperature in the cells of Block D be kept between 18 and 24 degrees throughout the year.",
  },
  {
    labels: "0010000001",
    text: "The management of the centre should make more effort to involve children's families.",
  },
  {
    labels: "1111110011",
    text: "The Director of the Eastern Regional Hospital should ensure that, from 1 January 2027, no patient is placed in mechanical restraint without a doctor's written order, and that every restraint is recorded in a central register reviewed weekly by the clinical director, in order to reduce the use of restraint.",
  },
  {
    labels: "1111000010",
    text: "Ensure that all new arrivals at Kestrel Prison are screened for suicide risk on the day of admission.",
  },
  { labels: "0000000001", text: "The Ombudsman's office is invited to monitor the situation." },
  {
    labels: "1111010101",
    text: "The NPM recommends that the Border Police stop holding migrants overnight in the unheated transit room at the airport, because temperatures there fell to 10°C during the visit, and that they transfer them to the heated detention area instead.",
  },
  { labels: "1011000000", text: "Juvenile detainees should have access to education." },
  {
    labels: "1110111011",
    text: "The Commissioner of Corrections should, within twelve months, adopt a staffing plan for all prisons that sets a minimum number of officers per shift, and in the meantime prioritise night staffing in the units holding vulnerable prisoners.",
  },
  {
    labels: "1111010111",
    text: "The Director of the Youth Care Centre in Lindenhof should end the practice of locking children in their rooms after 8 p.m., which the delegation found caused anxiety and prevented access to the toilet at night.",
  },
  {
    labels: "1111000010",
    text: "In all police stations, detainees should be given a mattress and a clean blanket at night.",
  },
];

/**
 * A fourth hand-labelled set, written and labelled against CRITERIA.md
 * after the rules were generalised on OWN_SET_C and before the checker was
 * run on it: its first score (0.917) was the honest estimate for unseen
 * recommendations. Same digit order as OWN_SET.
 */
export const OWN_SET_D: ReadonlyArray<{ text: string; labels: string }> = [
  {
    labels: "1111100001",
    text: "The Director of Wexford Road Remand Prison should ensure, within two months, that remand prisoners who do not work are offered at least four hours of out-of-cell activity every day.",
  },
  {
    labels: "1111111101",
    text: "The delegation saw that the isolation room at Hollybrook Children's Home had no natural light and no furniture. The Municipality of Hollybrook should stop using this room for isolation immediately.",
  },
  {
    labels: "1110000010",
    text: "Police officers should wear visible identification numbers at all times.",
  },
  {
    labels: "0010000000",
    text: "The management should do something about the noise in the reception area.",
  },
  {
    labels: "1111110111",
    text: "In accordance with article 9 of the Police Act, detained persons must be informed of their right to notify a relative. The NPM recommends that the National Police Board amend the custody information sheet by 30 September 2026 so that this right is stated in plain language, and translate it into the ten languages most often spoken by detainees.",
  },
  { labels: "1011000000", text: "Prisoners should be given more time outdoors." },
  {
    labels: "1111111011",
    text: "The Ministry of Health should, as a matter of urgency, fill the four vacant psychiatrist posts at Greenhill Secure Hospital, in order to end the practice of leaving patients without a psychiatric review for several weeks.",
  },
  {
    labels: "1110000010",
    text: "It is recommended that all segregation cells be fitted with a call system.",
  },
  {
    labels: "0011000011",
    text: "The Director of Southfield Immigration Centre should consider ways of reducing the use of handcuffs during escorts to hospital.",
  },
  {
    labels: "1111111111",
    text: "Children held at Brookfield Secure Training Centre told the team that they were restrained face-down by staff. The Director of the centre should prohibit prone restraint without delay and, within three months, retrain all staff in approved holds.",
  },
  {
    labels: "0001000000",
    text: "Everything possible should be done to ensure the safety of residents.",
  },
  {
    labels: "1110010111",
    text: "The Governor should introduce a written policy on the management of prisoners at risk of suicide and self-harm, drawing on the guidance of the World Health Organization.",
  },
  {
    labels: "1111000010",
    text: "Detainees in police custody should have access to drinking water and a toilet at all times.",
  },
  {
    labels: "1011000111",
    text: "The Ministry of Justice should ensure that women prisoners are held in facilities close to their families, in line with rule 4 of the Bangkok Rules.",
  },
  {
    labels: "1111000011",
    text: "The Head of the Forensic Ward at Lakeview Hospital should ensure that patients' rooms are not locked during the day unless a doctor has ordered it for an individual patient and recorded the reasons.",
  },
  { labels: "1111000010", text: "Juveniles should not be placed in solitary confinement." },
  {
    labels: "1110110101",
    text: "The Prison Service should, by the end of 2027, replace the shared buckets used as toilets in the cells of the old wing at Marlow Prison with in-cell sanitation, which is a matter of basic dignity.",
  },
  { labels: "0010000010", text: "Staff training should be improved." },
  {
    labels: "1110100011",
    text: "The NPM recommends that the Chief of the Eastern Regional Police Command introduce, within six months, a custody record for every person held at a police station in the region, showing the time of arrival, meals, visits by a doctor or lawyer and the time of release.",
  },
  {
    labels: "1111010110",
    text: "Patients at St Anne's Psychiatric Clinic said they could not use the garden because of a lack of staff to accompany them. The clinic's management should draw up a staff rota that allows every patient at least one hour in the garden each day.",
  },
  {
    labels: "1110100011",
    text: "The Minister of Justice should ensure that the new prison in Kettering is built to a capacity of no more than 400 places and opens by 2029.",
  },
  { labels: "0011000000", text: "Ensure that detainees are treated with respect." },
  {
    labels: "1111010011",
    text: "The Director of Rosewood Care Home should stop giving residents sedatives to keep them quiet at night, and instead review each resident's medication with their doctor and family.",
  },
  {
    labels: "1111000011",
    text: "The Border Guard should provide all detained migrants with written information on their rights and on how to apply for asylum, in a language they understand, on arrival.",
  },
  { labels: "0000000000", text: "The prison should take steps to improve hygiene." },
  {
    labels: "1111011111",
    text: "Since the NPM's last visit, the number of self-harm incidents in the women's unit has doubled. The Director of Fairview Prison should therefore, as a priority, appoint a mental health nurse to the women's unit and ensure that every woman at risk is seen by her at least once a day, while making sure that such checks do not become a substitute for a care plan.",
  },
  { labels: "1010000010", text: "Handcuffing of patients during transfers should be reviewed." },
  {
    labels: "1111110011",
    text: "The Ministry of the Interior should equip all police vans used for transporting detainees with seat belts by 31 December 2027, so that detainees are not injured during sudden braking.",
  },
  { labels: "1111000000", text: "Visits by lawyers should be possible without prior appointment." },
  {
    labels: "1111101011",
    text: "The Ombudsman recommends that the Youth Services Agency close the secure unit at Pine Hill by June 2027 and, pending closure, limit its use to children who pose a serious risk to others, for no more than seven days at a time.",
  },
];

/**
 * A second hand-labelled set, written after the rules and never used to tune
 * them: its accuracy is the honest estimate of how the checker does on new
 * recommendations. Same digit order as OWN_SET.
 */
export const OWN_SET_B: ReadonlyArray<{ text: string; labels: string }> = [
  {
    labels: "1111010111",
    text: "Detainees at Northgate Police Station told the delegation that they had not been allowed to contact a lawyer. The Police Commissioner of Northgate should ensure that every detained person can contact a lawyer from the outset of custody, and record each request and its outcome in the custody register.",
  },
  {
    labels: "1111000011",
    text: "The Ministry of Justice should progressively reduce the use of pre-trial detention.",
  },
  {
    labels: "1111111111",
    text: "In the women's prison of Eastmoor, the NPM found that pregnant women were transported in handcuffs. The Director of Eastmoor Women's Prison should immediately stop handcuffing pregnant women during transport.",
  },
  {
    labels: "1110100010",
    text: "All staff working with detainees should be trained in first aid within the next year.",
  },
  {
    labels: "0010000000",
    text: "The prison administration should do its utmost to improve the food.",
  },
  {
    labels: "1111010011",
    text: "The Director of Saltmarsh Immigration Centre should provide every detainee with written information on the asylum procedure in a language they understand, so that they can apply for protection.",
  },
  {
    labels: "1111001000",
    text: "Pending the refurbishment of the admission unit, newly arrived prisoners should not be accommodated in the basement cells.",
  },
  {
    labels: "1110100111",
    text: "The National Police Directorate should adopt guidelines on the use of force during arrests by December 2026, in accordance with the UN Basic Principles on the Use of Force and Firearms.",
  },
  { labels: "1110000000", text: "Ensure that the heating system in Block A works." },
  {
    labels: "0011000011",
    text: "The government must see to it that human rights are respected in all places of detention.",
  },
  {
    labels: "1111100010",
    text: "Prisoners with mental health conditions should be transferred to a psychiatric hospital within 48 hours of a medical decision to that effect.",
  },
  {
    labels: "1111110111",
    text: "The NPM recommends that the Minister of Justice submit to Parliament, within six months, a draft law establishing a maximum length of 15 days for disciplinary solitary confinement, as required by rule 44 of the Nelson Mandela Rules.",
  },
  { labels: "1011000000", text: "Visits should be allowed more frequently." },
  {
    labels: "1111011011",
    text: "The head of security at Kingsbridge Prison should ensure that strip searches are carried out only on the basis of an individual risk assessment, recorded in writing, while ensuring that they are never conducted in the presence of other prisoners.",
  },
  {
    labels: "1110000100",
    text: "Cell 14 in the police station of Dunmore has no window and should no longer be used for detention.",
  },
  {
    labels: "1111110011",
    text: "The Ministry of Health and the Ministry of Justice should jointly develop, by the end of 2027, a protocol on the continuity of medical care for prisoners released from custody, in order to reduce deaths from overdose after release.",
  },
  { labels: "1111000010", text: "Children must be informed of their rights." },
  {
    labels: "1010001011",
    text: "It is essential that the management of Riverbend Care Home review its use of sedative medication, taking into account the risks of over-sedation for elderly residents.",
  },
  {
    labels: "1110000010",
    text: "The number of prison officers at Stonegate Prison should be increased to at least one officer per 20 prisoners at night.",
  },
  { labels: "0010000010", text: "The Ombudsman's Office should be given the resources it needs." },
];

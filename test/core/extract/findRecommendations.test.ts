import { findRecommendations, introducingText } from "../../../src/core/extract";
import { checkRecommendation } from "../../../src/core/smart";
import type { FoundRecommendation } from "../../../src/core/extract/types";
import { readDocx } from "../../../src/files/docx";
import {
  Block,
  DocxSpec,
  buildDocx,
  bullets,
  control,
  heading,
  numbered,
  para,
  table,
} from "../../support/docx";

/** The layouts are real .docx files, read as the command line reads them. */
async function find(
  blocks: Block[],
  extra: Omit<DocxSpec, "blocks"> = {}
): Promise<FoundRecommendation[]> {
  const report = await readDocx(await buildDocx({ blocks, ...extra }));
  return findRecommendations(report.paragraphs);
}

const texts = (recs: FoundRecommendation[]) => recs.map((r) => r.text);

const FINDING =
  "During the visit, the delegation observed that the cells in the basement had no natural light and that the call bells did not work.";

describe("findRecommendations: layouts", () => {
  it("takes every item of a numbered list in a Recommendations chapter, not the intro or closing", async () => {
    const recs = await find([
      heading(1, "1. Findings"),
      para(FINDING),
      heading(1, "2. Recommendations"),
      para("In view of the above, the NPM makes the following recommendations:"),
      ...numbered("recs", [
        "The Director of Hillcrest Prison should repair the call bells in all cells within one month.",
        "Staff should receive training on the use of force.",
        "Improve the lighting in the basement cells.",
      ]),
      para("The NPM requests a response within 30 days of receipt of this report."),
    ]);
    expect(texts(recs)).toEqual([
      "The Director of Hillcrest Prison should repair the call bells in all cells within one month.",
      "Staff should receive training on the use of force.",
      "Improve the lighting in the basement cells.",
    ]);
    expect(recs.map((r) => r.ref)).toEqual(["1", "2", "3"]);
    expect(recs[0].addressee).toBe("Director of Hillcrest Prison");
    expect(recs[0].deadline).toBe("within one month");
    expect(recs[0].span).toEqual({ start: 0, end: recs[0].text.length });
  });

  it.each([
    ["Summary of recommendations"],
    ["Recommandations"],
    ["Résumé des recommandations"],
    ["Recomendaciones"],
    ["Resumen de recomendaciones"],
  ])("finds a bulleted list under the heading %s", async (title) => {
    const recs = await find([
      heading(2, title),
      ...bullets("bullets", [
        "Install a working call system in every cell of the police station.",
        "Keep a register of every use of restraint.",
      ]),
      heading(2, "Annex"),
      ...bullets("bullets2", ["List of persons met during the visit and their functions."]),
    ]);
    expect(texts(recs)).toEqual([
      "Install a working call system in every cell of the police station.",
      "Keep a register of every use of restraint.",
    ]);
    expect(recs[0].ref).toBeUndefined();
  });

  it("finds 'The NPM recommends that ...' paragraphs among the findings and a recommending sentence inside a paragraph", async () => {
    const recs = await find([
      heading(1, "Findings"),
      heading(2, "Health care"),
      para(FINDING),
      para(
        "The NPM recommends that the Ministry of Health appoint a full-time nurse at the centre by 31 March 2026."
      ),
      para(
        "Several detainees complained about the food. The kitchen was clean. The NPM recommends that the management offer a hot evening meal every day. The menu is posted weekly."
      ),
    ]);
    expect(texts(recs)).toEqual([
      "The NPM recommends that the Ministry of Health appoint a full-time nurse at the centre by 31 March 2026.",
      "The NPM recommends that the management offer a hot evening meal every day.",
    ]);
    expect(recs[0].addressee).toBe("Ministry of Health");
    expect(recs[0].deadline).toBe("31 March 2026");
    expect(recs[1].context).toBe(
      "Several detainees complained about the food. The kitchen was clean."
    );
    const p = recs[1];
    expect(p.span).not.toBeNull();
    expect(p.addressee).toBe("management");
  });

  it("reads a recommendation table and its Addressee, Timeframe and Priority columns", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      table([
        ["No.", "Recommendation", "Addressee", "Timeframe", "Priority"],
        [
          "1",
          "Provide every detainee with a mattress and a blanket.",
          "Head of the station",
          "Immediately",
          "High",
        ],
        [
          "2",
          "Review the staffing of the night shift.",
          "Police Directorate",
          "6 months",
          "Medium",
        ],
      ]),
    ]);
    expect(texts(recs)).toEqual([
      "Provide every detainee with a mattress and a blanket.",
      "Review the staffing of the night shift.",
    ]);
    expect(recs.map((r) => [r.ref, r.addressee, r.timeframe, r.priority])).toEqual([
      ["1", "Head of the station", "Immediately", "High"],
      ["2", "Police Directorate", "6 months", "Medium"],
    ]);
    expect(recs[0].deadline).toBe("Immediately");
  });

  it("takes paragraphs labelled 'Recommendation 3: ...' with their number", async () => {
    const recs = await find([
      heading(1, "Observations"),
      para(FINDING),
      para(
        "Recommendation 3: The Prison Service should install natural lighting in all basement cells."
      ),
      para("Recommendation 4"),
      para("The Prison Service should publish the house rules in five languages."),
    ]);
    expect(recs.map((r) => [r.ref, r.text])).toEqual([
      ["3", "The Prison Service should install natural lighting in all basement cells."],
      ["4", "The Prison Service should publish the house rules in five languages."],
    ]);
  });

  it("takes paragraphs numbered by hand in the chapter", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      para(
        "1. The director should ensure that every newly admitted person sees a doctor within 24 hours."
      ),
      para("2) Record all disciplinary sanctions in a central register."),
      para("- Display the house rules in every cell."),
    ]);
    expect(recs.map((r) => [r.ref, r.text])).toEqual([
      [
        "1",
        "The director should ensure that every newly admitted person sees a doctor within 24 hours.",
      ],
      ["2)", "Record all disciplinary sanctions in a central register."],
      [undefined, "Display the house rules in every cell."],
    ]);
  });

  it("reads an urgent-recommendation letter", async () => {
    const recs = await find([
      para("Urgent recommendation under Article 22 of the Optional Protocol"),
      para("Dear Minister,"),
      para(
        "On 4 May the NPM visited the Eastgate immigration holding facility. The delegation found 14 men held in a room of 20 square metres without beds. The NPM therefore urgently recommends that the Ministry of the Interior immediately transfer the men to a facility with beds and sanitary facilities."
      ),
      para("The NPM requests to be informed of the measures taken within seven days."),
      para("Yours sincerely,"),
    ]);
    expect(texts(recs)).toEqual([
      "The NPM therefore urgently recommends that the Ministry of the Interior immediately transfer the men to a facility with beds and sanitary facilities.",
    ]);
    expect(recs[0].addressee).toBe("Ministry of the Interior");
    expect(recs[0].deadline).toBe("immediately");
    expect(recs[0].context).toMatch(/^On 4 May the NPM visited/);
  });

  it("marks recommendations the NPM reiterates in an annual report as repeated, and skips implemented ones", async () => {
    const recs = await find([
      heading(1, "Follow-up of earlier recommendations"),
      para(
        "In 2023 the NPM recommended that the Ministry of Justice install call bells in all cells; this has been implemented."
      ),
      para(
        "The shortage of psychiatrists persists. The NPM reiterates its recommendation that the Ministry of Health fund two additional psychiatric posts in the prison hospital."
      ),
      para(
        "In its 2022 report the NPM recommended that all strip searches be recorded. This has not been done. The NPM reiterates this recommendation."
      ),
    ]);
    expect(texts(recs)).toEqual([
      "The NPM reiterates its recommendation that the Ministry of Health fund two additional psychiatric posts in the prison hospital.",
      "In its 2022 report the NPM recommended that all strip searches be recorded. This has not been done. The NPM reiterates this recommendation.",
    ]);
    expect(recs.map((r) => r.repeated)).toEqual([true, true]);
    expect(recs[0].addressee).toBe("Ministry of Health");
  });

  it("joins a second sentence that continues the recommendation", async () => {
    const recs = await find([
      heading(1, "Findings"),
      para(
        "The NPM recommends that the Police Directorate introduce a custody register in every station. This should include the time of arrest and of every transfer. The stations were clean."
      ),
      para(
        "The NPM recommends that the director reduce the time spent in cells. To this end, an activity programme should be drawn up."
      ),
    ]);
    expect(texts(recs)).toEqual([
      "The NPM recommends that the Police Directorate introduce a custody register in every station. This should include the time of arrest and of every transfer.",
      "The NPM recommends that the director reduce the time spent in cells. To this end, an activity programme should be drawn up.",
    ]);
  });

  it("gives the items under an addressee heading that addressee", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      heading(2, "To the Ministry of Health:"),
      ...bullets("bullet1", [
        "Fund a second psychiatrist post.",
        "Adopt guidelines on seclusion by June 2026.",
      ]),
      para("To the hospital director:"),
      ...bullets("bullet2", ["Keep a register of seclusion on every ward."]),
    ]);
    expect(recs.map((r) => [r.text, r.addressee])).toEqual([
      ["Fund a second psychiatrist post.", "Ministry of Health"],
      ["Adopt guidelines on seclusion by June 2026.", "Ministry of Health"],
      ["Keep a register of seclusion on every ward.", "hospital director"],
    ]);
    expect(recs[1].deadline).toBe("June 2026");
  });

  it("gives the checker the heading, addressee line, stem or addressee cell that introduces an item", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      heading(2, "For the Governor"),
      ...bullets("bullet1", ["Call bells should be installed in every cell."]),
      para("To the Ministry of Justice:"),
      ...bullets("bullet2", ["Amend the regulation on solitary confinement."]),
      heading(1, "Findings"),
      para("The director should:"),
      ...numbered("stem", ["install call bells in every cell;", "test them every week."]),
      heading(1, "Recommendations"),
      table([
        ["No.", "Recommendation", "Responsible authority"],
        ["1", "Provide every detainee with a mattress and a blanket.", "Head of the station"],
        ["2", "Review the staffing of the night shift.", ""],
      ]),
    ]);
    expect(recs.map((r) => [r.text, r.introduction, introducingText(r)])).toEqual([
      ["Call bells should be installed in every cell.", "For the Governor", "For the Governor"],
      [
        "Amend the regulation on solitary confinement.",
        "To the Ministry of Justice:",
        "To the Ministry of Justice:",
      ],
      ["install call bells in every cell;", "The director should:", "The director should:"],
      ["test them every week.", "The director should:", "The director should:"],
      [
        "Provide every detainee with a mattress and a blanket.",
        "Responsible authority: Head of the station",
        "Responsible authority: Head of the station",
      ],
      ["Review the staffing of the night shift.", undefined, ""],
    ]);
    // Read with what introduces them, the first five name who must act; the last does not.
    expect(
      recs.map(
        (r) =>
          checkRecommendation({ text: r.text, context: introducingText(r) }).criteria.targeted
            .verdict
      )
    ).toEqual(["met", "met", "met", "met", "met", "not_met"]);
  });

  it("keeps the stem's addressee and introduction for its items once they are tagged in Word", async () => {
    const [first, second] = numbered("stem", [
      "install call bells in every cell;",
      "test them every week.",
    ]);
    const recs = await find([
      heading(1, "Recommendations"),
      para("The director should:"),
      control("opcat-rec:aaaa1111", [first]),
      control("opcat-rec:bbbb2222", [second]),
    ]);
    expect(recs.map((r) => [r.tag, r.addressee, introducingText(r)])).toEqual([
      ["opcat-rec:aaaa1111", "director", "The director should:"],
      ["opcat-rec:bbbb2222", "director", "The director should:"],
    ]);
  });

  it("reads French and Spanish addressee headings as introducing the items for the checker", async () => {
    const recs = await find([
      heading(1, "Recommandations"),
      heading(2, "Au directeur de l'établissement"),
      ...bullets("bullet1", ["Installer un bouton d'appel dans chaque cellule."]),
      heading(1, "Recomendaciones"),
      heading(2, "A la Dirección General de la Policía"),
      ...bullets("bullet2", ["Instalar un sistema de videovigilancia en todos los calabozos."]),
    ]);
    expect(recs.map((r) => [r.addressee, r.introduction])).toEqual([
      ["directeur de l'établissement", "Au directeur de l'établissement"],
      ["Dirección General de la Policía", "A la Dirección General de la Policía"],
    ]);
    expect(
      recs.map(
        (r) =>
          checkRecommendation({ text: r.text, context: introducingText(r) }).criteria.targeted
            .verdict
      )
    ).toEqual(["met", "met"]);
  });

  it("leaves an item without an introduction when nothing outside its paragraph names who acts", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      ...numbered("recs", ["Call bells should be installed in every cell."]),
    ]);
    expect(recs.map((r) => [r.introduction, introducingText(r)])).toEqual([[undefined, ""]]);
  });

  it("takes a paragraph tagged in Word as a recommendation, with its tag", async () => {
    const recs = await find([
      heading(1, "Findings"),
      control("opcat-rec:k3x9", [para("Cells must be heated to at least 18 degrees.")]),
    ]);
    expect(recs.map((r) => [r.text, r.tag])).toEqual([
      ["Cells must be heated to at least 18 degrees.", "opcat-rec:k3x9"],
    ]);
  });

  it("joins the points of an item that ends with a colon", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      ...numbered("recs", [
        "The Ministry of Justice should, within six months:",
        ["adopt a regulation on solitary confinement;", 1],
        ["train all wing officers on it.", 1],
        "The director should open the library every day.",
      ]),
    ]);
    expect(texts(recs)).toEqual([
      "The Ministry of Justice should, within six months:\n1.1. adopt a regulation on solitary confinement;\n1.2. train all wing officers on it.",
      "The director should open the library every day.",
    ]);
  });
  it("keeps sub-chapters of the recommendations chapter in it and reads authority sub-headings as addressees", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      heading(2, "Urgent recommendations"),
      ...numbered("urgent", ["Close the disciplinary cells in the basement immediately."]),
      heading(2, "Ministry of Justice"),
      ...numbered("moj", ["Amend the prison regulation to allow daily telephone calls."]),
      heading(2, "Health care"),
      para(
        "The prison should employ a full-time psychiatrist by the end of 2026. The current monthly visit is not enough."
      ),
      heading(1, "Notes"),
      para("1. The NPM recommends that readers see the 2019 report."),
    ]);
    expect(recs.map((r) => [r.text, r.addressee, r.deadline])).toEqual([
      ["Close the disciplinary cells in the basement immediately.", undefined, "immediately"],
      [
        "Amend the prison regulation to allow daily telephone calls.",
        "Ministry of Justice",
        undefined,
      ],
      [
        "The prison should employ a full-time psychiatrist by the end of 2026. The current monthly visit is not enough.",
        "prison",
        "the end of 2026",
      ],
    ]);
  });

  it("finds a table under a title row and picks the Recommendation column over 'Recommendation No.'", async () => {
    const recs = await find([
      heading(1, "Annex: List of recommendations"),
      table([
        ["Recommendations to the Police Directorate", "", ""],
        ["Recommendation No.", "Recommendation", "Délai"],
        ["R1", "Install cameras in all interview rooms.", "12 months"],
      ]),
    ]);
    expect(recs.map((r) => [r.ref, r.text, r.timeframe])).toEqual([
      ["R1", "Install cameras in all interview rooms.", "12 months"],
    ]);
  });
  it("reads the NPM's sentences however the subject is built", async () => {
    const recs = await find([
      heading(1, "Findings"),
      para(
        "The NPM is concerned about the lack of progress and recommends that the Ministry of Health appoint a psychiatrist."
      ),
      para(
        "The NPM, which visited the centre in May, recommends that the director stop routine strip searches. It also recommends that every search be recorded."
      ),
      para(
        "The NPM also reiterates its recommendation, which has not yet been implemented, that the governor offer two hours of activities a day."
      ),
    ]);
    expect(recs.map((r) => [r.text, r.addressee, r.repeated])).toEqual([
      [
        "The NPM is concerned about the lack of progress and recommends that the Ministry of Health appoint a psychiatrist.",
        "Ministry of Health",
        undefined,
      ],
      [
        "The NPM, which visited the centre in May, recommends that the director stop routine strip searches.",
        "director",
        undefined,
      ],
      ["It also recommends that every search be recorded.", undefined, undefined],
      [
        "The NPM also reiterates its recommendation, which has not yet been implemented, that the governor offer two hours of activities a day.",
        "governor",
        true,
      ],
    ]);
  });

  it("takes the typed list that follows 'the following urgent recommendations:' in a letter", async () => {
    const recs = await find([
      para("Dear Minister,"),
      para("The NPM therefore makes the following urgent recommendations:"),
      para("1. The station commander should immediately stop using the basement cell at night."),
      para(
        "2. The Police Directorate should provide mattresses to all detained persons without delay."
      ),
      para("The NPM requests the Ministry to inform it within seven days of the measures taken."),
      para("3. Annex: photographs of the cell."),
    ]);
    expect(recs.map((r) => [r.ref, r.text, r.addressee, r.deadline])).toEqual([
      [
        "1",
        "The station commander should immediately stop using the basement cell at night.",
        "station commander",
        "immediately",
      ],
      [
        "2",
        "The Police Directorate should provide mattresses to all detained persons without delay.",
        "Police Directorate",
        "without delay",
      ],
    ]);
  });

  it("reads decimal typed numbering such as 5.1", async () => {
    const recs = await find([
      heading(1, "5. Recommendations"),
      para("The following are recommended:"),
      para("5.1 The Ministry of Justice should adopt a regulation on solitary confinement."),
      para("5.2 The director should ensure that all staff wear name badges."),
    ]);
    expect(recs.map((r) => [r.ref, r.text])).toEqual([
      ["5.1", "The Ministry of Justice should adopt a regulation on solitary confinement."],
      ["5.2", "The director should ensure that all staff wear name badges."],
    ]);
  });
  it("reads Word's non-breaking spaces and typographic apostrophes, returning the original text", async () => {
    const text =
      "The NPM\u2019s delegation recommends that the Ministry of Justice renovate Wing\u00a0B by 30\u00a0June\u00a02026.";
    const recs = await find([heading(1, "Findings"), para(`The showers were broken. ${text}`)]);
    expect(recs.map((r) => [r.text, r.addressee, r.deadline, r.context])).toEqual([
      [text, "Ministry of Justice", "30 June 2026", "The showers were broken."],
    ]);
  });

  it("skips implemented rows of a follow-up table and marks the others as repeated", async () => {
    const recs = await find([
      heading(1, "Follow-up of the 2023 recommendations"),
      table([
        ["Recommendation", "Status"],
        ["Install call bells in all cells of Wing A.", "Implemented"],
        ["Recruit a second prison doctor for the night shift.", "Not implemented"],
      ]),
    ]);
    expect(recs.map((r) => [r.text, r.repeated])).toEqual([
      ["Recruit a second prison doctor for the night shift.", true],
    ]);
  });

  it("reads a label line with a note in brackets", async () => {
    const recs = await find([
      heading(1, "Findings"),
      para("Recommendation 7 (repeated):"),
      para("The Ministry of Health should fund a mental health team for the prison."),
    ]);
    expect(recs.map((r) => [r.ref, r.text, r.repeated])).toEqual([
      ["7", "The Ministry of Health should fund a mental health team for the prison.", true],
    ]);
  });
  it("reads 'The <authority> should ...' in a report that never says 'recommends', outside background sections", async () => {
    const recs = await find([
      heading(1, "Legal framework"),
      para("The Police Act provides that the station commander should keep a custody register."),
      heading(1, "Preliminary observations"),
      para(
        "The cells had no call bells. The Police Directorate should install call bells in all cells within three months. Detainees should be informed."
      ),
      para("The director said that the Ministry should pay for the repairs."),
    ]);
    expect(recs.map((r) => [r.text, r.addressee, r.context])).toEqual([
      [
        "The Police Directorate should install call bells in all cells within three months.",
        "Police Directorate",
        "The cells had no call bells.",
      ],
    ]);
  });
  it("takes the items the NPM announces inside a findings chapter, with the announced addressee", async () => {
    const recs = await find([
      heading(1, "Findings and recommendations"),
      para("The exercise yard had no shelter."),
      para("The NPM recommends that the Director of Elm Prison:"),
      ...bullets("bullets", [
        "shelter and seating be provided in the exercise yard;",
        "install a drinking fountain.",
      ]),
      para("The library was well stocked."),
      ...bullets("bullets2", ["Books in 12 languages were available."]),
      para("The NPM recommends that staff be trained in first aid."),
    ]);
    expect(recs.map((r) => [r.text, r.addressee])).toEqual([
      ["shelter and seating be provided in the exercise yard;", "Director of Elm Prison"],
      ["install a drinking fountain.", "Director of Elm Prison"],
      ["The NPM recommends that staff be trained in first aid.", "staff"],
    ]);
  });
});

describe("findRecommendations: look-alikes", () => {
  it("skips a quoted legal provision", async () => {
    const recs = await find([
      heading(1, "Legal framework"),
      para(
        'Article 12 of the Prisons Act provides: "The director shall ensure that every prisoner is examined by a doctor within 24 hours of admission."'
      ),
      para("Under Article 14, prisoners should be allowed one hour of outdoor exercise every day."),
      heading(1, "Recommendations"),
      para(
        'Section 5 of the Police Act reads: "Detained persons should be informed of their rights."'
      ),
    ]);
    expect(recs).toEqual([]);
  });

  it("skips what others recommended or said should happen", async () => {
    // An NPM report (the NPM recommends throughout) that cites the CPT: the CPT is not its voice.
    const own = [
      "The NPM recommends that the director open the library every day.",
      "The NPM recommends that the kitchen be renovated.",
      "The NPM recommends that every cell have a call bell.",
    ];
    const recs = await find([
      heading(1, "Findings"),
      para("The CPT recommended in 2019 that the cells be enlarged."),
      para("The CPT recommends that the cells be enlarged."),
      para("The director said that staff should wear name badges."),
      para(
        "In 2021 the Ministry issued a circular recommending that hospitals adopt internal rules."
      ),
      ...own.map((t) => para(t)),
      heading(1, "Recommendations"),
      para("The director told the delegation that staff should receive more training."),
    ]);
    expect(texts(recs)).toEqual(own);
  });

  it("skips footnotes and notes", async () => {
    const recs = await find(
      [
        heading(1, "Findings"),
        para(["The cells were cold.", { footnote: 1 }]),
        para("Note: the NPM recommends that readers consult the annex."),
      ],
      { footnotes: [["The NPM recommends that the director consult the 2019 report."]] }
    );
    expect(recs).toEqual([]);
  });

  it("skips closing requests for a reply", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      ...numbered("recs", ["The director should repair the heating before winter."]),
      para(
        "The NPM requests that the director provide every detainee with information on their rights in writing."
      ),
      para("The NPM requests a response within 30 days, setting out the measures taken."),
      para("The NPM looks forward to receiving the comments of the Ministry within three months."),
      para("The NPM would be grateful to receive a reply by 1 March."),
      para(
        "The NPM requests the Ministry to submit, within three months, an action plan for implementing these recommendations."
      ),
    ]);
    expect(texts(recs)).toEqual([
      "The director should repair the heating before winter.",
      "The NPM requests that the director provide every detainee with information on their rights in writing.",
    ]);
  });

  it("skips a past recommendation cited in a follow-up chapter", async () => {
    const recs = await find([
      heading(1, "Follow-up of previous recommendations"),
      para("In 2022 the NPM recommended that the cells should be renovated. Work started in May."),
      para("The Ministry stated that new guidelines must be adopted by the end of the year."),
    ]);
    expect(recs).toEqual([]);
  });

  it("skips a past recommendation reported as implemented", async () => {
    const recs = await find([
      heading(1, "Recommendations"),
      ...numbered("recs", [
        "In 2023 the NPM recommended that the shower rooms be renovated; this has been implemented.",
        "Renovate the kitchen of Wing B.",
      ]),
      para("In 2022 the NPM recommended that lockers be installed; this has been implemented."),
    ]);
    expect(texts(recs)).toEqual(["Renovate the kitchen of Wing B."]);
  });
});

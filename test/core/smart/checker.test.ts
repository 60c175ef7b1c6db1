import {
  checkRecommendation,
  CRITERION_KEYS,
  englishLexicon,
  type CriterionKey,
  type SmartLexicon,
} from "../../../src/core/smart";
import { OWN_SET } from "./own-set";
import { OWN_SET_B } from "./own-set-b";
import { OWN_SET_C } from "./own-set-c";
import { OWN_SET_D } from "./own-set-d";
import { OWN_SET_E } from "./own-set-e";

function verdict(text: string, key: CriterionKey, context?: string) {
  return checkRecommendation({ text, context }).criteria[key].verdict;
}

/** The words a criterion's evidence points at. */
function evidenceWords(text: string, key: CriterionKey): string[] {
  return checkRecommendation({ text }).criteria[key].evidence.map(([s, e]) => text.slice(s, e));
}

describe("specific", () => {
  it.each([
    "The Director of Elmwood Prison should fit a lock on every shower door.",
    "Detainees should be given a copy of the house rules on arrival.",
  ])("is met by one concrete action: %s", (text) => {
    expect(verdict(text, "specific")).toBe("met");
  });

  it.each([
    "The situation of foreign detainees should be improved.",
    "The prison administration should consider ways to reduce tension.",
    "Attention must be paid to the needs of elderly prisoners.",
    "The Ministry should take all necessary measures.",
    "Staff should treat patients properly.",
    "Cooperation between health and prison staff should be reinforced.",
  ])("is not met by a vague aspiration: %s", (text) => {
    const result = checkRecommendation({ text }).criteria.specific;
    expect(result.verdict).toBe("not_met");
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(result.suggestion).toMatch(/concrete action/);
  });

  it("keeps a concrete clause even when another clause is vague", () => {
    const text =
      "The Director should improve conditions generally; in particular, install a call bell in each cell.";
    expect(verdict(text, "specific")).toBe("met");
  });
});

describe("measurable", () => {
  it("is met by a number, a quantifier or a frequency", () => {
    expect(verdict("Each detainee should receive two blankets.", "measurable")).toBe("met");
    expect(
      verdict(
        "Interpreters should be available in all interviews with foreign detainees.",
        "measurable"
      )
    ).toBe("met");
  });

  it("is not met by a yardstick nobody can check", () => {
    const text = "Detainees should be given adequate bedding.";
    const result = checkRecommendation({ text }).criteria.measurable;
    expect(result.verdict).toBe("not_met");
    expect(evidenceWords(text, "measurable")).toContain("adequate");
    expect(result.suggestion).toContain("adequate");
  });

  it("is not met by an open-ended review", () => {
    expect(verdict("The Governor should review the visiting arrangements.", "measurable")).toBe(
      "not_met"
    );
  });
});

describe("achievable", () => {
  it("is met by a bounded concrete request", () => {
    expect(
      verdict("The Director of Fenwick Prison should repaint the visiting room.", "achievable")
    ).toBe("met");
  });

  it("is not met by an absolute demand", () => {
    const text = "The Prison Service must ensure that violence never occurs in its establishments.";
    const result = checkRecommendation({ text }).criteria.achievable;
    expect(result.verdict).toBe("not_met");
    expect(result.suggestion).toMatch(/no one can guarantee/);
  });

  it("is not met when a prison director is asked to change a law", () => {
    const text =
      "The Director of Fenwick Prison should amend the Penal Code to shorten pre-trial detention.";
    const result = checkRecommendation({ text }).criteria.achievable;
    expect(result.verdict).toBe("not_met");
    expect(result.suggestion).toMatch(/outside the powers/);
    expect(
      verdict(
        text.replace("The Director of Fenwick Prison", "The Ministry of Justice"),
        "achievable"
      )
    ).toBe("met");
  });

  it("is not met by an ask with no object at all", () => {
    expect(verdict("Further steps should be taken to address the problem.", "achievable")).toBe(
      "not_met"
    );
  });
});

describe("results", () => {
  it.each([
    "The Governor should install intercoms in every cell so that prisoners can call staff at night.",
    "Remand prisoners should be able to telephone their families at least twice a week.",
    "The Director should allow patients to keep their own clothes.",
  ])("is met when the change for detainees is named: %s", (text) => {
    expect(verdict(text, "results")).toBe("met");
  });

  it.each([
    "The Director should organise a training session for night staff.",
    "The boiler in Block F should be replaced.",
  ])("is not met by an activity alone: %s", (text) => {
    expect(verdict(text, "results")).toBe("not_met");
  });
});

describe("timebound", () => {
  it.each([
    [
      "by 31 March 2027",
      "The Ministry of Justice should publish the inspection reports by 31 March 2027.",
    ],
    [
      "within three months",
      "The Governor should replace the broken mattresses within three months.",
    ],
    [
      "Within six months",
      "Within six months, the Directorate should issue an instruction on body searches.",
    ],
    ["immediately", "The Director should immediately close the punishment cell."],
    ["without delay", "The police should stop using the basement cells without delay."],
    ["by mid-2027", "The Governor should open a second visiting room by mid-2027."],
  ])("is met by '%s', wherever it stands", (phrase, text) => {
    expect(verdict(text, "timebound")).toBe("met");
    expect(evidenceWords(text, "timebound")).toContain(phrase);
  });

  it.each([
    "as soon as possible",
    "in due course",
    "progressively",
    "in the medium term",
    "within a reasonable time",
  ])("is not met by the open-ended '%s'", (phrase) => {
    const text = `The Ministry of Justice should build a new remand prison ${phrase}.`;
    const result = checkRecommendation({ text }).criteria.timebound;
    expect(result.verdict).toBe("not_met");
    expect(result.suggestion).toContain(phrase);
  });

  it("ignores dates that only tell when the visit took place", () => {
    const text =
      "The NPM visited Harbour Police Station on 3 May 2026. The commander should provide mattresses in the cells.";
    expect(verdict(text, "timebound")).toBe("not_met");
  });
});

describe("solution", () => {
  it.each([
    "The Director should reduce waiting times for the doctor, for instance by hiring a second nurse.",
    "The Ministry should cut overcrowding through the early release of low-risk prisoners.",
  ])("is met by a stated means: %s", (text) => {
    expect(verdict(text, "solution")).toBe("met");
  });

  it("is not met by the goal alone", () => {
    expect(verdict("The Director should address the lack of medical care.", "solution")).toBe(
      "not_met"
    );
  });
});

describe("prioritised", () => {
  it.each([
    "As a priority, the Ministry should recruit a psychiatrist for the women's prison.",
    "Pending the renovation of Wing C, the Governor should in the meantime move prisoners to Wing A.",
    "The Director should introduce a second daily meal, while ensuring that this does not reduce outdoor time.",
    "The Governor should immediately provide blankets.",
  ])("is met by a priority, a sequence or a risk: %s", (text) => {
    expect(verdict(text, "prioritised")).toBe("met");
  });

  it("is not met by a flat request", () => {
    expect(verdict("The Governor should provide blankets.", "prioritised")).toBe("not_met");
  });
});

describe("argued", () => {
  it("is met by a standard", () => {
    const text =
      "In line with rule 42 of the Nelson Mandela Rules, every cell should have natural light.";
    expect(verdict(text, "argued")).toBe("met");
  });

  it("is met by a finding stated before the operative sentence, also in the context", () => {
    const context = "The delegation observed that the cells in Block B had no heating in January.";
    const text = "The Governor should install heating in all cells of Block B.";
    const result = checkRecommendation({ text, context }).criteria.argued;
    expect(result.verdict).toBe("met");
    expect(result.contextEvidence.length).toBeGreaterThan(0);
    for (const [start, end] of result.contextEvidence) {
      expect(end).toBeLessThanOrEqual(context.length);
      expect(start).toBeLessThan(end);
    }
    expect(verdict(text, "argued")).toBe("not_met");
  });
});

describe("rootcause", () => {
  it.each([
    "The Ministry should adopt a policy on the use of restraints in psychiatric hospitals.",
    "All custody officers should receive training on suicide prevention.",
    "Ventilation should be installed in all police stations.",
    "The Director should introduce a maintenance schedule for the showers.",
  ])("is met by a lever on the cause or a systemic scope: %s", (text) => {
    expect(verdict(text, "rootcause")).toBe("met");
  });

  it.each([
    "The Director of Brookfield Prison should repair the broken window in cell 4.",
    "The Director of Brookfield Prison should replace the mattress in every cell of Wing D.",
  ])("is not met by a one-item repair: %s", (text) => {
    expect(verdict(text, "rootcause")).toBe("not_met");
  });
});

describe("targeted", () => {
  it.each([
    [
      "the Ministry of Health",
      "The NPM recommends that the Ministry of Health appoint a doctor for each remand prison.",
    ],
    [
      "The Director of Westmoor Prison",
      "The Director of Westmoor Prison should open the library every day.",
    ],
    [
      "the head of the medical unit",
      "The NPM recommends that the head of the medical unit keep a register of injuries.",
    ],
    [
      "the National Police Directorate",
      "Within a year, the National Police Directorate should equip all patrol cars with cameras.",
    ],
  ])("names %s as the one who must act", (agent, text) => {
    expect(verdict(text, "targeted")).toBe("met");
    expect(evidenceWords(text, "targeted")).toContain(agent);
  });

  it("takes the addressee, not the NPM, in 'The NPM recommends that ...'", () => {
    const text = "The NPM recommends that the Ministry of Health publish its data.";
    expect(evidenceWords(text, "targeted")).toEqual(["the Ministry of Health"]);
  });

  it.each([
    "The authorities should provide mattresses.",
    "The State should provide mattresses.",
    "The relevant bodies should provide mattresses.",
    "It is recommended that mattresses be provided.",
  ])("is not met without a named addressee: %s", (text) => {
    const result = checkRecommendation({ text }).criteria.targeted;
    expect(result.verdict).toBe("not_met");
    expect(result.suggestion).toMatch(/who must act/);
  });

  it("finds the addressee of a passive request ('... should be installed by the Ministry ...')", () => {
    const text =
      "Call bells should be installed by the Ministry of Justice in every remand prison.";
    expect(evidenceWords(text, "targeted")).toEqual(["the Ministry of Justice"]);
  });

  it("finds the addressee in the sentence that introduces a list item", () => {
    const context = "The NPM recommends that the Ministry of Justice:";
    expect(
      verdict("introduce a complaints register in every prison by 2027.", "targeted", context)
    ).toBe("met");
  });

  it("asks for review when a list item is given without its introduction", () => {
    const result = checkRecommendation({ text: "introduce a complaints register in every prison." })
      .criteria.targeted;
    expect(result.verdict).toBe("needs_review");
    expect(result.suggestion).toMatch(/introduces/);
  });
});

describe("edge rules of CRITERIA.md", () => {
  it("'immediately' and 'without delay' make a recommendation timebound and prioritised", () => {
    for (const text of [
      "The Governor should immediately stop the use of the dark cell.",
      "Without delay, the Governor should stop the use of the dark cell.",
    ]) {
      expect(verdict(text, "timebound")).toBe("met");
      expect(verdict(text, "prioritised")).toBe("met");
    }
  });

  it("a repair extended to a system is root-cause responsive", () => {
    expect(verdict("The Governor should repair the toilet in cell 9.", "rootcause")).toBe(
      "not_met"
    );
    expect(verdict("Broken toilets should be repaired in all police stations.", "rootcause")).toBe(
      "met"
    );
  });
});

describe("result shape", () => {
  it("scores the number of criteria met, with advice only where not met", () => {
    const result = checkRecommendation({
      text: "Given the fire risk observed, the Director of Oldham Prison should, as a priority, install smoke detectors in every cell by 1 June 2027, for instance by using the 2026 maintenance budget, so that prisoners are protected at night.",
    });
    const met = CRITERION_KEYS.filter((k) => result.criteria[k].verdict === "met");
    expect(result.score).toBe(met.length);
    expect(result.score).toBeGreaterThanOrEqual(9);
    for (const key of CRITERION_KEYS) {
      const c = result.criteria[key];
      expect(c.suggestion === null).toBe(c.verdict === "met");
    }
  });

  it("gives zero and advice for empty text", () => {
    const result = checkRecommendation({ text: "   " });
    expect(result.score).toBe(0);
    expect(CRITERION_KEYS.every((k) => result.criteria[k].suggestion)).toBe(true);
  });
});

describe("lexicon as data", () => {
  it("changes verdicts and advice through a lexicon object alone", () => {
    const custom: SmartLexicon = {
      ...englishLexicon,
      cues: { ...englishLexicon.cues, timeframe: { patterns: ["\\bbefore the next visit\\b"] } },
      advice: { ...englishLexicon.advice, timebound: { default: "Fixez un délai." } },
    };
    const text = "The Governor should open the gym before the next visit.";
    expect(checkRecommendation({ text }, { lexicon: custom }).criteria.timebound.verdict).toBe(
      "met"
    );
    const other = checkRecommendation(
      { text: "The Governor should open the gym." },
      { lexicon: custom }
    );
    expect(other.criteria.timebound.suggestion).toBe("Fixez un délai.");
  });
});

describe("agreement with hand-labelled recommendations written for these tests", () => {
  function agreement(set: ReadonlyArray<{ text: string; labels: string }>): number {
    let agree = 0;
    for (const item of set) {
      const result = checkRecommendation({ text: item.text });
      CRITERION_KEYS.forEach((key, i) => {
        if ((result.criteria[key].verdict === "met" ? "1" : "0") === item.labels[i]) agree++;
      });
    }
    return agree / (set.length * CRITERION_KEYS.length);
  }

  it.each([
    ["first", OWN_SET],
    ["second", OWN_SET_B],
    ["third", OWN_SET_C],
    ["fourth", OWN_SET_D],
    ["fifth", OWN_SET_E],
  ])("agrees on at least 95%% of the verdicts of the %s set", (_name, set) => {
    expect(agreement(set)).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * Classes of reading that decide `results` and `solution` on published recommendations, in
 * English, French and Spanish (round 5). The sentences are written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function verdict(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key].verdict;
}

describe("a purpose after a clause that only says something exists is the ask's purpose", () => {
  it.each<Case>([
    [
      "en",
      "Keep an officer on the landing of the segregation unit when there are prisoners to prevent assaults going unnoticed.",
    ],
    [
      "fr",
      "Maintenir un agent dans le couloir du quartier disciplinaire lorsqu'il y a des personnes détenues pour éviter que les agressions passent inaperçues.",
    ],
    [
      "es",
      "Mantener un agente en el pasillo del módulo de aislamiento cuando hay internos para evitar que las agresiones pasen desapercibidas.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
    expect(verdict(language, text, "solution")).toBe("met");
  });

  // a subordinate clause with an action of its own keeps the purpose that follows it
  it.each<Case>([
    ["en", "Keep an officer on the landing when prisoners are moved to prevent congestion."],
    [
      "fr",
      "Maintenir un agent dans le couloir lorsque les personnes détenues sont déplacées pour éviter les encombrements.",
    ],
    [
      "es",
      "Mantener un agente en el pasillo cuando se traslada a los internos para evitar aglomeraciones.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});

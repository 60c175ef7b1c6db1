import { newId, type RandomSource } from "../../src/core/tracker/ids";
import type { TrackerRecord } from "../../src/core/tracker/types";

/**
 * Many plausible tracker rows, the same for the same seed: for the
 * benchmarks (npm run bench) and the tests of large or reshaped trackers.
 */

export function seeded(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const STATUSES = [
  "notStarted",
  "inProgress",
  "partiallyImplemented",
  "implemented",
  "notImplemented",
];
const ACCEPTED = ["accepted", "partiallyAccepted", "rejected", "noResponse"];
export const AUTHORITIES = [
  "Ministry of Justice",
  "Ministry of Health",
  "Prison director",
  "Police HQ",
  "Governor",
  "MoI",
];
export const THEMES = [
  "Health care",
  "Material conditions",
  "Legal safeguards",
  "Complaints",
  "Staff",
  "Use of force",
];
export const PLACE_TYPES = ["Prison", "Police station", "Psychiatric hospital", "Care home", "IRC"];

export function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function day(random: RandomSource, from: number, span: number): string {
  return new Date(Date.UTC(from, 0, 1) + Math.floor(random() * span) * 86400000)
    .toISOString()
    .slice(0, 10);
}

export function generatedRecords(count: number, seed = 1): TrackerRecord[] {
  const random = seeded(seed);
  const records: TrackerRecord[] = [];
  for (let i = 0; i < count; i++) {
    const status = pick(random, STATUSES);
    const verified = status === "implemented" ? random() < 0.6 : null;
    records.push({
      id: newId(random),
      ref: String(i + 1),
      dateMade: day(random, 2015, 4000),
      text: `The director of place ${i % 300} should make sure that every person detained is seen by a doctor within 24 hours (${i}).`,
      authority: pick(random, AUTHORITIES),
      theme: pick(random, THEMES),
      placeType: pick(random, PLACE_TYPES),
      accepted: pick(random, ACCEPTED),
      status,
      deadline: random() < 0.7 ? day(random, 2016, 4000) : null,
      verified,
      verifiedOn: verified && random() < 0.8 ? day(random, 2020, 1500) : null,
      reasonNotImplemented: status === "notImplemented" && random() < 0.7 ? "budget" : null,
    });
  }
  return records;
}

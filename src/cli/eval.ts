/*
 * `npm run eval -- --labels FILE.jsonl [--split dev|held] [--misses] [--lodo|--model-lodo|--train OUT.json [--features SET] [--lambda N] [--elsewhere FILE]…] [--rules-only|--model FILE.json]` |
 * `npm run eval -- --reports DIR`: quality figures of the checker and the finder.
 */
import { evalLabels, type EvalOptions } from "./eval-labels";
import { FEATURE_SETS, type FeatureSet } from "./eval-model";
import { evalReports } from "./eval-reports";

const USAGE =
  "usage: npm run eval -- --labels FILE.jsonl [--split dev|held] [--misses] [--lodo|--model-lodo|--train OUT.json [--features SET] [--lambda N] [--elsewhere FILE]…] [--rules-only|--model FILE.json] | --reports DIR\n";

async function run(argv: string[]): Promise<number> {
  const [flag, target, ...rest] = argv;
  if (flag === "--reports" && target && rest.length === 0) return evalReports(target);
  if (flag !== "--labels" || !target) {
    process.stderr.write(USAGE);
    return 2;
  }
  const options: EvalOptions = {};
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--misses") options.misses = true;
    else if (rest[i] === "--lodo") options.lodo = true;
    else if (rest[i] === "--model-lodo") options.modelLodo = true;
    else if (rest[i] === "--rules-only") options.rulesOnly = true;
    else if (rest[i] === "--train" && rest[i + 1]) options.train = rest[++i];
    else if (rest[i] === "--model" && rest[i + 1]) options.model = rest[++i];
    else if (rest[i] === "--features" && FEATURE_SETS.some((set) => set === rest[i + 1]))
      options.trainSettings = { ...options.trainSettings, features: rest[++i] as FeatureSet };
    else if (rest[i] === "--lambda" && Number(rest[i + 1]) > 0)
      options.trainSettings = { ...options.trainSettings, lambda: Number(rest[++i]) };
    else if (rest[i] === "--elsewhere" && rest[i + 1])
      options.elsewhere = [...(options.elsewhere ?? []), rest[++i]];
    else if (rest[i] === "--split" && (rest[i + 1] === "dev" || rest[i + 1] === "held"))
      options.split = rest[++i] as "dev" | "held";
    else {
      process.stderr.write(USAGE);
      return 2;
    }
  }
  return evalLabels(target, undefined, options);
}

run(process.argv.slice(2)).then((code) => process.exit(code));

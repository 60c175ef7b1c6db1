/* `npm run eval -- --labels FILE.jsonl` | `npm run eval -- --reports DIR`: quality figures of the checker and the finder. */
import { evalLabels } from "./eval-labels";
import { evalReports } from "./eval-reports";

async function run(argv: string[]): Promise<number> {
  const [flag, target] = argv;
  if (flag === "--labels" && target) return evalLabels(target);
  if (flag === "--reports" && target) return evalReports(target);
  process.stderr.write("usage: npm run eval -- --labels FILE.jsonl | --reports DIR\n");
  return 2;
}

run(process.argv.slice(2)).then((code) => process.exit(code));

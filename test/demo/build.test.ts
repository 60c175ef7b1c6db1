/**
 * The demo page (demo/) carries the Office host fakes, which are test code: the production build,
 * the one that is deployed, must not contain it; development builds (`npm start`) serve it.
 */
import * as path from "node:path";

interface HtmlPlugin {
  userOptions?: { filename?: string; templateParameters?: { contentSecurityPolicy?: string } };
}
interface WebpackConfig {
  entry: Record<string, string | string[]>;
  plugins: HtmlPlugin[];
}
type ConfigFactory = (env: unknown, options: { mode: string }) => Promise<WebpackConfig>;

const factory = require(path.resolve(__dirname, "../../webpack.config.js")) as ConfigFactory;

const pagesOf = (config: WebpackConfig): string[] =>
  config.plugins.map((p) => p.userOptions?.filename).filter((f): f is string => Boolean(f));

it("production builds leave the demo out; development builds serve it", async () => {
  const production = await factory({}, { mode: "production" });
  const development = await factory({}, { mode: "development" });
  expect(Object.keys(production.entry).filter((name) => name.startsWith("demo"))).toEqual([]);
  expect(pagesOf(production).filter((file) => file.startsWith("demo"))).toEqual([]);
  const entries = Object.values(production.entry).flat();
  expect(entries.filter((entry) => entry.includes("demo/") || entry.includes("test/"))).toEqual([]);
  expect(pagesOf(development)).toEqual(
    expect.arrayContaining(["demo.html", "demo-word.html", "demo-excel.html"])
  );
});

it("the demo pages may connect to nothing", async () => {
  const development = await factory({}, { mode: "development" });
  for (const plugin of development.plugins) {
    const file = plugin.userOptions?.filename ?? "";
    if (!file.startsWith("demo")) continue;
    expect(plugin.userOptions?.templateParameters?.contentSecurityPolicy).toContain(
      "connect-src 'none'"
    );
  }
});

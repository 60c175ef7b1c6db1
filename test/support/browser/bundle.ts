import { readFile } from "node:fs/promises";
import * as path from "node:path";
import webpack from "webpack";

const TSCONFIG = path.resolve(__dirname, "../../../tsconfig.json");

/**
 * Bundles a page-side script (a host fake that stands in for office.js) with
 * webpack's Node API into `outDir`, and returns its source for a route to
 * serve. Type errors are the type check's business: this only transpiles.
 */
export async function bundleForBrowser(
  entry: string,
  outDir: string,
  filename = "office.js"
): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry,
    output: { path: outDir, filename },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: TSCONFIG,
              compilerOptions: { module: "esnext" },
            },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    })
  );
  return readFile(path.join(outDir, filename), "utf8");
}

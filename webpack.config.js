const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { DEV_URL, publicUrl, rewriteManifest } = require("./scripts/addin-url");
const PANE_BUDGET_BYTES = 400 * 1024;
const pages = {
  excel: { entry: "./src/taskpane/excel/index.tsx", template: "./src/taskpane/pane.html" },
  word: { entry: "./src/taskpane/word/index.tsx", template: "./src/taskpane/pane.html" },
  // Sign-in dialog of "Send to tracker" where Office cannot broker sign-in (src/graph/auth.ts).
  auth: { entry: "./src/taskpane/word/authDialog.ts", template: "./src/taskpane/pane.html" },
  commands: { entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
};

/**
 * The help page in each language (linked from both panes): no script, one head (src/help/page.html,
 * whose style hash its policy names), the language's text (src/help/text.<lang>.html).
 */
const helpPages = [
  { filename: "help.html", lang: "en", title: "OPCAT Recommendation Tracker: help" },
  { filename: "help.fr.html", lang: "fr", title: "OPCAT Recommendation Tracker : aide" },
  { filename: "help.es.html", lang: "es", title: "OPCAT Recommendation Tracker: ayuda" },
];

/**
 * Try it without Office (README): demo.html shows each pane beside a sample document, on the host
 * fakes the browser tests use (demo/). Development builds only (`npm start`, `npm run build:dev`):
 * the production build that is deployed holds no demo page and no test code.
 */
const demoPages = {
  demo: { entry: "./demo/page.ts", template: "./demo/demo.html", demo: true },
  "demo-word": {
    entry: ["./demo/word.ts", "./src/taskpane/word/index.tsx"],
    template: "./demo/frame.html",
    demo: true,
  },
  "demo-excel": {
    entry: ["./demo/excel.ts", "./src/taskpane/excel/index.tsx"],
    template: "./demo/frame.html",
    demo: true,
  },
};

/** Prints each page's JavaScript size, gzipped, and fails the production build over budget. */
class PaneSizeReport {
  constructor(enforce) {
    this.enforce = enforce;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PaneSizeReport", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PaneSizeReport", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compilation)
      );
    });
  }
  report(compilation) {
    {
      const lines = [];
      for (const [name, entrypoint] of compilation.entrypoints) {
        let raw = 0;
        let gzipped = 0;
        for (const file of entrypoint.getFiles().filter((f) => f.endsWith(".js"))) {
          const source = compilation.getAsset(file).source.buffer();
          raw += source.length;
          gzipped += zlib.gzipSync(source, { level: 9 }).length;
        }
        const over = gzipped > PANE_BUDGET_BYTES;
        lines.push(
          `  ${name.padEnd(9)} ${(raw / 1024).toFixed(1).padStart(8)} KB, gzipped ${(gzipped / 1024).toFixed(1).padStart(7)} KB` +
            (name === "commands"
              ? ""
              : ` (budget ${PANE_BUDGET_BYTES / 1024} KB)${over ? "  OVER BUDGET" : ""}`)
        );
        if (over && this.enforce && name !== "commands") {
          compilation.errors.push(
            new Error(
              `The ${name} pane is ${(gzipped / 1024).toFixed(1)} KB gzipped, over its 400 KB budget.`
            )
          );
        }
      }
      console.log(`JavaScript per page:\n${lines.join("\n")}`);
    }
  }
}

/**
 * The pages' Content-Security-Policy: our own files, office.js from Microsoft's CDN (which loads its
 * host scripts from the same folder), Graph and sign-in for "Send to tracker", nothing else. No
 * 'unsafe-eval'. Fluent UI (Griffel) adds <style> elements at run time, hence 'unsafe-inline' for
 * styles only. frame-src admits the sign-in page alone, so office.js's telemetry iframe (added when
 * it runs outside Office) is refused by the browser.
 */
function contentSecurityPolicy(graphEndpoint) {
  const signIn = "https://login.microsoftonline.com";
  if (graphEndpoint === null) {
    // The demo pages: their own files and frames, and no connection to anything at all.
    return [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'none'",
      "frame-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'none'",
    ].join("; ");
  }
  return [
    "default-src 'none'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${new URL(graphEndpoint).origin} ${signIn}`,
    `frame-src ${signIn}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const graphEndpoint = process.env.GRAPH_ENDPOINT ?? "https://graph.microsoft.com/v1.0";
  const url = production ? publicUrl(process.env.ADDIN_URL) : DEV_URL;
  if (!production && process.env.ADDIN_URL)
    console.warn("ADDIN_URL is applied by the production build only.");
  const built = production ? pages : { ...pages, ...demoPages };
  const config = {
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(Object.entries(built).map(([name, page]) => [name, page.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              compilerOptions: { module: "esnext" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    stats: "errors-warnings",
    plugins: [
      ...Object.entries(built).map(
        ([name, page]) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            template: page.template,
            chunks: [name],
            inject: "body",
            templateParameters: {
              contentSecurityPolicy: contentSecurityPolicy(page.demo ? null : graphEndpoint),
            },
          })
      ),
      ...helpPages.map(
        ({ filename, lang, title }) =>
          new HtmlWebpackPlugin({
            filename,
            template: "./src/help/page.html",
            chunks: [],
            inject: false,
            // As written, like the pages copied before (webpack's own minimizer compacts them in production).
            minify: false,
            templateParameters: {
              lang,
              title,
              body: fs
                .readFileSync(path.join(__dirname, `src/help/text.${lang}.html`), "utf8")
                .trim(),
            },
          })
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), url),
          },
        ],
      }),
      // Graph sign-in is configuration of the deployment (README "Send to tracker"), fixed at build time.
      new webpack.DefinePlugin({
        "process.env.GRAPH_CLIENT_ID": JSON.stringify(process.env.GRAPH_CLIENT_ID ?? ""),
        "process.env.GRAPH_TENANT": JSON.stringify(process.env.GRAPH_TENANT ?? "organizations"),
        "process.env.GRAPH_ENDPOINT": JSON.stringify(graphEndpoint),
      }),
      new PaneSizeReport(production),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await httpsServer(),
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: false },
    },
  };
  return config;
};

/**
 * Office requires https even on localhost. office-addin-dev-certs makes a
 * certificate signed by a local CA and installs the CA; where it cannot
 * (Linux without sudo, CI), webpack-dev-server's own self-signed certificate
 * is used, which browsers and `curl -k` accept after a warning.
 */
async function httpsServer() {
  if (process.env.WEBPACK_SERVE !== "true") return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 20000)),
    ]);
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `Developer certificates unavailable (${error.message}); using a self-signed certificate instead.`
    );
    return { type: "https" };
  }
}

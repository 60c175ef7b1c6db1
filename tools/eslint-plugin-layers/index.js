"use strict";
/**
 * The project's layer boundaries as lint rules (see docs/architecture.md), so a forbidden
 * import fails `npm run lint` instead of waiting for a review:
 * - layers/boundaries: what each folder of src may import (core only core, panes never the
 *   Node-only file adapters or the command line, src never test code);
 * - layers/no-cycle: no import cycle between our modules, type-only imports included.
 * Imports are resolved to files the way TypeScript resolves ours (relative paths, .ts/.tsx,
 * index files); package imports are judged by name.
 */
const fs = require("fs");
const path = require("path");
const { builtinModules } = require("module");

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs", ".cjs"];
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The layer of a file of ours: "core", "office", "files", "graph", "taskpane", "cli", "commands", "bench", "test", or null. */
function layerOf(file) {
  const relative = path.relative(ROOT, file).split(path.sep);
  if (relative[0] === "test") return "test";
  if (relative[0] === "demo") return "demo";
  if (relative[0] !== "src") return null;
  return relative[1] ?? null;
}

function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext)];
  for (const ext of EXTENSIONS) candidates.push(path.join(base, `index${ext}`));
  for (const candidate of candidates) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not this one */
    }
  }
  return base; // a file that does not exist yet still has a layer
}

/**
 * Who may import what. A rule names the importing layer, the layers it may not import, and
 * whether it may use npm packages and Node's modules at all.
 */
const FORBIDDEN = {
  core: {
    layers: ["office", "files", "graph", "taskpane", "cli", "commands", "bench", "test"],
    packages: false,
    node: false,
    why: "src/core is pure: it imports only src/core (no adapter, no package, no Node module)",
  },
  office: { layers: ["files", "graph", "taskpane", "cli", "commands", "bench", "test"], why: "Office adapters import core only" },
  files: { layers: ["office", "graph", "taskpane", "cli", "commands", "bench", "test"], why: "file adapters import core only" },
  graph: { layers: ["office", "files", "taskpane", "cli", "commands", "bench", "test"], why: "the Graph adapter imports core only" },
  taskpane: { layers: ["cli", "bench", "test"], files: ["src/files/xlsx", "src/files/local.ts"], node: false, why: "the panes run in a browser: no command line, no Node-only file code, no test code" },
  commands: { layers: ["cli", "bench", "test", "files"], node: false, why: "ribbon commands run in Office" },
  cli: { layers: ["taskpane", "office", "commands", "bench", "test"], why: "the command line composes core and the file adapters" },
  // The demo page (development builds only) runs the panes on the host fakes: of the test code it
  // may use those fakes alone, and like the panes nothing Node-only.
  demo: { layers: ["cli", "bench"], files: ["src/files/xlsx", "src/files/local.ts"], node: false, testAllowed: ["test/support/office"], why: "the demo runs in a browser, on the Office host fakes only" },
};

const boundaries = {
  meta: {
    type: "problem",
    docs: { description: "imports stay inside the layer boundaries of docs/architecture.md" },
    schema: [],
    messages: { forbidden: "{{what}} may not be imported here: {{why}}." },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const layer = layerOf(file);
    if (!layer || layer === "test") return {};
    const rule = FORBIDDEN[layer];
    const check = (node, specifier) => {
      if (typeof specifier !== "string") return;
      const report = (what, why) =>
        context.report({ node, messageId: "forbidden", data: { what, why } });
      if (!specifier.startsWith(".")) {
        if (NODE_BUILTINS.has(specifier)) {
          if (rule && rule.node === false) report(`Node's "${specifier}"`, rule.why);
        } else if (rule && rule.packages === false) report(`the package "${specifier}"`, rule.why);
        return;
      }
      const target = resolveImport(file, specifier);
      const targetLayer = layerOf(target);
      const targetPath = path.relative(ROOT, target).split(path.sep).join("/");
      if (targetLayer === "test") {
        const allowed = (rule?.testAllowed ?? []).some((prefix) => targetPath.startsWith(`${prefix}/`));
        if (!allowed) report(`"${specifier}" (test code)`, layer === "demo" ? rule.why : "src never imports test code");
        return;
      }
      if (targetLayer === "demo" && layer !== "demo") {
        report(`"${specifier}" (the demo page)`, "src never imports the demo page, which holds test code");
        return;
      }
      if (!rule) return;
      if (targetLayer && targetLayer !== layer && rule.layers.includes(targetLayer)) {
        report(`"${specifier}" (src/${targetLayer})`, rule.why);
        return;
      }
      const relative = targetPath;
      for (const prefix of rule.files ?? [])
        if (relative === prefix || relative.startsWith(`${prefix}/`) || relative.startsWith(`${prefix}.`))
          report(`"${specifier}" (${prefix})`, rule.why);
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments[0]?.type === "Literal")
          check(node, node.arguments[0].value);
      },
    };
  },
};

// --- cycles -------------------------------------------------------------------------------

const IMPORT_PATTERN =
  /(?:^|[;\n}])\s*(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+\s+from\s+)?["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file, text) {
  const out = new Set();
  IMPORT_PATTERN.lastIndex = 0;
  let match;
  while ((match = IMPORT_PATTERN.exec(text)) !== null) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier || !specifier.startsWith(".")) continue;
    const target = resolveImport(file, specifier);
    if (target && target.startsWith(SRC)) out.add(target);
  }
  return out;
}

let graphCache = null;
function graphOnDisk() {
  if (graphCache) return graphCache;
  const graph = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
        graph.set(full, importsOf(full, fs.readFileSync(full, "utf8")));
    }
  };
  walk(SRC);
  graphCache = graph;
  return graph;
}

/** Whether `to` reaches `from` through the graph (so from → to closes a cycle); the path if so. */
function pathBack(graph, from, to) {
  const seen = new Set([to]);
  const queue = [[to]];
  while (queue.length) {
    const trail = queue.shift();
    const last = trail[trail.length - 1];
    for (const next of graph.get(last) ?? []) {
      if (next === from) return [...trail, next];
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...trail, next]);
      }
    }
  }
  return null;
}

const noCycle = {
  meta: {
    type: "problem",
    docs: { description: "no import cycles between our modules, type-only imports included" },
    schema: [],
    messages: { cycle: "import cycle: {{trail}}" },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    if (!file.startsWith(SRC) || !/\.(ts|tsx)$/.test(file)) return {};
    const graph = new Map(graphOnDisk());
    // The file as linted (perhaps not as saved) decides its own edges.
    graph.set(file, importsOf(file, context.sourceCode?.text ?? context.getSourceCode().text));
    const check = (node, specifier) => {
      if (typeof specifier !== "string" || !specifier.startsWith(".")) return;
      const target = resolveImport(file, specifier);
      if (!target || !graph.has(target)) return;
      const trail = pathBack(graph, file, target);
      if (!trail) return;
      const short = [file, ...trail].map((f) => path.relative(SRC, f).split(path.sep).join("/"));
      context.report({ node, messageId: "cycle", data: { trail: short.join(" → ") } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
    };
  },
};

module.exports = { rules: { boundaries, "no-cycle": noCycle } };

#!/usr/bin/env node
/* npm start: sideload into desktop Excel and Word where they exist (Windows, Mac);
   elsewhere serve the add-in on https://localhost:3000, print how to sideload it in
   Office on the web, and stay up until stopped (Ctrl+C or `npm stop`). */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const pidFile = require("./dev-server-pid");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const base = `https://localhost:${port}/`;
const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function hasDesktopOffice() {
  if (process.env.OPCAT_NO_DESKTOP === "1") return false;
  if (process.platform === "darwin") {
    return ["Microsoft Excel", "Microsoft Word"].some((app) =>
      fs.existsSync(`/Applications/${app}.app`)
    );
  }
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((dir) =>
      fs.existsSync(path.join(dir, "Microsoft Office", "root", "Office16", "EXCEL.EXE"))
    );
  }
  return false;
}

function sideloadDesktop() {
  for (const app of ["excel", "word"]) {
    const result = spawnSync(
      bin("office-addin-debugging"),
      ["start", "manifest.xml", "desktop", "--app", app],
      {
        cwd: root,
        stdio: "inherit",
        shell: process.platform === "win32",
      }
    );
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

function isServing(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => {
      request.destroy();
      resolve(false);
    });
  });
}

function printWebSteps() {
  console.log(`
The add-in is served at ${base}
  Excel pane: ${base}excel.html
  Word pane:  ${base}word.html
  Try both panes without Office, beside a sample report and workbook: ${base}demo.html

No desktop Office on this machine. To try the add-in in Office on the web:
  1. In this computer's browser, open ${base}excel.html once. If the browser warns about the
     certificate, accept it (the development certificate is local to this machine).
  2. Go to https://www.office.com, sign in, and open a workbook in Excel (or a document in Word).
  3. Home tab > Add-ins > More Add-ins (in some versions: Insert > Add-ins > Office Add-ins).
  4. Choose "My Add-ins" > "Upload My Add-in", pick this project's manifest.xml
     (${path.join(root, "manifest.xml")}), then "Upload".
  5. The Home tab now has a "Recommendations" group: "Tracker" in Excel, "Check recommendations" in Word.

The dev server stays up until you press Ctrl+C here or run \`npm stop\`.`);
}

async function serveForWeb() {
  if (await isServing(`${base}excel.html`)) {
    console.log(`A server already answers at ${base}.`);
    printWebSteps();
    return;
  }
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  fs.writeFileSync(pidFile, String(server.pid));
  const cleanUp = () => fs.rmSync(pidFile, { force: true });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.kill("SIGTERM");
    });
  }
  server.on("exit", (code, signal) => {
    cleanUp();
    process.exit(signal ? 0 : (code ?? 0));
  });
  const deadline = Date.now() + 180000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return;
    if (await isServing(`${base}excel.html`)) {
      printWebSteps();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.error(`The dev server did not answer at ${base} within 3 minutes; stopping it.`);
  server.kill("SIGTERM");
}

if (hasDesktopOffice()) sideloadDesktop();
else serveForWeb();

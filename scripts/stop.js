#!/usr/bin/env node
/* npm stop: end the sideloading session (desktop Office) and the dev server that `npm start` left running. */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const pidFile = require("./dev-server-pid");

const root = path.join(__dirname, "..");
if (process.platform === "win32" || process.platform === "darwin") {
  const name =
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging";
  spawnSync(path.join(root, "node_modules", ".bin", name), ["stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}
if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch {
    console.log("The dev server had already stopped.");
  }
  fs.rmSync(pidFile, { force: true });
} else {
  console.log("No dev server started by `npm start` is running.");
}

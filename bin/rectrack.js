#!/usr/bin/env node
"use strict";
// The command line is compiled into lib/ by `npm run build:cli` (run by `npm ci` through `prepare`).
let main;
try {
  ({ main } = require("../lib/cli/rectrack.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "rectrack is not built yet: run `npm run build:cli` in the project folder.\n"
    );
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then((code) => process.exit(code));

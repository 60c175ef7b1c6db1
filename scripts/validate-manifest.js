#!/usr/bin/env node
/* Offline manifest check: xmllint against the Office add-in manifest schemas.
   Usage: node scripts/validate-manifest.js [manifest.xml]
   The schemas come from MANIFEST_SCHEMAS, or ../shared/manifest-schemas beside the project. */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const manifest = path.resolve(process.argv[2] || "manifest.xml");
const schemaDir = path.resolve(
  process.env.MANIFEST_SCHEMAS || path.join(__dirname, "..", "..", "shared", "manifest-schemas")
);
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

function fail(message) {
  console.error(message);
  process.exit(2);
}

if (!fs.existsSync(manifest)) fail(`No manifest at ${manifest}.`);
if (!fs.existsSync(schema)) {
  fail(
    `The manifest schemas are not at ${schemaDir}. Set MANIFEST_SCHEMAS to the folder that holds OfficeAppManifestV1_1.xsd.`
  );
}
const result = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], {
  encoding: "utf8",
});
if (result.error) fail("xmllint is missing: install it with `apt-get install libxml2-utils`.");
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
if (result.status !== 0) {
  console.error(
    `The manifest ${path.relative(process.cwd(), manifest)} does not match the Office add-in schema.`
  );
  process.exit(1);
}
console.log(
  `The manifest ${path.relative(process.cwd(), manifest)} is valid (schemas: ${schemaDir}).`
);

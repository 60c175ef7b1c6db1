import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

const { publicUrl, rewriteManifest } = require("../../scripts/addin-url") as {
  publicUrl: (url: string | undefined) => string;
  rewriteManifest: (xml: string, url: string) => string;
};

const root = join(__dirname, "..", "..");
const manifestXml = readFileSync(join(root, "manifest.xml"), "utf8");
const schemaDir = process.env.MANIFEST_SCHEMAS ?? join(root, "..", "shared", "manifest-schemas");
const canValidate = existsSync(join(schemaDir, "OfficeAppManifestV1_1.xsd"));

function validate(path: string) {
  return spawnSync("node", [join(root, "scripts", "validate-manifest.js"), path], {
    encoding: "utf8",
    env: { ...process.env, MANIFEST_SCHEMAS: schemaDir },
  });
}

// The schemas live outside the project (../shared); without them this block says so and is skipped.
(canValidate ? describe : describe.skip)(`npm run validate (schemas in ${schemaDir})`, () => {
  it("accepts the manifest", () => {
    const result = validate(join(root, "manifest.xml"));
    expect(result.stderr + result.stdout).toMatch(/is valid/);
    expect(result.status).toBe(0);
  });

  it("rejects a copy with a misspelled element", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const broken = join(dir, "manifest.xml");
    writeFileSync(broken, manifestXml.replace(/<(\/?)ProviderName>/g, "<$1ProviderNme>"));
    const result = validate(broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ProviderNme/);
  });
});

describe("manifest content", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const app = parser.parse(manifestXml).OfficeApp;

  it("is one task pane add-in for Excel and Word that can write the document", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Hosts.Host.map((h: { "@Name": string }) => h["@Name"])).toEqual([
      "Workbook",
      "Document",
    ]);
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("has no top-level requirement set (it would hide the add-in in the other host)", () => {
    expect(app.Requirements).toBeUndefined();
  });

  it("gives a Home-tab button per host that opens that host's pane", () => {
    const hosts = app.VersionOverrides.Hosts.Host as Array<Record<string, never>>;
    const urls = app.VersionOverrides.Resources["bt:Urls"]["bt:Url"] as Array<
      Record<string, string>
    >;
    const urlOf = (id: string) => urls.find((u) => u["@id"] === id)?.["@DefaultValue"];
    const paneOf = (type: string) => {
      const host = hosts.find((h) => h["@xsi:type"] === type) as unknown as {
        DesktopFormFactor: {
          ExtensionPoint: {
            OfficeTab: {
              "@id": string;
              Group: { Control: { Action: { SourceLocation: { "@resid": string } } } };
            };
          };
        };
      };
      const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
      expect(tab["@id"]).toBe("TabHome");
      return urlOf(tab.Group.Control.Action.SourceLocation["@resid"]);
    };
    expect(paneOf("Workbook")).toBe("https://localhost:3000/excel.html");
    expect(paneOf("Document")).toBe("https://localhost:3000/word.html");
  });

  it("translates every string into French and Spanish", () => {
    const strings = [
      app.DisplayName,
      app.Description,
      ...app.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"],
      ...app.VersionOverrides.Resources["bt:LongStrings"]["bt:String"],
    ];
    for (const s of strings) {
      const overrides = [s.Override ?? s["bt:Override"]].flat();
      expect(overrides.map((o: Record<string, string>) => o["@Locale"]).sort()).toEqual([
        "es-ES",
        "fr-FR",
      ]);
    }
  });

  it("points at icons that exist in assets/", () => {
    const images = app.VersionOverrides.Resources["bt:Images"]["bt:Image"] as Array<
      Record<string, string>
    >;
    const icons = [
      app.IconUrl["@DefaultValue"],
      app.HighResolutionIconUrl["@DefaultValue"],
      ...images.map((i) => i["@DefaultValue"]),
    ];
    for (const url of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/icon-\d+\.png$/);
      expect(existsSync(join(root, url.replace("https://localhost:3000/", "")))).toBe(true);
    }
  });
});

describe("production address", () => {
  it("rewrites every localhost URL to ADDIN_URL", () => {
    const rewritten = rewriteManifest(manifestXml, publicUrl("https://example.org/tracker/"));
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain("https://example.org/tracker/excel.html");
    expect(rewritten).toContain("https://example.org/tracker/assets/icon-32.png");
  });

  it("refuses an address that is not https or lacks the final slash", () => {
    expect(() => publicUrl("http://example.org/")).toThrow(/https/);
    expect(() => publicUrl("https://example.org/tracker")).toThrow(/ending with/);
    expect(publicUrl(undefined)).toBe("https://localhost:3000/");
  });
});

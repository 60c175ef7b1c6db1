/* The address the add-in is served from: the dev server, or ADDIN_URL for a production build. */
const DEV_URL = "https://localhost:3000/";

/** Validates ADDIN_URL (https, ends with "/"); returns the dev address when it is not set. */
function publicUrl(addinUrl) {
  if (!addinUrl) return DEV_URL;
  if (!/^https:\/\/[^\s"'<>]+\/$/.test(addinUrl)) {
    throw new Error(`ADDIN_URL must be an https:// address ending with "/" (got "${addinUrl}").`);
  }
  return addinUrl;
}

/** Points every dev-server URL of the manifest at the public address. */
function rewriteManifest(xml, url) {
  return xml.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, publicUrl, rewriteManifest };

/*
 * Function file of the ribbon (commands.html). The ribbon buttons only open
 * the panes (ShowTaskpane actions in manifest.xml), so no function is
 * registered yet; Office still requires the page to load office.js and
 * signal that it is ready.
 */
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}

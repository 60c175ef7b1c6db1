/**
 * MSAL 5 publishes its redirect bridge as a package subpath
 * ("exports"), which this project's moduleResolution ("node") does not
 * read; webpack does. The declaration mirrors
 * node_modules/@azure/msal-browser/types/redirect_bridge/index.d.ts.
 */
declare module "@azure/msal-browser/redirect-bridge" {
  export function broadcastResponseToMainFrame(): Promise<void>;
}

import { existsSync } from "node:fs";
import * as path from "node:path";
import { Browser, BrowserContext, BrowserServer, chromium, Page } from "playwright-core";
import { ConsoleGuard, installConsoleGuard, installNetworkGuard, NetworkGuard } from "./guards";
import { Theme } from "./screenshots";
import { startStaticServer, StaticServer } from "./server";
import { withTimeout } from "./timeout";
import { OFFICE_CDN_PREFIX } from "./officeCdn";

export const DIST_DIR = path.resolve(__dirname, "..", "..", "..", "dist");

/** Debian's Chromium: Playwright's own browser downloads are not used. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  // Second wall behind the request guard: connections the guard cannot see
  // (preconnect, DNS prefetch) find no address, so nothing reaches the internet.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** Bounds every close so a stuck browser fails afterAll instead of hanging jest. */
const CLOSE_TIMEOUT_MS = 10_000;

/** A task pane's size in Office on the desktop. */
export const PANE_VIEWPORT = { width: 360, height: 720 };

/** Fails with the instruction the developer needs when the panes are not built. */
export function requireBuiltPages(pages: readonly string[], root = DIST_DIR): void {
  const missing = pages.filter((page) => !existsSync(path.join(root, page)));
  if (missing.length > 0) {
    throw new Error(
      `${path.relative(process.cwd(), root) || root}/ has no ${missing.join(", ")}: run \`npm run build:dev\` first`
    );
  }
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser, killing its process if it does not close in time. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh temporary profile. launchServer (not
 * launch) so that the process can be killed by its own handle if close hangs.
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const server: BrowserServer = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    host: "127.0.0.1",
    timeout: 30_000,
  });
  let browser: Browser;
  try {
    browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
  } catch (error) {
    await server.kill();
    throw error;
  }
  return {
    browser,
    close: async () => {
      try {
        await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, "closing the browser connection");
        await withTimeout(server.close(), CLOSE_TIMEOUT_MS, "closing Chromium");
      } catch (error) {
        await server.kill();
        throw error;
      }
    },
  };
}

export interface OpenOptions {
  /** prefers-color-scheme seen by the page; Fluent UI follows it outside Office. */
  colorScheme?: Theme;
  viewport?: { width: number; height: number };
  /** A script served in place of office.js (a host fake); otherwise office.js comes from @microsoft/office-js. */
  officeJs?: string;
  acceptDownloads?: boolean;
  /** Runs on the new page before it loads: more routes, a fixed clock. */
  beforeLoad?: (page: Page) => Promise<void>;
  /** Resolves once the page shows what the test waits for; run before waiting for the network to go idle. */
  ready?: (page: Page) => Promise<unknown>;
}

export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  network: NetworkGuard;
  console: ConsoleGuard;
  close(): Promise<void>;
}

export interface BrowserHarness {
  server: StaticServer;
  browser: Browser;
  /** Opens a path of the served directory in a new guarded context and waits until the network is idle. */
  open(pathname: string, options?: OpenOptions): Promise<GuardedPage>;
  /** Closes every page, the browser and the server; safe to call twice and after a failed start. */
  close(): Promise<void>;
}

async function openGuarded(
  browser: Browser,
  url: string,
  options: OpenOptions
): Promise<GuardedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? "light",
    viewport: options.viewport ?? PANE_VIEWPORT,
    // The panes pick their language from the browser outside Office: fix it so results do not depend on the machine.
    locale: "en-US",
    timezoneId: "UTC",
    reducedMotion: "reduce",
    serviceWorkers: "block",
    acceptDownloads: options.acceptDownloads ?? false,
  });
  try {
    const network = await installNetworkGuard(context);
    const officeJs = options.officeJs;
    // Registered after the guard, so it wins over the guard's mapping of the CDN to the npm copy.
    if (officeJs !== undefined)
      await context.route(`${OFFICE_CDN_PREFIX}office.js`, (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs })
      );
    const page = await context.newPage();
    const consoleGuard = installConsoleGuard(page);
    await options.beforeLoad?.(page);
    await page.goto(url, { waitUntil: "load" });
    await options.ready?.(page);
    // office.js fetches its strings and telemetry script after load; wait so their errors are seen.
    await page.waitForLoadState("networkidle");
    return {
      page,
      context,
      network,
      console: consoleGuard,
      close: () => withTimeout(context.close(), CLOSE_TIMEOUT_MS, `closing the page ${url}`),
    };
  } catch (error) {
    await withTimeout(context.close(), CLOSE_TIMEOUT_MS, `closing the page ${url}`).catch(
      () => undefined
    );
    throw error;
  }
}

/** One static server and one Chromium, for one test file. */
export async function startBrowserHarness(root: string = DIST_DIR): Promise<BrowserHarness> {
  const server = await startStaticServer(root);
  let launched: LaunchedBrowser;
  try {
    launched = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const pages = new Set<GuardedPage>();
  let closing: Promise<void> | null = null;
  return {
    server,
    browser: launched.browser,
    open: async (pathname, options = {}) => {
      const guarded = await openGuarded(launched.browser, server.url(pathname), options);
      pages.add(guarded);
      return guarded;
    },
    close: () => {
      closing ??= (async () => {
        const results = await Promise.allSettled([...[...pages].map((p) => p.close())]);
        results.push(...(await Promise.allSettled([launched.close()])));
        results.push(...(await Promise.allSettled([server.close()])));
        const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
        if (failures.length > 0) {
          throw new Error(failures.map((f) => String(f.reason)).join("\n"));
        }
      })();
      return closing;
    },
  };
}

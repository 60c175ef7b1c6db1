import type {
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
} from "@azure/msal-browser";
import { CodedProblem } from "../core/model/problem";

/**
 * Sign-in to Microsoft 365 for Graph (docs/architecture.md,
 * channel 2). Nested app authentication where Office brokers the sign-in
 * (NestedAppAuth 1.1); elsewhere an Office dialog runs MSAL's redirect flow
 * on our own page (auth.html) and messages the token back, because sign-in
 * pages refuse to open inside the pane's iframe.
 *
 * MSAL is loaded on first use (a separate chunk), so a pane that never
 * signs in does not carry it. The Office calls live here, behind the
 * AuthHost interface, so the logic is tested with fakes and the pane's
 * browser tests replace the whole provider.
 */

/** Delegated Microsoft Graph permission the tracker needs: read and write the user's files. */
export const GRAPH_SCOPES = ["Files.ReadWrite"];
/** Renew a token this long before it expires, so a long send does not run out mid-way. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;
/** The dialog page, next to the pane's pages (webpack page "auth"). */
export const AUTH_DIALOG_PAGE = "auth.html";

export type SignInProblem =
  /** No client id was built in: sign-in is not set up for this deployment. */
  | "notConfigured"
  /** The user closed the sign-in window. */
  | "cancelled"
  /** Office or the browser blocked the sign-in window. */
  | "blocked"
  /** The organisation has not granted the add-in access to files (admin consent missing). */
  | "consent"
  /** Anything else: the detail says what. */
  | "failed";

export class SignInError extends CodedProblem<SignInProblem> {
  constructor(problem: SignInProblem, detail = "") {
    super("signIn", "SignInError", problem, detail);
  }
}

export interface GraphAuthConfig {
  clientId: string;
  /** Directory (tenant) id or domain, or "organizations" / "common". */
  tenant: string;
}

/** Client id and tenant fixed at build time (webpack DefinePlugin; README "Send to tracker"). */
export function graphAuthConfig(): GraphAuthConfig {
  return {
    clientId: (process.env.GRAPH_CLIENT_ID ?? "").trim(),
    tenant: (process.env.GRAPH_TENANT ?? "").trim() || "organizations",
  };
}

export function isSignInConfigured(config: GraphAuthConfig = graphAuthConfig()): boolean {
  return config.clientId !== "";
}

/** Gives a Graph access token; forget() after Graph refused one (401), so the next call gets a fresh one. */
export type TokenProvider = (() => Promise<string>) & { forget(): void };

type Msal = typeof import("@azure/msal-browser");

/** What sign-in needs from its surroundings; officeAuthHost() is the real one. */
export interface AuthHost {
  /** Office brokers the sign-in (nested app authentication). */
  supportsNestedAppAuth(): boolean;
  loadMsal(): Promise<Msal>;
  /** Opens the sign-in dialog page and resolves with the one message it sends. */
  openDialog(url: string): Promise<string>;
  /** Absolute address of the dialog page. */
  dialogUrl(): string;
  now(): number;
}

/** The message auth.html sends back to the pane. */
export type DialogMessage =
  | { ok: true; accessToken: string; expiresOn: number }
  | { ok: false; problem: SignInProblem; detail: string };

function authority(config: GraphAuthConfig): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(config.tenant)}`;
}

function msalConfiguration(config: GraphAuthConfig, redirectUri?: string): Configuration {
  return {
    auth: { clientId: config.clientId, authority: authority(config), redirectUri },
    cache: { cacheLocation: "localStorage" },
  };
}

function errorCode(error: unknown): string {
  return error && typeof error === "object" && "errorCode" in error
    ? String((error as { errorCode: unknown }).errorCode)
    : "";
}

/** Words MSAL's and Office's failures as a sign-in problem. */
export function signInProblemOf(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === "user_cancelled" || code === "interaction_in_progress_cancelled")
    return new SignInError("cancelled");
  if (
    code === "popup_window_error" ||
    code === "empty_window_error" ||
    code === "block_nested_popups"
  )
    return new SignInError("blocked", message);
  // AADSTS65001: the user or administrator has not consented; AADSTS90094 / 90008: admin consent required.
  if (code === "consent_required" || /AADSTS(65001|90094|90008)\b/.test(message))
    return new SignInError("consent", message);
  return new SignInError("failed", message);
}

function isInteractionRequired(msal: Msal, error: unknown): boolean {
  return (
    error instanceof msal.InteractionRequiredAuthError ||
    ["interaction_required", "consent_required", "login_required", "no_account_error"].includes(
      errorCode(error)
    )
  );
}

/**
 * The token provider GraphTrackerStore takes. Silent first; a sign-in
 * window only when Entra ID asks for one. Tokens from the dialog are kept
 * in memory until shortly before they expire.
 */
export function createTokenProvider(
  config: GraphAuthConfig = graphAuthConfig(),
  host: AuthHost = officeAuthHost()
): TokenProvider {
  let naa: Promise<{ msal: Msal; pca: IPublicClientApplication }> | null = null;
  let cached: { token: string; expiresOn: number } | null = null;
  let refresh = false;

  const viaNestedAppAuth = async (): Promise<string> => {
    if (!naa) {
      const starting = host.loadMsal().then(async (msal) => ({
        msal,
        // Where Office cannot broker (Word on the web), MSAL signs in through a popup that lands on auth.html.
        pca: await msal.createNestablePublicClientApplication(
          msalConfiguration(config, host.dialogUrl())
        ),
      }));
      naa = starting;
      // A failed start is retried on the next call rather than remembered.
      starting.catch(() => {
        if (naa === starting) naa = null;
      });
    }
    const { msal, pca } = await naa;
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    let result: AuthenticationResult;
    try {
      result = await pca.acquireTokenSilent({
        scopes: GRAPH_SCOPES,
        account,
        forceRefresh: refresh,
      });
      refresh = false;
    } catch (error) {
      if (!isInteractionRequired(msal, error)) throw error;
      result = await pca.acquireTokenPopup({ scopes: GRAPH_SCOPES });
    }
    if (result.account) pca.setActiveAccount(result.account);
    return result.accessToken;
  };

  const viaDialog = async (): Promise<string> => {
    if (cached && cached.expiresOn - EXPIRY_MARGIN_MS > host.now()) return cached.token;
    const raw = await host.openDialog(host.dialogUrl());
    const message = parseDialogMessage(raw);
    if (!message.ok) throw new SignInError(message.problem, message.detail);
    cached = { token: message.accessToken, expiresOn: message.expiresOn };
    return message.accessToken;
  };

  const provider = async () => {
    if (!isSignInConfigured(config)) throw new SignInError("notConfigured");
    try {
      return await (host.supportsNestedAppAuth() ? viaNestedAppAuth() : viaDialog());
    } catch (error) {
      throw signInProblemOf(error);
    }
  };
  return Object.assign(provider, {
    forget: () => {
      cached = null;
      refresh = true;
    },
  });
}

const PROBLEMS: readonly SignInProblem[] = [
  "notConfigured",
  "cancelled",
  "blocked",
  "consent",
  "failed",
];

export function parseDialogMessage(raw: string): DialogMessage {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: "failed", detail: "the sign-in window sent an unreadable answer" };
  }
  const v = value as Partial<Record<string, unknown>> | null;
  if (v && v.ok === true && typeof v.accessToken === "string" && typeof v.expiresOn === "number")
    return { ok: true, accessToken: v.accessToken, expiresOn: v.expiresOn };
  if (v && v.ok === false && PROBLEMS.includes(v.problem as SignInProblem))
    return {
      ok: false,
      problem: v.problem as SignInProblem,
      detail: typeof v.detail === "string" ? v.detail : "",
    };
  return { ok: false, problem: "failed", detail: "the sign-in window sent an unreadable answer" };
}

// ---------------------------------------------------------------------------
// Office

/** Office dialog errors (displayDialogAsync): 12006 closed by the user; 12009 / 12011 blocked. */
const DIALOG_CLOSED = 12006;
const DIALOG_BLOCKED = [12009, 12011];

export function officeAuthHost(): AuthHost {
  return {
    supportsNestedAppAuth: () =>
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
    loadMsal: () => import("@azure/msal-browser"),
    dialogUrl: () => new URL(AUTH_DIALOG_PAGE, window.location.href).href,
    now: () => Date.now(),
    openDialog: (url) =>
      new Promise<string>((resolve, reject) => {
        if (typeof Office === "undefined" || !Office.context.ui) {
          reject(new SignInError("failed", "this version of Office cannot open a sign-in window"));
          return;
        }
        Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
          if (opened.status === Office.AsyncResultStatus.Failed) {
            const blocked = DIALOG_BLOCKED.includes(opened.error.code);
            reject(new SignInError(blocked ? "blocked" : "failed", opened.error.message));
            return;
          }
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            if ("message" in arg) resolve(arg.message);
            else reject(new SignInError("failed", `dialog error ${arg.error}`));
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            const code = "error" in arg ? arg.error : 0;
            reject(
              code === DIALOG_CLOSED
                ? new SignInError("cancelled")
                : new SignInError("failed", `dialog error ${code}`)
            );
          });
        });
      }),
  };
}

/** The address carries Entra ID's answer (an authorization code or an error, with MSAL's state). */
function hasAuthResponse(): boolean {
  const parts = `${window.location.hash}&${window.location.search}`;
  return /[#?&]state=/.test(parts) && /[#?&](code|error)=/.test(parts);
}

/**
 * auth.html, the one page registered as the https redirect URI. With
 * Entra ID's answer in its address it hands the answer to the window that
 * asked (MSAL 5's redirect bridge: the pane's popup, or this same page's
 * redirect flow); otherwise it is the Office sign-in dialog.
 */
export async function runAuthPage(): Promise<void> {
  if (hasAuthResponse()) {
    const bridge = await import("@azure/msal-browser/redirect-bridge");
    await bridge.broadcastResponseToMainFrame();
    return;
  }
  await Office.onReady();
  await runSignInDialog();
}

/**
 * Runs in auth.html, inside the Office dialog: MSAL's redirect flow on this
 * same page (it is the registered redirect URI), then the token, or what
 * went wrong, is messaged to the pane. Silent first, so a second sign-in
 * in the same session closes at once.
 */
export async function runSignInDialog(
  config: GraphAuthConfig = graphAuthConfig(),
  send: (message: DialogMessage) => void = (m) => Office.context.ui.messageParent(JSON.stringify(m))
): Promise<void> {
  const done = (result: AuthenticationResult) =>
    send({
      ok: true,
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime() ?? Date.now() + 30 * 60 * 1000,
    });
  try {
    if (!isSignInConfigured(config)) throw new SignInError("notConfigured");
    const msal = await import("@azure/msal-browser");
    const here = window.location.origin + window.location.pathname;
    const pca = await msal.createStandardPublicClientApplication(msalConfiguration(config, here));
    const returned = await pca.handleRedirectPromise();
    if (returned) return done(returned);
    const account = pca.getAllAccounts()[0];
    if (account) {
      try {
        return done(await pca.acquireTokenSilent({ scopes: GRAPH_SCOPES, account }));
      } catch (error) {
        if (!isInteractionRequired(msal, error)) throw error;
      }
    }
    await pca.acquireTokenRedirect({ scopes: GRAPH_SCOPES, redirectUri: here });
  } catch (error) {
    const problem = signInProblemOf(error);
    send({ ok: false, problem: problem.problem, detail: problem.message });
  }
}

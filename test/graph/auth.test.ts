import {
  AuthHost,
  SignInError,
  createTokenProvider,
  officeAuthHost,
  parseDialogMessage,
  signInProblemOf,
} from "../../src/graph/auth";

/** MSAL's shapes, as far as sign-in uses them. */
class InteractionRequiredAuthError extends Error {
  constructor(readonly errorCode: string) {
    super(errorCode);
  }
}

interface FakePca {
  silent: jest.Mock;
  popup: jest.Mock;
}

function msalWith(pca: FakePca, created: jest.Mock) {
  return {
    InteractionRequiredAuthError,
    createNestablePublicClientApplication: created.mockImplementation(async () => ({
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
      acquireTokenSilent: pca.silent,
      acquireTokenPopup: pca.popup,
    })),
  };
}

function host(overrides: Partial<AuthHost> & { msal?: unknown }): AuthHost {
  return {
    supportsNestedAppAuth: () => true,
    loadMsal: async () => overrides.msal as Awaited<ReturnType<AuthHost["loadMsal"]>>,
    openDialog: async () => {
      throw new Error("no dialog expected");
    },
    dialogUrl: () => "https://addin.example/auth.html",
    now: () => 1_000_000,
    ...overrides,
  };
}

const CONFIG = { clientId: "11111111-2222-3333-4444-555555555555", tenant: "contoso.example" };

describe("sign-in for Graph", () => {
  it("refuses plainly when no client id is configured, without loading MSAL", async () => {
    const loadMsal = jest.fn();
    const getToken = createTokenProvider(
      { clientId: "", tenant: "organizations" },
      host({ loadMsal })
    );
    await expect(getToken()).rejects.toMatchObject({ problem: "notConfigured" });
    expect(loadMsal).not.toHaveBeenCalled();
  });

  it("with nested app authentication: silent first, a popup only when interaction is required", async () => {
    const created = jest.fn();
    const pca = {
      silent: jest
        .fn()
        .mockResolvedValueOnce({ accessToken: "silent-token", account: null })
        .mockRejectedValueOnce(new InteractionRequiredAuthError("interaction_required")),
      popup: jest.fn().mockResolvedValue({ accessToken: "popup-token", account: null }),
    };
    const getToken = createTokenProvider(CONFIG, host({ msal: msalWith(pca, created) }));
    await expect(getToken()).resolves.toBe("silent-token");
    expect(pca.popup).not.toHaveBeenCalled();
    await expect(getToken()).resolves.toBe("popup-token");
    expect(pca.popup).toHaveBeenCalledWith({ scopes: ["Files.ReadWrite"] });
    // One application for the pane's lifetime, on the configured tenant.
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0][0].auth).toMatchObject({
      clientId: CONFIG.clientId,
      authority: "https://login.microsoftonline.com/contoso.example",
    });
  });

  it("does not open a popup for errors that are not about interaction", async () => {
    const pca = {
      silent: jest
        .fn()
        .mockRejectedValue(
          Object.assign(new Error("offline"), { errorCode: "no_network_connectivity" })
        ),
      popup: jest.fn(),
    };
    const getToken = createTokenProvider(CONFIG, host({ msal: msalWith(pca, jest.fn()) }));
    await expect(getToken()).rejects.toMatchObject({ problem: "failed" });
    expect(pca.popup).not.toHaveBeenCalled();
  });

  it("words a closed window, a blocked window and missing consent", () => {
    expect(signInProblemOf({ errorCode: "user_cancelled" }).problem).toBe("cancelled");
    expect(signInProblemOf({ errorCode: "popup_window_error" }).problem).toBe("blocked");
    expect(
      signInProblemOf(new Error("AADSTS65001: The user or administrator has not consented")).problem
    ).toBe("consent");
    expect(signInProblemOf(new Error("something else")).problem).toBe("failed");
    const own = new SignInError("blocked");
    expect(signInProblemOf(own)).toBe(own);
  });

  it("without nested app authentication: the dialog's token, kept until shortly before it expires", async () => {
    let now = 1_000_000;
    const openDialog = jest
      .fn()
      .mockResolvedValueOnce(
        JSON.stringify({ ok: true, accessToken: "t1", expiresOn: now + 3_600_000 })
      )
      .mockResolvedValueOnce(
        JSON.stringify({ ok: true, accessToken: "t2", expiresOn: now + 7_200_000 })
      );
    const getToken = createTokenProvider(
      CONFIG,
      host({ supportsNestedAppAuth: () => false, openDialog, now: () => now })
    );
    await expect(getToken()).resolves.toBe("t1");
    now += 30 * 60_000;
    await expect(getToken()).resolves.toBe("t1");
    expect(openDialog).toHaveBeenCalledTimes(1);
    expect(openDialog).toHaveBeenCalledWith("https://addin.example/auth.html");
    now += 28 * 60_000; // within five minutes of expiry
    await expect(getToken()).resolves.toBe("t2");
    expect(openDialog).toHaveBeenCalledTimes(2);
  });

  it("asks for a fresh token after Graph refused one", async () => {
    const openDialog = jest
      .fn()
      .mockResolvedValueOnce(JSON.stringify({ ok: true, accessToken: "old", expiresOn: 9e12 }))
      .mockResolvedValueOnce(JSON.stringify({ ok: true, accessToken: "new", expiresOn: 9e12 }));
    const getToken = createTokenProvider(
      CONFIG,
      host({ supportsNestedAppAuth: () => false, openDialog })
    );
    await expect(getToken()).resolves.toBe("old");
    getToken.forget();
    await expect(getToken()).resolves.toBe("new");

    const pca = {
      silent: jest.fn().mockResolvedValue({ accessToken: "t", account: null }),
      popup: jest.fn(),
    };
    const naa = createTokenProvider(CONFIG, host({ msal: msalWith(pca, jest.fn()) }));
    await naa();
    naa.forget();
    await naa();
    await naa();
    expect(pca.silent.mock.calls.map((c) => c[0].forceRefresh)).toEqual([false, true, false]);
  });

  it("passes on what the dialog reports, and refuses an unreadable answer", async () => {
    const openDialog = jest
      .fn()
      .mockResolvedValueOnce(
        JSON.stringify({ ok: false, problem: "consent", detail: "AADSTS65001" })
      )
      .mockResolvedValueOnce("<html>");
    const getToken = createTokenProvider(
      CONFIG,
      host({ supportsNestedAppAuth: () => false, openDialog })
    );
    await expect(getToken()).rejects.toMatchObject({ problem: "consent" });
    await expect(getToken()).rejects.toMatchObject({ problem: "failed" });
    expect(parseDialogMessage(JSON.stringify({ ok: false, problem: "weird" }))).toMatchObject({
      ok: false,
      problem: "failed",
    });
  });
});

describe("the Office sign-in dialog", () => {
  type Handler = (arg: { message?: string; error?: number }) => void;
  const handlers = new Map<string, Handler>();
  let opened: { status: string; error?: { code: number; message: string } } = {
    status: "succeeded",
  };
  const closed = jest.fn();
  beforeEach(() => {
    handlers.clear();
    closed.mockReset();
    opened = { status: "succeeded" };
    (globalThis as { Office?: unknown }).Office = {
      AsyncResultStatus: { Failed: "failed", Succeeded: "succeeded" },
      EventType: {
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
      context: {
        ui: {
          displayDialogAsync: (
            _url: string,
            _options: unknown,
            callback: (result: unknown) => void
          ) =>
            callback({
              ...opened,
              value: {
                addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
                close: closed,
              },
            }),
        },
      },
    };
  });
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("resolves with the page's message and closes the dialog", async () => {
    const answer = officeAuthHost().openDialog("https://addin.example/auth.html");
    handlers.get("dialogMessageReceived")!({ message: '{"ok":true}' });
    await expect(answer).resolves.toBe('{"ok":true}');
    expect(closed).toHaveBeenCalled();
  });

  it("reports a dialog the user closed as cancelled", async () => {
    const answer = officeAuthHost().openDialog("https://addin.example/auth.html");
    handlers.get("dialogEventReceived")!({ error: 12006 });
    await expect(answer).rejects.toMatchObject({ problem: "cancelled" });
  });

  it("reports a dialog Office or the browser would not open as blocked", async () => {
    opened = {
      status: "failed",
      error: { code: 12009, message: "The user chose to ignore the dialog box." },
    };
    await expect(
      officeAuthHost().openDialog("https://addin.example/auth.html")
    ).rejects.toMatchObject({ problem: "blocked" });
  });
});

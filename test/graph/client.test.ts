import {
  encodeSharingUrl,
  FetchLike,
  FetchResponse,
  GraphClient,
  GraphProblem,
  problemFor,
  retryAfterMs,
} from "../../src/graph/client";

/** The Graph client's policy, on a scripted fetch (no sockets). */

type Step = { status: number; body?: unknown; headers?: Record<string, string> } | "drop";

function scripted(steps: Step[]): {
  fetch: FetchLike;
  calls: { url: string; headers: Record<string, string>; body?: string }[];
} {
  const calls: { url: string; headers: Record<string, string>; body?: string }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: { ...init.headers }, body: init.body });
    const step = steps.shift();
    if (!step) throw new Error("no more steps");
    if (step === "drop") throw new TypeError("fetch failed");
    const response: FetchResponse = {
      status: step.status,
      headers: { get: (name) => step.headers?.[name] ?? null },
      text: async () => (step.body === undefined ? "" : JSON.stringify(step.body)),
    };
    return response;
  };
  return { fetch, calls };
}

function client(steps: Step[]) {
  const { fetch, calls } = scripted(steps);
  const waits: number[] = [];
  const c = new GraphClient({
    getToken: async () => "tok",
    fetch,
    baseUrl: "http://127.0.0.1:1/v1.0/",
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => Date.parse("2026-01-01T00:00:00Z"),
  });
  return { c, calls, waits };
}

async function problemOf(promise: Promise<unknown>): Promise<GraphProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphProblem) return error;
    throw error;
  }
  throw new Error("expected a GraphProblem");
}

const graphError = (code: string, inner?: string) => ({
  error: { code, message: "developer text", innerError: inner ? { code: inner } : undefined },
});

describe("GraphClient", () => {
  it("sends the token and the session header, and parses JSON", async () => {
    const { c, calls } = client([{ status: 200, body: { id: "x" } }]);
    c.sessionId = "s-1";
    await expect(c.send({ method: "GET", path: "/me" })).resolves.toEqual({ id: "x" });
    expect(calls[0].url).toBe("http://127.0.0.1:1/v1.0/me");
    expect(calls[0].headers.Authorization).toBe("Bearer tok");
    expect(calls[0].headers["workbook-session-id"]).toBe("s-1");
  });

  it("waits as Retry-After says (seconds or a date), else backs off exponentially", async () => {
    const { c, waits } = client([
      { status: 429, headers: { "Retry-After": "3" }, body: graphError("tooManyRequests") },
      { status: 503, headers: { "Retry-After": "Thu, 01 Jan 2026 00:00:10 GMT" } },
      { status: 504 },
      { status: 504 },
      { status: 204 },
    ]);
    await c.send({ method: "GET", path: "/x" });
    expect(waits).toEqual([3000, 10000, 4000, 8000]);
    expect(c.requests).toBe(5);
  });

  it("ends as throttled after five attempts", async () => {
    const { c } = client(Array.from({ length: 5 }, () => ({ status: 429 })));
    expect((await problemOf(c.send({ method: "GET", path: "/x" }))).code).toBe("throttled");
  });

  it("retries a dropped connection only for idempotent requests", async () => {
    const get = client(["drop", { status: 200, body: { ok: 1 } }]);
    await expect(get.c.send({ method: "GET", path: "/x", idempotent: true })).resolves.toEqual({
      ok: 1,
    });
    const post = client(["drop", { status: 201 }]);
    const problem = await problemOf(post.c.send({ method: "POST", path: "/rows/add", body: {} }));
    expect(problem.code).toBe("offline");
    expect(problem.info.maybeApplied).toBe(true);
    expect(post.calls).toHaveLength(1);
    const down = client(["drop", "drop", "drop", "drop", "drop"]);
    const offline = await problemOf(down.c.send({ method: "GET", path: "/x", idempotent: true }));
    expect(offline.code).toBe("offline");
    expect(offline.info.maybeApplied).toBeUndefined();
  });

  it("maps Graph errors to the problems the panes word", () => {
    expect(problemFor(401, "InvalidAuthenticationToken")).toBe("signedOut");
    expect(problemFor(403, "accessDenied")).toBe("noAccess");
    expect(problemFor(403, "Authorization_RequestDenied")).toBe("consent");
    expect(problemFor(404, "itemNotFound")).toBe("noAccess");
    expect(problemFor(404, "itemNotFound", "invalidSessionReCreatable")).toBe("sessionExpired");
    expect(problemFor(404, "resourceNotFound", "invalidSessionNotFound")).toBe("sessionExpired");
    expect(problemFor(401, "unauthenticated", "invalidSessionAuthentication")).toBe("signedOut");
    expect(problemFor(504)).toBe("throttled");
    expect(problemFor(400, "invalidRequest")).toBe("unknown");
  });

  it("reads the innermost innerError code", async () => {
    const { c } = client([
      {
        status: 404,
        body: {
          error: {
            code: "itemNotFound",
            innerError: { code: "x", innerError: { code: "invalidSessionReCreatable" } },
          },
        },
      },
    ]);
    const problem = await problemOf(c.send({ method: "GET", path: "/x" }));
    expect(problem.code).toBe("sessionExpired");
    expect(problem.info.innerCode).toBe("invalidSessionReCreatable");
  });

  it("a token that cannot be had is signedOut (or consent, as the sign-in says)", async () => {
    const c = new GraphClient({
      getToken: async () => Promise.reject(new Error("no account")),
      fetch: scripted([]).fetch,
    });
    expect((await problemOf(c.send({ method: "GET", path: "/x" }))).code).toBe("signedOut");
    const consent = Object.assign(new Error("consent"), { problem: "consent" });
    const d = new GraphClient({
      getToken: async () => Promise.reject(consent),
      fetch: scripted([]).fetch,
    });
    expect((await problemOf(d.send({ method: "GET", path: "/x" }))).code).toBe("consent");
  });

  it("Retry-After parsing", () => {
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs("2.5", 0)).toBe(2500);
    expect(retryAfterMs("soon", 0)).toBeNull();
  });

  it("encodes sharing links as Graph documents (u! + unpadded base64url)", () => {
    const url = "https://contoso.sharepoint.com/:x:/s/npm/EAbC?e=ü~>";
    const id = encodeSharingUrl(url);
    expect(id).toBe("u!" + Buffer.from(url, "utf8").toString("base64url"));
    expect(id).not.toMatch(/[=+/]/);
  });

  it("a 401 is tried once more with a fresh token, then is signedOut", async () => {
    const tokens = ["old", "new", "newer"];
    const { fetch, calls } = scripted([
      { status: 401, body: graphError("InvalidAuthenticationToken") },
      { status: 201, body: { index: 0 } },
      { status: 401, body: graphError("InvalidAuthenticationToken") },
      { status: 401, body: graphError("InvalidAuthenticationToken") },
    ]);
    const c = new GraphClient({ getToken: async () => tokens.shift() ?? "none", fetch });
    await expect(c.send({ method: "POST", path: "/rows/add", body: {} })).resolves.toEqual({
      index: 0,
    });
    expect(calls.map((call) => call.headers.Authorization)).toEqual(["Bearer old", "Bearer new"]);
    expect((await problemOf(c.send({ method: "GET", path: "/x" }))).code).toBe("signedOut");
    expect(calls).toHaveLength(4);
  });

  it("drops the refused token before asking for another, so a caching provider gives a fresh one", async () => {
    let cached: string | null = "expired";
    const { fetch, calls } = scripted([
      { status: 401, body: graphError("InvalidAuthenticationToken") },
      { status: 200, body: { value: [] } },
    ]);
    const c = new GraphClient({
      getToken: async () => (cached ??= "fresh"),
      renewToken: () => {
        cached = null;
      },
      fetch,
    });
    await c.send({ method: "GET", path: "/x" });
    expect(calls.map((call) => call.headers.Authorization)).toEqual([
      "Bearer expired",
      "Bearer fresh",
    ]);
  });

  it("batches: a request throttled inside is sent again after its Retry-After, with the one waiting on it; the rest is kept", async () => {
    const { c, calls, waits } = client([
      {
        status: 200,
        body: {
          responses: [
            { id: "1", status: 200, body: { a: 1 } },
            {
              id: "2",
              status: 429,
              headers: { "Retry-After": "2" },
              body: graphError("tooManyRequests"),
            },
            { id: "3", status: 424, body: graphError("failedDependency") },
            { id: "4", status: 404, body: graphError("itemNotFound") },
          ],
        },
      },
      {
        status: 200,
        body: {
          responses: [
            { id: "3", status: 201, body: { c: 3 } },
            { id: "2", status: 200, body: { b: 2 } },
          ],
        },
      },
    ]);
    c.sessionId = "s-1";
    const results = await c.batch([
      { method: "GET", path: "/a", idempotent: true },
      { method: "PATCH", path: "/b", body: { values: [[1]] }, idempotent: true },
      { method: "POST", path: "/c", body: {}, afterPrevious: true },
      { method: "GET", path: "/d", idempotent: true, noSession: true },
    ]);
    expect(calls).toHaveLength(2);
    expect(calls[0].url).toBe("http://127.0.0.1:1/v1.0/$batch");
    expect(calls[0].headers["workbook-session-id"]).toBeUndefined();
    const first = JSON.parse(calls[0].body as string) as {
      requests: {
        id: string;
        url: string;
        headers: Record<string, string>;
        dependsOn?: string[];
      }[];
    };
    expect(first.requests.map((r) => r.url)).toEqual(["/a", "/b", "/c", "/d"]);
    expect(first.requests[2].dependsOn).toEqual(["2"]);
    expect(first.requests[0].headers["workbook-session-id"]).toBe("s-1");
    expect(first.requests[3].headers["workbook-session-id"]).toBeUndefined();
    expect(waits).toEqual([2000]);
    const second = JSON.parse(calls[1].body as string) as {
      requests: { id: string; dependsOn?: string[] }[];
    };
    expect(second.requests.map((r) => [r.id, r.dependsOn])).toEqual([
      ["2", undefined],
      ["3", ["2"]],
    ]);
    expect(results[0]).toEqual({ ok: true, value: { a: 1 } });
    expect(results[1]).toEqual({ ok: true, value: { b: 2 } });
    expect(results[2]).toEqual({ ok: true, value: { c: 3 } });
    expect(results[3].ok).toBe(false);
    expect(!results[3].ok && results[3].problem.code).toBe("noAccess");
  });

  it("batches: a dropped connection on a batch that adds is reported as maybe applied, never sent again", async () => {
    const { c, calls } = client(["drop"]);
    const problem = await problemOf(
      c.batch([
        { method: "GET", path: "/a", idempotent: true },
        { method: "POST", path: "/rows/add", body: {} },
      ])
    );
    expect(problem.code).toBe("offline");
    expect(problem.info.maybeApplied).toBe(true);
    expect(calls).toHaveLength(1);
  });
});

/**
 * Machinery shared by the strict Excel and Word host fakes: the request
 * context with its queue of operations, the proxy base class that enforces
 * load-before-read, ClientResult, requirement sets, and the counters tests
 * use to assert batching.
 *
 * The fakes follow Office.js's contract rather than a convenient one: a
 * property read before load + sync throws, writes are applied only at the
 * next sync, in queue order, and any member the fake does not implement
 * throws instead of returning undefined, so a misspelt call fails its test.
 */

/** Error codes used by Office.js (OfficeExtension.ErrorCodes and the host-specific ones). */
export const FakeErrorCodes = {
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  accessDenied: "AccessDenied",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidObjectPath: "InvalidObjectPath",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;
  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
    this.httpStatusCode = httpStatusCode;
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function invalidArgument(detail: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCodes.invalidArgument,
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location
  );
}

export function itemNotFound(what: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCodes.itemNotFound,
    `The requested resource doesn't exist. (${what})`,
    location,
    404
  );
}

/** A member the fake does not implement; thrown synchronously so the adapter's test fails at the call. */
export function notImplemented(typeName: string, member: string): Error {
  return new TypeError(
    `Fake ${typeName} has no member '${member}'. It is either misspelt or not implemented by the host fake (test/support/office).`
  );
}

// ---------------------------------------------------------------------------
// Requirement sets

export class RequirementSets {
  private readonly highest = new Map<string, string>();

  /** `sets` maps a set name to the highest supported version, e.g. { ExcelApi: "1.12" }. */
  constructor(sets: Record<string, string> = {}) {
    for (const [name, version] of Object.entries(sets))
      this.highest.set(name.toLowerCase(), version);
  }

  set(name: string, highestVersion: string | null): void {
    this.answers.clear();
    if (highestVersion === null) this.highest.delete(name.toLowerCase());
    else this.highest.set(name.toLowerCase(), highestVersion);
  }

  private readonly answers = new Map<string, boolean>();

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const question = `${name}|${minVersion}`;
    let answer = this.answers.get(question);
    if (answer === undefined) {
      answer = this.compute(name, minVersion);
      this.answers.set(question, answer);
    }
    return answer;
  }

  private compute(name: string, minVersion?: string | number): boolean {
    const have = this.highest.get(String(name).toLowerCase());
    if (have === undefined) return false;
    if (minVersion === undefined) return true;
    return compareVersions(have, String(minVersion)) >= 0;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Counters

export interface RequestStat {
  /** Operations sent in this sync (object creations, loads, property sets, method calls). */
  operations: number;
  /** UTF-8 size of the JSON payload of those operations. */
  requestBytes: number;
  /** UTF-8 size of the JSON of the values loaded in this sync. */
  responseBytes: number;
}

export interface HostLimits {
  /** Excel on the web refuses requests above 5 MB; null disables the check. */
  maxRequestBytes: number | null;
  /** Excel on the web refuses responses above 5 MB; null disables the check. */
  maxResponseBytes: number | null;
}

export const FIVE_MB = 5 * 1024 * 1024;

/** Host-wide state one installation of the fakes shares between all its contexts. */
export class HostState {
  syncCount = 0;
  readonly requests: RequestStat[] = [];
  readonly limits: HostLimits = { maxRequestBytes: FIVE_MB, maxResponseBytes: FIVE_MB };
  constructor(readonly requirements: RequirementSets) {}

  resetCounters(): void {
    this.syncCount = 0;
    this.requests.length = 0;
  }

  get maxRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.requestBytes), 0);
  }
}

const encoder = new TextEncoder();
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : encoder.encode(text).length;
}

// ---------------------------------------------------------------------------
// Request context

interface Operation {
  /** What Office.js would send for it; only its JSON size matters. */
  payload: unknown;
  run: () => void;
}

export class FakeRequestContext {
  private queue: Operation[] = [];
  /** True while the queued operations run: objects created then resolve at once instead of queuing. */
  syncing = false;
  private responseBytes = 0;
  private nextId = 1;
  /** Office.js has these; the fakes keep no state for them. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: HostState) {}

  newId(): number {
    return this.nextId++;
  }

  /** Set when the Excel.run / Word.run that made this context has finished. */
  closed = false;

  enqueue(payload: unknown, run: () => void): void {
    if (this.closed) {
      throw new FakeOfficeError(
        FakeErrorCodes.invalidObjectPath,
        "The object path isn't working for what you're trying to do: the object belongs to an Excel.run / Word.run that has finished, so nothing would ever send this operation."
      );
    }
    if (this.syncing) {
      run();
      return;
    }
    this.queue.push({ payload, run });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  addResponse(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }

  load<T extends { load: (o?: unknown) => unknown }>(object: T, options?: unknown): T {
    object.load(options);
    return object;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    this.host.syncCount++;
    const requestBytes = ops.reduce((n, op) => n + jsonBytes(op.payload), 0);
    const stat: RequestStat = { operations: ops.length, requestBytes, responseBytes: 0 };
    this.host.requests.push(stat);
    // Office answers asynchronously; a microtask keeps callers honest about awaiting.
    await Promise.resolve();
    const max = this.host.limits.maxRequestBytes;
    if (max !== null && requestBytes > max) {
      throw new FakeOfficeError(
        FakeErrorCodes.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${requestBytes} bytes > ${max}).`,
        undefined,
        413
      );
    }
    this.responseBytes = 0;
    this.syncing = true;
    try {
      for (const op of ops) op.run();
    } finally {
      this.syncing = false;
      stat.responseBytes = this.responseBytes;
    }
    const maxResponse = this.host.limits.maxResponseBytes;
    if (maxResponse !== null && stat.responseBytes > maxResponse) {
      throw new FakeOfficeError(
        FakeErrorCodes.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit (${stat.responseBytes} bytes > ${maxResponse}).`,
        undefined,
        413
      );
    }
    return passThroughValue as T;
  }
}

// ---------------------------------------------------------------------------
// ClientResult

export class FakeClientResult<T> {
  private set = false;
  private current: T | undefined;
  /** Called by the fake during sync. */
  resolve(value: T): void {
    this.current = value;
    this.set = true;
  }
  get value(): T {
    if (!this.set) {
      throw new FakeOfficeError(
        FakeErrorCodes.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    }
    return this.current as T;
  }
}

// ---------------------------------------------------------------------------
// Strict proxy

/** Keys that generic JavaScript code (await, jest, util.inspect) probes on any object. */
const TOLERATED = new Set([
  "then",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "_isMockFunction",
  "inspect",
  "$$typeof",
]);

/** Wraps an object so that reading or writing a member it does not have throws. */
export function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "symbol" || key in t) return Reflect.get(t, key, receiver);
      if (TOLERATED.has(key) || key.startsWith("@@")) return undefined;
      throw notImplemented(typeName, key);
    },
    set(t, key, value, receiver) {
      // Fields of the fakes themselves start with "_" and are assigned while constructing.
      if (typeof key === "symbol" || key in t || key.startsWith("_"))
        return Reflect.set(t, key, value, receiver);
      throw notImplemented(typeName, String(key));
    },
  });
}

// ---------------------------------------------------------------------------
// Load options

/** Parsed load options: scalar property names and nested paths per navigation property. */
export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  nested: Map<string, string[]>;
}

export function parseLoad(options: unknown, collection: boolean): LoadSpec {
  const paths: string[] = [];
  const add = (text: string): void => {
    for (const part of text.split(",")) {
      const trimmed = part.trim();
      if (trimmed) paths.push(trimmed);
    }
  };
  const walkObject = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(obj)) {
      if (key === "$all") {
        if (value) paths.push(prefix ? prefix.slice(0, -1) : "$all");
      } else if (key === "select" || key === "expand") {
        if (typeof value === "string") add(value);
        else if (Array.isArray(value)) value.forEach((v) => add(String(v)));
      } else if (key === "$top" || key === "$skip") {
        throw notImplemented("load options", key);
      } else if (value === true) paths.push(prefix + key);
      else if (value && typeof value === "object")
        walkObject(value as Record<string, unknown>, `${prefix}${key}/`);
    }
  };
  if (options === undefined || options === null) paths.push("$all");
  else if (typeof options === "string") add(options);
  else if (Array.isArray(options)) options.forEach((o) => add(String(o)));
  else if (typeof options === "object") walkObject(options as Record<string, unknown>, "");
  else throw invalidArgument("load options");

  const spec: LoadSpec = { all: false, scalars: new Set(), nested: new Map() };
  for (let path of paths) {
    if (collection) {
      if (path === "items") path = "$all";
      else if (path.startsWith("items/")) path = path.slice("items/".length);
    }
    if (path === "$all" || path === "*") {
      spec.all = true;
      continue;
    }
    const slash = path.indexOf("/");
    if (slash < 0) spec.scalars.add(path);
    else {
      const head = path.slice(0, slash);
      const rest = path.slice(slash + 1);
      spec.nested.set(head, [...(spec.nested.get(head) ?? []), rest]);
    }
  }
  return spec;
}

// ---------------------------------------------------------------------------
// Proxy objects

/** How a fake type reads and writes one scalar property of its model object. */
export interface PropertyDef<T> {
  get: (target: T) => unknown;
  /** Absent for read-only properties. Runs at sync, in queue order. */
  set?: (target: T, value: unknown) => void;
  /** Requirement set needed to use the property, e.g. ["WordApi", "1.3"]. */
  requires?: [string, string];
}

/** Navigation properties' factories, so nested load paths ("listItemOrNullObject/level") can be followed. */
export type NavDefs = Record<string, true>;

/**
 * Base of every fake client object. `T` is the model object it stands for;
 * it is resolved once, in queue order, when its creating operation runs
 * (like Office.js's object paths), or lazily when created during a sync.
 */
export abstract class FakeObject<T> {
  readonly _ctx: FakeRequestContext;
  readonly _id: number;
  _resolved = false;
  _target: T | null = null;
  readonly _loaded = new Map<string, unknown>();
  private readonly _navCache = new Map<string, unknown>();

  constructor(
    ctx: FakeRequestContext,
    readonly _resolver: () => T | null,
    readonly _nullable: boolean,
    creation: unknown
  ) {
    this._ctx = ctx;
    this._id = ctx.newId();
    const proxy = strict(this, this._typeName());
    ctx.enqueue({ id: this._id, create: this._typeName(), args: creation }, () => {
      this._resolve();
    });
    return proxy;
  }

  abstract _typeName(): string;
  abstract _props(): Record<string, PropertyDef<T>>;
  _navs(): NavDefs {
    return {};
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  _resolve(): T | null {
    if (!this._resolved) {
      this._target = this._resolver();
      this._resolved = true;
    }
    return this._target;
  }

  /** The model object, for operations; a null object fails like Office does. */
  _t(): T {
    const target = this._resolve();
    if (target === null) {
      throw new FakeOfficeError(
        FakeErrorCodes.itemNotFound,
        `The requested resource doesn't exist. (${this._typeName()} is a null object)`
      );
    }
    return target;
  }

  get isNullObject(): boolean {
    if (!this._resolved) throw propertyNotLoaded("isNullObject");
    return this._target === null;
  }

  /** Queues an operation on this object. */
  _op(payload: unknown, run: (target: T) => void, requires?: [string, string]): void {
    this._ctx.enqueue({ id: this._id, ...(payload as object) }, () => {
      if (requires)
        this._require(requires, String((payload as { call?: string }).call ?? "member"));
      const target = this._t();
      this._allow(target, payload);
      run(target);
    });
  }

  /** Throws when the host refuses this operation on this target (Excel: a protected sheet); runs when it is applied. */
  _allow(_target: T, _payload: unknown): void {}

  _require([set, version]: [string, string], member: string): void {
    if (!this._ctx.host.requirements.isSetSupported(set, version)) {
      throw new FakeOfficeError(
        FakeErrorCodes.apiNotFound,
        `The API you are trying to use could not be found. It may be available in a newer version of Office. (${this._typeName()}.${member} needs ${set} ${version})`
      );
    }
  }

  _read(name: string): unknown {
    if (!this._loaded.has(name)) {
      if (this._resolved && this._target === null) {
        throw new FakeOfficeError(
          FakeErrorCodes.propertyNotLoaded,
          `The property '${name}' is not available: the ${this._typeName()} is a null object (isNullObject is true).`
        );
      }
      throw propertyNotLoaded(name);
    }
    return this._loaded.get(name);
  }

  _write(name: string, value: unknown): void {
    const def = this._props()[name];
    if (!def?.set) throw new TypeError(`Fake ${this._typeName()}.${name} is read-only.`);
    const setter = def.set;
    // Office.js keeps the written value on the client object.
    this._loaded.set(name, value);
    this._op({ set: name, value }, (t) => setter(t, value), def.requires);
  }

  /** Cached navigation property objects, as Office.js does. */
  _nav<C>(name: string, make: () => C): C {
    if (!this._navCache.has(name)) this._navCache.set(name, make());
    return this._navCache.get(name) as C;
  }

  load(options?: unknown): this {
    const spec = parseLoad(options, false);
    this._checkSpec(spec);
    this._ctx.enqueue({ id: this._id, load: options ?? "$all" }, () => this._applyLoad(spec));
    return this;
  }

  _checkSpec(spec: LoadSpec): void {
    const props = this._props();
    const navs = this._navs();
    for (const name of spec.scalars) {
      if (!(name in props) && !(name in navs)) throw notImplemented(this._typeName(), name);
    }
    for (const name of spec.nested.keys())
      if (!(name in navs)) throw notImplemented(this._typeName(), name);
  }

  _applyLoad(spec: LoadSpec): void {
    const target = this._resolve();
    if (target === null) return;
    const props = this._props();
    const names = spec.all ? Object.keys(props) : [...spec.scalars].filter((n) => n in props);
    const snapshot: Record<string, unknown> = {};
    for (const name of names) {
      const def = props[name];
      if (def.requires) {
        if (
          spec.all &&
          !this._ctx.host.requirements.isSetSupported(def.requires[0], def.requires[1])
        )
          continue;
        this._require(def.requires, name);
      }
      const value = snapshotValue(def.get(target));
      this._loaded.set(name, value);
      snapshot[name] = value;
    }
    this._ctx.addResponse(snapshot);
    const navs = this._navs();
    for (const name of spec.scalars) {
      if (name in navs)
        (this as unknown as Record<string, FakeObject<unknown>>)[name]._applyLoad(
          parseLoad(undefined, false)
        );
    }
    for (const [name, paths] of spec.nested) {
      const child = (this as unknown as Record<string, FakeObject<unknown>>)[name];
      const childSpec = parseLoad(paths, child instanceof FakeCollection);
      child._checkSpec(childSpec);
      child._applyLoad(childSpec);
    }
  }

  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const def = this._props()[name];
      if (def?.set) this._write(name, value);
      else if (name in this._navs() && value && typeof value === "object") {
        (this as unknown as Record<string, FakeObject<unknown>>)[name].set(
          value as Record<string, unknown>
        );
      } else throw notImplemented(this._typeName(), name);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** Loaded values are copies: later changes in the host do not reach them. */
function snapshotValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snapshotValue);
  if (value && typeof value === "object") return JSON.parse(JSON.stringify(value));
  return value;
}

/** Installs getters/setters for the properties declared in `_props()` on a fake class's prototype. */
export function defineProperties(
  cls: { prototype: object },
  names: Record<string, "r" | "rw">
): void {
  for (const [name, mode] of Object.entries(names)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: FakeObject<unknown>) {
        return this._read(name);
      },
      set:
        mode === "rw"
          ? function (this: FakeObject<unknown>, value: unknown) {
              this._write(name, value);
            }
          : function (this: FakeObject<unknown>) {
              throw new TypeError(`Cannot set read-only property '${name}'.`);
            },
    });
  }
}

/** Base of fake collections: `items` must be loaded; loads apply to the items. */
export abstract class FakeCollection<T, I, Item extends FakeObject<I>> extends FakeObject<T> {
  private _itemObjects: Item[] | null = null;

  abstract _list(target: T): I[];
  abstract _makeItem(target: I): Item;
  /** The item type's properties and navigations, to validate load paths before the sync. */
  abstract _itemPrototype(): { props: Record<string, unknown>; navs: NavDefs; typeName: string };

  override _props(): Record<string, PropertyDef<T>> {
    return {};
  }

  get items(): Item[] {
    if (this._itemObjects === null) {
      if (this._resolved && this._target === null) throw propertyNotLoaded("items");
      throw propertyNotLoaded("items");
    }
    return this._itemObjects;
  }

  override load(options?: unknown): this {
    const spec = parseLoad(options, true);
    const proto = this._itemPrototype();
    for (const name of spec.scalars) {
      if (!(name in proto.props) && !(name in proto.navs))
        throw notImplemented(proto.typeName, name);
    }
    for (const name of spec.nested.keys())
      if (!(name in proto.navs)) throw notImplemented(proto.typeName, name);
    this._ctx.enqueue({ id: this._id, load: options ?? "$all" }, () => this._applyLoad(spec));
    return this;
  }

  override _checkSpec(): void {
    // Validated against the item type in load().
  }

  override _applyLoad(spec: LoadSpec): void {
    const target = this._resolve();
    if (target === null) return;
    const items = this._list(target).map((t) => this._makeItem(t));
    for (const item of items) item._applyLoad(spec);
    this._itemObjects = items;
  }

  override toJSON(): Record<string, unknown> {
    return this._itemObjects === null
      ? {}
      : { items: this._itemObjects.map((item) => item.toJSON()) };
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._op({ call: "getCount" }, (t) => {
      const n = this._list(t).length;
      this._ctx.addResponse(n);
      result.resolve(n);
    });
    return result;
  }
}

/** Makes a ClientResult-returning call: runs `compute` at sync and publishes its value. */
export function resultOf<T, V>(
  obj: FakeObject<T>,
  call: string,
  args: unknown[],
  compute: (t: T) => V,
  requires?: [string, string]
): FakeClientResult<V> {
  const result = new FakeClientResult<V>();
  obj._op(
    { call, args },
    (t) => {
      const value = compute(t);
      obj._ctx.addResponse(value);
      result.resolve(value);
    },
    requires
  );
  return result;
}

/** A frozen namespace object whose unknown members throw (used for the enum objects on the globals). */
export function strictNamespace<T extends object>(name: string, members: T): T {
  return strict(members, name);
}

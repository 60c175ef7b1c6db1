/**
 * Installs the strict fakes as the globals `Office`, `Excel`, `Word` and
 * `OfficeExtension`, so adapters written against @types/office-js run on
 * them unchanged. Each test installs a fresh host and uninstalls it.
 */
import { FakeOfficeError, HostState, RequirementSets, strict, strictNamespace } from "./core";
import { FakeExcelContext } from "./excel";
import { WorkbookModel } from "./excelModel";
import { FakeWordContext } from "./word";
import { documentToDocx } from "./wordFile";
import { DocumentModel } from "./wordModel";

export interface FakeHostOptions {
  /** Which host the add-in runs in; decides Office.onReady's answer. */
  host: "excel" | "word";
  /** Highest version per requirement set, e.g. { ExcelApi: "1.12" }. Defaults: ExcelApi 1.17 / WordApi 1.9. */
  requirementSets?: Record<string, string>;
  displayLanguage?: string;
  officeTheme?: Partial<Office.OfficeTheme> | null;
  platform?: string;
  workbook?: WorkbookModel;
  document?: DocumentModel;
  /**
   * The bytes Office.context.document.getFileAsync hands over (Word only);
   * by default the document model written as a .docx (./wordFile).
   */
  documentFile?: () => Promise<Uint8Array>;
}

export interface FakeHost {
  state: HostState;
  requirements: RequirementSets;
  workbook: WorkbookModel;
  document: DocumentModel;
  /** Changes what Office.context reports (language, theme) after installation. */
  office: { displayLanguage: string; officeTheme: Partial<Office.OfficeTheme> | null };
  /** Number of context.sync() calls since install (or the last resetCounters). */
  readonly syncCount: number;
  /** Biggest request sent, in bytes. */
  readonly maxRequestBytes: number;
  resetCounters(): void;
  /** Calls the handlers added with Office.context.document.addHandlerAsync for this event type. */
  raise(eventType: Office.EventType | string): void;
  handlerCount(eventType: Office.EventType | string): number;
  /** Files handed out by getFileAsync and not closed yet (Office allows two at a time). */
  readonly openFiles: number;
  uninstall(): void;
}

const GLOBALS = ["Office", "Excel", "Word", "OfficeExtension"] as const;

const DEFAULT_SETS: Record<"excel" | "word", Record<string, string>> = {
  excel: { ExcelApi: "1.17" },
  word: { WordApi: "1.9", WordApiDesktop: "1.2", File: "1.1", CompressedFile: "1.1" },
};

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};

const EVENT_TYPE: Record<string, string> = {
  DocumentSelectionChanged: "documentSelectionChanged",
  BindingSelectionChanged: "bindingSelectionChanged",
  BindingDataChanged: "bindingDataChanged",
};

const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

type RunBatch<C> = (context: C) => Promise<unknown>;

/** Excel.run / Word.run: one context per call; queued operations left at the end are synced, as Office.js does. */
function makeRun<
  C extends { pendingOperations: number; closed: boolean; sync: () => Promise<unknown> },
>(create: () => C, typeName: string) {
  return async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new TypeError(`${typeName}.run needs a batch function`);
    const raw = create();
    const context = strict(raw, `${typeName}.RequestContext`);
    try {
      const pending = (batch as RunBatch<C>)(context);
      if (!pending || typeof (pending as Promise<unknown>).then !== "function") {
        throw new FakeOfficeError(
          "RunMustReturnPromise",
          `The batch function passed to ${typeName}.run didn't return a promise.`
        );
      }
      const result = await pending;
      if (context.pendingOperations > 0) await context.sync();
      return result;
    } finally {
      raw.closed = true;
    }
  };
}

export function installOfficeFakes(options: FakeHostOptions): FakeHost {
  const requirements = new RequirementSets(options.requirementSets ?? DEFAULT_SETS[options.host]);
  const state = new HostState(requirements);
  const workbook = options.workbook ?? new WorkbookModel();
  const document = options.document ?? new DocumentModel();
  const office = {
    displayLanguage: options.displayLanguage ?? "en-US",
    officeTheme:
      options.officeTheme === undefined
        ? {
            bodyBackgroundColor: "#ffffff",
            bodyForegroundColor: "#000000",
            controlBackgroundColor: "#ffffff",
            controlForegroundColor: "#000000",
          }
        : options.officeTheme,
  };
  const hostType = options.host === "excel" ? HOST_TYPE.Excel : HOST_TYPE.Word;
  const platform = options.platform ?? PLATFORM_TYPE.PC;

  type Handler = (event: { type: string }) => void;
  const handlers = new Map<string, Set<Handler>>();
  const asyncDone = (callback: unknown): void => {
    if (typeof callback === "function")
      callback({ status: "succeeded", value: undefined, error: null });
  };
  const lastFunction = (args: unknown[]): unknown =>
    [...args].reverse().find((a) => typeof a === "function");
  /** Document.getFileAsync, as Office documents it: compressed (.docx) only here, slices of at most 4 MB, two open files at most. */
  let openFiles = 0;
  const failed = (callback: unknown, code: number, message: string) => {
    if (typeof callback === "function")
      callback({ status: "failed", value: undefined, error: { code, name: "Error", message } });
  };
  const getFileAsync = (fileType: string, ...rest: unknown[]) => {
    const callback = lastFunction(rest);
    const fileOptions = (rest.find((a) => a && typeof a === "object") ?? {}) as {
      sliceSize?: number;
    };
    if (
      fileOptions.sliceSize !== undefined &&
      !(fileOptions.sliceSize > 0 && fileOptions.sliceSize <= 4194304)
    )
      return failed(callback, 5004, "The slice size is out of range.");
    if (fileType !== "compressed") throw notImplementedHere(`getFileAsync(${fileType})`);
    if (!requirements.isSetSupported("CompressedFile", "1.1"))
      return failed(callback, 5009, "The API is not supported on this platform.");
    if (openFiles >= 2)
      return failed(callback, 11002, "Only two documents can be in memory at the same time.");
    openFiles++;
    const sliceSize = fileOptions.sliceSize ?? 4194304;
    void (options.documentFile?.() ?? documentToDocx(document)).then(
      (bytes) => {
        let closed = false;
        const file = strictNamespace("Office.File", {
          size: bytes.length,
          sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
          getSliceAsync(index: number, cb: unknown) {
            if (closed) return failed(cb, 5001, "The file is closed.");
            if (!Number.isInteger(index) || index < 0 || index >= file.sliceCount)
              return failed(cb, 5002, "The slice index is out of range.");
            const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
            if (typeof cb === "function")
              cb({ status: "succeeded", value: { data, index, size: data.length }, error: null });
          },
          closeAsync(cb?: unknown) {
            if (closed) return failed(cb, 5001, "The file is already closed.");
            closed = true;
            openFiles--;
            asyncDone(cb);
          },
        });
        if (typeof callback === "function")
          callback({ status: "succeeded", value: file, error: null });
      },
      (error: unknown) => {
        openFiles--;
        failed(callback, 5001, error instanceof Error ? error.message : String(error));
      }
    );
  };
  const notImplementedHere = (member: string) =>
    new TypeError(`Fake Office.context.document has no member '${member}'.`);

  const documentApi = strictNamespace("Office.context.document", {
    getFileAsync,
    addHandlerAsync(eventType: string, handler: Handler, ...rest: unknown[]) {
      if (!Object.values(EVENT_TYPE).includes(eventType))
        throw new TypeError(`Fake Office: unknown event type ${eventType}`);
      if (typeof handler !== "function")
        throw new TypeError("Fake Office: addHandlerAsync needs a handler");
      if (!handlers.has(eventType)) handlers.set(eventType, new Set());
      handlers.get(eventType)!.add(handler);
      asyncDone(lastFunction(rest));
    },
    removeHandlerAsync(eventType: string, ...rest: unknown[]) {
      const options = rest.find((a) => a && typeof a === "object") as
        { handler?: Handler } | undefined;
      if (options?.handler) handlers.get(eventType)?.delete(options.handler);
      else handlers.delete(eventType);
      asyncDone(lastFunction(rest));
    },
  });

  const context = strictNamespace("Office.context", {
    document: documentApi,
    requirements: strictNamespace("Office.context.requirements", {
      isSetSupported: (name: string, version?: string | number) =>
        requirements.isSetSupported(name, version),
    }),
    get displayLanguage() {
      return office.displayLanguage;
    },
    get contentLanguage() {
      return office.displayLanguage;
    },
    get officeTheme() {
      return office.officeTheme;
    },
    host: hostType,
    platform,
    diagnostics: { host: hostType, platform, version: "16.0.0.0" },
  });

  const officeGlobal = strictNamespace("Office", {
    HostType: strictNamespace("Office.HostType", HOST_TYPE),
    EventType: strictNamespace("Office.EventType", EVENT_TYPE),
    AsyncResultStatus: strictNamespace("Office.AsyncResultStatus", {
      Succeeded: "succeeded",
      Failed: "failed",
    }),
    PlatformType: strictNamespace("Office.PlatformType", PLATFORM_TYPE),
    FileType: strictNamespace("Office.FileType", {
      Compressed: "compressed",
      Pdf: "pdf",
      Text: "text",
    }),
    context,
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: hostType, platform };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    initialize: undefined as unknown,
  });

  /** office.js defines both namespaces everywhere, but Word.run fails in Excel and Excel.run in Word. */
  const onlyIn = <C>(wanted: "excel" | "word", create: () => C): C => {
    if (options.host !== wanted) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${wanted === "excel" ? "Excel" : "Word"}.run is not available in ${options.host === "excel" ? "Excel" : "Word"}.`
      );
    }
    return create();
  };

  const excelGlobal = strictNamespace("Excel", {
    run: makeRun(() => onlyIn("excel", () => new FakeExcelContext(state, workbook)), "Excel"),
    RequestContext: class {
      constructor() {
        throw new TypeError("Fake Excel.RequestContext: use Excel.run");
      }
    },
    ConditionalFormatType: strictNamespace("Excel.ConditionalFormatType", { custom: "Custom" }),
    InsertShiftDirection: strictNamespace("Excel.InsertShiftDirection", {
      down: "Down",
      right: "Right",
    }),
    DeleteShiftDirection: strictNamespace("Excel.DeleteShiftDirection", { up: "Up", left: "Left" }),
    SheetVisibility: strictNamespace("Excel.SheetVisibility", {
      visible: "Visible",
      hidden: "Hidden",
      veryHidden: "VeryHidden",
    }),
    ChartSeriesBy: strictNamespace("Excel.ChartSeriesBy", {
      auto: "Auto",
      columns: "Columns",
      rows: "Rows",
    }),
    ClearApplyTo: strictNamespace("Excel.ClearApplyTo", {
      all: "All",
      formats: "Formats",
      contents: "Contents",
    }),
  });

  const wordGlobal = strictNamespace("Word", {
    run: makeRun(() => onlyIn("word", () => new FakeWordContext(state, document)), "Word"),
    InsertLocation: strictNamespace("Word.InsertLocation", {
      before: "Before",
      after: "After",
      start: "Start",
      end: "End",
      replace: "Replace",
    }),
    RangeLocation: strictNamespace("Word.RangeLocation", {
      whole: "Whole",
      start: "Start",
      end: "End",
      before: "Before",
      after: "After",
      content: "Content",
    }),
    ContentControlAppearance: strictNamespace("Word.ContentControlAppearance", {
      boundingBox: "BoundingBox",
      tags: "Tags",
      hidden: "Hidden",
    }),
    ContentControlType: strictNamespace("Word.ContentControlType", {
      richText: "RichText",
      plainText: "PlainText",
    }),
  });

  const extension = strictNamespace("OfficeExtension", { Error: FakeOfficeError });

  const previous = new Map<string, PropertyDescriptor | undefined>();
  const values: Record<(typeof GLOBALS)[number], unknown> = {
    Office: officeGlobal,
    Excel: excelGlobal,
    Word: wordGlobal,
    OfficeExtension: extension,
  };
  for (const name of GLOBALS) {
    previous.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      value: values[name],
      configurable: true,
      writable: true,
    });
  }

  return {
    state,
    requirements,
    workbook,
    document,
    office,
    get syncCount() {
      return state.syncCount;
    },
    get maxRequestBytes() {
      return state.maxRequestBytes;
    },
    resetCounters: () => state.resetCounters(),
    raise(eventType: Office.EventType | string) {
      for (const handler of [...(handlers.get(String(eventType)) ?? [])])
        handler({ type: String(eventType) });
    },
    handlerCount: (eventType: Office.EventType | string) =>
      handlers.get(String(eventType))?.size ?? 0,
    get openFiles() {
      return openFiles;
    },
    uninstall() {
      for (const name of GLOBALS) {
        const before = previous.get(name);
        if (before) Object.defineProperty(globalThis, name, before);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    },
  };
}

import { once } from "events";
import { crc32, createDeflateRaw, createInflateRaw, deflateRawSync, inflateRawSync } from "zlib";
import JSZip from "jszip";
import { centralDirectory, storedBytes, ZipEntry } from "../zip-stream";

/**
 * The .xlsx package's zip, read and written fast, through public APIs only:
 * JSZip (`loadAsync`, `file`, `files`, `async`) for what every reader of the
 * package asks, Node's zlib for inflating and deflating the big parts, and
 * the zip format itself (../zip-stream.ts reads its central directory) so a
 * part nobody changed is copied into the new file with its compressed bytes,
 * as they were, without being inflated and deflated again.
 */

/** What a package was opened from: its bytes, its entries, and the JSZip objects that still hold them. */
interface Source {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  /** Entry name → the object JSZip held when the package was opened: the same object later means the same content. */
  pristine: Map<string, JSZip.JSZipObject>;
  /**
   * The parts inflated and checked (size within the limits, CRC-32) when
   * the package was opened, by name, with their inflated size. None is
   * kept inflated: a reader inflates a part again with zlib from the
   * file's bytes when it asks (a 50,000-row sheet, 50 MB inflated, is read
   * and rewritten in pieces as it inflates, never held whole).
   */
  checked: Map<string, number>;
  /**
   * The big parts left unchecked when the package was opened (inflateAll's
   * `defer`), by name, with the most they may inflate to: checked by the
   * first reader that inflates them whole (partChunks, partText), or by
   * checkDeferred().
   */
  deferred: Map<string, number>;
}

/** A part refused as it is read: it inflates beyond its limit, or is damaged (inflateAll's outcomes). */
export class PartRefused extends Error {
  constructor(readonly outcome: "too big" | "damaged") {
    super(`a part of the package is ${outcome === "too big" ? "too large" : "damaged"}`);
  }
}

const sources = new WeakMap<JSZip, Source>();

/** zlib's own piece of output: the least one inflation takes at a time. */
const INFLATE_CHUNK = 16 * 1024;

/** Parts larger than this are inflated piece by piece, never held whole (while checked, and in partChunks). */
const STREAM_ABOVE = 1 << 20;

/** The piece of a big part inflated at a time: a sheet of 50 MB is some fifty pieces. */
const STREAM_CHUNK = 1 << 20;

export type InflateOutcome = "ok" | "too big" | "damaged";

/** A part inflated in one piece, as Node's zlib does it (null: refused as `outcome`). */
function inflateWhole(
  entry: ZipEntry,
  stored: Uint8Array,
  cap: number
): Buffer | "too big" | "damaged" {
  if (entry.method === 0)
    return stored.length > cap
      ? "too big"
      : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  let content: Buffer;
  try {
    content = inflateRawSync(stored, {
      maxOutputLength: Math.max(1, cap),
      // One piece of output the size the entry declares: a part is not inflated in
      // pieces then copied into one buffer (twice its size at once). A size declared wrong
      // only means more pieces.
      chunkSize: Math.max(INFLATE_CHUNK, Math.min(entry.size, cap) + 1),
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === "ERR_BUFFER_TOO_LARGE" ? "too big" : "damaged";
  }
  if (content.length > cap) return "too big";
  // A size declared far larger than the content: the content alone is kept, not the buffer made for it.
  return content.buffer.byteLength > content.length + INFLATE_CHUNK
    ? Buffer.from(content)
    : content;
}

/** A deflated part's pieces as zlib inflates them, STREAM_CHUNK at a time; the stream stops when the reader does. */
async function* inflatePieces(stored: Uint8Array): AsyncGenerator<Buffer> {
  const inflater = createInflateRaw({ chunkSize: STREAM_CHUNK });
  inflater.end(stored);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) yield chunk;
  } finally {
    inflater.destroy();
  }
}

/** A big part inflated piece by piece to check it (size within `cap`, CRC-32), nothing kept. */
async function checkPieces(
  entry: ZipEntry,
  stored: Uint8Array,
  cap: number
): Promise<number | "too big" | "damaged"> {
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of inflatePieces(stored)) {
      size += chunk.length;
      // A zip can declare small sizes and inflate to gigabytes: stopped as soon as it passes the cap.
      if (size > cap) return "too big";
      crc = crc32(chunk, crc);
    }
  } catch {
    return "damaged";
  }
  return crc >>> 0 === entry.crc32 ? size : "damaged";
}

/**
 * Inflates every entry once with zlib, capping each part and the whole at
 * `limits` and checking its CRC-32 (a zip can declare small sizes and
 * inflate to gigabytes), a big part piece by piece, keeping nothing, and
 * remembers where the package came from so the readers inflate a part
 * again from the file's bytes (partText, partChunks) and packageFromZip()
 * copies what stays unchanged.
 * `left`: the entries zlib cannot read here (a Zip64 or unusual one), for
 * the caller to check through JSZip.
 * `defer`: the big parts (over 1 MB, as declared) are checked as the
 * readers first inflate them, not here, so a reader that reads them all
 * inflates each once (a reader of the package that asks this then calls
 * checkDeferred() once it has read, and takes PartRefused for the
 * outcome).
 */
export async function inflateAll(
  zip: JSZip,
  bytes: Uint8Array,
  limits: { partBytes: number; totalBytes: number },
  defer = false
): Promise<{ outcome: InflateOutcome; left: JSZip.JSZipObject[]; inflated: number }> {
  const entries = centralDirectory(bytes);
  const byName = new Map((entries ?? []).map((entry) => [entry.name, entry]));
  const left: JSZip.JSZipObject[] = [];
  let inflated = 0;
  const checked = new Map<string, number>();
  const deferred = new Map<string, number>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const entry = byName.get(name);
    const stored = entry && Number.isFinite(entry.size) ? storedBytes(bytes, entry) : null;
    if (!entry || !stored || (entry.method !== 0 && entry.method !== 8) || entry.flags & 1) {
      left.push(file);
      continue;
    }
    const cap = Math.min(limits.partBytes, limits.totalBytes - inflated);
    let size: number;
    if (defer && entry.method === 8 && entry.size > STREAM_ABOVE) {
      deferred.set(name, cap);
      // Counted at its declared size (the declared sizes are within the limits): later parts' caps follow.
      inflated += entry.size;
      continue;
    }
    if (entry.method === 8 && entry.size > STREAM_ABOVE) {
      const outcome = await checkPieces(entry, stored, cap);
      if (typeof outcome !== "number") return { outcome, left, inflated };
      size = outcome;
    } else {
      const content = inflateWhole(entry, stored, cap);
      if (typeof content === "string") return { outcome: content, left, inflated };
      // A part garbled in the file can still inflate: its checksum says so.
      if (crc32(content) >>> 0 !== entry.crc32) return { outcome: "damaged", left, inflated };
      size = content.length;
    }
    inflated += size;
    checked.set(name, size);
  }
  sources.set(zip, {
    bytes,
    entries: byName,
    pristine: new Map(Object.entries(zip.files)),
    checked,
    deferred,
  });
  return { outcome: "ok", left, inflated };
}

/**
 * A part as it was checked when the package was opened (or left to check,
 * `check`), as long as nobody replaced it: its entry, its stored bytes and
 * its size (for a part left to check, the most it may inflate to).
 */
interface CheckedPart {
  entry: ZipEntry;
  stored: Uint8Array;
  size: number;
  /** Left unchecked at opening: its size and CRC-32 are checked as it inflates, and recorded. */
  check?: { source: Source; name: string };
}

function checkedPart(zip: JSZip, path: string, file: JSZip.JSZipObject): CheckedPart | undefined {
  const source = sources.get(zip);
  if (!source || source.pristine.get(path) !== file) return undefined;
  const size = source.checked.get(path) ?? source.deferred.get(path);
  if (size === undefined) return undefined;
  const entry = source.entries.get(path) as ZipEntry;
  const stored = storedBytes(source.bytes, entry);
  if (!stored) return undefined;
  return source.checked.has(path)
    ? { entry, stored, size }
    : { entry, stored, size, check: { source, name: path } };
}

/** What a part left to check turned out to be: checked (its size recorded), or refused. */
function settle(part: CheckedPart, size: number, crc: number): void {
  if (!part.check) return;
  if (crc >>> 0 !== part.entry.crc32) throw new PartRefused("damaged");
  part.check.source.deferred.delete(part.check.name);
  part.check.source.checked.set(part.check.name, size);
}

/** A checked part's bytes, inflated again with zlib (its size is known: one piece). */
function checkedBytes(path: string, part: CheckedPart | undefined): Buffer | undefined {
  if (!part) return undefined;
  const size = part.check ? part.entry.size : part.size;
  const content = inflateWhole({ ...part.entry, size }, part.stored, part.size);
  if (typeof content === "string") {
    if (part.check) throw new PartRefused(content);
    throw new Error(`${path} no longer inflates as it did`);
  }
  settle(part, content.length, part.check ? crc32(content) : 0);
  return content;
}

/**
 * Checks the big parts left unchecked when the package was opened
 * (inflateAll's `defer`) that no reader inflated whole since.
 */
export async function checkDeferred(zip: JSZip): Promise<InflateOutcome> {
  const source = sources.get(zip);
  for (const [name, cap] of source?.deferred ?? []) {
    const entry = source?.entries.get(name) as ZipEntry;
    const stored = storedBytes((source as Source).bytes, entry) as Uint8Array;
    const outcome = await checkPieces(entry, stored, cap);
    if (typeof outcome !== "number") return outcome;
    source?.deferred.delete(name);
    source?.checked.set(name, outcome);
  }
  return "ok";
}

/**
 * A part's text (null when the package has no such part): a part checked
 * when the package was opened is inflated again with zlib as long as
 * nobody replaced it; any other comes through JSZip. Every reader of the
 * package asks here (or partChunks, for a sheet read row by row).
 */
export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  if (!file) return null;
  const bytes = checkedBytes(path, checkedPart(zip, path, file));
  if (bytes) return bytes.toString("utf8");
  return file.async("string");
}

/**
 * A part's UTF-8 bytes in pieces, in order, as they inflate (none when the
 * package has no such part): a big part is never held whole. The part is
 * the one the package holds when this is called, whatever is written into
 * the package before the pieces are asked (packageFromZip lists the new
 * parts in it first). Stopping the iteration stops the inflating.
 */
export function partChunks(zip: JSZip, path: string): AsyncIterable<Buffer> {
  const file = zip.file(path);
  const part = file ? checkedPart(zip, path, file) : undefined;
  return (async function* pieces() {
    if (!file) return;
    if (part && part.entry.method === 8 && (part.size > STREAM_ABOVE || part.check)) {
      yield* checkedPieces(path, part);
      return;
    }
    const bytes = checkedBytes(path, part);
    yield bytes ?? Buffer.from(await file.async("string"), "utf8");
  })();
}

/**
 * A big part's pieces as they inflate; a part left to check is checked as
 * it goes, and to its end even when the reader stops early.
 */
async function* checkedPieces(path: string, part: CheckedPart): AsyncGenerator<Buffer> {
  const pieces = inflatePieces(part.stored);
  let size = 0;
  let crc = 0;
  let refused = false;
  const next = async (): Promise<Buffer | null> => {
    let result: IteratorResult<Buffer>;
    try {
      result = await pieces.next();
    } catch (error) {
      refused = true;
      throw part.check ? new PartRefused("damaged") : error;
    }
    if (result.done) return null;
    size += result.value.length;
    if (size > part.size) {
      refused = true;
      throw part.check
        ? new PartRefused("too big")
        : new Error(`${path} no longer inflates as it did`);
    }
    if (part.check) crc = crc32(result.value, crc);
    return result.value;
  };
  let whole = false;
  try {
    for (let piece = await next(); piece; piece = await next()) yield piece;
    whole = true;
  } finally {
    try {
      // A reader that stopped early: the rest is inflated to check the part, nothing kept.
      if (part.check && !whole && !refused) while (await next());
      if (part.check && !refused) settle(part, size, crc);
    } finally {
      await pieces.return(undefined);
    }
  }
}

/** partText for a part the package must have. */
export async function requiredPartText(zip: JSZip, path: string): Promise<string> {
  const text = await partText(zip, path);
  if (text === null) throw new Error(`the package has no ${path}`);
  return text;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAME = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
/**
 * Level 2: on a 50 MB sheet, 5% larger than level 4 and 10% larger than
 * the default, in 60% of level 4's time and a third of the default's
 * (an import rewrites that sheet whole every time).
 */
const LEVEL = 2;

/** An entry of the new file: its header's fields and its bytes as stored (in pieces). */
type Written = Omit<ZipEntry, "name" | "localOffset"> & { name: Uint8Array; data: Uint8Array[] };

function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date:
      ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) |
      ((date.getUTCMonth() + 1) << 5) |
      date.getUTCDate(),
  };
}

/** A part's bytes deflated (in pieces, never joined), with the checksum and size of what was deflated. */
interface Packed {
  data: Uint8Array[];
  crc32: number;
  size: number;
}

function pack(content: Uint8Array): Packed {
  return {
    data: [deflateRawSync(content, { level: LEVEL })],
    crc32: crc32(content) >>> 0,
    size: content.length,
  };
}

/** Characters of a text encoded and deflated at a time. */
const TEXT_SLICE = 1 << 22;

/** A text as UTF-8, slice by slice, so a 50 MB sheet is never held whole as bytes next to its text. */
function* utf8Slices(text: string): Generator<Uint8Array> {
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + TEXT_SLICE);
    // A surrogate pair stays whole, or its halves would be encoded apart as replacement characters.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield Buffer.from(text.slice(at, end), "utf8");
    at = end;
  }
}

/**
 * A part given in pieces, in order, as UTF-8 bytes or text (a sheet
 * patched row by row: the rows it keeps are slices of the bytes it was
 * read from, ./sheet-bytes.ts, the rows it writes their own text); never
 * joined into one string or buffer. An iterable that makes its pieces as
 * they are asked (each time it is iterated) holds none of them.
 */
export type PartPieces = Iterable<Uint8Array | string>;

/** What a reader of parts still to be written may be given: a part's text, or its UTF-8 bytes in pieces. */
export type PartContent = string | PartPieces;

/**
 * What packageFromZip writes for a part: PartContent, or pieces made as
 * they are asked, asynchronously (a sheet patched as its source inflates,
 * ./sheet-patch.ts: patchSheetStreamed), iterated once.
 */
export type WrittenContent = PartContent | AsyncIterable<Uint8Array | string>;

/** Bytes given to the deflater at a time: small pieces are gathered, so a sheet of 50,000 kept rows is a few hundred writes. */
const GATHER = 1 << 20;

/** A piece this big goes to the deflater as it is, not copied into a gathering (a sheet's kept rows, as they inflate). */
const ALONE = 64 * 1024;

/** A part's content as one text (for a reader that patches it further). */
export function contentText(content: PartContent): string {
  if (typeof content === "string") return content;
  const texts: string[] = [];
  for (const piece of content)
    texts.push(typeof piece === "string" ? piece : Buffer.from(piece).toString("utf8"));
  return texts.join("");
}

/** Pieces deflated as one stream: never joined into one buffer. */
async function packPieces(
  pieces: Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>
): Promise<Packed> {
  const stream = createDeflateRaw({ level: LEVEL });
  const out: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  let gathered: Uint8Array[] = [];
  let gatheredSize = 0;
  const flush = async () => {
    if (gatheredSize === 0) return;
    const bytes = gathered.length === 1 ? gathered[0] : Buffer.concat(gathered, gatheredSize);
    gathered = [];
    gatheredSize = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!stream.write(bytes)) await once(stream, "drain");
  };
  try {
    for await (const given of pieces) {
      if (given.length === 0) continue;
      const piece = typeof given === "string" ? Buffer.from(given, "utf8") : given;
      // A big piece (the rows a patch keeps, a slice of the sheet's bytes) goes on its own, not copied into a gathering.
      if (piece.length >= ALONE) {
        await flush();
        gathered.push(piece);
        gatheredSize = piece.length;
        await flush();
        continue;
      }
      gathered.push(piece);
      gatheredSize += piece.length;
      if (gatheredSize >= GATHER) await flush();
    }
    await flush();
  } catch (error) {
    // The pieces could not all be made (a sheet found damaged as it inflates): the deflater goes too.
    stream.destroy();
    throw error;
  }
  stream.end();
  await ended;
  return { data: out, crc32: crc >>> 0, size };
}

/** A part's content deflated: a short text at once, anything else as a stream. */
function packContent(content: WrittenContent): Promise<Packed> | Packed {
  if (typeof content === "string")
    return content.length <= TEXT_SLICE
      ? pack(Buffer.from(content, "utf8"))
      : packPieces(utf8Slices(content));
  return packPieces(content);
}

function deflated(
  name: string,
  packed: Packed,
  file: JSZip.JSZipObject,
  before: ZipEntry | undefined
): Written {
  const nameBytes = Buffer.from(name, "utf8");
  const { data } = packed;
  const when = before ?? dosTime(file.date instanceof Date ? file.date : new Date());
  return {
    name: nameBytes,
    versionMadeBy: before?.versionMadeBy ?? 20,
    versionNeeded: 20,
    flags: nameBytes.length !== name.length ? UTF8_NAME : 0,
    method: 8,
    time: when.time,
    date: when.date,
    crc32: packed.crc32,
    compressedSize: data.reduce((sum, piece) => sum + piece.length, 0),
    size: packed.size,
    externalAttributes: before?.externalAttributes ?? 0,
    data,
  };
}

function directory(name: string, file: JSZip.JSZipObject, before: ZipEntry | undefined): Written {
  const empty = new Uint8Array(0);
  // MS-DOS directory attribute unless the entry had its own.
  return {
    ...deflated(name, pack(empty), file, before),
    method: 0,
    crc32: 0,
    compressedSize: 0,
    data: [],
    externalAttributes: before?.externalAttributes ?? 0x10,
  };
}

function copied(entry: ZipEntry, data: Uint8Array[]): Written {
  return {
    name: Buffer.from(entry.name, "utf8"),
    versionMadeBy: entry.versionMadeBy,
    versionNeeded: entry.versionNeeded,
    // The sizes go in the local header: no data descriptor follows.
    flags: (entry.flags & ~DATA_DESCRIPTOR) | (/[^\x00-\x7f]/.test(entry.name) ? UTF8_NAME : 0),
    method: entry.method,
    time: entry.time,
    date: entry.date,
    crc32: entry.crc32,
    compressedSize: entry.compressedSize,
    size: entry.size,
    externalAttributes: entry.externalAttributes,
    data,
  };
}

function header(written: Written, offset: number | null): Buffer {
  const central = offset !== null;
  const head = Buffer.alloc(central ? 46 : 30);
  let at = 0;
  const u16 = (value: number) => (at = head.writeUInt16LE(value, at));
  const u32 = (value: number) => (at = head.writeUInt32LE(value >>> 0, at));
  u32(central ? CENTRAL : LOCAL);
  if (central) u16(written.versionMadeBy);
  u16(written.versionNeeded);
  u16(written.flags);
  u16(written.method);
  u16(written.time);
  u16(written.date);
  u32(written.crc32);
  u32(written.compressedSize);
  u32(written.size);
  u16(written.name.length);
  u16(0); // no extra field
  if (central) {
    u16(0); // no comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(written.externalAttributes);
    u32(offset);
  }
  return head;
}

/**
 * The package as it is now in `zip`, with `parts` written into it first.
 * A part the zip still holds as it was opened (by openPackage) keeps its
 * compressed bytes; a changed or new one is deflated with zlib (JSZip's
 * JavaScript deflate takes seconds on a 50,000-row sheet).
 */
export async function packageFromZip(
  zip: JSZip,
  parts: ReadonlyMap<string, WrittenContent>
): Promise<Uint8Array> {
  // JSZip lists the package's entries (new ones included); text given in pieces stays out of it.
  for (const [path, content] of parts)
    zip.file(path, typeof content === "string" ? content : new Uint8Array(0));
  const source = sources.get(zip);
  const written: Written[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    const before = source?.entries.get(name);
    const content = parts.get(name);
    if (content === undefined && before && source?.pristine.get(name) === file) {
      const data = Number.isFinite(before.size) ? storedBytes(source.bytes, before) : null;
      if (data) {
        written.push(copied(before, [data]));
        continue;
      }
    }
    if (file.dir) {
      written.push(directory(name, file, before));
      continue;
    }
    const packed =
      content !== undefined ? await packContent(content) : pack(await file.async("uint8array"));
    written.push(deflated(name, packed, file, before));
  }
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of written) {
    central.push(header(entry, offset), entry.name);
    const local = header(entry, null);
    chunks.push(local, entry.name, ...entry.data);
    offset += local.length + entry.name.length + entry.compressedSize;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  if (offset + centralSize > 0xffffffff || written.length > 0xffff)
    throw new Error("the workbook is too large to be written as a zip without Zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  // A Buffer is a Uint8Array: the file is not copied once more.
  return Buffer.concat([...chunks, ...central, end]);
}

import JSZip from "jszip";

/**
 * What both packages (.docx and .xlsx) need to open a zip without letting a
 * hostile or damaged file exhaust memory: the sizes its central directory
 * declares, read before anything is inflated, and an inflater that counts
 * the bytes as they come (a zip can lie about its sizes).
 */

/** One entry as the zip's central directory describes it. */
export interface ZipEntry {
  name: string;
  versionMadeBy: number;
  versionNeeded: number;
  /** General purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name. */
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** MS-DOS time and date of the entry. */
  time: number;
  date: number;
  crc32: number;
  compressedSize: number;
  /** Declared; +Infinity when the real size is in a Zip64 field (beyond any limit of ours anyway). */
  size: number;
  externalAttributes: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

/**
 * The entries the zip's central directory declares, in its order, read
 * before anything is inflated; null when there is no readable directory.
 */
export function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true);
    const comment = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      versionMadeBy: view.getUint16(offset + 4, true),
      versionNeeded: view.getUint16(offset + 6, true),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
      crc32: view.getUint32(offset + 16, true),
      compressedSize,
      size: size === 0xffffffff ? Number.POSITIVE_INFINITY : size,
      externalAttributes: view.getUint32(offset + 38, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Sizes the zip's central directory declares, by entry name; null when there is no readable directory. */
export function declaredSizes(bytes: Uint8Array): Map<string, number> | null {
  const entries = centralDirectory(bytes);
  return entries && new Map(entries.map((entry) => [entry.name, entry.size]));
}

/**
 * The entry's bytes as stored (compressed), found through its local header;
 * null when they are not all in the file (cut short, or a Zip64 entry).
 */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (
    entry.compressedSize === 0xffffffff ||
    at + 30 > bytes.length ||
    view.getUint32(at, true) !== 0x04034b50
  )
    return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

/**
 * JSZip's streaming reader, `ZipObject#internalStream` and its StreamHelper:
 * public and documented (https://stuk.github.io/jszip/documentation/api_zipobject/internal_stream.html),
 * but missing from its typings.
 */
interface InternalStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: "error", listener: (error: unknown) => void): InternalStream;
  on(event: "end", listener: () => void): InternalStream;
  pause(): void;
  resume(): void;
}

export interface InflateOptions {
  /** Keep the bytes (true) or only count them (false: resolves to an empty array). */
  keep: boolean;
  /** Sees each chunk's length as it is inflated; an error returned stops inflating and is thrown. */
  onChunk(length: number): Error | null;
  /** Thrown when the entry's data is damaged. */
  damaged: () => Error;
}

/** Inflates one entry chunk by chunk, so a part larger than it claims is stopped early. */
export function inflateEntry(
  file: JSZip.JSZipObject,
  options: InflateOptions
): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let done = false;
    let stream: InternalStream;
    try {
      stream = (
        file as unknown as { internalStream(type: "uint8array"): InternalStream }
      ).internalStream("uint8array");
    } catch {
      reject(options.damaged());
      return;
    }
    const fail = (error: Error) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        const stop = options.onChunk(chunk.length);
        if (stop) return fail(stop);
        length += chunk.length;
        if (options.keep) chunks.push(chunk);
      })
      .on("error", () => fail(options.damaged()))
      .on("end", () => {
        if (done) return;
        done = true;
        if (!options.keep) return resolve(new Uint8Array(0));
        const out = new Uint8Array(length);
        let at = 0;
        for (const chunk of chunks) {
          out.set(chunk, at);
          at += chunk.length;
        }
        resolve(out);
      });
    stream.resume();
  });
}

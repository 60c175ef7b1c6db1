import JSZip from "jszip";
import { InputError } from "../../core/model/errors";

/**
 * Opening a .docx as a zip without letting a hostile or damaged file hang
 * the reader or exhaust memory: the declared sizes are checked before
 * anything is inflated, and the bytes are counted again while inflating
 * (a zip can lie about its sizes).
 */

export const LIMITS = {
  /** One part (document.xml of a 1,000-page report is far below this). */
  partBytes: 100 * 1024 * 1024,
  /** Everything the reader inflates from one file. */
  totalBytes: 200 * 1024 * 1024,
};

const TOO_BIG =
  "This file is too large to be read as a report (it expands to more than 200 MB; it may be damaged or a zip bomb).";
export const NOT_WORD = "This file is not a Word document (.docx).";
const DAMAGED =
  "This file is damaged or incomplete: it could not be opened as a Word document (.docx).";

/** Sizes the zip's central directory declares, by entry name. */
function declaredSizes(bytes: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new InputError(DAMAGED);
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      throw new InputError(DAMAGED);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true);
    const comment = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // 0xFFFFFFFF means the real size is in a Zip64 field: beyond any limit of ours anyway.
    sizes.set(name, size === 0xffffffff ? Number.POSITIVE_INFINITY : size);
    offset += 46 + nameLength + extra + comment;
  }
  return sizes;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** JSZip's streaming reader: present at run time, missing from its typings. */
interface InternalStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: "error", listener: (error: unknown) => void): InternalStream;
  on(event: "end", listener: () => void): InternalStream;
  pause(): void;
  resume(): void;
}

export class DocxZip {
  private inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly sizes: Map<string, number>
  ) {}

  static async open(data: Uint8Array | ArrayBuffer): Promise<DocxZip> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
      throw new InputError(
        "This file is password-protected or is an old Word 97-2003 document (.doc): remove the password, or open it in Word and save it as a .docx, then try again."
      );
    if (!startsWith(bytes, [0x50, 0x4b])) throw new InputError(NOT_WORD);
    const sizes = declaredSizes(bytes);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      if (/encrypt/i.test(message))
        throw new InputError(
          "This file is password-protected: remove the password in Word, save it, then try again."
        );
      throw new InputError(DAMAGED);
    }
    return new DocxZip(zip, sizes);
  }

  has(path: string): boolean {
    const file = this.zip.file(path);
    return file !== null && !file.dir;
  }

  /** Names of the entries, as stored. */
  names(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  /** A part's text (UTF-8, byte order mark removed), or null when the part is absent. */
  async text(path: string): Promise<string | null> {
    const file = this.zip.file(path);
    if (!file || file.dir) return null;
    const declared = this.sizes.get(path) ?? this.sizes.get(file.name) ?? 0;
    if (declared > LIMITS.partBytes || this.inflated + declared > LIMITS.totalBytes)
      throw new InputError(TOO_BIG);
    const bytes = await this.inflate(file);
    // TextDecoder drops a leading byte order mark; fatal: false keeps odd bytes as U+FFFD.
    return new TextDecoder("utf-8").decode(bytes);
  }

  private inflate(file: JSZip.JSZipObject): Promise<Uint8Array> {
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
        reject(new InputError(DAMAGED));
        return;
      }
      const fail = (error: InputError) => {
        if (done) return;
        done = true;
        stream.pause();
        reject(error);
      };
      stream
        .on("data", (chunk) => {
          if (done) return;
          length += chunk.length;
          this.inflated += chunk.length;
          if (length > LIMITS.partBytes || this.inflated > LIMITS.totalBytes)
            fail(new InputError(TOO_BIG));
          else chunks.push(chunk);
        })
        .on("error", () => fail(new InputError(DAMAGED)))
        .on("end", () => {
          if (done) return;
          done = true;
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
}

import JSZip from "jszip";
import { InputError } from "../../core/model/errors";
import { declaredSizes, inflateEntry } from "../zip-stream";

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

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
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
        "This file is password-protected or is an old Word 97-2003 document (.doc): remove the password, or open it in Word and save it as a .docx, then try again.",
        "oldWordFormat"
      );
    if (!startsWith(bytes, [0x50, 0x4b])) throw new InputError(NOT_WORD, "notWord");
    const sizes = declaredSizes(bytes);
    if (!sizes) throw new InputError(DAMAGED, "wordDamaged");
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      if (/encrypt/i.test(message))
        throw new InputError(
          "This file is password-protected: remove the password in Word, save it, then try again.",
          "wordProtected"
        );
      throw new InputError(DAMAGED, "wordDamaged");
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
      throw new InputError(TOO_BIG, "wordTooBig");
    const bytes = await this.inflate(file);
    // Parts are UTF-8, but XML allows UTF-16 with its byte order mark (Custom XML parts from other tools).
    const encoding =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? "utf-16be"
          : "utf-8";
    // TextDecoder drops a leading byte order mark; fatal: false keeps odd bytes as U+FFFD.
    return new TextDecoder(encoding).decode(bytes);
  }

  /**
   * The package again with some parts replaced (text, written as UTF-8) or
   * removed (null). Every other entry keeps its bytes: JSZip copies an entry
   * it was not asked to change without inflating it. Once per opened file:
   * the changes are made to it.
   */
  async rewrite(changes: ReadonlyMap<string, string | null>): Promise<Uint8Array> {
    for (const [path, content] of changes) {
      const file = this.zip.file(path);
      if (content === null) this.zip.remove(path);
      else
        this.zip.file(path, content, {
          date: file?.date,
          unixPermissions: file?.unixPermissions,
          dosPermissions: file?.dosPermissions,
        });
    }
    return this.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }

  private inflate(file: JSZip.JSZipObject): Promise<Uint8Array> {
    let length = 0;
    return inflateEntry(file, {
      keep: true,
      onChunk: (chunk) => {
        length += chunk;
        this.inflated += chunk;
        return length > LIMITS.partBytes || this.inflated > LIMITS.totalBytes
          ? new InputError(TOO_BIG, "wordTooBig")
          : null;
      },
      damaged: () => new InputError(DAMAGED, "wordDamaged"),
    });
  }
}

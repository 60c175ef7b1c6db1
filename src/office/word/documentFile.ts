import { WordReviewError, isSetSupported } from "./errors";

/**
 * The open document as .docx bytes, read through Office's file API
 * (Document.getFileAsync, Office.FileType.Compressed) slice by slice. The
 * document is only read: nothing is written back. Office keeps at most two
 * files open per add-in, so the file is always closed, also after a failure.
 */

/** Office's largest slice (4 MB): the fewest round trips. */
export const SLICE_SIZE = 4 * 1024 * 1024;

/** False on Word versions that cannot hand the document's file to an add-in. */
export function canReadDocumentFile(): boolean {
  return isSetSupported("CompressedFile", "1.1");
}

function officeFailure(error: Office.Error | undefined): Error {
  return new Error(error?.message || "the document could not be read");
}

/** A slice's data: an array of bytes (some hosts give a typed array). */
function sliceBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new Error("Word handed over the document in a form the add-in does not read");
}

function getFile(): Promise<Office.File> {
  return new Promise((resolve, reject) =>
    Office.context.document.getFileAsync(
      Office.FileType.Compressed,
      { sliceSize: SLICE_SIZE },
      (result) =>
        result.status === Office.AsyncResultStatus.Succeeded
          ? resolve(result.value)
          : reject(officeFailure(result.error))
    )
  );
}

function getSlice(file: Office.File, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded)
        return reject(officeFailure(result.error));
      try {
        resolve(sliceBytes(result.value.data));
      } catch (error) {
        reject(error);
      }
    })
  );
}

function close(file: Office.File): Promise<void> {
  // Closing can only fail for a file already closed: nothing to do then.
  return new Promise((resolve) => file.closeAsync(() => resolve()));
}

/** The document's .docx bytes; throws WordReviewError("needsCompressedFile") where Word cannot give them. */
export async function readDocumentFile(): Promise<Uint8Array> {
  if (!canReadDocumentFile()) throw new WordReviewError("needsCompressedFile");
  const file = await getFile();
  try {
    const slices: Uint8Array[] = [];
    for (let index = 0; index < file.sliceCount; index++) slices.push(await getSlice(file, index));
    const total = slices.reduce((sum, slice) => sum + slice.length, 0);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const slice of slices) {
      bytes.set(slice, at);
      at += slice.length;
    }
    return bytes;
  } finally {
    await close(file);
  }
}

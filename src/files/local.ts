import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { randomBytes } from "crypto";
import { InputError } from "../core/model/errors";

/**
 * Reads a file the user named on the command line, turning what can go wrong
 * on disk into the user's words. `what` names what the file should be.
 */
export async function readInput(path: string, what = "a workbook"): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not ${what}.`);
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path} does not exist.`);
    if (code === "EACCES" || code === "EPERM")
      throw new InputError(`${path} cannot be read (permission denied).`);
    if (code === "ERR_FS_FILE_TOO_LARGE")
      throw new InputError(`${path} is too large to be ${what}.`);
    throw error;
  }
}

/**
 * Writes the whole file next to its destination, then renames it into place,
 * so an interrupted run never leaves a half-written workbook behind.
 */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`cannot write ${path}: its folder does not exist.`);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      throw new InputError(`cannot write ${path} (permission denied).`);
    throw error;
  }
}

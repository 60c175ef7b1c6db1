import { createHash, randomBytes } from "crypto";
import { constants, promises as fs, type Stats } from "fs";
import { hostname } from "os";
import { basename, dirname, isAbsolute, join, resolve } from "path";
import { InputError } from "../core/model/errors";

/**
 * Reading and writing the user's files as a careful editor does. A tracker
 * is shared: several staff run rectrack on it, Excel or LibreOffice may
 * have it open, it may sit behind a symbolic link, be read-only or private
 * (mode 0600). Every write here:
 * - takes an exclusive lock beside the file, so one writer at a time (a
 *   second one waits briefly, then refuses in one line);
 * - writes a temporary copy with the file's own mode and owner, flushes it
 *   to disk, checks that the file is still the one that was read, and only
 *   then puts the copy in its place (by renaming, or in place for a file
 *   with several hard links), so a crash leaves the old file or the new
 *   one, never half of one;
 * - cleans what a crashed run left behind (a stale lock, temporary copies).
 */

/** How long a writer waits for another one to finish before refusing (ms). */
const DEFAULT_WAIT_MS = 20_000;
/** A lock older than this is taken as left by a crashed run on another machine. */
const STALE_LOCK_MS = 10 * 60_000;

/** What went wrong with a file on disk, by kind, so that each surface words it in the user's language. */
export type FileTrouble =
  | "missing"
  | "exists"
  | "folderMissing"
  | "denied"
  | "readOnly"
  | "readOnlyFile"
  | "folder"
  | "notFolder"
  | "diskFull"
  | "nameTooLong"
  | "linkLoop"
  | "busy"
  | "tooManyOpen"
  | "diskError"
  | "tooLarge"
  | "system";

/**
 * A file the system would not let us use: its English sentence (for the
 * panes, which show it as details), and what went wrong (`trouble`), the
 * file (`path`), the action (`action`) and what the system said (`said`) as
 * values, from which the command line words it in the user's language.
 */
export class FileProblem extends InputError {
  constructor(
    message: string,
    readonly trouble: FileTrouble,
    path: string,
    action: "read" | "write" | "use",
    said = ""
  ) {
    super(message, "sentence", { path, action, said });
    this.name = "FileProblem";
  }
}

/** Words for what the operating system says, so no raw code (ENOSPC, EISDIR...) reaches the user. */
export function fileProblem(
  error: unknown,
  path: string,
  action: "read" | "write" | "use"
): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const verb =
    action === "read"
      ? "cannot be read"
      : action === "write"
        ? "cannot be written"
        : "cannot be used";
  const problem = (trouble: FileTrouble, message: string, said = "") =>
    new FileProblem(message, trouble, path, action, said);
  switch (code) {
    case "ENOENT":
      return action === "write"
        ? problem("folderMissing", `cannot write ${path}: its folder does not exist.`)
        : problem("missing", `${path} does not exist.`);
    case "EACCES":
    case "EPERM":
      return problem("denied", `${path} ${verb} (permission denied).`);
    case "EROFS":
      return problem("readOnly", `${path} ${verb}: the disk or folder is read-only.`);
    case "EISDIR":
      return problem("folder", `${path} is a folder, not a file.`);
    case "ENOTDIR":
      return problem("notFolder", `${path} ${verb}: a part of its path is a file, not a folder.`);
    case "ENOSPC":
    case "EDQUOT":
      return problem("diskFull", `${path} ${verb}: the disk is full (or your quota is used up).`);
    case "ENAMETOOLONG":
      return problem("nameTooLong", `${path} ${verb}: its name or path is too long.`);
    case "ELOOP":
      return problem(
        "linkLoop",
        `${path} ${verb}: its shortcuts (symbolic links) point at each other.`
      );
    case "EBUSY":
    case "ETXTBSY":
      return problem(
        "busy",
        `${path} ${verb}: another program is using it; close it and try again.`
      );
    case "EMFILE":
    case "ENFILE":
      return problem(
        "tooManyOpen",
        `${path} ${verb}: too many files are open on this computer; close some programs and try again.`
      );
    case "EIO":
      return problem("diskError", `${path} ${verb}: the disk reported an error.`);
    case "ERR_FS_FILE_TOO_LARGE":
      return problem("tooLarge", `${path} is too large to be read.`);
    default:
      if (typeof code === "string") {
        const said = plainCode(error);
        return problem("system", `${path} ${verb} (the system said: ${said}).`, said);
      }
      throw error;
  }
}

/** The system's sentence without its code prefix ("ENOSPC: no space left on device, write" → "no space left on device"). */
function plainCode(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z_]+:\s*/, "").replace(/,\s*\w+\s*(?:'.*')?$/, "");
}

/**
 * Reads a file the user named on the command line, turning what can go wrong
 * on disk into the user's words. `what` names what the file should be.
 */
export async function readInput(path: string, what = "a workbook"): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory())
      throw new FileProblem(`${path} is a folder, not ${what}.`, "folder", path, "read");
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === "ERR_FS_FILE_TOO_LARGE")
      throw new FileProblem(`${path} is too large to be ${what}.`, "tooLarge", path, "read");
    throw fileProblem(error, path, "read");
  }
}

/** The file a path names, through any symbolic links (a link to a missing file gives where it points). */
export async function realTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let stat: Stats;
    try {
      stat = await fs.lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return current;
      throw fileProblem(error, path, "read");
    }
    if (!stat.isSymbolicLink()) return current;
    const target = await fs.readlink(current);
    current = isAbsolute(target) ? target : resolve(dirname(current), target);
  }
  throw fileProblem(Object.assign(new Error("loop"), { code: "ELOOP" }), path, "read");
}

interface LockContent {
  pid: number;
  host: string;
  since: number;
}

const lockPath = (target: string) => join(dirname(target), `.${basename(target)}.rectrack-lock`);
const tempPrefix = (target: string) => `.${basename(target)}.`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Left by a run that crashed: its process is gone, or (another machine's, or a reused process id) it is far too old. */
function isStale(lock: LockContent, age: number): boolean {
  if (age > STALE_LOCK_MS) return true;
  return lock.host === hostname() && !isAlive(lock.pid);
}

/**
 * Removes the stale lock file `ino`, and only that one: it is moved aside
 * first, and if what was moved turns out to be a newer lock (another run
 * broke the stale one and a writer took the lock meanwhile), it is put back.
 */
async function breakStaleLock(path: string, ino: number): Promise<void> {
  const aside = `${path}.${randomBytes(4).toString("hex")}.stale`;
  try {
    await fs.rename(path, aside);
  } catch {
    return; // another run broke it first
  }
  try {
    if ((await fs.stat(aside)).ino !== ino) {
      await fs.link(aside, path).catch(() => undefined);
      return;
    }
  } finally {
    await fs.rm(aside, { force: true });
  }
}

async function readLock(path: string): Promise<LockContent | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(path, "utf8")) as Partial<LockContent>;
    if (typeof parsed.pid === "number" && typeof parsed.host === "string")
      return { since: 0, ...parsed } as LockContent;
    return null;
  } catch {
    return null; // being written this very moment, or damaged: treated below by its age
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

class FileLock {
  constructor(readonly path: string) {}

  async release(): Promise<void> {
    await fs.rm(this.path, { force: true });
  }
}

/** Takes the lock beside `target`, waiting up to `waitMs` for another writer; cleans after a crashed one. */
async function acquireLock(target: string, shown: string, waitMs: number): Promise<FileLock> {
  const path = lockPath(target);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await fs.open(path, "wx", 0o600);
      try {
        await handle.writeFile(
          JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now() })
        );
      } finally {
        await handle.close();
      }
      const lock = new FileLock(path);
      await cleanAfterCrash(target);
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        throw fileProblem(error, shown, "write");
    }
    // The holder is judged on the lock file it wrote: the same file (inode) before and after reading it.
    let first: Stats;
    let again: Stats;
    let holder: LockContent | null;
    try {
      first = await fs.stat(path);
      holder = await readLock(path);
      again = await fs.stat(path);
    } catch {
      continue; // released meanwhile
    }
    if (first.ino !== again.ino) continue;
    const age = Date.now() - again.mtimeMs;
    if ((holder && isStale(holder, age)) || (!holder && age > 5_000)) {
      await breakStaleLock(path, again.ino);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder
        ? ` (process ${holder.pid}${holder.host === hostname() ? "" : ` on ${holder.host}`}, since ${new Date(holder.since).toTimeString().slice(0, 8)})`
        : "";
      throw new InputError(
        `${shown} is being changed by another rectrack run${who}; nothing was written. Try again when it has finished.`,
        "fileInUse",
        { file: shown }
      );
    }
    await sleep(40 + Math.floor(Math.random() * 80));
  }
}

/** Names the complete copy a file with several hard links is being overwritten from, while it is. */
const inPlaceMark = (target: string) =>
  join(dirname(target), `.${basename(target)}.rectrack-inplace`);

/**
 * What a crashed run left, cleaned by the next one that holds the lock
 * (only a writer holding it makes these): an in-place write it did not
 * finish is finished from its complete copy, so the file is whole before
 * anything reads it; then its temporary copies go.
 */
async function cleanAfterCrash(target: string): Promise<void> {
  const mark = inPlaceMark(target);
  try {
    const copy = join(dirname(target), (await fs.readFile(mark, "utf8")).trim());
    if (basename(copy).startsWith(tempPrefix(target)))
      await overwriteInPlace(target, await fs.readFile(copy));
  } catch {
    /* no unfinished in-place write */
  }
  await fs.rm(mark, { force: true });
  const prefix = tempPrefix(target);
  let names: string[];
  try {
    names = await fs.readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names)
    if (name.startsWith(prefix) && name.endsWith(".tmp"))
      await fs.rm(join(dirname(target), name), { force: true });
}

/** Excel's (~$name) and LibreOffice's (.~lock.name#) owner files: the file is open there. */
async function openElsewhere(target: string): Promise<string | null> {
  const dir = dirname(target);
  const name = basename(target);
  const candidates = [
    { file: `~$${name}`, app: "Excel" },
    { file: `~$${name.slice(2)}`, app: "Excel" },
    { file: `.~lock.${name}#`, app: "LibreOffice" },
  ];
  for (const { file, app } of candidates) {
    try {
      await fs.access(join(dir, file), constants.F_OK);
      return app;
    } catch {
      /* not open there */
    }
  }
  return null;
}

function hashOf(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

interface Snapshot {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
}

async function overwriteInPlace(target: string, data: Uint8Array): Promise<void> {
  const handle = await fs.open(target, "r+");
  try {
    await handle.truncate(0);
    await handle.write(data, 0, data.length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* some systems cannot flush a folder; the rename is still atomic */
  }
}

/** A complete, flushed copy of `data` beside `target`, with `like`'s mode and owner (or private when new). */
async function writeTemp(target: string, data: Uint8Array, like: Stats | null): Promise<string> {
  const temp = join(dirname(target), `${tempPrefix(target)}${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(temp, "wx", 0o600);
  try {
    await handle.writeFile(data);
    if (like) {
      try {
        await handle.chown(like.uid, like.gid);
      } catch {
        try {
          await handle.chown(-1, like.gid); // a group the user belongs to, at least
        } catch {
          /* not allowed: the file keeps the user's own group */
        }
      }
      await handle.chmod(like.mode & 0o7777);
    } else {
      // A new file gets the mode a new file gets here (umask), as the user's other files do.
      const umask = process.umask();
      await handle.chmod(0o666 & ~umask);
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

export interface FileChangeOptions {
  /** How long to wait for another writer (ms). */
  waitMs?: number;
  /** When the file does not exist: "create" (default) lets `change` make it; "refuse" says so. */
  missing?: "create" | "refuse";
  /** What the file should be, for messages ("a workbook"). */
  what?: string;
  /** Told of things the user should know (the file is open in Excel...). */
  warn?: (note: FileNote) => void;
}

/** Something the user should know before a file is written, by code (the command line words it in the user's language). */
export interface FileNote {
  code: "openElsewhere";
  values: { file: string; app: string };
  /** In English. */
  message: string;
}

export interface FileChangeResult {
  written: boolean;
  created: boolean;
}

/**
 * Reads `path` (null when it does not exist), lets `change` compute the new
 * content (null: nothing to write) and writes it, all under the file's
 * lock. Refuses a read-only file before any work, and a file changed by
 * someone else between the read and the write (nothing is written then).
 */
export async function changeFile(
  path: string,
  change: (current: Uint8Array | null) => Promise<Uint8Array | null>,
  options: FileChangeOptions = {}
): Promise<FileChangeResult> {
  const target = await realTarget(path);
  const waitMs = options.waitMs ?? waitFromEnvironment();
  const lock = await acquireLock(target, path, waitMs);
  try {
    let before: Stats | null = null;
    try {
      before = await fs.stat(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT")
        throw fileProblem(error, path, "read");
    }
    if (before?.isDirectory())
      throw new FileProblem(
        `${path} is a folder, not ${options.what ?? "a workbook"}.`,
        "folder",
        path,
        "read"
      );
    if (!before && options.missing === "refuse")
      throw fileProblem(Object.assign(new Error("missing"), { code: "ENOENT" }), path, "read");
    if (before && (before.mode & 0o222) === 0)
      throw new FileProblem(
        `${path} is read-only; nothing was written. Make it writable (or work on a copy) and try again.`,
        "readOnlyFile",
        path,
        "write"
      );
    const app = before ? await openElsewhere(target) : null;
    if (app)
      options.warn?.({
        code: "openElsewhere",
        values: { file: path, app },
        message: `${path} seems to be open in ${app}; if it is saved there, it will replace what this run writes. Close it there first.`,
      });
    let current: Uint8Array | null = null;
    let snapshot: Snapshot | null = null;
    if (before) {
      try {
        current = await fs.readFile(target);
      } catch (error) {
        throw fileProblem(error, path, "read");
      }
      snapshot = {
        size: before.size,
        mtimeMs: before.mtimeMs,
        ino: before.ino,
        hash: hashOf(current),
      };
    }
    const next = await change(current);
    if (next === null) return { written: false, created: false };
    await put(target, path, next, before, snapshot);
    return { written: true, created: before === null };
  } finally {
    await lock.release();
  }
}

async function put(
  target: string,
  shown: string,
  data: Uint8Array,
  before: Stats | null,
  snapshot: Snapshot | null
): Promise<void> {
  let temp: string | null = null;
  try {
    temp = await writeTemp(target, data, before);
    if (!before || !snapshot) {
      // A new file: linking fails if someone made the file meanwhile, so nothing is overwritten.
      try {
        await fs.link(temp, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST")
          throw new InputError(
            `${shown} was created by someone else meanwhile; nothing was written. Look at it, then try again.`,
            "createdMeanwhile",
            { file: shown }
          );
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS")
          throw error;
        // No hard links on this disk: create it exclusively and copy.
        await fs.copyFile(temp, target, constants.COPYFILE_EXCL);
      }
      await syncFolder(dirname(target));
      return;
    }
    await unchangedSince(target, shown, snapshot);
    if (before.nlink > 1) {
      // Renaming would break the other links: overwrite in place, from a complete copy a crash can finish.
      await fs.writeFile(inPlaceMark(target), basename(temp));
      await overwriteInPlace(target, data);
      await fs.rm(inPlaceMark(target), { force: true });
    } else {
      await fs.rename(temp, target);
      temp = null;
    }
    await syncFolder(dirname(target));
  } catch (error) {
    throw fileProblem(error, shown, "write");
  } finally {
    if (temp) await fs.rm(temp, { force: true });
  }
}

async function unchangedSince(target: string, shown: string, snapshot: Snapshot): Promise<void> {
  const changed = () =>
    new InputError(
      `${shown} was changed by someone else while this run worked on it; nothing was written. Run the command again.`,
      "changedMeanwhile",
      { file: shown }
    );
  let now: Stats;
  try {
    now = await fs.stat(target);
  } catch {
    throw changed();
  }
  if (now.size !== snapshot.size || now.ino !== snapshot.ino || now.mtimeMs !== snapshot.mtimeMs)
    throw changed();
  if (hashOf(await fs.readFile(target)) !== snapshot.hash) throw changed();
}

function waitFromEnvironment(): number {
  const value = Number(process.env.RECTRACK_LOCK_WAIT_MS);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_WAIT_MS;
}

/**
 * Writes the whole file, replacing what is there, under the file's lock and
 * with its mode and owner kept: an interrupted run never leaves a
 * half-written workbook behind.
 */
export async function writeAtomically(
  path: string,
  data: Uint8Array,
  options: Omit<FileChangeOptions, "missing"> = {}
): Promise<void> {
  await changeFile(path, async () => data, options);
}

/** Creates a new file; refuses when it exists, also when it appears meanwhile. */
export async function createFile(
  path: string,
  data: Uint8Array,
  options: Omit<FileChangeOptions, "missing"> = {}
): Promise<void> {
  await changeFile(
    path,
    async (current) => {
      if (current !== null)
        throw new FileProblem(
          `${path} already exists; choose another name or add --force to replace it.`,
          "exists",
          path,
          "write"
        );
      return data;
    },
    options
  );
}

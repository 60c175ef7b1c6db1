import { spawn } from "child_process";
import { promises as fs, constants } from "fs";
import { hostname, tmpdir } from "os";
import { join } from "path";
import { InputError } from "../../src/core/model/errors";
import {
  changeFile,
  createFile,
  fileProblem,
  writeAtomically,
  type FileNote,
} from "../../src/files/local";

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-local-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (path: string) => fs.readFile(path, "utf8");
const leftovers = async () => (await fs.readdir(dir)).filter((name) => name.startsWith("."));

/** A process id that is surely not running: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((done) => child.on("exit", done));
  return child.pid as number;
}

describe("changeFile", () => {
  it("keeps the file's mode and group", async () => {
    const path = join(dir, "t.xlsx");
    await fs.writeFile(path, "old");
    await fs.chmod(path, 0o600);
    if (asRoot) await fs.chown(path, 0, 4242);
    await writeAtomically(path, bytes("new"));
    const stat = await fs.stat(path);
    expect(stat.mode & 0o777).toBe(0o600);
    if (asRoot) expect(stat.gid).toBe(4242);
    expect(await read(path)).toBe("new");
    expect(await leftovers()).toEqual([]);
  });

  it("writes through a symbolic link to the real file, and the link stays a link", async () => {
    const real = join(dir, "real.xlsx");
    const link = join(dir, "link.xlsx");
    await fs.writeFile(real, "old");
    await fs.symlink("real.xlsx", link);
    await writeAtomically(link, bytes("new"));
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await read(real)).toBe("new");
  });

  it("keeps hard links: every name sees the new content", async () => {
    const first = join(dir, "a.xlsx");
    const second = join(dir, "b.xlsx");
    await fs.writeFile(first, "old");
    await fs.link(first, second);
    await writeAtomically(first, bytes("new content"));
    expect(await read(second)).toBe("new content");
    expect((await fs.stat(first)).nlink).toBe(2);
    expect(await leftovers()).toEqual([]);
  });

  it("refuses a read-only file and leaves it as it was", async () => {
    const path = join(dir, "t.xlsx");
    await fs.writeFile(path, "old");
    await fs.chmod(path, 0o444);
    const change = jest.fn(async () => bytes("new"));
    await expect(changeFile(path, change)).rejects.toThrow(/is read-only; nothing was written/);
    expect(change).not.toHaveBeenCalled();
    expect(await read(path)).toBe("old");
    expect(await leftovers()).toEqual([]);
  });

  it("refuses when the file changed between the read and the write, keeping the other change", async () => {
    const path = join(dir, "t.xlsx");
    await fs.writeFile(path, "old");
    const refused = changeFile(path, async () => {
      await fs.writeFile(path, "someone else's save");
      return bytes("mine");
    });
    await expect(refused).rejects.toThrow(
      /changed by someone else while this run worked on it; nothing was written/
    );
    // Coded, so that the command line words it in the user's language.
    await expect(refused).rejects.toMatchObject({
      code: "changedMeanwhile",
      values: { file: path },
    });
    expect(await read(path)).toBe("someone else's save");
    expect(await leftovers()).toEqual([]);
  });

  it("makes a second writer wait for the first, then refuses in one line when it takes too long", async () => {
    const path = join(dir, "t.xlsx");
    await fs.writeFile(path, "0");
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    const first = changeFile(path, async () => {
      await held;
      return bytes("1");
    });
    await new Promise((done) => setTimeout(done, 50));
    const waited = changeFile(path, async () => bytes("2"), { waitMs: 200 });
    await expect(waited).rejects.toThrow(
      new RegExp(`is being changed by another rectrack run \\(process ${process.pid}, since`)
    );
    await expect(waited).rejects.toMatchObject({ code: "fileInUse" });
    const second = changeFile(
      path,
      async (current) => bytes(`${new TextDecoder().decode(current ?? new Uint8Array())}+2`),
      {
        waitMs: 5000,
      }
    );
    release();
    await first;
    await second;
    expect(await read(path)).toBe("1+2");
  });

  it("takes over a lock left by a crashed run and removes the copies it left", async () => {
    const path = join(dir, "t.xlsx");
    await fs.writeFile(path, "old");
    await fs.writeFile(
      join(dir, ".t.xlsx.rectrack-lock"),
      JSON.stringify({ pid: await deadPid(), host: hostname(), since: Date.now() })
    );
    await fs.writeFile(join(dir, ".t.xlsx.0a1b2c3d4e5f.tmp"), "half a tracker");
    await fs.writeFile(join(dir, ".other.xlsx.0a1b2c3d4e5f.tmp"), "not ours");
    await writeAtomically(path, bytes("new"), { waitMs: 0 });
    expect(await read(path)).toBe("new");
    expect(await leftovers()).toEqual([".other.xlsx.0a1b2c3d4e5f.tmp"]);
  });

  it("finishes an in-place write that a crash interrupted before reading the file", async () => {
    const first = join(dir, "a.xlsx");
    await fs.writeFile(first, "half wri");
    await fs.link(first, join(dir, "b.xlsx"));
    await fs.writeFile(join(dir, ".a.xlsx.feedfeedfeed.tmp"), "the whole new file");
    await fs.writeFile(
      join(dir, ".a.xlsx.rectrack-lock"),
      JSON.stringify({ pid: await deadPid(), host: hostname(), since: Date.now() })
    );
    await fs.writeFile(join(dir, ".a.xlsx.rectrack-inplace"), ".a.xlsx.feedfeedfeed.tmp");
    let seen = "";
    await changeFile(first, async (current) => {
      seen = new TextDecoder().decode(current ?? new Uint8Array());
      return null;
    });
    expect(seen).toBe("the whole new file");
    expect(await read(join(dir, "b.xlsx"))).toBe("the whole new file");
    expect(await leftovers()).toEqual([]);
  });

  it("warns when Excel or LibreOffice has the file open", async () => {
    const path = join(dir, "tracker.xlsx");
    await fs.writeFile(path, "old");
    await fs.writeFile(join(dir, ".~lock.tracker.xlsx#"), "user");
    const warnings: string[] = [];
    await writeAtomically(path, bytes("new"), { warn: (note) => warnings.push(note.message) });
    expect(warnings).toEqual([expect.stringMatching(/seems to be open in LibreOffice/)]);
    await fs.rm(join(dir, ".~lock.tracker.xlsx#"));
    await fs.writeFile(join(dir, "~$tracker.xlsx"), "user");
    warnings.length = 0;
    const notes: FileNote[] = [];
    await writeAtomically(path, bytes("newer"), { warn: (note) => notes.push(note) });
    expect(notes).toEqual([
      {
        code: "openElsewhere",
        values: { file: path, app: "Excel" },
        message: expect.stringMatching(/seems to be open in Excel/),
      },
    ]);
  });

  it("writes nothing when the change has nothing to write", async () => {
    const path = join(dir, "t.xlsx");
    await fs.writeFile(path, "old");
    const before = await fs.stat(path);
    expect(await changeFile(path, async () => null)).toEqual({ written: false, created: false });
    expect((await fs.stat(path)).mtimeMs).toBe(before.mtimeMs);
  });
});

describe("createFile", () => {
  it("creates a new file with the usual mode, and refuses one that exists", async () => {
    const path = join(dir, "new.xlsx");
    await createFile(path, bytes("made"));
    expect(await read(path)).toBe("made");
    expect((await fs.stat(path)).mode & 0o777).toBe(0o666 & ~process.umask());
    await expect(createFile(path, bytes("again"))).rejects.toThrow(/already exists/);
    expect(await read(path)).toBe("made");
  });

  it("never replaces a file that appears while it works", async () => {
    const path = join(dir, "new.xlsx");
    await expect(
      changeFile(path, async () => {
        await fs.writeFile(path, "an import made it meanwhile");
        return bytes("template");
      })
    ).rejects.toMatchObject({
      code: "createdMeanwhile",
      message: expect.stringMatching(/was created by someone else meanwhile; nothing was written/),
    });
    expect(await read(path)).toBe("an import made it meanwhile");
    expect(await leftovers()).toEqual([]);
  });
});

describe("fileProblem", () => {
  const system = (code: string) =>
    Object.assign(new Error(`${code}: something, write '/x'`), { code });

  it.each([
    ["ENOSPC", /the disk is full/],
    ["EISDIR", /is a folder, not a file/],
    ["EROFS", /read-only/],
    ["EACCES", /permission denied/],
    ["EMFILE", /too many files are open/],
    ["EBUSY", /another program is using it/],
  ])("words %s for the user, without its code", (code, words) => {
    const problem = fileProblem(system(code), "t.xlsx", "write");
    expect(problem).toBeInstanceOf(InputError);
    expect(problem.message).toMatch(words);
    expect(problem.message).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  it("refuses a folder given as the file", async () => {
    await expect(writeAtomically(dir, bytes("x"))).rejects.toThrow(/is a folder/);
    await expect(fs.access(dir, constants.W_OK)).resolves.toBeUndefined();
  });
});

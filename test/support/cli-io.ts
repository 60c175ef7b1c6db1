/** A CliIo that keeps what a command writes, for tests that call the command line in process. */
export function bufferIo() {
  const io = {
    stdout: "",
    stderr: "",
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

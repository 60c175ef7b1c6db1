/**
 * Guards against runaway work (a regex that backtracks, a loop over a
 * declared size) measured in CPU time of this process rather than wall-clock
 * time, so that a loaded machine running other test files at the same time
 * does not fail them: the bounds are for catastrophes, not for speed (the
 * bench measures speed).
 */
export async function cpuMillisOf<T>(
  work: () => T | Promise<T>
): Promise<{ result: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

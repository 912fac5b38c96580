/** Milliseconds since `started` (from `process.hrtime.bigint()`). */
export function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Where timed results go, so that no run is dead code to the JIT. */
export let sink: unknown;

/**
 * Best of `runs` timed calls after `warmUp` untimed ones. The warm-up lets the JIT compile
 * the hot loops; the best run is the one least disturbed by GC and the machine's other work.
 */
export function bestOf(run: () => unknown, runs: number, warmUp = 2): number {
  for (let r = 0; r < warmUp; r++) sink = run();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = process.hrtime.bigint();
    sink = run();
    best = Math.min(best, elapsedMs(started));
  }
  return best;
}


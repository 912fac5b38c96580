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
  return bestOfEach([run], runs, warmUp)[0];
}

/**
 * bestOf for several runs compared with each other: their calls take turns (a, b, a, b, …),
 * so that a slow spell of the machine, or the garbage one run leaves to collect, falls on
 * all of them alike rather than on whichever was being timed at that moment. Returns the
 * best time of each, in the order given.
 */
export function bestOfEach(runs: readonly (() => unknown)[], count: number, warmUp = 2): number[] {
  for (let r = 0; r < warmUp; r++) for (const run of runs) sink = run();
  const best = runs.map(() => Infinity);
  for (let r = 0; r < count; r++) {
    runs.forEach((run, k) => {
      const started = process.hrtime.bigint();
      sink = run();
      best[k] = Math.min(best[k], elapsedMs(started));
    });
  }
  return best;
}

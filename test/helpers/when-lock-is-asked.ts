import type { Emulator } from '../../src/local/emulator';

/**
 * Another user's execution that ends at the very moment this one asks for the document lock
 * (Apps Script runs them in parallel; the emulator runs `change` synchronously, Node side,
 * when the script calls `Lock.waitLock`). Whatever this execution read before that moment
 * would be stale.
 */
export function whenLockIsAsked(f: { emulator: Emulator }, change: () => void): void {
  const log = f.emulator.calls as unknown as { record(method: string): void };
  const record = log.record.bind(log);
  let pending = true;
  log.record = (method: string) => {
    record(method);
    if (pending && method === 'Lock.waitLock') {
      pending = false;
      change();
    }
  };
}

/** How long a write waits for another user's write to finish before giving up. */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `write` holding the document lock, so two users' changes never interleave (two
 * edits appending history at once would otherwise lose a row). If the lock cannot be had
 * in time, Apps Script's own timeout error reaches the caller and nothing is written.
 */
export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  lock.waitLock(LOCK_WAIT_MS);
  try {
    const result = write();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/** `withDocumentLock`, telling a lock that could not be had (`busy`) from an error of `write` (thrown on). */
export function tryDocumentLock<T>(write: () => T): { busy: true } | { busy: false; value: T } {
  let locked = false;
  try {
    const value = withDocumentLock(() => {
      locked = true;
      return write();
    });
    return { busy: false, value };
  } catch (error) {
    if (locked) throw error;
    return { busy: true };
  }
}

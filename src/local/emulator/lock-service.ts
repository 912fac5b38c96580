/**
 * LockService. Executions here are synchronous, so nothing can ever release a lock while
 * another execution waits: a lock held by someone else makes `tryLock` return false and
 * `waitLock` time out at once, which is exactly what a script sees when the holder outlives
 * its timeout. `LockManager` is the shared state, with Node-side hooks to simulate holders.
 */
import type { ExecutionState } from './execution';
import { SCRIPT_CLASS, ScriptObject, asGas } from './proxy';

/** Which lock: `document`, `script`, or `user:<email>`. */
export type LockKey = string;

export class LockManager {
  private holders = new Map<LockKey, string>();

  holderOf(key: LockKey): string | undefined {
    return this.holders.get(key);
  }

  /** Takes the lock for `holder` if it is free or already theirs. */
  acquire(key: LockKey, holder: string): boolean {
    const current = this.holders.get(key);
    if (current !== undefined && current !== holder) return false;
    this.holders.set(key, holder);
    return true;
  }

  releaseKey(key: LockKey, holder: string): void {
    if (this.holders.get(key) === holder) this.holders.delete(key);
  }

  /** Releases every lock `holder` has (the end of an execution, or a simulated process finishing). */
  release(holder: string): void {
    for (const [key, h] of [...this.holders]) if (h === holder) this.holders.delete(key);
  }

  /** Test hook: another process (named `holder`) takes the document lock. */
  holdDocumentLock(holder: string): void {
    this.hold('document', holder);
  }

  holdScriptLock(holder: string): void {
    this.hold('script', holder);
  }

  holdUserLock(user: string, holder: string): void {
    this.hold(`user:${user}`, holder);
  }

  private hold(key: LockKey, holder: string): void {
    if (!this.acquire(key, holder)) throw new Error(`Lock ${key} is already held by ${this.holders.get(key)}`);
  }

  isHeld(key: LockKey): boolean {
    return this.holders.has(key);
  }
}

type LockApi = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'>;

export class LockImpl extends ScriptObject implements LockApi {
  readonly [SCRIPT_CLASS] = 'Lock';
  private acquired = false;

  constructor(
    private readonly manager: LockManager,
    private readonly key: LockKey,
    private readonly execution: ExecutionState,
  ) {
    super();
  }

  tryLock(_timeoutInMillis: number): boolean {
    this.acquired = this.manager.acquire(this.key, this.execution.id);
    return this.acquired;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this.acquired && this.manager.holderOf(this.key) === this.execution.id;
  }

  releaseLock(): void {
    this.manager.releaseKey(this.key, this.execution.id);
    this.acquired = false;
  }
}

type LockServiceApi = Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>;

export class LockServiceImpl extends ScriptObject implements LockServiceApi {
  readonly [SCRIPT_CLASS] = 'LockService';

  constructor(
    private readonly manager: LockManager,
    private readonly execution: () => ExecutionState,
  ) {
    super();
  }

  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return asGas(new LockImpl(this.manager, 'document', this.execution()));
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return asGas(new LockImpl(this.manager, 'script', this.execution()));
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    const execution = this.execution();
    return asGas(new LockImpl(this.manager, `user:${execution.ctx.user}`, execution));
  }
}

import type { Emulator } from '../emulator';
import type { ExecutionContext, ExecutionResult } from '../emulator/api';
import { findIllegalValue, jsonCopy } from './json-safe';
import { ScriptCallError } from './script-error';
import { ScriptRealm } from './script-realm';
import { applyUserEdit, type UserEditResult } from './user-edit';

export { ScriptCallError } from './script-error';
export type { UserEditResult } from './user-edit';

/** Who is at the keyboard: defaults to a signed-in English-speaking user. */
export type Who = Partial<Pick<ExecutionContext, 'user' | 'userLocale'>>;

const DEFAULT_USER: Pick<ExecutionContext, 'user' | 'userLocale'> = { user: 'me@example.com', userLocale: 'en' };

/**
 * Runs a built Apps Script project (`dist/Code.js`) against the local emulator the way
 * Apps Script does: a fresh global scope per execution, simple triggers with their event
 * objects and authorisation modes, and `google.script.run`'s rules for client calls.
 */
export class Runtime {
  private readonly realm: ScriptRealm;
  /** The project's top-level functions. */
  readonly functionNames: readonly string[];

  constructor(
    readonly emulator: Emulator,
    code: string,
    private readonly who: Who = {},
  ) {
    this.realm = new ScriptRealm(code, () => emulator.globals());
    this.functionNames = this.execute('FULL', {}, (context) => this.realm.topLevelFunctions(context)).value;
  }

  /**
   * Calls a server function as `google.script.run` would: only public top-level functions
   * (names not ending in `_`), JSON-safe arguments in, JSON-safe result out.
   */
  run(name: string, args: unknown[] = [], who: Who = {}): ExecutionResult<unknown> {
    if (!Array.isArray(args)) throw new ScriptCallError('args must be an array', 400);
    if (name.endsWith('_')) throw new ScriptCallError(`${name} is private (its name ends in _) and cannot be called from the client`, 403);
    if (!this.functionNames.includes(name)) throw new ScriptCallError(`Script function not found: ${name}`, 404);
    const illegal = findIllegalValue(args);
    if (illegal) {
      throw new ScriptCallError(
        `Argument ${illegal.path || '?'} is a ${illegal.kind}, which google.script.run cannot pass${illegal.kind === 'Date' ? ' (send an ISO string)' : ''}`,
        400,
      );
    }
    const result = this.execute('FULL', who, (context) => callFunction(context, name, jsonCopy(args)));
    const bad = findIllegalValue(result.value, 'result');
    if (bad) throw new ScriptCallError(`${name} returned a ${bad.kind} at ${bad.path}, which google.script.run cannot carry`, 500);
    return { value: jsonCopy(result.value), ui: result.ui };
  }

  /**
   * Calls a custom function as a cell formula would: arguments as Sheets passes them (2-D
   * arrays for ranges, `Date` objects, `""` for blanks), in AuthMode.CUSTOM_FUNCTION with no
   * user identity. Its error, if any, is what the cell would show after `#ERROR!`.
   */
  customFunction(name: string, args: unknown[]): ExecutionResult<unknown> {
    if (!this.functionNames.includes(name) || name.endsWith('_')) throw new ScriptCallError(`Unknown function: ${name}`, 404);
    return this.execute('CUSTOM_FUNCTION', { user: '' }, (context) => callFunction(context, name, args));
  }

  /** Fires a simple trigger (`onOpen`, `onInstall`) with its event object. */
  trigger(name: 'onOpen' | 'onInstall', authMode: ExecutionContext['authMode'] = 'LIMITED', who: Who = {}): ExecutionResult<unknown> {
    return this.execute(authMode, who, (context) => {
      const event = { authMode: this.scriptEnum(context, authMode), source: this.emulator.forScript(this.emulator.spreadsheet), user: this.userObject(who) };
      return typeof context[name] === 'function' ? callFunction(context, name, [event]) : undefined;
    });
  }

  /**
   * A person types or pastes `values` at (row, column) of `sheetName`: validation that
   * rejects invalid input refuses the edit (nothing changes), otherwise the values are
   * stored as Sheets stores typed text and `onEdit` fires with the event Sheets builds.
   */
  userEdit(sheetName: string, row: number, column: number, values: unknown[][], who: Who = {}): UserEditResult {
    const user = who.user ?? this.who.user ?? DEFAULT_USER.user;
    return applyUserEdit(this.emulator, { sheetName, row, column, values }, user, (event) =>
      this.execute('LIMITED', who, (context) => {
        if (typeof context.onEdit !== 'function') return undefined;
        return callFunction(context, 'onEdit', [{ ...event, authMode: this.scriptEnum(context, 'LIMITED'), user: this.userObject(who) }]);
      }),
    );
  }

  private execute<T>(authMode: ExecutionContext['authMode'], who: Who, fn: (context: Record<string, unknown>) => T): ExecutionResult<T> {
    const ctx: ExecutionContext = { ...DEFAULT_USER, ...this.who, ...who, authMode };
    return this.emulator.execute(ctx, () => {
      try {
        return fn(this.realm.load() as Record<string, unknown>);
      } catch (error) {
        if (error instanceof ScriptCallError) throw error;
        throw new ScriptCallError(errorMessage(error), 500);
      }
    });
  }

  private scriptEnum(context: Record<string, unknown>, authMode: ExecutionContext['authMode']): unknown {
    const scriptApp = context.ScriptApp as { AuthMode: Record<string, unknown> };
    return scriptApp.AuthMode[authMode];
  }

  private userObject(who: Who): { getEmail(): string } {
    const email = who.user ?? this.who.user ?? DEFAULT_USER.user;
    return { getEmail: () => email };
  }
}

/** The message of anything thrown; errors made in the script's realm are not `instanceof Error` here. */
function errorMessage(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}

function callFunction(context: Record<string, unknown>, name: string, args: unknown[]): unknown {
  const fn = context[name] as (...a: unknown[]) => unknown;
  return fn(...args);
}

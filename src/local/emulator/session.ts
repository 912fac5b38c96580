/** `Session` and `User`: who runs the current execution, as set by `Emulator.execute`. */
import { createHash } from 'node:crypto';
import type { ExecutionState } from './execution';
import { SCRIPT_CLASS, ScriptObject, asGas } from './proxy';

export class UserImpl extends ScriptObject implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [SCRIPT_CLASS] = 'User';

  constructor(readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }
}

type SessionApi = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'
>;

export class SessionImpl extends ScriptObject implements SessionApi {
  readonly [SCRIPT_CLASS] = 'Session';

  constructor(
    private readonly execution: () => ExecutionState,
    private readonly scriptTimeZone: string,
    /** Keys differ per script project in Apps Script; the spreadsheet id stands in for the project. */
    private readonly projectKey: string,
  ) {
    super();
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    return asGas(new UserImpl(this.execution().ctx.user));
  }

  /** Add-on code runs as the user who triggered it, so the effective user is the active one. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.getActiveUser();
  }

  getActiveUserLocale(): string {
    return this.execution().ctx.userLocale;
  }

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    const user = this.execution().ctx.user;
    return user ? createHash('sha256').update(`${this.projectKey}:${user}`).digest('base64url').slice(0, 43) : '';
  }
}

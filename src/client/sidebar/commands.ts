import type { CommandResult, FieldError, SidebarState } from '../../core/sidebar/sidebar-api';

/** An accepted command's answer: the new state plus whatever the command adds (`dealId` for addDeal). */
export type Accepted<T> = { ok: true; state: SidebarState } & T;

/**
 * Runs one server command: on acceptance the App takes the new state from the answer (no
 * second call) and announces `done(result)`; the form gets back the errors to show next to
 * its fields, an empty list meaning success.
 */
export type RunCommand = <T extends object>(call: () => Promise<CommandResult<T>>, done: (result: Accepted<T>) => string) => Promise<FieldError[]>;

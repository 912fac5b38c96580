/** One Apps Script execution's identity and what it recorded, and the log lines of all of them. */
import type { ExecutionContext, UiLog } from './api';

export interface ExecutionState {
  /** Unique per execution; locks are held by this id. */
  id: string;
  ctx: ExecutionContext;
  ui: UiLog;
}

export interface LogRecord {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export function emptyUiLog(): UiLog {
  return { menus: [], toasts: [], alerts: [], sidebars: [], dialogs: [] };
}

/** Outside `execute` (tests poking the globals directly) the script acts as an authorised, anonymous run. */
export const NODE_CONTEXT: ExecutionContext = { user: '', userLocale: 'en', authMode: 'FULL' };

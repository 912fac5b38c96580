import type { SidebarState } from '../core/sidebar/sidebar-state';

/** The server functions the sidebar calls, with their argument and result types. */
export interface ServerApi {
  getSidebarState(): SidebarState;
}

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [functionName: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRunner } };
  }
}

/**
 * Calls a server function through `google.script.run` and returns a promise of its
 * result. Arguments must be JSON-safe (dates as ISO strings).
 */
export function callServer<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = run
      .withSuccessHandler((result) => resolve(result as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`google.script.run has no function ${name}`));
      return;
    }
    fn.apply(runner, args);
  });
}

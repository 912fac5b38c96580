import type { SidebarApi } from '../core/sidebar/sidebar-api';

/** The server functions the sidebar calls, with their argument and result types: the contract of issue 5. */
export type ServerApi = SidebarApi;

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

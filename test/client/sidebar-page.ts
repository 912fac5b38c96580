import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { DIST } from '../helpers/built';

/** One call the page made to google.script.run, arguments as they crossed (JSON). */
export interface ServerCall {
  name: string;
  args: unknown[];
}

/** Answers a call like the server would; throwing makes the failure handler run, like a server exception. */
export type FakeServer = (name: string, args: unknown[]) => unknown;

/**
 * A stand-in for google.script.run, installed before the page's own script: the same chained
 * API (withSuccessHandler / withFailureHandler / fn(...args)), arguments passed through JSON
 * like the real transport, and answers always asynchronous. Calls go to Node through an
 * exposed binding, where the test's fake server answers and records them.
 */
const FAKE_RUN = `
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler);
      if (name === 'withUserObject') return () => runner(success, failure);
      return (...args) => {
        window.__fakeServer(String(name), JSON.parse(JSON.stringify(args))).then((answer) => {
          if (answer && answer.__thrown) { if (failure) failure(new Error(answer.__thrown)); }
          else if (success) success(answer);
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();
`;

export interface SidebarPage {
  page: Page;
  calls: ServerCall[];
  errors: string[];
  /** Milliseconds from navigation start to the first render of the state with its controls enabled. */
  interactiveMs: () => Promise<number>;
  close: () => Promise<void>;
}

export const SIDEBAR_FILE = path.join(DIST, 'Sidebar.html');

/** Opens the built dist/Sidebar.html at the add-on's 300 px width, wired to `server`, and waits for the first render. */
export async function openSidebar(browser: Browser, server: FakeServer, options: { locale?: string; waitReady?: boolean } = {}): Promise<SidebarPage> {
  if (!fs.existsSync(SIDEBAR_FILE)) throw new Error(`${SIDEBAR_FILE} is missing: run "npm run build"`);
  const context = await browser.newContext({ viewport: { width: 300, height: 900 }, locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  const calls: ServerCall[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeFunction('__fakeServer', async (name: string, args: unknown[]) => {
    calls.push({ name, args });
    try {
      return await server(name, args);
    } catch (error) {
      return { __thrown: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(FAKE_RUN);
  await page.goto(pathToFileURL(SIDEBAR_FILE).href);
  if (options.waitReady !== false) await page.locator('main[data-ready="true"]').waitFor();
  return {
    page,
    calls,
    errors,
    interactiveMs: () => page.evaluate(() => performance.getEntriesByName('sidebar-interactive')[0]?.startTime ?? -1),
    close: () => context.close(),
  };
}

/** Calls other than the first getSidebarState. */
export function commands(calls: ServerCall[]): ServerCall[] {
  return calls.slice(1);
}

import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/local/chromium/launch';

export { CHROMIUM_PATH, launchChromium } from '../../src/local/chromium/launch';

/** One headless Chromium for a test file: launched before its tests, closed after them. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not launched yet: call the getter inside a test');
    return browser;
  };
}

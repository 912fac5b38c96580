import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { SidebarState } from '../../src/core/sidebar/sidebar-state';
import { startPreview, type Preview } from '../../src/local/preview/server';
import { DIST } from '../helpers/built';
import { launchChromium } from '../helpers/chromium';

jest.setTimeout(60_000);

let browser: Browser;
let preview: Preview;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-'));
  preview = await startPreview({ port: 0, workbookPath: path.join(dir, 'pipeline.xlsx'), locale: 'en', distDir: DIST });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('local preview in headless Chromium', () => {
  it('shows the workbook tabs, the grid, and the real sidebar with the deal counts per stage', async () => {
    const expected = preview.session.runtime.run('getSidebarState').value as SidebarState;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);

    await page.getByRole('tab', { name: 'Pipeline' }).waitFor();
    await page.getByRole('tab', { name: 'Stage History' }).waitFor();
    await page.locator('td[data-row="1"][data-col="1"]', { hasText: 'Deal ID' }).waitFor();
    // The page's own texts in English, the preview's --locale.
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.title()).resolves.toBe('Sheets Pipeline — local preview');
    await expect(page.locator('label[for="upload"]').textContent()).resolves.toBe('Import a file…');
    await page.getByRole('link', { name: 'Download .xlsx' }).waitFor();
    await page.getByRole('grid', { name: 'Sheet' }).waitFor();
    await page.getByRole('navigation', { name: 'Sheets' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    const sidebar = page.frameLocator('iframe[src*="sidebar"]');
    await sidebar.locator('main[data-ready="true"]').waitFor();
    await page.screenshot({ path: path.join(dir, 'preview.png') });
    for (const stage of expected.counts!.stages) {
      const row = sidebar.locator(`tr[data-stage="${stage.key}"]`);
      await expect(row.locator('th').textContent()).resolves.toBe(stage.label);
      await expect(row.locator('td.count').textContent()).resolves.toBe(String(stage.count));
    }
    await expect(sidebar.getByTestId('total').textContent()).resolves.toBe(String(expected.counts!.total));
    expect(errors).toEqual([]);
  });

  it('edits a cell through onEdit, and a rejected dropdown value shows why', async () => {
    const page = await browser.newPage();
    await page.goto(preview.url);
    await page.locator('td[data-row="1"][data-col="1"]', { hasText: 'Deal ID' }).waitFor();
    const header = await page.locator('td[data-row="1"]').allTextContents();
    const stageColumn = header.indexOf('Stage') + 1;
    const cell = page.locator(`td[data-row="3"][data-col="${stageColumn}"]`);
    await cell.click();
    await page.keyboard.type('Banana');
    await expect(page.locator('td.editing input').getAttribute('aria-label')).resolves.toBe(`Edit ${String.fromCharCode(64 + stageColumn)}3`);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Invalid input' }).waitFor();
    await expect(cell.textContent()).resolves.not.toBe('Banana');

    await cell.click();
    await page.keyboard.type('Negotiation');
    await page.keyboard.press('Enter');
    await page.locator(`td[data-row="3"][data-col="${stageColumn}"]`, { hasText: 'Negotiation' }).waitFor();
    const saved = preview.session.emulator.spreadsheet.getSheetByName('Pipeline')!.getRange(3, stageColumn).getValue();
    expect(saved).toBe('Negotiation');
  });

  it('keeps a press on a cell and an edit in progress when the grid reloads (the sidebar changed something)', async () => {
    const page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await page.locator('td[data-row="1"][data-col="1"]', { hasText: 'Deal ID' }).waitFor();
    const header = await page.locator('td[data-row="1"]').allTextContents();
    const column = header.indexOf('Next step') + 1;
    expect(column).toBeGreaterThan(0);
    // What the bridge does after each sidebar call: the page fetches the workbook again and redraws.
    const reload = async () => {
      const fetched = page.waitForResponse((response) => response.url().endsWith('/api/workbook'));
      await page.evaluate(() => window.postMessage({ type: 'sheets-pipeline:changed' }, window.location.origin));
      await fetched;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    };

    // A reload between press and release: the cell pressed is the one selected.
    // The sidebar's first call reloads the grid too: done before the press.
    await page.frameLocator('iframe[src*="sidebar"]').locator('main[data-ready="true"]').waitFor();
    const pressed = page.locator(`td[data-row="4"][data-col="${column}"]`);
    await pressed.scrollIntoViewIfNeeded();
    // A redraw can replace the cell between finding it and measuring it: measure again (it is drawn in the same place).
    let box = await pressed.boundingBox();
    for (let attempt = 0; box === null && attempt < 20; attempt++) box = await pressed.boundingBox();
    if (box === null) throw new Error('the cell to press is not on the page');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await reload();
    await page.mouse.up();
    await page.locator(`td.selected[data-row="4"][data-col="${column}"]`).waitFor();

    // A reload while typing: the editor and its text stay, and Enter saves all of it.
    await page.keyboard.type('Call the ');
    await reload();
    await page.keyboard.type('buyer');
    await expect(page.locator('td.editing input').inputValue()).resolves.toBe('Call the buyer');
    await page.keyboard.press('Enter');
    await page.locator(`td[data-row="4"][data-col="${column}"]`, { hasText: 'Call the buyer' }).waitFor();
    expect(preview.session.emulator.spreadsheet.getSheetByName('Pipeline')!.getRange(4, column).getValue()).toBe('Call the buyer');

    // Pressing another cell while editing saves the edit and selects the cell pressed.
    await page.keyboard.type('Send the quote');
    await page.locator(`td[data-row="6"][data-col="${column}"]`).click();
    await page.locator(`td.selected[data-row="6"][data-col="${column}"]`).waitFor();
    await page.locator(`td[data-row="5"][data-col="${column}"]`, { hasText: 'Send the quote' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes to the deal’s row when the sidebar selects it (a stale deal clicked), and keeps the person’s own clicks', async () => {
    const page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await page.locator('td[data-row="1"][data-col="1"]', { hasText: 'Deal ID' }).waitFor();
    const sidebar = page.frameLocator('iframe[src*="sidebar"]');
    await sidebar.locator('main[data-ready="true"]').waitFor();
    // The person's click first: it stays selected through the reloads.
    await page.locator('td[data-row="3"][data-col="2"]').click();
    await page.locator('td.selected[data-row="3"][data-col="2"]').waitFor();

    const item = sidebar.locator('[data-list="stale"] button.deal-item').last();
    const dealId = await item.getAttribute('data-deal');
    const values = preview.session.emulator.spreadsheet.getSheetByName('Pipeline')!.getDataRange().getValues();
    const row = values.findIndex((cells) => cells[0] === dealId) + 1;
    expect(row).toBeGreaterThan(3);
    await item.click();
    // The grid selects that row (and scrolls to it), as Sheets does on setActiveRange.
    await page.locator(`td.selected[data-row="${row}"]`).waitFor();
    await expect(page.locator('td.selected').count()).resolves.toBe(1);
    // And a click of the person's after it (the grid shows the rows around the deal's now) is the selection again.
    await page.locator(`td[data-row="${row - 1}"][data-col="3"]`).click();
    await page.locator(`td.selected[data-row="${row - 1}"][data-col="3"]`).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

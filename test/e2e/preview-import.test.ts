import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { SidebarState } from '../../src/core/sidebar/sidebar-api';
import { PreviewStartError, startPreview, type Preview } from '../../src/local/preview/server';
import type { WorkbookJson } from '../../src/local/preview/workbook-json';
import { workbookFromBuffer } from '../../src/local/workbook-file';
import { DIST } from '../helpers/built';
import { launchChromium } from '../helpers/chromium';

jest.setTimeout(120_000);

/** A small HubSpot-shaped export: its own header names, percent probabilities, one deal without an ID. */
const HUBSPOT = [
  'Record ID,Deal Name,Deal Stage,Amount,Deal probability,Close Date,Deal owner',
  '1001,Acme renewal,Closed Won,12000,100%,2025-03-01,Claire Martin',
  '1002,Globex pilot,Closed Lost,8000,0%,2025-02-10,Hugo Petit',
  '1003,Initech rollout,Contract Sent,25000,60%,2025-06-30,Claire Martin',
  ',Umbrella data,Appointment Scheduled,4000,20%,2025-07-15,Hugo Petit',
].join('\r\n');

const SALESFORCE = ['Opportunity ID;Opportunity Name;Stage;Amount;Probability (%);Close Date;Opportunity Owner', '006A;Stark deal;Prospecting;1 500,50;10;31/01/2025;Ana Silva', '006B;Wayne deal;Closed Won;2 000,00;100;15/02/2025;Ana Silva'].join('\n');

let browser: Browser;
let dir: string;
const previews: Preview[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-import-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const preview of previews) await preview.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function workbook(preview: Preview): Promise<WorkbookJson> {
  return (await (await fetch(new URL('/api/workbook', preview.url))).json()) as WorkbookJson;
}

const OWN_SHEETS = ['Pipeline', 'Pipeline Settings', 'Stage History', 'Conversion', 'Forecast', 'Import report'];

describe('the preview opens, imports and downloads files', () => {
  it('--data FILE: opens a workbook made from the file, set up with reports and an Import report', async () => {
    const data = path.join(dir, 'hubspot.csv');
    fs.writeFileSync(data, HUBSPOT);
    const workbookPath = path.join(dir, 'hubspot.pipeline.xlsx');
    const preview = await startPreview({ port: 0, workbookPath, locale: 'en', distDir: DIST, dataPath: data });
    previews.push(preview);
    expect(preview.imported).toEqual({ file: 'hubspot.csv', deals: 4, problems: expect.any(Number), sheets: expect.arrayContaining(OWN_SHEETS), backup: null });
    expect(fs.existsSync(workbookPath)).toBe(true);
    const book = await workbook(preview);
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(OWN_SHEETS));
    const pipeline = book.sheets.find((s) => s.name === 'Pipeline')!;
    // The file's own columns first, under their own headers, values unchanged.
    expect(pipeline.values[0].slice(0, 7)).toEqual(['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Deal probability', 'Close Date', 'Deal owner']);
    expect(pipeline.values.slice(1).map((row) => row[1])).toEqual(['Acme renewal', 'Globex pilot', 'Initech rollout', 'Umbrella data']);
    const history = book.sheets.find((s) => s.name === 'Stage History')!;
    expect(history.values.slice(1).map((row) => row[5])).toEqual(['import', 'import', 'import', 'import']);
    const state = preview.session.runtime.run('getSidebarState').value as SidebarState;
    expect(state.pipelineSheet).toBe('Pipeline');
  });

  it('refuses to start on a file it cannot import, with a one-line reason, and writes nothing', async () => {
    const empty = path.join(dir, 'empty.csv');
    fs.writeFileSync(empty, '');
    const workbookPath = path.join(dir, 'empty.pipeline.xlsx');
    await expect(startPreview({ port: 0, workbookPath, locale: 'en', distDir: DIST, dataPath: empty })).rejects.toThrow(PreviewStartError);
    await expect(startPreview({ port: 0, workbookPath, locale: 'en', distDir: DIST, dataPath: empty })).rejects.toThrow(/empty/);
    expect(fs.existsSync(workbookPath)).toBe(false);
  });

  it('uploads a file from the page (the old workbook kept as a copy), then downloads the workbook as .xlsx', async () => {
    const workbookPath = path.join(dir, 'pipeline.xlsx');
    const preview = await startPreview({ port: 0, workbookPath, locale: 'en', distDir: DIST });
    previews.push(preview);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await page.getByRole('tab', { name: 'Pipeline' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Import report' }).count()).toBe(0);

    // A broken file first: told why, nothing replaced.
    const before = JSON.stringify(await workbook(preview));
    await page.locator('#upload').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Phone\nAda,555\n') });
    await page.locator('.toast.error', { hasText: 'Import failed' }).waitFor();
    await expect(page.locator('.toast.error').last().textContent()).resolves.toMatch(/stage/i);
    expect(JSON.stringify(await workbook(preview))).toBe(before);

    await page.locator('#upload').setInputFiles({ name: 'salesforce.csv', mimeType: 'text/csv', buffer: Buffer.from(SALESFORCE) });
    await page.locator('.toast', { hasText: 'Imported salesforce.csv' }).waitFor();
    await page.getByRole('tab', { name: 'Import report' }).waitFor();
    const toast = (await page.locator('.toast', { hasText: 'Imported salesforce.csv' }).textContent()) ?? '';
    expect(toast).toContain('2 deals');
    const backup = /kept as (.+\.xlsx)/.exec(toast)?.[1];
    expect(backup).toBeDefined();
    expect(fs.existsSync(backup!)).toBe(true);
    // The demo workbook that was open is in the copy, untouched.
    const kept = await workbookFromBuffer(fs.readFileSync(backup!), backup!);
    expect(kept.sheets.find((s) => s.name === 'Pipeline')!.values.length).toBeGreaterThan(50);
    // Numbers read as the file wrote them: decimal commas, day-first dates.
    const pipeline = (await workbook(preview)).sheets.find((s) => s.name === 'Pipeline')!;
    expect(pipeline.values.slice(1).map((row) => row[3])).toEqual([1500.5, 2000]);
    // The sidebar re-read the new workbook: two deals (the demo had dozens).
    const sidebar = page.frameLocator('iframe[src*="sidebar"]');
    await sidebar.locator('main[data-ready="true"]', { hasText: 'Total2' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('pipeline.xlsx');
    const file = path.join(dir, 'downloaded.xlsx');
    await download.saveAs(file);
    const downloaded = await workbookFromBuffer(fs.readFileSync(file), file);
    const current = await workbook(preview);
    expect(downloaded.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual(current.sheets.filter((s) => !s.hidden).map((s) => s.name));
    expect(downloaded.sheets.find((s) => s.name === 'Pipeline')!.values[1].slice(0, 3)).toEqual(['006A', 'Stark deal', 'Prospecting']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

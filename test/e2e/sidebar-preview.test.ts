import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../src/local/preview/server';
import type { WorkbookJson } from '../../src/local/preview/workbook-json';
import { DIST } from '../helpers/built';
import { launchChromium } from '../helpers/chromium';

jest.setTimeout(120_000);

let browser: Browser;
let dir: string;
const previews: Preview[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-sidebar-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const preview of previews) await preview.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(locale: 'en' | 'fr', workbookName: string = locale): Promise<{ preview: Preview; page: Page; sidebar: FrameLocator }> {
  const preview = await startPreview({ port: 0, workbookPath: path.join(dir, `${workbookName}.xlsx`), locale, distDir: DIST });
  previews.push(preview);
  const page = await browser.newPage();
  await page.goto(preview.url);
  const sidebar = page.frameLocator('iframe[src*="sidebar"]');
  await sidebar.locator('main[data-ready="true"]').waitFor();
  return { preview, page, sidebar };
}

async function api<T>(preview: Preview, route: string, body: unknown): Promise<T> {
  const response = await fetch(new URL(route, preview.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as T;
}

async function workbook(preview: Preview): Promise<WorkbookJson> {
  return (await (await fetch(new URL('/api/workbook', preview.url))).json()) as WorkbookJson;
}

describe('the sidebar in the local preview, against the built add-on', () => {
  it('adds a deal and advances it through every default stage, asking only what each stage requires', async () => {
    const { preview, page, sidebar } = await open('en');
    await sidebar.getByText('Add a deal').click();
    const add = sidebar.locator('form.add-deal-form');
    await add.locator('#add-deal-deal').fill('Stark Industries renewal');
    await add.getByLabel('Company').fill('Stark Industries');
    await add.getByLabel('Stage').selectOption('prospecting');
    await add.getByRole('button', { name: 'Add deal' }).click();
    await sidebar.getByText(/added as D-\d{6}/).waitFor();
    const dealId = /D-\d{6}/.exec((await sidebar.getByText(/added as D-\d{6}/).textContent()) ?? '')![0];

    await api(preview, '/api/run/activateDeal', { args: [dealId] });
    await sidebar.getByRole('button', { name: /Show the active row/ }).click();
    await sidebar.locator('#deal-title', { hasText: 'Stark Industries renewal' }).waitFor();

    for (const stage of ['Qualification', 'First contact', 'Proposal', 'Negotiation']) {
      await sidebar.getByRole('button', { name: `Advance to ${stage}` }).click();
      const form = sidebar.locator('form.move-form');
      const asked = await form.locator('input, select, textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name));
      if (stage === 'Proposal') {
        expect(asked).toEqual(['Amount', 'Expected close']);
        await form.getByLabel('Amount').fill('48000');
        await form.getByLabel('Expected close').fill('2027-03-31');
      } else {
        expect(asked).toEqual([]);
      }
      await form.getByRole('button', { name: `Move to ${stage}` }).click();
      await sidebar.getByText(`moved to ${stage}`).waitFor();
    }
    // After Negotiation the next stage is Closed won itself: one "advance" button, no separate "Mark won".
    await sidebar.getByRole('button', { name: 'Advance to Closed won' }).click();
    await sidebar.locator('form.move-form').getByRole('button', { name: 'Move to Closed won' }).click();
    await sidebar.getByText('moved to Closed won').waitFor();

    const history = (await workbook(preview)).sheets.find((s) => s.name === 'Stage History')!;
    const moves = history.values.filter((row) => row[1] === dealId).map((row) => [row[2], row[3], row[5]]);
    expect(moves).toEqual([
      ['', 'Prospecting', 'sidebar'],
      ['Prospecting', 'Qualification', 'sidebar'],
      ['Qualification', 'First contact', 'sidebar'],
      ['First contact', 'Proposal', 'sidebar'],
      ['Proposal', 'Negotiation', 'sidebar'],
      ['Negotiation', 'Closed won', 'sidebar'],
    ]);
    await page.close();
  });

  it('refuses Closed lost without a reason in the form and, forced through the API, on the server', async () => {
    const { preview, sidebar, page } = await open('en');
    const pipeline = (await workbook(preview)).sheets.find((s) => s.name === 'Pipeline')!;
    const header = pipeline.values[0] as string[];
    const row = pipeline.values.findIndex((r) => r[header.indexOf('Stage')] === 'Negotiation');
    const dealId = pipeline.values[row][header.indexOf('Deal ID')] as string;
    await api(preview, '/api/run/activateDeal', { args: [dealId] });
    await sidebar.getByRole('button', { name: /Show the active row/ }).click();
    await sidebar.getByRole('button', { name: 'Mark lost' }).click();
    await sidebar.getByRole('button', { name: 'Move to Closed lost' }).click();
    await sidebar.getByText('Lost reason is required to enter Closed lost.').waitFor();

    const before = JSON.stringify(await workbook(preview));
    const forced = await api<{ result: { ok: boolean; errors: { field: string }[] } }>(preview, '/api/run/moveDeal', { args: [dealId, 'closed-lost', {}] });
    expect(forced.result.ok).toBe(false);
    expect(forced.result.errors.map((e) => e.field)).toContain('Lost reason');
    expect(JSON.stringify(await workbook(preview))).toBe(before);
    await page.close();
  });

  it('shows deal text containing HTML or script literally, in the sidebar and in the grid, and never runs it', async () => {
    const { preview, page, sidebar } = await open('en');
    const names = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>'];
    for (const name of names) {
      const added = await api<{ result: { ok: boolean; dealId: string } }>(preview, '/api/run/addDeal', { args: [{ Deal: name, Stage: 'Prospecting' }] });
      expect(added.result.ok).toBe(true);
      await api(preview, '/api/run/activateDeal', { args: [added.result.dealId] });
      await sidebar.getByRole('button', { name: /Show the active row/ }).click();
      await expect(sidebar.locator('#deal-title').textContent()).resolves.toBe(name);
    }
    await page.reload();
    await page.locator('td[data-row="1"][data-col="1"]').waitFor();
    // The grid draws only the rows in view: the new deals are at the bottom.
    await page.locator('#grid').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
    await page.locator('td', { hasText: names[0] }).first().waitFor();
    await page.locator('td', { hasText: names[1] }).first().waitFor();
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    const frame = page.frames().find((f) => f.url().includes('sidebar'))!;
    await expect(frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('td img, td script').count()).resolves.toBe(0);
    await page.close();
  });

  it('speaks French end to end for a French user', async () => {
    const { sidebar, page } = await open('fr');
    await sidebar.getByRole('heading', { name: 'Affaires par étape' }).waitFor();
    await expect(sidebar.getByText('Ajouter une affaire').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('tab', { name: 'Historique des étapes' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('edits the settings: saved to Pipeline Settings, followed by the Stage dropdown and by the next move', async () => {
    const { preview, page, sidebar } = await open('en', 'settings');
    await sidebar.getByText('Settings', { exact: true }).click();
    const form = sidebar.locator('form.settings-form');
    const card = (legend: string) => form.locator('fieldset.stage-card', { has: sidebar.locator('legend', { hasText: legend }) });
    await card('Negotiation').getByLabel('Stage (English)').fill('Contract negotiation');
    await card('Proposal').getByLabel('Probability (%)').fill('45');
    await form.getByLabel('Lost reasons (English)').fill('Price\nCompetitor\nTiming');
    // Invalid first: refused next to the field, nothing written.
    const before = JSON.stringify(await workbook(preview));
    await card('Proposal').getByLabel('Stale after (days)').fill('-3');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await card('Proposal').locator('.field-error').waitFor();
    expect(JSON.stringify(await workbook(preview))).toBe(before);
    await card('Proposal').getByLabel('Stale after (days)').fill('21');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await sidebar.getByTestId('status').filter({ hasText: 'Settings saved.' }).waitFor();

    const settings = (await workbook(preview)).sheets.find((s) => s.name === 'Pipeline Settings')!;
    const rowOf = (text: string) => settings.values.find((row) => row.includes(text));
    expect(rowOf('Contract negotiation')).toBeDefined();
    expect(rowOf('Proposal')).toEqual(expect.arrayContaining([0.45, 21]));
    expect(settings.values.flat()).toContain('Timing');
    // The Pipeline's Stage dropdown offers the new name.
    const pipeline = preview.session.emulator.spreadsheet.getSheetByName('Pipeline')!;
    const header = pipeline.getRange(1, 1, 1, pipeline.getLastColumn()).getValues()[0];
    const rule = pipeline.getRange(2, header.indexOf('Stage') + 1).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toContain("Contract negotiation");
    // A Proposal deal now advances to the renamed stage.
    const values = (await workbook(preview)).sheets.find((s) => s.name === 'Pipeline')!.values;
    const row = values.findIndex((r) => r[header.indexOf('Stage')] === 'Proposal');
    await api(preview, '/api/run/activateDeal', { args: [values[row][header.indexOf('Deal ID')]] });
    await sidebar.getByRole('button', { name: /Show the active row/ }).click();
    await sidebar.getByRole('button', { name: 'Advance to Contract negotiation' }).waitFor();
    await page.close();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../src/local/preview/server';
import { DIST } from '../helpers/built';
import { launchChromium } from '../helpers/chromium';

/**
 * `npm start -- --locale fr`: the page around the grid speaks French too (top bar, status,
 * toasts, grid and chart texts, accessible names), not only the menus and the sidebar.
 */
jest.setTimeout(90_000);

const NBSP = '\u00a0';
const SALESFORCE = ['Opportunity ID;Opportunity Name;Stage;Amount;Close Date', '006A;Stark deal;Prospecting;1 500,50;31/01/2025', '006B;Wayne deal;Closed Won;2 000,00;15/02/2025'].join('\n');

let browser: Browser;
let preview: Preview;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-fr-'));
  preview = await startPreview({ port: 0, workbookPath: path.join(dir, 'pipeline.xlsx'), locale: 'fr', distDir: DIST });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(preview.url);
  await page.locator('td[data-row="1"][data-col="1"]', { hasText: 'ID affaire' }).waitFor();
  return { page, errors };
}

describe('the local preview in French (headless Chromium)', () => {
  it('shows its top bar, status and landmarks in French', async () => {
    const { page, errors } = await openPage();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    await expect(page.title()).resolves.toBe('Sheets Pipeline — aperçu local');
    await expect(page.locator('label[for="upload"]').textContent()).resolves.toBe('Importer un fichier…');
    await page.getByRole('link', { name: 'Télécharger en .xlsx' }).waitFor();
    await page.getByRole('grid', { name: 'Feuille' }).waitFor();
    await page.getByRole('navigation', { name: 'Feuilles' }).waitFor();
    await page.getByRole('complementary', { name: 'Panneau du module complémentaire' }).waitFor();
    await expect(page.locator('#formula').getAttribute('aria-label')).resolves.toBe('Contenu de la cellule sélectionnée');
    await page.getByRole('status').filter({ hasText: 'Toutes les modifications sont enregistrées' }).waitFor();
    await page.getByRole('tab', { name: 'Historique des étapes' }).waitFor();
    // Nothing of the English chrome is left.
    const chrome = (await page.locator('header.topbar').textContent()) ?? '';
    for (const english of ['Import a file', 'Download', 'All changes saved']) expect(chrome).not.toContain(english);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('edits in French: the cell editor’s name and a rejected value’s toast', async () => {
    const { page, errors } = await openPage();
    const header = await page.locator('td[data-row="1"]').allTextContents();
    const stageColumn = header.indexOf('Étape') + 1;
    expect(stageColumn).toBeGreaterThan(0);
    const cell = page.locator(`td[data-row="3"][data-col="${stageColumn}"]`);
    await cell.click();
    await page.keyboard.type('Banane');
    await expect(page.locator('td.editing input').getAttribute('aria-label')).resolves.toBe(`Modifier ${String.fromCharCode(64 + stageColumn)}3`);
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Saisie non valide' });
    await alert.waitFor();
    await expect(alert.locator('strong').textContent()).resolves.toBe('Saisie non valide');
    await expect(cell.textContent()).resolves.not.toBe('Banane');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names an untitled chart by its type, says when it has no data, and punctuates tooltips, in French', async () => {
    const spreadsheet = preview.session.emulator.spreadsheet;
    const sheet = spreadsheet.insertSheet('Graphiques');
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Pipeline')!);
    sheet.getRange(1, 1, 3, 2).setValues([['Mois', 'Montant'], ['janv.', 10], ['févr.', 30]]);
    const chartOf = (type: string, range: GoogleAppsScript.Spreadsheet.Range, row: number) =>
      sheet.insertChart(sheet.newChart().setChartType(type as unknown as GoogleAppsScript.Charts.ChartType).addRange(range).setPosition(row, 4, 0, 0).build());
    chartOf('COLUMN', sheet.getRange(10, 1, 5, 2), 1);
    chartOf('PIE', sheet.getRange(1, 1, 3, 2), 20);

    const { page, errors } = await openPage();
    await page.getByRole('tab', { name: 'Graphiques' }).click();
    const column = page.locator('figure.chart[data-chart-type="COLUMN"] svg[role="img"]');
    await expect(column.getAttribute('aria-label')).resolves.toBe('Graphique à colonnes');
    await expect(column.locator('text.empty').textContent()).resolves.toBe('Aucune donnée');
    const pie = page.locator('figure.chart[data-chart-type="PIE"] svg[role="img"]');
    await expect(pie.getAttribute('aria-label')).resolves.toBe('Graphique à secteurs');
    // Intl writes a narrow no-break space before %; the table a no-break space before the colon.
    const tooltips = (await pie.locator('path.slice title').allTextContents()).map((text) => text.replace(/\u202f/g, NBSP));
    expect(tooltips).toEqual([`janv.${NBSP}: 10 (25${NBSP}%)`, `févr.${NBSP}: 30 (75${NBSP}%)`]);
    await expect(pie.locator('desc').textContent()).resolves.toBe(`Montant${NBSP}: janv. 10, févr. 30`);
    expect(errors).toEqual([]);
    await page.close();
    spreadsheet.deleteSheet(sheet);
  });

  // Last: the import replaces the demo workbook the tests above open.
  it('imports in French: the failure’s and the success’s toasts', async () => {
    const { page, errors } = await openPage();
    await page.locator('#upload').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Phone\nAda,555\n') });
    await page.locator('.toast.error strong', { hasText: 'Échec de l’import' }).waitFor();

    await page.locator('#upload').setInputFiles({ name: 'salesforce.csv', mimeType: 'text/csv', buffer: Buffer.from(SALESFORCE) });
    const toast = page.locator('.toast', { hasText: 'salesforce.csv importé' });
    await toast.waitFor();
    await expect(toast.locator('strong').textContent()).resolves.toBe('salesforce.csv importé');
    const text = (await toast.textContent()) ?? '';
    expect(text).toContain('2 affaires, ');
    expect(text).toMatch(/(aucun problème|problèmes? listés? dans le Rapport d'import)\. Le classeur précédent est conservé sous .+\.xlsx\.$/);
    await page.getByRole('tab', { name: "Rapport d'import" }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Toutes les modifications sont enregistrées' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

});

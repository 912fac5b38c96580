import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CellValue, ChartModel, SheetModel } from '../../src/local/emulator/model';
import { startPreview, type Preview } from '../../src/local/preview/server';
import { DIST } from '../helpers/built';
import { launchChromium } from '../helpers/chromium';

jest.setTimeout(60_000);

let browser: Browser;
let preview: Preview;
let dir: string;

async function run(name: string): Promise<unknown> {
  const response = await fetch(`${preview.url}api/run/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const body = (await response.json()) as { result?: unknown; error?: string };
  if (!response.ok) throw new Error(`${name}: ${body.error}`);
  return body.result;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-charts-'));
  preview = await startPreview({ port: 0, workbookPath: path.join(dir, 'pipeline.xlsx'), locale: 'en', distDir: DIST });
  browser = await launchChromium();
  await run('setupPipeline');
  expect(await run('refreshReports')).toMatchObject({ tabs: [{ name: 'Conversion', charts: 1 }, { name: 'Forecast', charts: 1 }] });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function sheet(name: string): SheetModel {
  const found = preview.session.emulator.toModel().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The chart's table as the sheet holds it: header row, then one row per category. */
function table(model: SheetModel, chart: ChartModel): CellValue[][] {
  const { row, column, numRows, numColumns } = chart.ranges[0];
  return model.values.slice(row - 1, row - 1 + numRows).map((cells) => cells.slice(column - 1, column - 1 + numColumns));
}

async function openTab(name: string): Promise<{ page: Page; figure: Locator; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole('tab', { name }).click();
  const figure = page.locator('figure.chart');
  await figure.locator('svg[role="img"]').first().waitFor();
  return { page, figure, errors };
}

const attributes = (locator: Locator, name: string) => locator.evaluateAll((elements, attribute) => elements.map((e) => e.getAttribute(attribute)), name);

describe('charts in the local preview (headless Chromium)', () => {
  it('draws the Conversion funnel as a bar chart: one bar per stage, with the reached counts', async () => {
    const conversion = sheet('Conversion');
    expect(conversion.charts).toHaveLength(1);
    const chart = conversion.charts[0];
    const [header, ...rows] = table(conversion, chart);
    const { page, figure, errors } = await openTab('Conversion');

    await expect(figure.count()).resolves.toBe(1);
    await expect(figure.getAttribute('data-chart-type')).resolves.toBe('BAR');
    const svg = figure.locator('svg[role="img"]');
    await expect(svg.getAttribute('aria-label')).resolves.toBe('Deals that reached each stage');
    await expect(svg.locator('title').first().textContent()).resolves.toBe('Deals that reached each stage');
    await expect(svg.locator('text.chart-title').textContent()).resolves.toBe('Deals that reached each stage');

    const bars = svg.locator('rect.bar');
    await expect(bars.count()).resolves.toBe(rows.length);
    await expect(attributes(bars, 'data-category')).resolves.toEqual(rows.map((row) => String(row[0])));
    await expect(attributes(bars, 'data-value')).resolves.toEqual(rows.map((row) => String(row[1])));
    await expect(svg.locator('text.category').allTextContents()).resolves.toEqual(rows.map((row) => String(row[0])));
    // Axis titles from the table's header: Stage down the side, Reached along the bottom.
    await expect(svg.locator('text.category-axis').textContent()).resolves.toBe(String(header[0]));
    await expect(svg.locator('text.value-axis').textContent()).resolves.toBe(String(header[1]));
    await expect(svg.locator('.legend-item').count()).resolves.toBe(0); // legend: none, as the add-on set it
    // A longer bar for a larger count.
    const widths = (await attributes(bars, 'width')).map(Number);
    const counts = rows.map((row) => Number(row[1]));
    expect(widths.indexOf(Math.max(...widths))).toBe(counts.indexOf(Math.max(...counts)));

    // On its anchor cell: the column of the chart's position, the row of the funnel's title.
    const anchor = page.locator('thead th').nth(chart.position.column);
    const [figureBox, anchorBox] = [await figure.boundingBox(), await anchor.boundingBox()];
    expect(Math.abs(figureBox!.x - anchorBox!.x)).toBeLessThan(2);
    expect(figureBox!.y).toBeGreaterThan(anchorBox!.y + (chart.position.row - 1) * 25);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(dir, 'conversion-chart.png') });
    await page.close();
  });

  it('draws the Forecast months as a column chart: open, weighted and fitted bars per month, with a legend', async () => {
    const forecast = sheet('Forecast');
    expect(forecast.charts).toHaveLength(1);
    const [header, ...rows] = table(forecast, forecast.charts[0]);
    expect(header).toHaveLength(4);
    const { page, figure, errors } = await openTab('Forecast');

    await expect(figure.getAttribute('data-chart-type')).resolves.toBe('COLUMN');
    const svg = figure.locator('svg[role="img"]');
    await expect(svg.getAttribute('aria-label')).resolves.toBe('Open pipeline by expected-close month');
    const bars = svg.locator('rect.bar');
    const figures = rows.flatMap((row) => row.slice(1).filter((value) => typeof value === 'number'));
    expect(figures.length).toBeGreaterThanOrEqual(rows.length);
    await expect(bars.count()).resolves.toBe(figures.length);
    await expect(attributes(svg.locator('.legend-item'), 'data-series')).resolves.toEqual(header.slice(1).map(String));
    await expect(svg.locator('.legend-item text').allTextContents()).resolves.toEqual(header.slice(1).map(String));
    for (let series = 1; series <= 3; series += 1) {
      const ofSeries = svg.locator(`rect.bar[data-series="${String(header[series])}"]`);
      const values = rows.map((row) => row[series]).filter((value) => typeof value === 'number');
      await expect(attributes(ofSeries, 'data-value')).resolves.toEqual(values.map(String));
    }
    // Month labels as the sheet shows them (yyyy-mm).
    const months = await svg.locator('text.category').allTextContents();
    expect(months).toHaveLength(rows.length);
    for (const month of months) expect(month).toMatch(/^\d{4}-\d{2}$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('redraws from the current values, and draws cell text as text, never as markup', async () => {
    const conversion = preview.session.emulator.spreadsheet.getSheetByName('Conversion')!;
    const chart = sheet('Conversion').charts[0];
    const firstRow = chart.ranges[0].row + 1;
    const hostile = '<img src=x onerror="window.__pwned=1">Prospecting';
    conversion.getRange(firstRow, 1, 1, 2).setValues([[hostile, 999]]);

    const { page, figure, errors } = await openTab('Conversion');
    const bar = figure.locator('rect.bar').first();
    await expect(bar.getAttribute('data-value')).resolves.toBe('999');
    await expect(bar.getAttribute('data-category')).resolves.toBe(hostile);
    await expect(figure.locator('.cut-label', { has: page.locator('text.category') }).first().locator('title').textContent()).resolves.toBe(hostile);
    await expect(figure.locator('img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws line, area and pie charts too, with one point or slice per category', async () => {
    const forecast = preview.session.emulator.spreadsheet.getSheetByName('Forecast')!;
    const spec = sheet('Forecast').charts[0];
    const { row, column, numRows } = spec.ranges[0];
    const data = forecast.getRange(row, column, numRows, 3);
    const months = numRows - 1;
    const types = ['LINE', 'AREA', 'PIE'];
    types.forEach((type, index) => {
      const chart = forecast
        .newChart()
        .setChartType(type as unknown as GoogleAppsScript.Charts.ChartType)
        .addRange(data)
        .setPosition(40 + index * 16, 2, 0, 0)
        .setOption('title', `${type} <b>chart</b>`)
        .setOption('legend', { position: 'right' })
        .build();
      forecast.insertChart(chart);
    });

    const { page, errors } = await openTab('Forecast');
    const figures = page.locator('figure.chart');
    await expect(figures.count()).resolves.toBe(4);
    for (const type of types) {
      const figure = page.locator(`figure.chart[data-chart-type="${type}"]`);
      await expect(figure.locator('svg').getAttribute('aria-label')).resolves.toBe(`${type} <b>chart</b>`);
      await expect(figure.locator('b').count()).resolves.toBe(0);
    }
    const positive = (values: CellValue[]) => values.filter((value) => typeof value === 'number' && value > 0).length;
    const rows = table(sheet('Forecast'), spec).slice(1);
    const numbers = (series: number) => rows.map((r) => r[series]).filter((value) => typeof value === 'number');
    const line = page.locator('figure.chart[data-chart-type="LINE"]');
    await expect(line.locator('polyline.line').count()).resolves.toBe(2);
    await expect(line.locator('circle.point').count()).resolves.toBe(numbers(1).length + numbers(2).length);
    await expect(line.locator('.legend-item').count()).resolves.toBe(2);
    const area = page.locator('figure.chart[data-chart-type="AREA"]');
    await expect(area.locator('polygon.area').count()).resolves.toBe(2);
    const pie = page.locator('figure.chart[data-chart-type="PIE"]');
    await expect(pie.locator('path.slice').count()).resolves.toBe(positive(rows.map((r) => r[1])));
    await expect(pie.locator('.legend-item').count()).resolves.toBe(months);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows no chart on a tab without one', async () => {
    const page = await browser.newPage();
    await page.goto(preview.url);
    await page.getByRole('tab', { name: 'Pipeline', exact: true }).click();
    await page.locator('td[data-row="1"][data-col="1"]', { hasText: 'Deal ID' }).waitFor();
    await expect(page.locator('figure.chart').count()).resolves.toBe(0);
    await page.close();
  });
});

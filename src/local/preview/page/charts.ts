import type { ChartJson, SheetJson, WorkbookJson } from '../workbook-json';
import type { PageStringKey } from '../../i18n/page-strings';
import { formatNumber, t } from './page-language';

/**
 * The sheet's embedded charts, drawn as inline SVG over the grid at their anchor cell, as
 * Sheets floats them over the cells. Each chart is drawn from its spec (type, ranges,
 * title, legend) and the sheet's current values, so an edit shows in the chart on the
 * next reload. Every piece of cell text goes in through `textContent` or an attribute,
 * never as markup. The chart's own words (placeholders, tooltips, accessible names) are in
 * the page's language; numbers on the axes follow the spreadsheet's locale, as in Sheets.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Sheets' default chart size. */
const WIDTH = 600;
const HEIGHT = 371;
const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];
/** Average width of a character of the 11 px labels, to size margins and cut long labels. */
const CHAR_WIDTH = 6.2;
const FONT_SIZE = 11;
const DEFAULT_COLUMN_WIDTH = 120;

interface Series {
  name: string;
  values: (number | null)[];
  /** The cells as the sheet shows them (number formats applied), for tooltips. */
  display: string[];
}

interface ChartData {
  domainTitle: string;
  categories: string[];
  series: Series[];
}

type Cell = { value: unknown; display: string };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A tooltip: SVG's `<title>` child, as text. */
function withTitle<T extends SVGElement>(element: T, text: string): T {
  element.append(svg('title', {}, text));
  return element;
}

/** The chart's cells, column by column: ranges side by side, as Sheets joins them. */
function columnsOf(chart: ChartJson, workbook: WorkbookJson, home: SheetJson): Cell[][] {
  const columns: Cell[][] = [];
  for (const range of chart.ranges) {
    const sheet = workbook.sheets.find((s) => s.name === range.sheet) ?? home;
    for (let c = 0; c < range.numColumns; c += 1) {
      const column: Cell[] = [];
      for (let r = 0; r < range.numRows; r += 1) {
        const row = range.row + r - 1;
        const col = range.column + c - 1;
        column.push({ value: sheet.values[row]?.[col] ?? '', display: sheet.displayValues[row]?.[col] ?? '' });
      }
      columns.push(column);
    }
  }
  return columns;
}

const asNumber = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const isLabel = (cell: Cell | undefined) => cell !== undefined && typeof cell.value === 'string' && cell.value !== '' && Number.isNaN(Number(cell.value));

/** First column: the categories; the others: one series each; a first row of text: their names. */
function chartData(chart: ChartJson, workbook: WorkbookJson, home: SheetJson): ChartData {
  const columns = columnsOf(chart, workbook, home);
  if (columns.length === 0) return { domainTitle: '', categories: [], series: [] };
  const single = columns.length === 1;
  const domain = single ? null : columns[0];
  const seriesColumns = single ? columns : columns.slice(1);
  const header = seriesColumns.every((column) => isLabel(column[0]) || column[0]?.value === '') && seriesColumns.some((column) => isLabel(column[0]));
  const start = header ? 1 : 0;
  let rows = Math.max(...columns.map((column) => column.length)) - start;
  // Open-ended ranges (`A2:B`) end with blank rows: leave them out.
  while (rows > 0 && columns.every((column) => (column[start + rows - 1]?.display ?? '') === '')) rows -= 1;
  const categories = Array.from({ length: rows }, (_, i) => (domain ? domain[start + i]?.display ?? '' : String(i + 1)));
  const series = seriesColumns.map((column, index) => ({
    name: (header ? column[0]?.display : '') || t('chart.series', { number: index + 1 }),
    values: Array.from({ length: rows }, (_, i) => asNumber(column[start + i]?.value)),
    display: Array.from({ length: rows }, (_, i) => column[start + i]?.display ?? ''),
  }));
  return { domainTitle: header && domain ? domain[0]?.display ?? '' : '', categories, series };
}

/** Round bounds and a step for about `count` gridlines. */
function niceScale(min: number, max: number, count = 5): { min: number; max: number; step: number } {
  if (min === max) {
    if (max === 0) return { min: 0, max: 1, step: 0.2 };
    if (max > 0) min = 0;
    else max = 0;
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step, step };
}

function tickFormatter(locale: string, series: Series[]): (value: number) => string {
  const tag = locale.replace('_', '-');
  const percent = series.every((s) => s.display.every((text, i) => s.values[i] === null || /%\s*$/.test(text)));
  let format: Intl.NumberFormat;
  try {
    format = percent
      ? new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  } catch {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  }
  return (value) => format.format(value);
}

/** Cuts a label to about `width` pixels. */
function fit(text: string, width: number): string {
  const most = Math.max(1, Math.floor(width / CHAR_WIDTH));
  return text.length <= most ? text : `${text.slice(0, Math.max(1, most - 1))}…`;
}

/** A text label cut to `width`; a cut label is wrapped with its full text as a tooltip. */
function label(text: SVGTextElement, full: string, width: number): SVGElement {
  const shown = fit(full, width);
  text.textContent = shown;
  if (shown === full) return text;
  const group = svg('g', { class: 'cut-label' });
  group.append(svg('title', {}, full), text);
  return group;
}

const textWidth = (text: string) => text.length * CHAR_WIDTH;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The legend; returns the space it takes from the plot. */
function drawLegend(root: SVGSVGElement, names: string[], colours: string[], position: string, box: Box): Box {
  if (names.length === 0) return box;
  const legend = svg('g', { class: 'legend', role: 'list' });
  root.append(legend);
  const item = (name: string, index: number, x: number, y: number, width: number) => {
    const g = svg('g', { class: 'legend-item', role: 'listitem', 'data-series': name });
    g.append(svg('rect', { x, y: y - 9, width: 10, height: 10, rx: 2, fill: colours[index % colours.length] }));
    g.append(label(svg('text', { x: x + 14, y, 'font-size': FONT_SIZE, fill: '#3c4043' }), name, width - 18));
    legend.append(g);
  };
  if (position === 'bottom' || position === 'top') {
    const share = (box.right - box.left) / names.length;
    const widths = names.map((name) => Math.min(share, textWidth(name) + 30));
    const total = widths.reduce((sum, w) => sum + w, 0);
    let x = Math.max(box.left, (WIDTH - total) / 2);
    const y = position === 'bottom' ? box.bottom - 4 : box.top + 12;
    names.forEach((name, index) => {
      item(name, index, x, y, widths[index]);
      x += widths[index];
    });
    return position === 'bottom' ? { ...box, bottom: box.bottom - 24 } : { ...box, top: box.top + 24 };
  }
  const width = Math.min(150, Math.max(...names.map((name) => textWidth(name))) + 24);
  const x = position === 'left' ? box.left : box.right - width;
  names.forEach((name, index) => item(name, index, x, box.top + 16 + index * 18, width));
  return position === 'left' ? { ...box, left: box.left + width + 8 } : { ...box, right: box.right - width - 8 };
}

/** Bar (horizontal), column, line, area and scatter charts: categories along one axis, values along the other. */
function drawCartesian(root: SVGSVGElement, chart: ChartJson, data: ChartData, locale: string, outer: Box): void {
  const type = chart.type;
  const horizontal = type === 'BAR';
  const kind = type === 'LINE' ? 'line' : type === 'AREA' || type === 'STEPPED_AREA' ? 'area' : type === 'SCATTER' ? 'scatter' : 'bar';
  const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = niceScale(Math.min(0, ...all), Math.max(0, ...all));
  const format = tickFormatter(locale, data.series);
  const ticks: number[] = [];
  for (let v = scale.min; v <= scale.max + scale.step / 2; v += scale.step) ticks.push(Math.round(v / scale.step) * scale.step);
  const tickLabels = ticks.map(format);
  const singleName = data.series.length === 1 ? data.series[0].name : '';
  const valueTitle = (horizontal ? chart.hAxisTitle : chart.vAxisTitle) ?? singleName;
  const categoryTitle = (horizontal ? chart.vAxisTitle : chart.hAxisTitle) ?? data.domainTitle;

  const box = { ...outer };
  // Room for the axis titles and tick labels.
  if (horizontal) {
    box.left += (categoryTitle ? 18 : 0) + Math.min(170, Math.max(20, ...data.categories.map(textWidth))) + 8;
    box.bottom -= 18 + (valueTitle ? 18 : 0);
  } else {
    box.left += (valueTitle ? 18 : 0) + Math.max(...tickLabels.map(textWidth)) + 8;
    box.bottom -= 18 + (categoryTitle ? 18 : 0);
  }
  box.right -= 10;
  const plot = { x: box.left, y: box.top, width: Math.max(10, box.right - box.left), height: Math.max(10, box.bottom - box.top) };
  const along = horizontal ? plot.width : plot.height;
  const position = (value: number) => ((value - scale.min) / (scale.max - scale.min)) * along;

  const axes = svg('g', { class: 'axes', 'font-size': FONT_SIZE, fill: '#5f6368' });
  root.append(axes);
  ticks.forEach((tick, index) => {
    const p = position(tick);
    if (horizontal) {
      const x = plot.x + p;
      axes.append(svg('line', { class: 'gridline', x1: x, x2: x, y1: plot.y, y2: plot.y + plot.height, stroke: tick === 0 ? '#9aa0a6' : '#e8eaed' }));
      axes.append(svg('text', { class: 'tick', x, y: plot.y + plot.height + 14, 'text-anchor': 'middle' }, tickLabels[index]));
    } else {
      const y = plot.y + plot.height - p;
      axes.append(svg('line', { class: 'gridline', x1: plot.x, x2: plot.x + plot.width, y1: y, y2: y, stroke: tick === 0 ? '#9aa0a6' : '#e8eaed' }));
      axes.append(svg('text', { class: 'tick', x: plot.x - 6, y: y + 4, 'text-anchor': 'end' }, tickLabels[index]));
    }
  });

  const count = Math.max(1, data.categories.length);
  const band = (horizontal ? plot.height : plot.width) / count;
  const centre = (index: number) => (horizontal ? plot.y : plot.x) + band * (index + 0.5);
  data.categories.forEach((category, index) => {
    const width = horizontal ? box.left - outer.left - (categoryTitle ? 26 : 8) : band - 4;
    const text = horizontal
      ? svg('text', { class: 'category', x: plot.x - 6, y: centre(index) + 4, 'text-anchor': 'end' })
      : svg('text', { class: 'category', x: centre(index), y: plot.y + plot.height + 14, 'text-anchor': 'middle' });
    axes.append(label(text, category, width));
  });
  if (valueTitle) {
    axes.append(
      horizontal
        ? svg('text', { class: 'axis-title value-axis', x: plot.x + plot.width / 2, y: plot.y + plot.height + 32, 'text-anchor': 'middle', 'font-style': 'italic' }, valueTitle)
        : svg('text', { class: 'axis-title value-axis', x: 0, y: 0, transform: `translate(${outer.left + 12} ${plot.y + plot.height / 2}) rotate(-90)`, 'text-anchor': 'middle', 'font-style': 'italic' }, valueTitle),
    );
  }
  if (categoryTitle) {
    axes.append(
      horizontal
        ? svg('text', { class: 'axis-title category-axis', x: 0, y: 0, transform: `translate(${outer.left + 12} ${plot.y + plot.height / 2}) rotate(-90)`, 'text-anchor': 'middle', 'font-style': 'italic' }, categoryTitle)
        : svg('text', { class: 'axis-title category-axis', x: plot.x + plot.width / 2, y: plot.y + plot.height + 32, 'text-anchor': 'middle', 'font-style': 'italic' }, categoryTitle),
    );
  }

  const marks = svg('g', { class: 'series' });
  root.append(marks);
  const zero = position(Math.max(scale.min, Math.min(0, scale.max)));
  const tooltip = (series: Series, index: number) =>
    t('chart.pointTooltip', { category: data.categories[index], series: series.name, value: series.display[index] || String(series.values[index] ?? '') });
  data.series.forEach((series, s) => {
    const colour = PALETTE[s % PALETTE.length];
    if (kind === 'bar') {
      const thickness = (band * 0.7) / data.series.length;
      series.values.forEach((value, index) => {
        if (value === null) return;
        const offset = centre(index) - (band * 0.7) / 2 + s * thickness;
        const a = Math.min(zero, position(value));
        const length = Math.abs(position(value) - zero);
        const rect = horizontal
          ? svg('rect', { x: plot.x + a, y: offset, width: length, height: thickness })
          : svg('rect', { x: offset, y: plot.y + plot.height - a - length, width: thickness, height: length });
        rect.setAttribute('class', 'bar');
        rect.setAttribute('fill', colour);
        rect.setAttribute('data-series', series.name);
        rect.setAttribute('data-category', data.categories[index]);
        rect.setAttribute('data-value', String(value));
        marks.append(withTitle(rect, tooltip(series, index)));
      });
      return;
    }
    const points = series.values.flatMap((value, index) => (value === null ? [] : [{ index, value, x: centre(index), y: plot.y + plot.height - position(value) }]));
    if (points.length === 0) return;
    const path = points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    if (kind === 'area') {
      const base = (plot.y + plot.height - zero).toFixed(1);
      marks.append(svg('polygon', { class: 'area', points: `${points[0].x.toFixed(1)},${base} ${path} ${points[points.length - 1].x.toFixed(1)},${base}`, fill: colour, 'fill-opacity': 0.3 }));
    }
    if (kind !== 'scatter') marks.append(svg('polyline', { class: 'line', points: path, fill: 'none', stroke: colour, 'stroke-width': 2, 'data-series': series.name }));
    for (const p of points) {
      const dot = svg('circle', { class: 'point', cx: p.x, cy: p.y, r: kind === 'scatter' ? 4 : 3, fill: colour, 'data-series': series.name, 'data-category': data.categories[p.index], 'data-value': p.value });
      marks.append(withTitle(dot, tooltip(series, p.index)));
    }
  });
}

/** Pie (and donut) charts: the first series, one slice per category. */
function drawPie(root: SVGSVGElement, data: ChartData, box: Box): void {
  const series = data.series[0];
  if (!series) return;
  const slices = series.values.map((value, index) => ({ value: value !== null && value > 0 ? value : 0, index }));
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  if (total <= 0) return;
  const radius = Math.max(10, Math.min(box.right - box.left, box.bottom - box.top) / 2 - 8);
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const marks = svg('g', { class: 'series' });
  root.append(marks);
  let angle = -Math.PI / 2;
  for (const { value, index } of slices) {
    if (value === 0) continue;
    const sweep = (value / total) * Math.PI * 2;
    const end = angle + sweep;
    const point = (a: number) => `${(cx + radius * Math.cos(a)).toFixed(2)} ${(cy + radius * Math.sin(a)).toFixed(2)}`;
    const d = sweep >= Math.PI * 2 - 1e-9
      ? `M ${cx - radius} ${cy} a ${radius} ${radius} 0 1 0 ${radius * 2} 0 a ${radius} ${radius} 0 1 0 ${-radius * 2} 0`
      : `M ${cx} ${cy} L ${point(angle)} A ${radius} ${radius} 0 ${sweep > Math.PI ? 1 : 0} 1 ${point(end)} Z`;
    const slice = svg('path', { class: 'slice', d, fill: PALETTE[index % PALETTE.length], stroke: '#fff', 'data-category': data.categories[index], 'data-value': value });
    const share = formatNumber(value / total, { style: 'percent', maximumFractionDigits: 1 });
    marks.append(withTitle(slice, t('chart.sliceTooltip', { category: data.categories[index], value: series.display[index], share })));
    angle = end;
  }
}

const TYPE_NAMES: Readonly<Record<string, PageStringKey>> = {
  BAR: 'chart.type.BAR',
  COLUMN: 'chart.type.COLUMN',
  LINE: 'chart.type.LINE',
  AREA: 'chart.type.AREA',
  STEPPED_AREA: 'chart.type.STEPPED_AREA',
  PIE: 'chart.type.PIE',
  SCATTER: 'chart.type.SCATTER',
};

/** The accessible name of a chart without a title: its type, as Sheets names it. */
function untitled(type: string): string {
  const key = Object.prototype.hasOwnProperty.call(TYPE_NAMES, type) ? TYPE_NAMES[type] : undefined;
  return key ? t(key) : t('chart.untitled', { type: type.toLowerCase() });
}

/** One chart as an SVG figure. */
export function drawChart(chart: ChartJson, sheet: SheetJson, workbook: WorkbookJson): HTMLElement {
  const data = chartData(chart, workbook, sheet);
  const name = chart.title || untitled(chart.type);
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chartId = String(chart.id);
  figure.dataset.chartType = chart.type;
  const root = svg('svg', { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': name });
  root.append(svg('title', {}, name));
  const summary = data.series
    .map((s) => t('chart.seriesSummary', { series: s.name, points: data.categories.map((c, i) => `${c} ${s.display[i] || (s.values[i] ?? '')}`.trim()).join(', ') }))
    .join(t('chart.summarySeparator'));
  root.append(svg('desc', {}, summary));
  root.append(svg('rect', { class: 'background', x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#fff' }));
  let box: Box = { left: 12, top: 12, right: WIDTH - 12, bottom: HEIGHT - 10 };
  if (chart.title) {
    root.append(label(svg('text', { class: 'chart-title', x: 16, y: 28, 'font-size': 15, 'font-weight': 500, fill: '#202124' }), chart.title, WIDTH - 32));
    box = { ...box, top: 44 };
  }
  const pie = chart.type === 'PIE';
  if (data.categories.length === 0 || data.series.length === 0) {
    root.append(svg('text', { class: 'empty', x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle', fill: '#5f6368' }, t('chart.noData')));
  } else {
    const legendNames = pie ? data.categories : data.series.map((s) => s.name);
    const showLegend = chart.legend !== 'none' && (pie || data.series.length > 1);
    if (showLegend) box = drawLegend(root, legendNames, PALETTE, chart.legend === 'labeled' || chart.legend === 'in' ? 'right' : chart.legend, box);
    if (pie) drawPie(root, data, box);
    else drawCartesian(root, chart, data, workbook.locale, box);
  }
  figure.append(root);
  return figure;
}

/** The layer over the grid holding the active sheet's charts; kept by the grid across redraws. */
export class ChartLayer {
  readonly element: HTMLDivElement;
  private charts: ChartJson[] = [];

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'chart-layer';
  }

  show(sheet: SheetJson, workbook: WorkbookJson): void {
    this.charts = sheet.charts ?? [];
    this.element.replaceChildren(...this.charts.map((chart) => drawChart(chart, sheet, workbook)));
  }

  /** Puts each chart on its anchor cell, measured on the grid's column headers once the grid is drawn. */
  place(grid: HTMLElement, rowHeight: number): void {
    const head = grid.querySelector('thead');
    const headers = head ? Array.from(head.querySelectorAll('th')) : [];
    const headerHeight = head ? head.getBoundingClientRect().height : rowHeight;
    const columnLeft = (column: number) => {
      const th = headers[column];
      if (th) return th.offsetLeft;
      const last = headers[headers.length - 1];
      const right = last ? last.offsetLeft + last.offsetWidth : 0;
      return right + (column - headers.length) * DEFAULT_COLUMN_WIDTH;
    };
    Array.from(this.element.children).forEach((figure, index) => {
      const chart = this.charts[index];
      if (!chart || !(figure instanceof HTMLElement)) return;
      figure.style.left = `${columnLeft(Math.max(1, chart.position.column)) + chart.position.offsetX}px`;
      figure.style.top = `${headerHeight + (Math.max(1, chart.position.row) - 1) * rowHeight + chart.position.offsetY}px`;
    });
  }
}

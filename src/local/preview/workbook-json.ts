import type { CellValue } from '../emulator/model';

/** A sheet as `GET /api/workbook` returns it: values JSON-safe (dates as ISO strings). */
export interface SheetJson {
  name: string;
  hidden: boolean;
  frozenRows: number;
  values: (string | number | boolean)[][];
  /** Same shape as `values`; `''` where the cell holds no formula. */
  formulas: string[][];
  /** What Sheets would show in each cell (number formats applied). */
  displayValues: string[][];
  /** The sheet's embedded charts. */
  charts?: ChartJson[];
}

export interface WorkbookJson {
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  /** Top-left cell of the active range on the active sheet (1-based), as the add-on or the person last set it; null when none. */
  activeCell: { row: number; column: number } | null;
  sheets: SheetJson[];
}

export function cellToJson(value: CellValue): string | number | boolean {
  return value instanceof Date ? value.toISOString() : value;
}

/** A block of cells a chart plots, on the sheet named (1-based, as Apps Script). */
export interface ChartRangeJson {
  sheet: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** An embedded chart as the add-on built it (`EmbeddedChartBuilder`): the page draws it from the sheet's values. */
export interface ChartJson {
  id: number;
  /** `Charts.ChartType` name: `'BAR'`, `'COLUMN'`, `'LINE'`, `'AREA'`, `'PIE'`... */
  type: string;
  title: string;
  ranges: ChartRangeJson[];
  /** Anchor cell and pixel offsets, as `setPosition`. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** `legend.position` option: `'none'`, `'bottom'`, `'right'`... (`'right'` when unset, as Sheets). */
  legend: string;
  /** `hAxis.title` / `vAxis.title` options, when set. */
  hAxisTitle?: string;
  vAxisTitle?: string;
}

const optionText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const objectOption = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** The sheet's charts through Apps Script's own `EmbeddedChart` interface. */
export function chartsToJson(sheet: GoogleAppsScript.Spreadsheet.Sheet): ChartJson[] {
  return sheet.getCharts().map((chart) => {
    const options = chart.getOptions();
    const info = chart.getContainerInfo();
    const json: ChartJson = {
      id: chart.getChartId() ?? 0,
      type: String(chart.modify().getChartType()),
      title: optionText(options.get('title')) ?? '',
      ranges: chart.getRanges().map((range) => ({
        sheet: range.getSheet().getName(),
        row: range.getRow(),
        column: range.getColumn(),
        numRows: range.getNumRows(),
        numColumns: range.getNumColumns(),
      })),
      position: { row: info.getAnchorRow(), column: info.getAnchorColumn(), offsetX: info.getOffsetX(), offsetY: info.getOffsetY() },
      legend: optionText(objectOption(options.get('legend')).position) ?? optionText(options.get('legend.position')) ?? 'right',
    };
    const hAxis = optionText(objectOption(options.get('hAxis')).title) ?? optionText(options.get('hAxis.title'));
    const vAxis = optionText(objectOption(options.get('vAxis')).title) ?? optionText(options.get('vAxis.title'));
    if (hAxis) json.hAxisTitle = hAxis;
    if (vAxis) json.vAxisTitle = vAxis;
    return json;
  });
}

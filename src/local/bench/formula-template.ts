import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { Deal } from '../../core/deals/deal';
import type { HistoryEntry } from '../../core/history/history-entry';
import type { PipelineDefinition } from '../../core/stages/stage';
import type { Figures } from './figures';
import { reportFormulas, type ReportFormula } from './report-formulas';
import { layOutTemplate, SHEETS, type SheetRows } from './sheet-layout';
import { elapsedMs } from './timing';

export interface TemplateRun {
  figures: Figures;
  /**
   * HyperFormula's buildFromSheets: loading the cells, parsing every formula and evaluating
   * them all (helpers and report). Laying the sheets out in JavaScript is not counted.
   */
  engineMs: number;
  formulaCount: number;
}

export interface TemplateOptions {
  asOf: Date;
  /** Forecast rows of the report (`2024-03` keys and NO_MONTH). */
  months: readonly string[];
  /** Default `all`; see TemplateScope. */
  scope?: TemplateScope;
}

/**
 * `all`: every figure. `deal-totals`: the totals over the Deals sheet only (counts per stage,
 * win rate, deal size, open and weighted pipeline, forecast categories, stale deals); the
 * History sheet, its helper columns and the per-month forecast rows are left out. For sizes
 * where the whole template would take many minutes in HyperFormula.
 */
export type TemplateScope = 'all' | 'deal-totals';

/**
 * The same figures as the engine, computed by a spreadsheet formula template in
 * HyperFormula: the deals and the history laid out as sheets with per-row helper formulas,
 * and a Report sheet of COUNTIFS/SUMIFS/SUMPRODUCT/MEDIAN(IF()) formulas over them. Nothing
 * is precomputed: the figures come out of the engine's evaluation of those formulas.
 */
export function runFormulaTemplate(
  deals: readonly Deal[],
  history: readonly HistoryEntry[],
  definition: PipelineDefinition,
  options: TemplateOptions,
): TemplateRun {
  const sheets = layOutTemplate(deals, history, definition, options.asOf);
  const withHistory = options.scope !== 'deal-totals';
  const report = reportFormulas(definition, sheets, options.months);
  // Left-out figures keep their rows blank so that the references between figures still hold.
  const included = (row: ReportFormula): boolean => withHistory || !(row.usesHistory || row.monthly);
  const contents: Record<string, SheetRows> = {
    [SHEETS.stages]: sheets.stages,
    [SHEETS.deals]: sheets.deals,
    [SHEETS.report]: report.map((row) => [row.name, included(row) ? row.formula : null]),
  };
  if (withHistory) contents[SHEETS.history] = sheets.history;

  // One buildFromSheets, timed whole: loading sheet by sheet with evaluation suspended (to
  // time the evaluation apart) is several times slower in HyperFormula 3.5, unfair to it.
  const started = process.hrtime.bigint();
  const engine = HyperFormula.buildFromSheets(contents, {
    licenseKey: 'gpl-v3',
    // Room for the history sheet (5 rows per deal) beyond the 40 000-row default.
    maxRows: Math.max(40_000, sheets.lastHistoryRow + 1),
    // SUMPRODUCT((range="x")*...) and MEDIAN(IF(range=...)) need comparisons over whole ranges.
    useArrayArithmetic: true,
  });
  const engineMs = elapsedMs(started);
  try {
    const reportId = sheetId(engine, SHEETS.report);
    const figures: Figures = new Map();
    report.forEach((row, index) => {
      if (included(row)) figures.set(row.name, numberOrNull(engine.getCellValue({ sheet: reportId, row: index, col: 1 })));
    });
    const helperFormulas = (sheets.deals.length - 1) * 5 + (withHistory ? (sheets.history.length - 1) * 7 : 0);
    return { figures, engineMs, formulaCount: helperFormulas + figures.size };
  } finally {
    engine.destroy();
  }
}

function sheetId(engine: HyperFormula, name: string): number {
  const id = engine.getSheetId(name);
  if (id === undefined) throw new Error(`The formula template has no sheet "${name}"`);
  return id;
}

/** A report cell as a figure: blank text (a template's "no value") is null; an error is a bug in the template. */
function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value === '' || value === null) return null;
  if (value instanceof DetailedCellError) throw new Error(`Formula template error ${value.value}: ${value.message}`);
  throw new Error(`Formula template gave ${JSON.stringify(value)} where a number was expected`);
}

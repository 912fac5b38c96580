import { findHeaderRow, mapColumns, type ColumnMap } from '../columns/find-columns';
import type { DealColumn } from '../columns/deal-columns';
import { isBlankRow } from '../deals/blank-row';
import { blankDeal } from '../deals/blank-deal';
import type { Deal } from '../deals/deal';
import { languageOf, type Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition } from '../stages/stage';
import { statusStager } from '../stages/status-stage';
import { cellProblem, type CellProblem } from './cell-problem';
import { cellText } from './cell-text';
import { columnReading, type FieldReader, type ReadContext } from './deal-field-readers';
import { localeConventions } from './locale-conventions';
import { isBlankValue } from './reading';

export interface ParseDealsOptions {
  definition: PipelineDefinition;
  /** The spreadsheet locale (`getSpreadsheetLocale()`): `en_US`, `fr_FR`, `de_DE`... Decides decimal commas and the fallback date order. */
  locale: string;
  /** IANA zone in which text dates are midnight (`getSpreadsheetTimeZone()`); UTC by default. */
  timeZone?: string;
  /** Language of the problem messages; by default the locale's. */
  language?: Language;
  /** Sheet row and column of `rows[0][0]`, 1-based, so problems name the right cells when the values do not start at A1. */
  firstRow?: number;
  firstColumn?: number;
}

export interface ParsedDeals {
  /** One per non-blank row under the header, in sheet order, but for the deleted ones. */
  deals: Deal[];
  /**
   * Rows whose Status is `deleted`: a deal removed in the CRM it was exported from is no
   * sales outcome, so no figure, list or count of the pipeline includes it; the row stays.
   */
  deleted: Deal[];
  /** Where each recognised column is: 0-based index into the rows. */
  columns: ColumnMap;
  /** 0-based index of the header row in `rows`; -1 when none names a Stage column. */
  headerRow: number;
  problems: CellProblem[];
}

const HEADER_ROWS_SCANNED = 10;

/**
 * Reads the deals of a pipeline sheet or an export, as `getValues()` gives them or as a
 * text file does. The header is the first row (among the first ten) naming a Stage column;
 * each deal row below it becomes a `Deal` whose `index` is its 0-based position among
 * the rows under the header, blank rows included, so sheet row = header row + 2 + index.
 * Blank rows are not deals. Every cell that cannot be read is a problem and its field
 * stays empty: a figure computed from a guessed cell would look right and be wrong. A
 * Status column (Pipedrive's) closes won and lost deals and sets deleted ones apart.
 */
export function parseDeals(rows: readonly (readonly unknown[])[], options: ParseDealsOptions): ParsedDeals {
  const language = options.language ?? languageOf(options.locale);
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 1;
  const headerRow = findHeaderRow(rows, HEADER_ROWS_SCANNED);
  if (headerRow < 0) {
    const message = translate(language, 'parse.noHeader', { rows: HEADER_ROWS_SCANNED });
    return { deals: [], deleted: [], columns: {}, headerRow, problems: [cellProblem(firstRow, firstColumn, message, '')] };
  }
  const header = rows[headerRow];
  const columns = mapColumns(header);
  const dataRows = rows.slice(headerRow + 1);
  const conventions = localeConventions(options.locale);
  const context: ReadContext = {
    language,
    decimalSeparator: conventions.decimalSeparator,
    dateOrder: conventions.dateOrder,
    timeZone: options.timeZone ?? 'UTC',
    match: stageMatcher(options.definition),
  };
  const sheetRowOfData = firstRow + headerRow + 1;
  const problems: CellProblem[] = [];
  const readers: { index: number; read: FieldReader }[] = [];
  for (const [column, index] of Object.entries(columns) as [DealColumn, number][]) {
    const reading = columnReading(column, () => dataRows.map((row) => row[index]), context);
    if (reading === undefined) continue;
    readers.push({ index, read: reading.read });
    const conflict = reading.dateOrderConflict;
    if (conflict?.dayFirst && conflict.monthFirst) {
      const message = translate(language, 'parse.mixedDateOrder', {
        column: cellText(header[index]),
        dayFirst: conflict.dayFirst.text,
        dayFirstRow: sheetRowOfData + conflict.dayFirst.index,
        monthFirst: conflict.monthFirst.text,
        monthFirstRow: sheetRowOfData + conflict.monthFirst.index,
      });
      problems.push(cellProblem(firstRow + headerRow, firstColumn + index, message, header[index]));
    }
  }
  const deals: Deal[] = [];
  const deleted: Deal[] = [];
  const closeByStatus = columns.Status === undefined ? null : statusCloser(options.definition, columns['Lost at stage']);
  for (let r = 0; r < dataRows.length; r++) {
    const row = dataRows[r];
    if (isBlankRow(row)) continue;
    const deal = blankDeal(r);
    for (const { index, read } of readers) {
      const value = row[index];
      const message = read(deal, value);
      if (message !== undefined) problems.push(cellProblem(sheetRowOfData + r, firstColumn + index, message, value));
    }
    closeByStatus?.(deal, row);
    (deal.status === 'deleted' ? deleted : deals).push(deal);
  }
  return { deals, deleted, columns, headerRow, problems };
}

/**
 * Moves a deal its Status closes to its won or lost stage (see `statusStager`); the Stage
 * cell's open stage is then the stage a lost deal was lost at, when its Lost at stage
 * cell is blank. The cells themselves are left as they are: `stageText` keeps the Stage.
 */
function statusCloser(definition: PipelineDefinition, lostAtIndex: number | undefined): (deal: Deal, row: readonly unknown[]) => void {
  const stager = statusStager(definition);
  const byKey = new Map(definition.stages.map((stage) => [stage.key, stage]));
  return (deal, row) => {
    if (deal.status !== 'won' && deal.status !== 'lost') return;
    const cellStage = deal.stage === null ? undefined : byKey.get(deal.stage);
    const stage = stager(cellStage, deal.status);
    if (stage === undefined) return;
    deal.stage = stage.key;
    if (stage !== cellStage && cellStage?.kind === 'open' && deal.status === 'lost' && (lostAtIndex === undefined || isBlankValue(row[lostAtIndex]))) {
      deal.lostAtStage = cellStage.key;
    }
  };
}

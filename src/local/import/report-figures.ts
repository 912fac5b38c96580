/**
 * The headline figures of an imported pipeline, read back from the summary blocks of the
 * Conversion and Forecast tabs the add-on generated (label in A, figure in B), so the
 * command line prints exactly what the workbook shows.
 */
import type { Language } from '../../core/i18n/language';
import { translate, type StringKey } from '../../core/i18n/strings';
import type { CellValue, WorkbookModel } from '../emulator/model';

export interface ReportFigures {
  wonDeals: number;
  lostDeals: number;
  openDeals: number;
  unknownStageDeals: number;
  /** won / (won + lost); `null` when no deal is closed. */
  winRate: number | null;
  openPipeline: number | null;
  weightedPipeline: number | null;
}

function summaryValue(model: WorkbookModel, sheetKey: StringKey, labelKey: StringKey, language: Language): CellValue | undefined {
  const sheet = model.sheets.find((s) => s.name === translate(language, sheetKey));
  const label = translate(language, labelKey);
  return sheet?.values.find((row) => row[0] === label)?.[1];
}

function numberOr<T>(value: CellValue | undefined, fallback: T): number | T {
  return typeof value === 'number' ? value : fallback;
}

export function readReportFigures(model: WorkbookModel, language: Language): ReportFigures {
  const conversion = (key: StringKey) => summaryValue(model, 'sheet.conversion', key, language);
  const forecast = (key: StringKey) => summaryValue(model, 'sheet.forecast', key, language);
  return {
    wonDeals: numberOr(conversion('report.summary.wonDeals'), 0),
    lostDeals: numberOr(conversion('report.summary.lostDeals'), 0),
    openDeals: numberOr(conversion('report.summary.openDeals'), 0),
    unknownStageDeals: numberOr(conversion('report.summary.unknownStage'), 0),
    winRate: numberOr(conversion('report.summary.winRate'), null),
    openPipeline: numberOr(forecast('report.summary.openPipeline'), null),
    weightedPipeline: numberOr(forecast('report.summary.weightedPipeline'), null),
  };
}

/** The few lines the command line prints after an import: what was written and the headline figures, each with its definition. */
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import type { ImportResult } from './import-leads';

function tag(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-US';
}

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(tag(language)).format(value);
}

function formatRate(value: number, language: Language): string {
  return new Intl.NumberFormat(tag(language), { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

function formatMoney(value: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(tag(language), { style: 'currency', currency }).format(value);
  } catch {
    return `${new Intl.NumberFormat(tag(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)} ${currency}`;
  }
}

export function importSummary(result: ImportResult, outputFile: string, language: Language): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const n = (value: number) => formatCount(value, language);
  const { figures } = result;
  const reportSheet = translate(language, 'sheet.importReport');
  const lines = [
    t('import.summary.written', { file: outputFile, sheets: result.workbook.sheets.map((s) => s.name).join(', ') }),
    t('import.summary.deals', { deals: n(importCounts(result).deals), won: n(figures.wonDeals), lost: n(figures.lostDeals), open: n(figures.openDeals) }),
  ];
  if (figures.unknownStageDeals > 0) lines.push(t('import.summary.unknownStage', { count: n(figures.unknownStageDeals) }));
  const { won, lost, deleted } = result.setup.statusRows;
  if (won + lost + deleted > 0) lines.push(t('import.summary.status', { won: n(won), lost: n(lost), deleted: n(deleted) }));
  lines.push(figures.winRate === null ? t('import.summary.noWinRate') : t('import.summary.winRate', { value: formatRate(figures.winRate, language) }));
  lines.push(t('import.summary.weightedPipeline', { value: formatMoney(figures.weightedPipeline ?? 0, result.currency, language) }));
  lines.push(t('import.summary.history', { count: n(result.refresh.historyRows) }));
  const { problems } = importCounts(result);
  lines.push(problems === 0 ? t('import.summary.noProblems') : t('import.summary.problems', { count: n(problems), sheet: reportSheet }));
  return lines.join('\n');
}

/**
 * The deals an import made and the problems its Import report lists, as the command line's
 * summary and the preview's import toast both give them: the Status column's count is a
 * notice in the report, not a problem.
 */
export function importCounts(result: ImportResult): { deals: number; problems: number } {
  return { deals: result.refresh.deals, problems: result.problems.filter((problem) => problem.kind !== 'status-closed').length };
}

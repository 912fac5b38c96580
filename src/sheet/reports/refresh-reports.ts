import { computeAllMetrics } from '../../core/metrics/all-metrics';
import { buildConversionReport } from '../../core/reports/conversion-report';
import { buildForecastReport } from '../../core/reports/forecast-report';
import { lostBreakdown } from '../../core/reports/lost-breakdown';
import { reportNumberFormats } from '../../core/reports/number-formats';
import type { ReportContext } from '../../core/reports/report-context';
import { zoneMonths } from '../../core/reports/zone-months';
import { withDocumentLock } from '../document-lock';
import { userLanguage } from '../user-language';
import { readPipelineSnapshot } from './pipeline-snapshot';
import { replaceReportTabs, type WrittenTab } from './report-tabs';

/** What `refreshReports` tells its caller (menu or sidebar): JSON-safe, dates as ISO strings. */
export interface RefreshSummary {
  tabs: WrittenTab[];
  /** The pipeline sheet the figures come from. */
  sheet: string;
  /** Deals counted (non-blank rows under the header, but for those whose Status is deleted). */
  deals: number;
  /** Rows left out because their Status is deleted. */
  deletedDeals: number;
  historyRows: number;
  /** Cells that could not be read (left out of the figures; Validate all rows marks them). */
  unreadableCells: number;
  language: string;
  refreshedAt: string;
}

/**
 * Menu and sidebar: rebuilds the Conversion and Forecast tabs from the pipeline sheet and
 * the Stage History. Three batched reads (pipeline, settings, history), every figure from
 * `computeAllMetrics`, then each tab built aside and swapped in (see `replaceReportTabs`),
 * under the document lock so that two refreshes never interleave. The number of service
 * calls does not depend on the number of deals.
 */
export function refreshReports(): RefreshSummary {
  const language = userLanguage();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const snapshot = readPipelineSnapshot(spreadsheet, language);
    const { timeZone, definition } = snapshot;
    const { deals } = snapshot.parsed;
    const asOf = new Date();
    // Months through Utilities.formatDate, a few calls per month boundary rather than one per date.
    const months = zoneMonths((date) => Utilities.formatDate(date, timeZone, 'yyyy-MM'));
    const metrics = computeAllMetrics(deals, snapshot.history, definition, { asOf, monthOf: months.monthOf });
    const context: ReportContext = {
      language,
      definition,
      asOf,
      asOfDay: Utilities.formatDate(asOf, timeZone, 'yyyy-MM-dd'),
      sheetName: snapshot.sheetName,
      dealCount: deals.length,
      deletedCount: snapshot.parsed.deleted.length,
      historyCount: snapshot.historyRows,
      monthStart: months.monthStart,
    };
    const tabs = replaceReportTabs(
      spreadsheet,
      snapshot.tabs,
      [
        { nameKey: 'sheet.conversion', grid: buildConversionReport(metrics, lostBreakdown(deals, snapshot.history, definition), context) },
        { nameKey: 'sheet.forecast', grid: buildForecastReport(metrics, context) },
      ],
      reportNumberFormats(definition.currency, snapshot.locale),
      language,
    );
    return {
      tabs,
      sheet: snapshot.sheetName,
      deals: deals.length,
      deletedDeals: snapshot.parsed.deleted.length,
      historyRows: snapshot.historyRows,
      unreadableCells: snapshot.parsed.problems.length,
      language,
      refreshedAt: asOf.toISOString(),
    };
  });
}

import type { HistoryEntry } from '../../core/history/history-entry';
import { parseHistoryRows } from '../../core/history/history-rows';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { parseDeals, type ParsedDeals } from '../../core/parse/parse-deals';
import { parseSettings } from '../../core/settings/parse-settings';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import type { PipelineDefinition } from '../../core/stages/stage';
import { registeredPipeline } from '../pipeline-registry';
import { readUsedValues, type UsedValues } from '../pipeline-sheet';
import { WorkbookSheets } from './workbook-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { UsedValues } from '../pipeline-sheet';
export { readUsedValues } from '../pipeline-sheet';

/** Everything Refresh reports and Validate all rows read, each sheet in one batched read. */
export interface PipelineSnapshot {
  spreadsheet: Spreadsheet;
  /** The tabs, as listed once at the start. */
  tabs: WorkbookSheets;
  sheet: Sheet;
  sheetName: string;
  locale: string;
  timeZone: string;
  definition: PipelineDefinition;
  /** The pipeline sheet's used area: `values[0]` is sheet row 1. */
  used: UsedValues;
  /** Deals parsed from `used.values`; a deal's sheet row is `parsed.headerRow + 2 + deal.index`. */
  parsed: ParsedDeals;
  history: HistoryEntry[];
  historyRows: number;
}

/**
 * Reads the pipeline sheet, its Pipeline Settings block and the Stage History with one
 * `getDataRange().getValues()` each, and parses them in the spreadsheet's locale and time
 * zone. Throws, in `language`, when there is no pipeline sheet, no Stage column, or a
 * mistake in Pipeline Settings (the user's rules must not be silently replaced).
 */
export function readPipelineSnapshot(spreadsheet: Spreadsheet, language: Language): PipelineSnapshot {
  const tabs = WorkbookSheets.read(spreadsheet);
  const pipeline = tabs.pipeline();
  if (!pipeline) throw new Error(translate(language, 'sidebar.noPipeline'));
  const { sheet, name: sheetName } = pipeline;
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const block = pipeline.id === null ? undefined : registeredPipeline(pipeline.id)?.block;
  const definition = readDefinition(tabs.owned('sheet.settings', language), block, language);
  const used = readUsedValues(sheet);
  const parsed = parseDeals(used.values, { definition, locale, timeZone, language });
  if (parsed.headerRow < 0) throw new Error(translate(language, 'sidebar.noStageColumn', { sheet: sheetName }));
  const historySheet = tabs.owned('sheet.history', language);
  const historyValues = historySheet ? readUsedValues(historySheet).values : [];
  // The header row has no timestamp, so the parser skips it.
  const history = parseHistoryRows(historyValues, definition);
  return { spreadsheet, tabs, sheet, sheetName, locale, timeZone, definition, used, parsed, history, historyRows: Math.max(0, historyValues.length - 1) };
}

/** The pipeline's block of Pipeline Settings (its first block when the sheet names none), the defaults without that sheet. */
function readDefinition(sheet: Sheet | null, block: string | undefined, language: Language): PipelineDefinition {
  if (!sheet) return defaultPipeline();
  const { definitions, errors } = parseSettings(readUsedValues(sheet).values, language);
  if (errors.length > 0) {
    throw new Error(translate(language, 'fn.error.settings', { cell: `${sheet.getName()}!${errors[0].cell}`, message: errors[0].message }));
  }
  return (block !== undefined ? definitions[block] : undefined) ?? Object.values(definitions)[0] ?? defaultPipeline();
}

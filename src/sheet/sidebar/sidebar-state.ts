import { isBlankRow } from '../../core/deals/blank-row';
import { columnLetters } from '../../core/columns/a1-notation';
import { findHeaderRow, mapColumns } from '../../core/columns/find-columns';
import { countByStage } from '../../core/deals/count-by-stage';
import type { Deal } from '../../core/deals/deal';
import type { HistoryEntry } from '../../core/history/history-entry';
import { HISTORY_WIDTH, parseHistoryRows } from '../../core/history/history-rows';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import type { ChangeProblem } from '../../core/moves/change-problem';
import { prepareMetrics } from '../../core/metrics/metrics-input';
import { staleDeals } from '../../core/metrics/stale';
import { settingsForPipeline } from '../../core/moves/settings-for-pipeline';
import { cellText } from '../../core/parse/cell-text';
import { needsSpreadsheetLocale } from '../../core/parse/locale-columns';
import { parseDeals } from '../../core/parse/parse-deals';
import { DEFAULT_PIPELINE_NAME } from '../../core/settings/settings-layout';
import { dealDetail, dealSummary, settingsData, stageInfos } from '../../core/sidebar/deal-view';
import type { SidebarState } from '../../core/sidebar/sidebar-api';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import type { PipelineDefinition } from '../../core/stages/stage';
import type { PipelineLayout } from '../pipeline-layout';
import { registeredPipeline, registerPipeline } from '../pipeline-registry';
import { readUsedValues, readWholeColumns } from '../pipeline-sheet';
import { WorkbookSheets } from '../reports/workbook-sheets';
import { noteDealIds } from '../deal-id-counter';
import { settingsValues as readSettingsValues } from '../enforce/stage-context';
import { spreadsheetTimeZone } from '../time-zone';
import { userLanguage } from '../user-language';
import { isoDay } from './command-arguments';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Longest stale and due lists sent to the sidebar. */
const LIST_LIMIT = 100;

/**
 * All a sidebar call reads, once: the user's language, the active row, the tabs, the time
 * zone, Pipeline Settings, the pipeline sheet and the Stage History. Commands judge with it
 * and patch what they write into it, so their answer's state costs no second read.
 */
export interface Workbook {
  language: Language;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  tabs: WorkbookSheets;
  timeZone: string;
  /** Sheet row of the active cell when it is on the pipeline sheet. */
  activeRow: number | null;
  pipelineName: string | null;
  /** `null` without a pipeline sheet or without a Stage column in its header. */
  layout: PipelineLayout | null;
  /** The pipeline sheet from row 1 (`values[0]` = sheet row 1). */
  values: unknown[][];
  definition: PipelineDefinition;
  settingsProblem: ChangeProblem | null;
  historySheet: Sheet | null;
  history: HistoryEntry[];
  /** Pipeline Settings as read (columns A:Z, trailing blank rows dropped); `null` without that sheet. */
  settingsValues: unknown[][] | null;
}

function withoutTrailingBlankRows(values: unknown[][]): unknown[][] {
  let end = values.length;
  while (end > 0 && isBlankRow(values[end - 1])) end--;
  return values.slice(0, end);
}

const trimmed = (row: readonly unknown[] = []): string[] => {
  const headers = row.map(cellText);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return headers;
};

/**
 * Reads the workbook in at most 6 Spreadsheet calls whatever the number of deals (5 with
 * the remembered time zone, `freshZone` false; 7 the first time a pipeline sheet is seen, 8 when its numbers
 * or dates are typed as text): the active range (its spreadsheet comes free), the tabs, the
 * time zone, Pipeline Settings (A:Z), the pipeline sheet (the registered header's columns)
 * and the history (A:G). With `selection` false the user's selection is not read (one call
 * fewer: `activeRow` stays null), for a command that names the deal it answers about.
 */
export function readWorkbook(language: Language = userLanguage(), freshZone = true, selection = true): Workbook {
  const active = selection ? SpreadsheetApp.getActiveRange() : null;
  const spreadsheet = active ? active.getSheet().getParent() : SpreadsheetApp.getActiveSpreadsheet();
  const tabs = WorkbookSheets.read(spreadsheet);
  const timeZone = spreadsheetTimeZone(spreadsheet, freshZone);
  const pipeline = tabs.pipeline();
  const sheet = pipeline?.sheet;
  const known = sheet ? registeredPipeline(sheet.getSheetId()) : undefined;
  const block = known?.block ?? DEFAULT_PIPELINE_NAME;
  const settingsSheet = tabs.owned('sheet.settings', language);
  const settingsValues = settingsSheet ? withoutTrailingBlankRows(readSettingsValues(settingsSheet)) : null;
  const reading = settingsForPipeline(settingsValues, language, block);
  const historySheet = tabs.owned('sheet.history', language);
  const w: Workbook = {
    language, spreadsheet, tabs, timeZone, activeRow: null, pipelineName: pipeline?.name ?? null, layout: null, values: [],
    definition: reading.definition ?? defaultPipeline(),
    settingsProblem: reading.error && { code: 'settings', message: translate(language, 'enforce.settingsBroken', { cell: `${settingsSheet?.getName()}!${reading.error.cell}`, message: reading.error.message }) },
    historySheet, history: [], settingsValues,
  };
  if (!sheet) return w;
  const id = sheet.getSheetId();
  if (active && active.getSheet().getSheetId() === id) w.activeRow = active.getRow();
  let values = known ? readWholeColumns(sheet, `A:${columnLetters(Math.max(1, known.headers.length))}`) : [];
  let headerRow = known?.headerRow ?? 0;
  if (!known || trimmed(values[headerRow - 1]).join('\u0000') !== known.headers.join('\u0000')) {
    values = readUsedValues(sheet).values;
    headerRow = findHeaderRow(values) + 1;
  }
  w.values = values;
  const headers = trimmed(values[headerRow - 1]);
  const columns = mapColumns(headers);
  if (headerRow > 0 && columns.Stage !== undefined) {
    w.layout = { sheet, headerRow, headers, columns, block };
    if (known?.ownedSheets) w.layout.ownedSheets = known.ownedSheets;
    if (!known || known.headerRow !== headerRow || known.headers.join('\u0000') !== headers.join('\u0000')) registerPipeline(id, { headerRow, headers, block });
  }
  w.history = historySheet ? parseHistoryRows(readWholeColumns(historySheet, `A:${columnLetters(HISTORY_WIDTH)}`), w.definition) : [];
  return w;
}

/** Every Deal ID the workbook read holds: the pipeline's and the history's (deleted deals included). */
export function workbookDealIds(w: Workbook): unknown[] {
  const index = w.layout?.columns['Deal ID'];
  const sheetIds = w.layout && index !== undefined ? w.values.slice(w.layout.headerRow).map((row) => row[index]) : [];
  return [...sheetIds, ...w.history.map((entry) => entry.dealId)];
}

/** The sidebar's state from what was read (and patched): `selectedRow` the deal shown in full. */
export function stateOf(w: Workbook, selectedRow = w.activeRow): SidebarState {
  const { language, definition, timeZone, values, history } = w;
  const now = new Date();
  const dayOf = (date: Date) => Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
  const today = dayOf(now);
  const state: SidebarState = {
    language, pipelineSheet: w.pipelineName, counts: null, stages: stageInfos(definition, language), lostReasons: definition.lostReasons[language],
    currency: definition.currency, selected: null, stale: [], due: [], settings: settingsData(definition), today,
  };
  if (!w.pipelineName) return state;
  const textual = needsSpreadsheetLocale(values.slice(w.layout?.headerRow ?? 0), w.layout?.columns ?? {});
  const parsed = parseDeals(values, { definition, locale: textual ? w.spreadsheet.getSpreadsheetLocale() : 'en_US', timeZone, language });
  if (parsed.headerRow < 0) return state;
  const rowOf = (deal: Deal) => parsed.headerRow + 2 + deal.index;
  const summary = (deal: Deal, days?: number) => dealSummary(deal, rowOf(deal), definition, language, dayOf, now.getTime(), days);
  state.counts = countByStage(values.slice(parsed.headerRow + 1), parsed.columns.Stage as number, definition, language, parsed.columns.Status);
  const deal = selectedRow === null ? undefined : parsed.deals.find((d) => rowOf(d) === selectedRow);
  if (deal) state.selected = dealDetail(summary(deal), deal, history, definition, language, dayOf);
  state.stale = staleDeals(prepareMetrics(parsed.deals, history, definition), now)
    .list(LIST_LIMIT)
    .map((s) => summary(s.deal, s.daysInStage));
  const tomorrow = (isoDay(today, timeZone) as Date).getTime() + 86_400_000;
  const open = new Set(definition.stages.filter((s) => s.kind === 'open').map((s) => s.key));
  state.due = parsed.deals
    .filter((d) => d.nextStepDue !== null && d.nextStepDue.getTime() < tomorrow && open.has(d.stage as string))
    .sort((a, b) => (a.nextStepDue as Date).getTime() - (b.nextStepDue as Date).getTime())
    .slice(0, LIST_LIMIT)
    .map((d) => summary(d));
  return state;
}

/**
 * Everything the sidebar renders, in one call and at most 6 Spreadsheet calls whatever the
 * number of deals (see readWorkbook). The time zone is read afresh (and remembered for the
 * commands that follow), and the Deal IDs read are noted for the Deal ID counter.
 */
export function getSidebarState(): SidebarState {
  const w = readWorkbook();
  noteDealIds(workbookDealIds(w));
  return stateOf(w);
}

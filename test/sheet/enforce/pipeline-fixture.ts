import type { Emulator } from '../../../src/local/emulator';
import type { CellValue } from '../../../src/local/emulator/model';
import type { Runtime } from '../../../src/local/runtime';
import { renderSettings } from '../../../src/core/settings/render-settings';
import { highestDealIdNumber } from '../../../src/core/setup/deal-ids';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import type { PipelineDefinition, PipelineRules } from '../../../src/core/stages/stage';
import { COUNTER } from '../../../src/sheet/deal-id-counter';
import { REGISTRY_PROPERTY, type OwnedSheetNames, type RegisteredPipeline } from '../../../src/sheet/pipeline-registry';
import { loadBuiltAddon } from '../../helpers/built';

/** A converted pipeline sheet: managed columns among the user's own (Owner, Notes). */
export const HEADER = ['Deal ID', 'Deal', 'Owner', 'Stage', 'Amount', 'Expected close', 'Stage entered', 'Lost reason', 'Lost at stage', 'Notes'];
/** 1-based columns of HEADER. */
export const COL = { id: 1, deal: 2, owner: 3, stage: 4, amount: 5, close: 6, entered: 7, lostReason: 8, lostAt: 9, notes: 10 } as const;
export const HISTORY_HEADER = ['Timestamp', 'Deal ID', 'From', 'To', 'User', 'Via', 'Amount'];

export const CLOSE = new Date('2024-09-30T00:00:00Z');
export const SETUP_TIME = new Date('2024-01-15T09:00:00Z');

/** A deal row of HEADER's shape. */
export function deal(id: string, name: string, stage: string, amount: number | '' = '', close: Date | '' = '', lostReason = ''): CellValue[] {
  return [id, name, 'ann@example.com', stage, amount, close, SETUP_TIME, lostReason, '', ''];
}

export interface FixtureOptions {
  deals: CellValue[][];
  /** Stage History rows; by default one `setup` row per deal with a stage (as setup writes them). */
  history?: CellValue[][];
  /** Writes Pipeline Settings with the default pipeline and these rules. */
  rules?: Partial<PipelineRules>;
  /** The Stage dropdown's "reject input" (true by default). */
  rejectInvalid?: boolean;
  /** Grow the pipeline sheet to this many rows. */
  maxRows?: number;
  userLocale?: string;
  /** Leave the Deal ID counter unset, as in a spreadsheet set up before it existed (setup sets it by default). */
  noDealIdCounter?: boolean;
}

export interface Fixture {
  emulator: Emulator;
  runtime: Runtime;
  pipeline: GoogleAppsScript.Spreadsheet.Sheet;
  history: GoogleAppsScript.Spreadsheet.Sheet;
  /** Stage History rows below its header. */
  historyRows(): CellValue[][];
  /** A cell of the pipeline sheet. */
  cell(row: number, column: number): CellValue;
  note(row: number, column: number): string;
  /** The Stage column from row 2 down, `count` cells. */
  stages(count: number): CellValue[];
}

/** The setup history row of a deal that was in `stage` when the sheet was converted. */
export function setupRow(id: string, stage: string, amount: CellValue = ''): CellValue[] {
  return [SETUP_TIME, id, '', stage, 'setup@example.com', 'setup', amount];
}

/**
 * A workbook as setup leaves it, arranged directly: the Pipeline sheet with its Stage
 * dropdown (labels in English), Stage History with a row per deal, and Pipeline Settings
 * when rules are given. Call counts are reset at the end.
 */
export function pipelineFixture(options: FixtureOptions): Fixture {
  const { emulator, runtime } = loadBuiltAddon({}, { userLocale: options.userLocale ?? 'en' });
  const ss = emulator.spreadsheet;
  const pipeline = ss.getSheetByName('Sheet1')!.setName('Pipeline');
  const rows = options.deals.length + 1;
  const maxRows = Math.max(options.maxRows ?? 0, rows + 50);
  if (maxRows > pipeline.getMaxRows()) pipeline.insertRowsAfter(pipeline.getMaxRows(), maxRows - pipeline.getMaxRows());
  pipeline.getRange(1, 1, rows, HEADER.length).setValues([HEADER, ...options.deals]);

  const definition: PipelineDefinition = defaultPipeline();
  definition.rules = { ...definition.rules, ...options.rules };
  const app = (emulator.globals() as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
  const dropdown = app
    .newDataValidation()
    .requireValueInList(definition.stages.map((s) => s.labels.en), true)
    .setAllowInvalid(options.rejectInvalid === false)
    .build();
  pipeline.getRange(2, COL.stage, pipeline.getMaxRows() - 1, 1).setDataValidation(dropdown);

  const history = ss.insertSheet('Stage History');
  const historyRows = options.history ?? options.deals.filter((d) => d[COL.stage - 1] !== '').map((d) => setupRow(String(d[0]), String(d[COL.stage - 1]), d[COL.amount - 1]));
  if (historyRows.length + 1 > history.getMaxRows()) history.insertRowsAfter(history.getMaxRows(), historyRows.length + 1 - history.getMaxRows());
  history.getRange(1, 1, historyRows.length + 1, HISTORY_HEADER.length).setValues([HISTORY_HEADER, ...historyRows]);

  if (options.rules) {
    const values = renderSettings(definition, 'en', 'Default') as CellValue[][];
    ss.insertSheet('Pipeline Settings').getRange(1, 1, values.length, values[0].length).setValues(values);
  }
  ss.setActiveSheet(pipeline);
  // As after setup: the Deal ID counter holds the highest ID of the sheet and the history.
  if (!options.noDealIdCounter) {
    const highest = highestDealIdNumber([...options.deals.map((d) => d[COL.id - 1]), ...historyRows.map((r) => r[1])]);
    documentProperties(emulator).setProperty(COUNTER, String(highest));
  }
  // As after setup: the sheet is known as a pipeline (retyping a header cell registers it), with the names of the
  // settings and history sheets setup found, so that an edit reaches them by name (see loadStageContext).
  runtime.userEdit('Pipeline', 1, COL.notes, [['Notes']]);
  if (options.rules) rememberOwnedSheets(emulator, pipeline, { settings: 'Pipeline Settings', history: 'Stage History' });
  emulator.calls.reset();

  return {
    emulator,
    runtime,
    pipeline,
    history,
    historyRows: () => (history.getLastRow() < 2 ? [] : history.getRange(2, 1, history.getLastRow() - 1, HISTORY_HEADER.length).getValues()),
    cell: (row, column) => pipeline.getRange(row, column).getValue(),
    note: (row, column) => pipeline.getRange(row, column).getNote(),
    stages: (count) => pipeline.getRange(2, COL.stage, count, 1).getValues().map((r) => r[0]),
  };
}

/** The pipeline registry (document properties), Node side: every registered sheet's entry by sheet id. */
export function pipelineRegistry(emulator: Emulator): Record<string, RegisteredPipeline> {
  const text = documentProperties(emulator).getProperty(REGISTRY_PROPERTY);
  return text === null ? {} : (JSON.parse(text) as Record<string, RegisteredPipeline>);
}

/** Writes the owned sheets' names into a registered sheet's entry, as setup registers them. */
function rememberOwnedSheets(emulator: Emulator, sheet: GoogleAppsScript.Spreadsheet.Sheet, ownedSheets: OwnedSheetNames): void {
  const registry = pipelineRegistry(emulator);
  registry[String(sheet.getSheetId())] = { ...registry[String(sheet.getSheetId())], ownedSheets };
  documentProperties(emulator).setProperty(REGISTRY_PROPERTY, JSON.stringify(registry));
}

/** Spreadsheet-service calls that change the document, by method (an edit that must be ignored has none); document properties apart. */
export function writeCalls(emulator: Emulator): string[] {
  return Object.keys(emulator.calls.byMethod()).filter((m) => !m.startsWith('Properties') && /\.(set|insert|delete|clear|append|toast|protect)/.test(m));
}

/** The document's properties, Node side. */
export function documentProperties(emulator: Emulator): GoogleAppsScript.Properties.Properties {
  return (emulator.globals() as unknown as { PropertiesService: GoogleAppsScript.Properties.PropertiesService }).PropertiesService.getDocumentProperties();
}

/** The Deal ID counter as the add-on left it (`null`: not set). */
export function dealIdCounter(emulator: Emulator): number | null {
  const text = documentProperties(emulator).getProperty(COUNTER);
  return text === null ? null : Number(text);
}

/**
 * Imports a leads file as a new pipeline workbook, exactly as the add-on would set it up in
 * Sheets: the file becomes the Pipeline sheet of a new spreadsheet, the built `dist/Code.js`
 * runs `setupPipeline` (managed columns, Stage dropdown, Pipeline Settings, Stage History
 * with one row per deal, via import) and `refreshReports` (Conversion, Forecast) through the
 * local runtime, then the problems found are listed in an Import report tab.
 *
 * Cost: one pass over the file to split it, one per typed column, then the add-on's own
 * setup and refresh, which make a fixed number of spreadsheet calls whatever the size.
 * Nothing here calls the emulator per row.
 */
import '../../core/i18n/all-strings';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import { parseSettings } from '../../core/settings/parse-settings';
import { SETUP_VIA_PROPERTY } from '../../core/setup/plan-setup';
import type { SetupFailure, SetupSummary } from '../../core/setup/setup-summary';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import type { PipelineDefinition } from '../../core/stages/stage';
import type { RefreshSummary } from '../../sheet/reports/refresh-reports';
import { Emulator } from '../emulator';
import { fileText } from '../i18n/file-strings';
import type { SheetModel, WorkbookModel } from '../emulator/model';
import { Runtime } from '../runtime';
import { cannotImport } from './errors';
import { findImportProblems, sourceFacts, type ImportProblem } from './import-problems';
import { importReportSheet } from './import-report-sheet';
import { readReportFigures, type ReportFigures } from './report-figures';
import { readSourceFile, type SourceTable } from './source-table';
import { currencyCode } from './number-text';

export type ImportPhase = 'read' | 'setup' | 'reports' | 'problems';

export interface PhaseEvent {
  phase: ImportPhase;
  state: 'start' | 'end';
  /** Rows of the file, once read. */
  rows?: number;
  /** Duration, on `end`. */
  ms?: number;
}

export interface ImportOptions {
  /** The user's language: sheet names, added columns, messages; the spreadsheet locale is `en_US` or `fr_FR` to match. */
  language: Language;
  /** Spreadsheet time zone (IANA): text dates are that zone's wall-clock times. */
  timeZone: string;
  /** The built Apps Script project, `dist/Code.js`. */
  code: string;
  /** Who the Stage History says made the changes; unknown (`''`) by default, as Apps Script without the user's e-mail. */
  user?: string;
  /**
   * The language of the errors (`ImportError`), which may not be the workbook's: the command
   * line's (`cliLanguage`) or the preview page's; English by default.
   */
  messageLanguage?: Language;
  onPhase?: (event: PhaseEvent) => void;
}

export interface ImportResult {
  workbook: WorkbookModel;
  setup: SetupSummary;
  refresh: RefreshSummary;
  problems: ImportProblem[];
  figures: ReportFigures;
  /** Spreadsheet service calls the add-on made: a fixed number, whatever the number of rows. */
  serviceCalls: { setup: number; reports: number };
  /** The currency of Pipeline Settings, which the report tabs show amounts in. */
  currency: string;
  /** Milliseconds per phase. */
  timings: Record<ImportPhase, number>;
  source: Pick<SourceTable, 'label' | 'kind' | 'sheetName' | 'delimiter'> & { rows: number };
}

export function spreadsheetLocale(language: Language): string {
  return language === 'fr' ? 'fr_FR' : 'en_US';
}

function isSetupResult(value: unknown): value is SetupSummary | SetupFailure {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function isRefreshSummary(value: unknown): value is RefreshSummary {
  return typeof value === 'object' && value !== null && Array.isArray((value as { tabs?: unknown }).tabs);
}

/** The new spreadsheet: the file's rows as its only sheet, Pipeline, with the importer's request to setup. */
export function importWorkbook(source: SourceTable, language: Language, timeZone: string): WorkbookModel {
  const width = source.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const name = translate(language, 'sheet.pipeline');
  const pipeline: SheetModel = {
    name,
    id: 0,
    hidden: false,
    // Like a new Sheets tab (1000 × 26) or larger: setup puts the Stage dropdown on every row below the header.
    maxRows: Math.max(1000, source.rows.length),
    maxColumns: Math.max(26, width),
    frozenRows: 0,
    frozenColumns: 0,
    values: source.rows,
    formulas: [],
    notes: source.notes,
    formats: source.formats,
    validations: [],
    protections: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: source.columnWidths,
  };
  return {
    id: randomUUID(),
    name: path.basename(source.label, path.extname(source.label)),
    locale: spreadsheetLocale(language),
    timeZone,
    activeSheet: name,
    sheets: [pipeline],
    properties: { document: { [SETUP_VIA_PROPERTY]: 'import' }, script: {}, user: {} },
  };
}

/** The pipeline definition setup wrote to Pipeline Settings (the defaults, in a new workbook). */
function settingsDefinition(model: WorkbookModel, language: Language): PipelineDefinition {
  const settings = model.sheets.find((s) => s.name === translate(language, 'sheet.settings'));
  const parsed = settings ? parseSettings(settings.values, language) : null;
  return (parsed && Object.values(parsed.definitions)[0]) ?? defaultPipeline();
}

class PhaseClock {
  readonly timings: Record<ImportPhase, number> = { read: 0, setup: 0, reports: 0, problems: 0 };
  constructor(private readonly listener?: (event: PhaseEvent) => void) {}

  start(phase: ImportPhase, rows?: number): () => void {
    this.listener?.({ phase, state: 'start', rows });
    const started = process.hrtime.bigint();
    return () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.timings[phase] += ms;
      this.listener?.({ phase, state: 'end', rows, ms });
    };
  }
}

/**
 * The currency the file's amounts are written in, when they name one and only one (`$12,500`
 * → USD, `1 200 €` → EUR): the reports then show it instead of the default. (Several are
 * reported by the source's notices.)
 */
function amountCurrency(source: SourceTable): string | null {
  const codes = new Set(source.amountCurrencies.map(currencyCode));
  return codes.size === 1 ? [...codes][0] : null;
}

/** Writes `code` as the currency of the Pipeline Settings setup made (the cell right of its Currency label). */
function setSettingsCurrency(emulator: Emulator, language: Language, code: string): void {
  const settings = emulator.spreadsheet.getSheetByName(translate(language, 'sheet.settings'));
  if (!settings) return;
  const labels = settings.getRange(1, 1, settings.getLastRow(), 1).getValues();
  const row = labels.findIndex(([label]) => label === translate(language, 'settings.currency'));
  if (row >= 0) settings.getRange(row + 1, 2).setValue(code);
}

/** Sets up and reports an already-read source (the bench times the reading apart). Takes the source's rows: they are emptied once the workbook holds them. */
export function importSource(source: SourceTable, options: ImportOptions, clock = new PhaseClock(options.onPhase)): ImportResult {
  const { language, timeZone } = options;
  const messages = options.messageLanguage ?? 'en';
  const rows = source.rows.length;
  const label = source.label;

  let done = clock.start('setup', rows);
  const currency = amountCurrency(source);
  const facts = sourceFacts(source);
  const emulator = new Emulator(importWorkbook(source, language, timeZone));
  // The emulator holds its own copy of the cells: the file's rows can go (a third of the memory at 100 000 rows).
  source.rows = [];
  const runtime = new Runtime(emulator, options.code, { user: options.user ?? '', userLocale: language });
  const setup = runtime.run('setupPipeline').value;
  if (!isSetupResult(setup)) throw cannotImport(label, fileText(messages, 'reason.setupReturnedNothing'), messages);
  // The add-on words its refusal in the workbook's language (`language`), the user's locale in Sheets.
  if (!setup.ok) throw cannotImport(label, fileText(messages, 'reason.setupRefused', { reason: setup.message.split('\n')[0] }), messages);
  if (currency) setSettingsCurrency(emulator, language, currency);
  done();
  const setupCalls = emulator.calls.count();

  done = clock.start('reports', rows);
  const refresh = runtime.run('refreshReports').value;
  if (!isRefreshSummary(refresh)) throw cannotImport(label, fileText(messages, 'reason.reportsFailed'), messages);
  done();
  const serviceCalls = { setup: setupCalls, reports: emulator.calls.count() - setupCalls };

  done = clock.start('problems', rows);
  const workbook = emulator.toModel();
  const pipeline = workbook.sheets.find((s) => s.name === setup.sheet) ?? workbook.sheets[0];
  const locale = spreadsheetLocale(language);
  const definition = settingsDefinition(workbook, language);
  const problems = findImportProblems({
    source: facts,
    values: pipeline.values,
    headerRow: setup.headerRow,
    definition,
    locale,
    timeZone,
    language,
  });
  const nextId = workbook.sheets.reduce((max, s) => Math.max(max, s.id), 0) + 1;
  workbook.sheets.push(importReportSheet(problems, language, nextId, path.basename(label)));
  workbook.activeSheet = pipeline.name;
  const figures = readReportFigures(workbook, language);
  done();

  return {
    workbook,
    setup,
    refresh,
    problems,
    figures,
    serviceCalls,
    currency: definition.currency,
    timings: clock.timings,
    source: { label, kind: source.kind, sheetName: source.sheetName, delimiter: source.delimiter, rows },
  };
}

/** Reads `file` (.csv, .tsv, .txt, .xlsx) and imports it; throws an `ImportError` (one line, naming the file) when it cannot. */
export async function importLeadsFile(file: string, options: ImportOptions): Promise<ImportResult> {
  const clock = new PhaseClock(options.onPhase);
  const done = clock.start('read');
  const source = await readSourceFile(file, { locale: spreadsheetLocale(options.language), timeZone: options.timeZone, messageLanguage: options.messageLanguage });
  done();
  return importSource(source, options, clock);
}

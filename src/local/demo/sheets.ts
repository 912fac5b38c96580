/** Lays the demo deals and history out as the Pipeline and Stage History tabs. */
import type { CellFormatModel, CellValue, GridRange, SheetModel, ValidationModel } from '../emulator/model';
import type { DemoDeal, StageMove } from './demo-pipeline';
import { HISTORY_COLUMNS, PIPELINE_COLUMNS, PipelineColumn, STAGES, WORDS, DemoLocale } from './labels';

/** A new Sheets tab's height, with room for the demo rows. */
const MAX_ROWS = 1000;
const HEADER_FORMAT: CellFormatModel = { fontWeight: 'bold', background: '#d9e2f3', wrap: true };
const DATE = 'yyyy-mm-dd';
const DATE_TIME = 'yyyy-mm-dd hh:mm';

const column = (name: PipelineColumn) => PIPELINE_COLUMNS.indexOf(name) + 1;
const body = (first: number, count = 1): GridRange => ({ row: 2, column: first, numRows: MAX_ROWS - 1, numColumns: count });

function emptySheet(name: string, id: number, header: string[], rows: CellValue[][]): SheetModel {
  return {
    name, id, hidden: false, maxRows: MAX_ROWS, maxColumns: Math.max(26, header.length), frozenRows: 1, frozenColumns: 0,
    values: [header, ...rows], formulas: [], notes: [], validations: [], protections: [], conditionalFormats: [], charts: [],
    formats: [{ range: { row: 1, column: 1, numRows: 1, numColumns: header.length }, format: HEADER_FORMAT }],
    columnWidths: [],
  };
}

function pipelineRow(deal: DemoDeal, locale: DemoLocale): CellValue[] {
  const words = WORDS[locale];
  const cells: Record<PipelineColumn, CellValue> = {
    dealId: deal.id,
    deal: `${deal.company} — ${words.products[deal.product]}`,
    company: deal.company,
    contact: deal.contact,
    email: deal.email,
    owner: deal.owner,
    stage: words.stages[deal.stage],
    amount: deal.amount,
    probability: deal.probability,
    expectedClose: deal.expectedClose,
    created: deal.created,
    stageEntered: deal.stageEntered,
    lastActivity: deal.lastActivity,
    nextStep: deal.nextStep === '' ? '' : words.nextSteps[deal.stage][deal.nextStep] ?? '',
    nextStepDue: deal.nextStepDue,
    lostReason: deal.lostReason === '' ? '' : words.lostReasons[deal.lostReason],
    lostAtStage: deal.lostAtStage === '' ? '' : words.stages[deal.lostAtStage],
    forecastCategory: words.forecast[deal.forecastCategory],
    leadSource: words.leadSources[deal.leadSource],
    need: deal.bant[0],
    budget: deal.bant[1],
    authority: deal.bant[2],
    timing: deal.bant[3],
    score: deal.score,
    notes: words.notes[deal.note],
  };
  return PIPELINE_COLUMNS.map((name) => cells[name]);
}

export function pipelineSheet(deals: DemoDeal[], locale: DemoLocale): SheetModel {
  const words = WORDS[locale];
  const sheet = emptySheet(words.sheets.pipeline, 0, PIPELINE_COLUMNS.map((name) => words.pipelineColumns[name]), deals.map((deal) => pipelineRow(deal, locale)));
  const stageRule: ValidationModel = { criteria: 'VALUE_IN_LIST', args: [STAGES.map((stage) => words.stages[stage]), true], allowInvalid: false, helpText: words.stageHelp };
  const checkbox: ValidationModel = { criteria: 'CHECKBOX', args: [], allowInvalid: false, helpText: '' };
  sheet.validations.push({ range: body(column('stage')), rule: stageRule }, { range: body(column('need'), 4), rule: checkbox });
  const numberFormat = (name: PipelineColumn, format: string) => ({ range: body(column(name)), format: { numberFormat: format } });
  sheet.formats.push(
    numberFormat('amount', '#,##0'),
    numberFormat('probability', '0%'),
    numberFormat('expectedClose', DATE),
    numberFormat('nextStepDue', DATE),
    ...(['created', 'stageEntered', 'lastActivity'] as const).map((name) => numberFormat(name, DATE_TIME)),
  );
  sheet.columnWidths.push({ column: column('deal'), width: 260 }, { column: column('company'), width: 180 }, { column: column('email'), width: 220 });
  return sheet;
}

export function historySheet(rows: { deal: DemoDeal; move: StageMove }[], locale: DemoLocale): SheetModel {
  const words = WORDS[locale];
  const stage = (s: StageMove['from']) => (s === '' ? '' : words.stages[s]);
  const values = rows.map(({ deal, move }) => [
    move.at, deal.id, stage(move.from), stage(move.to), deal.owner, move.via,
    // The amount known at the time: deals get priced once qualified.
    STAGES.indexOf(move.to) >= STAGES.indexOf('qualification') ? deal.amount : '',
  ]);
  const sheet = emptySheet(words.sheets.history, 1, HISTORY_COLUMNS.map((name) => words.historyColumns[name]), values);
  sheet.formats.push(
    { range: body(1), format: { numberFormat: 'yyyy-mm-dd hh:mm:ss' } },
    { range: body(HISTORY_COLUMNS.indexOf('amount') + 1), format: { numberFormat: '#,##0' } },
  );
  sheet.protections.push({ type: 'SHEET', description: words.historyProtection, warningOnly: true, editors: [] });
  return sheet;
}

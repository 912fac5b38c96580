/**
 * SPEC §8 service-call budgets, measured in the emulator: the built add-on (`dist/Code.js`)
 * and a naive per-row implementation (naive-per-row.ts) do the same work on the same
 * workbook, and their Spreadsheet-service calls are counted by `serviceCalls`.
 *
 * The workbook: a Pipeline sheet of `deals` rows written with one `setValues` (Node side,
 * uncounted), a Stage History of one or two rows per deal (no spare rows), then the add-on's own
 * `setupPipeline` (Stage entered column, dropdown, formats, Pipeline Settings). Its state is
 * saved after setup and restored before the naive run, so both start from the same cells.
 */
import { Emulator } from '../emulator';
import type { CallLog } from '../emulator/api';
import type { CellValue, WorkbookModel } from '../emulator/model';
import { Runtime } from '../runtime';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import { DEFAULT_NAIVE_RUN_LIMIT } from './bench-args';
import { naivePerRowScript, type NaiveLayout } from './naive-per-row';
import { serviceCalls, type ServiceCallCount } from './service-calls';
import { elapsedMs } from './timing';

/** SPEC §8. */
export const REFRESH_CALL_BUDGET = 25;
export const EDIT_CALL_BUDGET = 6;
/** Rows of the paste (fewer when the pipeline is smaller). */
export const PASTE_ROWS = 1_000;

export type Work = 'refresh' | 'edit, accepted' | 'edit, refused' | 'paste';
export const WORKS: readonly Work[] = ['refresh', 'edit, accepted', 'edit, refused', 'paste'];

export interface Counted {
  /** Spreadsheet-service reads and writes (the budget figure). */
  counted: number;
  /** Every call the script made, all services, free getters included. */
  total: number;
  byMethod: Record<string, number>;
}

export interface WorkCounts extends Counted {
  /** Refresh: the chart builder's calls (`newChart`, `insertChart`, `EmbeddedChartBuilder.*`), included in `counted`. */
  chartCalls: number;
  /** Paste: rows reverted / rows logged in the history (checked the same for both implementations). */
  refused?: number;
  logged?: number;
}

export interface NaiveCounts extends Counted {
  /** Fitted from the naive runs at these two sizes rather than run. */
  fittedFrom?: [number, number];
}

export interface ServiceCallResult {
  deals: number;
  historyRows: number;
  pasteRows: number;
  ours: Record<Work, WorkCounts>;
  naive: Record<Work, NaiveCounts>;
  /** Seconds: building and setting up the workbook, our run, the naive run. */
  timings: { setup: number; ours: number; naive: number };
}

export interface ServiceCallBenchOptions {
  /** dist/Code.js */
  code: string;
  /** dist/Sidebar.html (setup does not open it; given for parity with the preview). */
  sidebarHtml?: string;
  naiveRunLimit?: number;
}

const PIPELINE_HEADER = ['Deal ID', 'Deal', 'Owner', 'Stage', 'Amount', 'Probability', 'Expected close', 'Created', 'Lost reason', 'Lost at stage', 'Forecast category'];
const HISTORY_HEADER = ['Timestamp', 'Deal ID', 'From', 'To', 'User', 'Via', 'Amount'];
/** Open stages a deal may be in; the paste moves them all to Proposal (forward or back: allowed). */
const OPEN = ['Prospecting', 'Qualification', 'First contact', 'Negotiation'];
const OWNERS = ['ann@example.com', 'bob@example.com', 'chloe@example.com', 'david@example.com', 'emma@example.com'];
const CATEGORIES = ['', 'Pipeline', 'Best case', 'Commit'];
const REASONS = ['Price', 'Competitor', 'No budget', 'Timing'];
const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1, 9);

/** The deal of 0-based index `i` is closed (won or lost) when this holds: one in ten, so a paste over them has 10 % invalid rows. */
const isClosed = (i: number): boolean => i % 10 === 7;

/**
 * `count` deals and their history. Every deal is open (one of OPEN) but one in ten, closed
 * (won or lost, alternately); all have an amount and an expected close; dates cycle over
 * the same 120 days whatever the count. History: `'' → Prospecting` at creation, then
 * `Prospecting → stage` for deals that moved on.
 */
export function serviceCallSheets(count: number): { pipeline: CellValue[][]; history: CellValue[][] } {
  const pipeline: CellValue[][] = [PIPELINE_HEADER];
  const history: CellValue[][] = [HISTORY_HEADER];
  for (let i = 0; i < count; i++) {
    const id = `D-${String(i + 1).padStart(6, '0')}`;
    const lost = isClosed(i) && i % 20 === 17;
    const stage = isClosed(i) ? (lost ? 'Closed lost' : 'Closed won') : OPEN[i % OPEN.length];
    const created = new Date(BASE + (i % 60) * DAY);
    const moved = new Date(BASE + ((i % 60) + 10 + (i % 7)) * DAY);
    const amount = 1000 + (i % 50) * 100;
    pipeline.push([
      id, `Deal ${i + 1}`, OWNERS[i % OWNERS.length], stage, amount, i % 3 === 0 ? 0.3 : '', new Date(BASE + (i % 120) * DAY), created,
      lost ? REASONS[i % REASONS.length] : '', lost ? 'Negotiation' : '', CATEGORIES[i % CATEGORIES.length],
    ]);
    history.push([created, id, '', 'Prospecting', 'ann@example.com', 'import', '']);
    if (stage !== 'Prospecting') history.push([moved, id, 'Prospecting', stage, 'ann@example.com', 'import', amount]);
  }
  return { pipeline, history };
}

function writeSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: CellValue[][]): void {
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

interface Workbook {
  emulator: Emulator;
  runtime: Runtime;
  layout: NaiveLayout;
  historyRows: number;
  saved: WorkbookModel;
}

/** The workbook as setup leaves it, its layout, and its saved state. */
function buildWorkbook(deals: number, options: ServiceCallBenchOptions): Workbook {
  const emulator = new Emulator({ htmlFiles: options.sidebarHtml === undefined ? {} : { Sidebar: options.sidebarHtml } });
  const runtime = new Runtime(emulator, options.code);
  const sheets = serviceCallSheets(deals);
  const ss = emulator.spreadsheet;
  const pipeline = ss.getSheetByName('Sheet1')!.setName('Pipeline');
  writeSheet(pipeline, sheets.pipeline);
  // The history sheet has no spare rows, at every size: a bulk append then always makes room (the worst case), so
  // a small workbook costs what a large one does (a 1 000-row default sheet would have room below 1 000 rows).
  const historySheet = ss.insertSheet('Stage History');
  writeSheet(historySheet, sheets.history);
  if (historySheet.getMaxRows() > sheets.history.length) historySheet.deleteRows(sheets.history.length + 1, historySheet.getMaxRows() - sheets.history.length);
  ss.setActiveSheet(pipeline);
  const setup = runtime.run('setupPipeline').value as { ok: boolean; message: string; needsAttention?: boolean };
  if (!setup.ok) throw new Error(`setupPipeline failed on ${deals} deals: ${setup.message}`);
  if (setup.needsAttention) throw new Error(`setupPipeline flagged rows on ${deals} deals: ${setup.message}`);

  const header = pipeline.getRange(1, 1, 1, pipeline.getLastColumn()).getValues()[0].map(String);
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no "${name}" column after setup (header: ${header.join(', ')})`);
    return index + 1;
  };
  const definition = defaultPipeline();
  const layout: NaiveLayout = {
    pipelineSheet: 'Pipeline',
    historySheet: 'Stage History',
    columns: {
      id: column('Deal ID'), owner: column('Owner'), stage: column('Stage'), amount: column('Amount'), probability: column('Probability'),
      close: column('Expected close'), lostReason: column('Lost reason'), lostAt: column('Lost at stage'), entered: column('Stage entered'),
    },
    history: { at: 1, id: 2, from: 3, to: 4 },
    stages: definition.stages.map((stage) => ({ label: stage.labels.en, kind: stage.kind, probability: stage.probability, required: stage.requiredFields })),
    allowReopen: definition.rules.allowReopen,
    allowBackward: definition.rules.allowBackward,
  };
  const historyRows = ss.getSheetByName('Stage History')!.getLastRow() - 1;
  if (historyRows !== sheets.history.length - 1) throw new Error(`setup changed the Stage History (${historyRows} rows, expected ${sheets.history.length - 1})`);
  return { emulator, runtime, layout, historyRows, saved: emulator.toModel() };
}

const isChartCall = (method: string): boolean => method.startsWith('EmbeddedChartBuilder.') || method === 'Sheet.newChart' || method === 'Sheet.insertChart';

function measure(calls: CallLog, work: () => void): WorkCounts {
  calls.reset();
  work();
  const count: ServiceCallCount = serviceCalls(calls);
  const chartCalls = Object.entries(count.countedByMethod).reduce((sum, [method, n]) => sum + (isChartCall(method) ? n : 0), 0);
  return { counted: count.counted, total: count.total, byMethod: calls.byMethod(), chartCalls };
}

/**
 * The same four pieces of work, by one implementation, each checked to have done what it
 * should (the counts of a run that did nothing would be meaningless).
 */
function runWork(book: Workbook, runtime: Runtime, refresh: string, deals: number, pasteRows: number): Record<Work, WorkCounts> {
  const { emulator, layout } = book;
  const ss = emulator.spreadsheet;
  const pipeline = ss.getSheetByName('Pipeline')!;
  const history = ss.getSheetByName('Stage History')!;
  const stageCol = layout.columns.stage;
  const cell = (row: number) => pipeline.getRange(row, stageCol).getValue();
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`${refresh === 'refreshReports' ? 'add-on' : 'naive'} at ${deals} deals: ${what}`);
  };

  // Refresh: the add-on is counted on its second run, when both report tabs exist and are replaced.
  if (refresh === 'refreshReports') runtime.run(refresh);
  let result: { deals?: number } | undefined;
  const counts = {} as Record<Work, WorkCounts>;
  counts.refresh = measure(emulator.calls, () => {
    result = runtime.run(refresh).value as { deals?: number };
  });
  check(result?.deals === deals, `refresh reported ${result?.deals} deals`);

  // Single cell, accepted: deal 1 (Prospecting) to Qualification.
  let logged = history.getLastRow();
  counts['edit, accepted'] = measure(emulator.calls, () => runtime.userEdit('Pipeline', 2, stageCol, [['Qualification']]));
  check(cell(2) === 'Qualification' && history.getLastRow() === logged + 1, 'the accepted edit was not kept and logged once');

  // Single cell, refused: deal 8 (closed) reopened.
  const closed = cell(9);
  logged = history.getLastRow();
  counts['edit, refused'] = measure(emulator.calls, () => runtime.userEdit('Pipeline', 9, stageCol, [['Negotiation']]));
  check(cell(9) === closed && history.getLastRow() === logged, 'the refused edit was not put back');

  // Paste: Proposal over rows 2.., the closed deals among them (one in ten) refused.
  logged = history.getLastRow();
  counts.paste = measure(emulator.calls, () => runtime.userEdit('Pipeline', 2, stageCol, Array.from({ length: pasteRows }, () => ['Proposal'])));
  const after = pipeline.getRange(2, stageCol, pasteRows, 1).getValues().map((row) => row[0]);
  const refused = after.filter((value) => value !== 'Proposal').length;
  const expectedRefused = Array.from({ length: pasteRows }, (_, i) => i).filter(isClosed).length;
  counts.paste.refused = refused;
  counts.paste.logged = history.getLastRow() - logged;
  check(refused === expectedRefused, `${refused} pasted rows refused, expected ${expectedRefused}`);
  // Row 2 is already Qualification → Proposal, a change like the others: every kept row is logged once.
  check(counts.paste.logged === pasteRows - refused, `${counts.paste.logged} history rows for ${pasteRows - refused} kept rows`);
  return counts;
}

/** Our counts and the naive implementation's, run (at most `naiveRunLimit` deals) or absent (fitted later). */
function measureSize(deals: number, options: ServiceCallBenchOptions, runNaive: boolean): { result: Omit<ServiceCallResult, 'naive'>; naive?: Record<Work, NaiveCounts> } {
  let started = process.hrtime.bigint();
  const book = buildWorkbook(deals, options);
  const setup = elapsedMs(started) / 1000;
  const pasteRows = Math.min(PASTE_ROWS, deals);

  started = process.hrtime.bigint();
  const ours = runWork(book, book.runtime, 'refreshReports', deals, pasteRows);
  const oursSeconds = elapsedMs(started) / 1000;

  let naive: Record<Work, NaiveCounts> | undefined;
  let naiveSeconds = 0;
  if (runNaive) {
    started = process.hrtime.bigint();
    book.emulator.replaceWorkbook(book.saved);
    const naiveRuntime = new Runtime(book.emulator, naivePerRowScript(book.layout));
    naive = runWork(book, naiveRuntime, 'naiveRefresh', deals, pasteRows);
    naiveSeconds = elapsedMs(started) / 1000;
  }
  return { result: { deals, historyRows: book.historyRows, pasteRows, ours, timings: { setup, ours: oursSeconds, naive: naiveSeconds } }, naive };
}

/** A call log holding fixed counts, for `serviceCalls` on fitted counts. */
function fixedLog(byMethod: Record<string, number>): CallLog {
  return {
    count: (method?: string) => (method === undefined ? Object.values(byMethod).reduce((a, b) => a + b, 0) : byMethod[method] ?? 0),
    byMethod: () => ({ ...byMethod }),
    reset: () => undefined,
  };
}

/**
 * Each method's count as a straight line through two runs (the naive script's calls are a
 * fixed part plus so many per deal and per history row, and history rows grow with deals),
 * evaluated at `deals`. Rounded to whole calls.
 */
export function fitNaive(a: { deals: number; counts: Counted }, b: { deals: number; counts: Counted }, deals: number): NaiveCounts {
  const methods = new Set([...Object.keys(a.counts.byMethod), ...Object.keys(b.counts.byMethod)]);
  const byMethod: Record<string, number> = {};
  for (const method of methods) {
    const ya = a.counts.byMethod[method] ?? 0;
    const yb = b.counts.byMethod[method] ?? 0;
    const value = Math.round(yb + ((yb - ya) / (b.deals - a.deals)) * (deals - b.deals));
    if (value > 0) byMethod[method] = value;
  }
  const count = serviceCalls(fixedLog(byMethod));
  return { counted: count.counted, total: count.total, byMethod, fittedFrom: [a.deals, b.deals] };
}

/**
 * Every size, in order. Sizes above `naiveRunLimit` get the naive counts fitted from the
 * naive runs at the two largest sizes at or below it (run at 1 000 and 2 000 deals when the
 * sizes asked for do not give two).
 */
export function serviceCallBench(sizes: readonly number[], options: ServiceCallBenchOptions, progress: (line: string) => void = () => undefined): ServiceCallResult[] {
  const limit = options.naiveRunLimit ?? DEFAULT_NAIVE_RUN_LIMIT;
  const naiveRuns = new Map<number, Record<Work, NaiveCounts>>();
  const measured: { result: Omit<ServiceCallResult, 'naive'>; naive?: Record<Work, NaiveCounts> }[] = [];
  for (const deals of sizes) {
    const runNaive = deals <= limit;
    progress(`service calls: ${deals.toLocaleString('en-US')} deals${runNaive ? '' : ' (naive counts fitted, not run)'}…`);
    const m = measureSize(deals, options, runNaive);
    if (m.naive) naiveRuns.set(deals, m.naive);
    measured.push(m);
  }
  if (sizes.some((deals) => deals > limit)) {
    for (const deals of [1_000, 2_000]) {
      if (naiveRuns.size >= 2) break;
      if (naiveRuns.has(deals) || deals > limit) continue;
      progress(`service calls: naive run at ${deals.toLocaleString('en-US')} deals, to fit the larger sizes…`);
      naiveRuns.set(deals, measureSize(deals, options, true).naive!);
    }
    if (naiveRuns.size < 2) throw new Error(`cannot fit the naive counts: fewer than two naive runs at or below ${limit} deals`);
  }
  const [a, b] = [...naiveRuns.keys()].sort((x, y) => x - y).slice(-2);
  return measured.map(({ result, naive }) => ({
    ...result,
    naive:
      naive ??
      (Object.fromEntries(
        WORKS.map((work) => [work, fitNaive({ deals: a, counts: naiveRuns.get(a)![work] }, { deals: b, counts: naiveRuns.get(b)![work] }, result.deals)]),
      ) as Record<Work, NaiveCounts>),
  }));
}

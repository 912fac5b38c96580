/**
 * SPEC §8 service-call budgets, measured in the emulator: the built add-on (`dist/Code.js`)
 * and a naive per-row implementation (naive-per-row.ts) do the same work on the same
 * workbook, and their Spreadsheet-service calls are counted by `serviceCalls`.
 *
 * The workbook: a Pipeline sheet of `deals` rows (a CRM export: its own Deal ID, no Stage
 * entered or Lost at stage) written with one `setValues` (Node side, uncounted), a Stage
 * History of one or two rows per deal (no spare rows), then the add-on's own `setupPipeline`
 * (Stage entered and Lost at stage side by side, Next step, Next step due; dropdown, formats,
 * Pipeline Settings; the lost deals' Lost at stage then filled in, Node side). Its state is
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
export const SIDEBAR_CALL_BUDGET = 8;
/** Rows of the paste (fewer when the pipeline is smaller). */
export const PASTE_ROWS = 1_000;

export type Work = 'refresh' | 'edit, accepted' | 'edit, refused' | 'edit, lost' | 'edit, new deal' | 'paste' | 'sidebar, move' | 'sidebar, add';
export const WORKS: readonly Work[] = ['refresh', 'edit, accepted', 'edit, refused', 'edit, lost', 'edit, new deal', 'paste', 'sidebar, move', 'sidebar, add'];
/** The works SPEC §8 budgets as "a single-cell stage edit". */
export const EDITS: readonly Work[] = ['edit, accepted', 'edit, refused', 'edit, lost', 'edit, new deal'];
export const SIDEBAR_ACTIONS: readonly Work[] = ['sidebar, move', 'sidebar, add'];

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

const PIPELINE_HEADER = ['Deal ID', 'Deal', 'Owner', 'Stage', 'Amount', 'Probability', 'Expected close', 'Created', 'Lost reason', 'Forecast category'];
/** The lost deals' Lost at stage, filled in after setup appends the column. */
const LOST_AT = 'Negotiation';
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
export function serviceCallSheets(count: number): { pipeline: CellValue[][]; history: CellValue[][]; lostRows: number[] } {
  const pipeline: CellValue[][] = [PIPELINE_HEADER];
  const history: CellValue[][] = [HISTORY_HEADER];
  const lostRows: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = `D-${String(i + 1).padStart(6, '0')}`;
    const lost = isClosed(i) && i % 20 === 17;
    const stage = isClosed(i) ? (lost ? 'Closed lost' : 'Closed won') : OPEN[i % OPEN.length];
    const created = new Date(BASE + (i % 60) * DAY);
    const moved = new Date(BASE + ((i % 60) + 10 + (i % 7)) * DAY);
    const amount = 1000 + (i % 50) * 100;
    pipeline.push([
      id, `Deal ${i + 1}`, OWNERS[i % OWNERS.length], stage, amount, i % 3 === 0 ? 0.3 : '', new Date(BASE + (i % 120) * DAY), created,
      lost ? REASONS[i % REASONS.length] : '', CATEGORIES[i % CATEGORIES.length],
    ]);
    if (lost) lostRows.push(i + 2);
    history.push([created, id, '', 'Prospecting', 'ann@example.com', 'import', '']);
    if (stage !== 'Prospecting') history.push([moved, id, 'Prospecting', stage, 'ann@example.com', 'import', amount]);
  }
  return { pipeline, history, lostRows };
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
  // A few blank rows below the deals, as any sheet has, for the new deal typed there.
  pipeline.insertRowsAfter(pipeline.getMaxRows(), 5);
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
      id: column('Deal ID'), deal: column('Deal'), owner: column('Owner'), stage: column('Stage'), amount: column('Amount'), probability: column('Probability'),
      close: column('Expected close'), lostReason: column('Lost reason'), lostAt: column('Lost at stage'), entered: column('Stage entered'),
    },
    history: { at: 1, id: 2, from: 3, to: 4 },
    stages: definition.stages.map((stage) => ({ label: stage.labels.en, kind: stage.kind, probability: stage.probability, required: stage.requiredFields })),
    allowReopen: definition.rules.allowReopen,
    allowBackward: definition.rules.allowBackward,
  };
  for (const row of sheets.lostRows) pipeline.getRange(row, layout.columns.lostAt).setValue(LOST_AT);
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

/** How one implementation is asked to do the work. */
interface Implementation {
  label: string;
  refresh: string;
  /** The sidebar's "move a deal to Negotiation" and "add a deal", with their arguments. */
  move: (dealId: string) => [string, unknown[]];
  add: [string, unknown[]];
  /** What the sidebar runs when it opens, before any action (ours: getSidebarState, which remembers the time zone). */
  openSidebar?: string;
}

const OURS: Implementation = {
  label: 'add-on',
  refresh: 'refreshReports',
  move: (dealId) => ['moveDeal', [dealId, 'negotiation', {}]],
  add: ['addDeal', [{ Deal: 'Bench deal', Owner: 'bench@example.com', Stage: 'Prospecting' }]],
  openSidebar: 'getSidebarState',
};

const NAIVE: Implementation = {
  label: 'naive',
  refresh: 'naiveRefresh',
  move: (dealId) => ['naiveMoveDeal', [dealId, 'Negotiation', {}]],
  add: ['naiveAddDeal', [{ deal: 'Bench deal', owner: 'bench@example.com', stage: 'Prospecting' }]],
};

const dealId = (n: number): string => `D-${String(n).padStart(6, '0')}`;

/**
 * The same pieces of work, by one implementation, each checked to have done what it
 * should (the counts of a run that did nothing would be meaningless).
 */
function runWork(book: Workbook, runtime: Runtime, impl: Implementation, deals: number, pasteRows: number): Record<Work, WorkCounts> {
  const { emulator, layout } = book;
  const ss = emulator.spreadsheet;
  const pipeline = ss.getSheetByName('Pipeline')!;
  const history = ss.getSheetByName('Stage History')!;
  const { stage: stageCol, id: idCol, lostReason, lostAt, deal } = layout.columns;
  const cell = (row: number, column = stageCol) => pipeline.getRange(row, column).getValue();
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`${impl.label} at ${deals} deals: ${what}`);
  };
  const counts = {} as Record<Work, WorkCounts>;
  const logged = (work: Work, run: () => unknown, row: number, expected: string, logs = 1): void => {
    const before = history.getLastRow();
    counts[work] = measure(emulator.calls, () => void run());
    check(cell(row) === expected && history.getLastRow() === before + logs, `${work}: row ${row} holds "${String(cell(row))}", ${history.getLastRow() - before} history rows`);
  };

  // Refresh: the add-on is counted on its second run, when both report tabs exist and are replaced.
  if (impl === OURS) runtime.run(impl.refresh);
  let result: { deals?: number } | undefined;
  counts.refresh = measure(emulator.calls, () => {
    result = runtime.run(impl.refresh).value as { deals?: number };
  });
  check(result?.deals === deals, `refresh reported ${result?.deals} deals`);

  // Single cells, typed: deal 1 (Prospecting) to Qualification; deal 8 (closed) reopened, refused; deal 2 given a
  // Lost reason (Node side, uncounted) then lost; a new deal typed below the last one, which gets the next Deal ID.
  logged('edit, accepted', () => runtime.userEdit('Pipeline', 2, stageCol, [['Qualification']]), 2, 'Qualification');
  const closed = String(cell(9));
  logged('edit, refused', () => runtime.userEdit('Pipeline', 9, stageCol, [['Negotiation']]), 9, closed, 0);
  pipeline.getRange(3, lostReason).setValue('Price');
  logged('edit, lost', () => runtime.userEdit('Pipeline', 3, stageCol, [['Closed lost']]), 3, 'Closed lost');
  check(cell(3, lostAt) === 'Qualification', 'the lost deal has no Lost at stage');
  const fresh = deals + 2;
  runtime.userEdit('Pipeline', fresh, deal, [['Typed deal']]);
  logged('edit, new deal', () => runtime.userEdit('Pipeline', fresh, stageCol, [['Prospecting']]), fresh, 'Prospecting');
  check(cell(fresh, idCol) === dealId(deals + 1), `the new deal got "${String(cell(fresh, idCol))}"`);

  // Paste: Proposal over rows 2.., the closed deals among them (one in ten, and deal 2 now lost) refused.
  const before = history.getLastRow();
  counts.paste = measure(emulator.calls, () => runtime.userEdit('Pipeline', 2, stageCol, Array.from({ length: pasteRows }, () => ['Proposal'])));
  const after = pipeline.getRange(2, stageCol, pasteRows, 1).getValues().map((row) => row[0]);
  const refused = after.filter((value) => value !== 'Proposal').length;
  const expectedRefused = Array.from({ length: pasteRows }, (_, i) => i).filter(isClosed).length + 1;
  counts.paste.refused = refused;
  counts.paste.logged = history.getLastRow() - before;
  check(refused === expectedRefused, `${refused} pasted rows refused, expected ${expectedRefused}`);
  // Row 2 is already Qualification → Proposal, a change like the others: every kept row is logged once.
  check(counts.paste.logged === pasteRows - refused, `${counts.paste.logged} history rows for ${pasteRows - refused} kept rows`);

  // Sidebar, once open: deal 5 (Proposal since the paste) moved to Negotiation; a deal added below the last.
  if (impl.openSidebar) runtime.run(impl.openSidebar);
  const [move, moveArgs] = impl.move(dealId(5));
  logged('sidebar, move', () => check((runtime.run(move, moveArgs).value as { ok?: boolean }).ok === true, 'move refused'), 6, 'Negotiation');
  const [add, addArgs] = impl.add;
  logged('sidebar, add', () => check((runtime.run(add, addArgs).value as { dealId?: string }).dealId === dealId(deals + 2), 'add: wrong Deal ID'), fresh + 1, 'Prospecting');
  return counts;
}

/** Our counts and the naive implementation's, run (at most `naiveRunLimit` deals) or absent (fitted later). */
function measureSize(deals: number, options: ServiceCallBenchOptions, runNaive: boolean): { result: Omit<ServiceCallResult, 'naive'>; naive?: Record<Work, NaiveCounts> } {
  let started = process.hrtime.bigint();
  const book = buildWorkbook(deals, options);
  const setup = elapsedMs(started) / 1000;
  const pasteRows = Math.min(PASTE_ROWS, deals);

  started = process.hrtime.bigint();
  const ours = runWork(book, book.runtime, OURS, deals, pasteRows);
  const oursSeconds = elapsedMs(started) / 1000;

  let naive: Record<Work, NaiveCounts> | undefined;
  let naiveSeconds = 0;
  if (runNaive) {
    started = process.hrtime.bigint();
    book.emulator.replaceWorkbook(book.saved);
    const naiveRuntime = new Runtime(book.emulator, naivePerRowScript(book.layout));
    naive = runWork(book, naiveRuntime, NAIVE, deals, pasteRows);
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

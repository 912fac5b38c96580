import { EDIT_CALL_BUDGET, EDITS, fitNaive, REFRESH_CALL_BUDGET, SIDEBAR_ACTIONS, SIDEBAR_CALL_BUDGET, WORKS, type ServiceCallResult, type Work } from './service-call-bench';
import { formatTable } from './table';

const count = (value: number): string => value.toLocaleString('en-US');
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');
const ratio = (value: number): string => `${value < 10 ? value.toFixed(1) : count(Math.round(value))}×`;
const SHORT: Record<Work, string> = {
  refresh: 'refresh', 'edit, accepted': 'accepted edit', 'edit, refused': 'refused edit', 'edit, lost': 'lost edit', 'edit, new deal': 'new-deal edit',
  paste: 'paste', 'sidebar, move': 'sidebar move', 'sidebar, add': 'sidebar add',
};

const LABELS: Record<Work, string> = {
  refresh: 'refreshReports (both tabs)',
  'edit, accepted': 'single stage edit, accepted',
  'edit, refused': 'single stage edit, refused',
  'edit, lost': 'single stage edit, lost',
  'edit, new deal': 'single stage edit, new deal (ID)',
  paste: 'paste',
  'sidebar, move': 'sidebar moveDeal (+ its state)',
  'sidebar, add': 'sidebar addDeal (+ its state)',
};

function workLabel(work: Work, result: ServiceCallResult): string {
  if (work === 'paste') return `${count(result.pasteRows)}-row paste, ${count(result.ours.paste.refused ?? 0)} refused`;
  return LABELS[work];
}

/** The budget column and verdict of one row; the refresh is judged with and without the chart builder's calls. */
function budget(work: Work, result: ServiceCallResult): [string, string] {
  const ours = result.ours[work];
  if (work === 'refresh') {
    const withoutCharts = ours.counted - ours.chartCalls;
    return [
      `≤ ${REFRESH_CALL_BUDGET}`,
      `${verdict(withoutCharts <= REFRESH_CALL_BUDGET)} charts apart (${withoutCharts}); ${verdict(ours.counted <= REFRESH_CALL_BUDGET)} with the ${ours.chartCalls} chart calls`,
    ];
  }
  if (work === 'paste') return ['', ''];
  if (EDITS.includes(work)) return [`≤ ${EDIT_CALL_BUDGET}`, verdict(ours.counted <= EDIT_CALL_BUDGET)];
  if (SIDEBAR_ACTIONS.includes(work)) return [`≤ ${SIDEBAR_CALL_BUDGET}`, verdict(ours.counted <= SIDEBAR_CALL_BUDGET)];
  return ['', ''];
}

/** Where the naive counts at the largest run size are also fitted from the two smallest runs: how far the fit is off. */
function fitCheck(results: readonly ServiceCallResult[]): string[] {
  const runs = results.filter((result) => !result.naive.refresh.fittedFrom).sort((a, b) => a.deals - b.deals);
  if (runs.length < 3) return [];
  const [a, b, c] = [runs[0], runs[1], runs[runs.length - 1]];
  const off = WORKS.map((work) => {
    const fitted = fitNaive({ deals: a.deals, counts: a.naive[work] }, { deals: b.deals, counts: b.naive[work] }, c.deals);
    return `${SHORT[work]} ${fitted.counted === c.naive[work].counted ? 'exact' : `${count(fitted.counted)} vs ${count(c.naive[work].counted)} run`}`;
  });
  return [`  check: the naive counts at ${count(c.deals)} fitted from the runs at ${count(a.deals)} and ${count(b.deals)}: ${off.join(', ')}.`];
}

/** The "service calls" section of `npm run bench`. */
export function formatServiceCallReport(results: readonly ServiceCallResult[]): string {
  const rows = results.flatMap((result) =>
    WORKS.map((work, index) => {
      const ours = result.ours[work];
      const naive = result.naive[work];
      const fitted = naive.fittedFrom ? '†' : '';
      const [limit, pass] = budget(work, result);
      return [
        index === 0 ? count(result.deals) : '',
        index === 0 ? count(result.historyRows) : '',
        workLabel(work, result),
        count(ours.counted),
        count(ours.total),
        `${count(naive.counted)}${fitted}`,
        `${count(naive.total)}${fitted}`,
        ratio(naive.counted / ours.counted),
        limit,
        pass,
      ];
    }),
  );
  const table = formatTable(
    [
      { title: 'deals' }, { title: 'history' }, { title: 'work', align: 'left' }, { title: 'ours' }, { title: 'ours, all' },
      { title: 'naive' }, { title: 'naive, all' }, { title: 'naive ÷ ours' }, { title: 'budget', align: 'left' }, { title: 'verdict', align: 'left' },
    ],
    rows,
  );
  const fittedSizes = results.filter((result) => result.naive.refresh.fittedFrom);
  const notes = [
    'ours / naive: Spreadsheet-service reads and writes, as src/local/bench/service-calls.ts counts them for the SPEC §8 budgets',
    '  (apart: free getters such as getRow/getName, getRange, getActiveSpreadsheet and flush, and the getters of rules and',
    '  validations a counted read returned whole); "all": every call, all services (Lock, Properties,',
    '  Session, Utilities...) and the free getters included. naive ÷ ours compares the counted calls.',
    'ours: the built add-on (dist/Code.js) in the emulator, on a Pipeline sheet (a CRM export with its own Deal ID) written with',
    '  one setValues plus a Stage History (1 or 2 rows a deal), then setupPipeline (which appends Stage entered and Lost at stage',
    '  side by side). refreshReports is counted on its second run (both tabs replaced); the edits are typed (onEdit):',
    '  Prospecting → Qualification, a closed deal reopened (refused), a deal lost (Stage entered and Lost at stage: one write),',
    '  a new deal typed below the last (its ID from the counter in document properties; written apart from Stage entered, two',
    '  writes, as the sheet\'s Deal ID column is its first); an edit reads Pipeline Settings and reaches Stage History by the',
    '  names setup registered. The paste puts Proposal on the first rows, one in ten a closed deal (refused, put back); the',
    '  sidebar actions, after the sidebar has loaded, include the state they answer with. Each run is checked.',
    'naive: the same work by a first-attempt script (src/local/bench/naive-per-row.ts) run by a second Runtime over the same',
    '  workbook restored to its state after setup: getRange(r, c).getValue()/setValue() cell by cell, appendRow per kept row;',
    '  refresh reads each deal\'s cells and each history row\'s cells and writes each report cell; a new Deal ID and a sidebar',
    '  action\'s deal are found by reading the Deal ID column cell by cell, and an action\'s answer reads the figures cell by',
    '  cell. Given every advantage that keeps its shape (column numbers hard-coded, no lock, no notes, no settings sheet, the',
    '  paste reads the history\'s two columns once).',
    ...fitCheck(results),
  ];
  if (fittedSizes.length > 0) {
    const [a, b] = fittedSizes[0].naive.refresh.fittedFrom!;
    notes.push(
      `† not run at ${fittedSizes.map((result) => count(result.deals)).join(', ')} deals (too long): each method's count fitted as a straight line`,
      `  through the naive runs at ${count(a)} and ${count(b)} deals (its calls are a fixed part plus so many per deal and per history row).`,
    );
  }
  return ['Service calls (SPEC §8): refresh ≤ 25 calls at any size, single stage edit ≤ 6, sidebar action ≤ 8', '', table, '', ...notes].join('\n');
}

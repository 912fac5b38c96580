import { BUNDLE_BUDGET_BYTES, type BundleSize } from './bundle-sizes';
import type { SizeResult } from './measure-size';
import { formatTable } from './table';

/** SPEC §8 compute budgets. */
export const MAX_RATIO_TO_FLOOR = 3;
export const MIN_SPEED_UP_OVER_TEMPLATE = 20;

const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');
const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`);
const count = (value: number): string => value.toLocaleString('en-US');

/** The bench's printed report: one row per size, then the bundle sizes and the footnotes. */
export function formatBenchReport(results: readonly SizeResult[], sizes: readonly BundleSize[]): string {
  const rows = results.map((result) => {
    const ratio = result.engineMs / result.floorMs;
    const templateMs = result.template.engineMs;
    const speedUp = templateMs / result.engineMs;
    const subset = result.scope === 'all' ? '' : '*';
    const agree =
      result.differences.length === 0
        ? `${result.figuresCompared}/${result.figuresCompared} ok${subset}`
        : `FAIL ${result.differences.length} differ`;
    return [
      count(result.deals),
      count(result.historyRows),
      ms(result.floorMs),
      ms(result.engineMs),
      `${ratio.toFixed(2)}×`,
      verdict(ratio <= MAX_RATIO_TO_FLOOR),
      `${ms(templateMs)}${subset}`,
      count(result.template.formulaCount),
      `${speedUp.toFixed(0)}×`,
      verdict(speedUp >= MIN_SPEED_UP_OVER_TEMPLATE),
      agree,
    ];
  });
  const table = formatTable(
    [
      { title: 'deals' }, { title: 'history' }, { title: 'plain pass' }, { title: 'all metrics' }, { title: 'ratio' },
      { title: `≤ ${MAX_RATIO_TO_FLOOR}×`, align: 'left' }, { title: 'template' }, { title: 'formulas' },
      { title: 'speed-up' }, { title: `≥ ${MIN_SPEED_UP_OVER_TEMPLATE}×`, align: 'left' }, { title: 'same figures', align: 'left' },
    ],
    rows,
  );
  const sizeTable = formatTable(
    [{ title: 'file', align: 'left' }, { title: 'size' }, { title: `< ${BUNDLE_BUDGET_BYTES / 1024} KB`, align: 'left' }],
    sizes.map((size) => [
      size.file,
      size.bytes === null ? 'missing' : `${(size.bytes / 1024).toFixed(1)} KB`,
      size.bytes === null ? 'FAIL (not built)' : verdict(size.bytes < BUNDLE_BUDGET_BYTES),
    ]),
  );
  const notes = [
    'plain pass: one loop reading every deal field the metrics read and every history row once (the floor).',
    `all metrics: computeAllMetrics, every figure of the Conversion and Forecast reports; ratio = all metrics / plain pass. Best of N warm runs`,
    '  of each, the two taking turns (so that a slow spell of the machine falls on both alike),',
    '  every size timed before any template runs (the formula engine\'s garbage would slow the timings after it).',
    'template: the same figures as HyperFormula formulas (COUNTIFS/SUMIFS/SUMPRODUCT/MEDIAN(IF())) over the deals and the',
    '  history laid out as sheets with per-row helper formulas; one run of buildFromSheets (load, parse, evaluate: HyperFormula',
    '  cannot evaluate apart without a slower loading path); formulas = helper and report formulas evaluated.',
    '  speed-up = template / all metrics. same figures: the template\'s figures equal the engine\'s (relative 1e-9).',
  ];
  if (results.some((result) => result.scope !== 'all')) {
    notes.push(
      '* subset: the whole template takes many minutes at this size, so it computes the Deals-sheet totals only (counts per',
      '  stage, win rate, deal size, open and weighted pipeline, forecast categories, stale deals), without the History sheet,',
      '  its helper columns and the forecast months; the engine still computes every figure, so this speed-up is a lower bound.',
    );
  }
  const failures = results.flatMap((result) =>
    result.differences.slice(0, 20).map((d) => `  ${count(result.deals)} deals: ${d.name}: engine ${d.engine}, template ${d.template}`),
  );
  return [
    table,
    '',
    sizeTable,
    '',
    ...notes,
    ...(failures.length > 0 ? ['', 'FAIL figures that differ (the timings above do not compare like with like):', ...failures] : []),
  ].join('\n');
}

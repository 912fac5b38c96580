import { countByStage } from '../../../src/core/deals/count-by-stage';
import { computeAllMetrics } from '../../../src/core/metrics/all-metrics';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { parseBenchArgs } from '../../../src/local/bench/bench-args';
import { formatBenchReport } from '../../../src/local/bench/bench-report';
import { compareFigures } from '../../../src/local/bench/compare-figures';
import { engineFigures, figureName, type Figures } from '../../../src/local/bench/figures';
import { runFormulaTemplate, type TemplateRun } from '../../../src/local/bench/formula-template';
import { measureSize, TEMPLATE_MONTHS, utcMonthOf } from '../../../src/local/bench/measure-size';
import { plainPass } from '../../../src/local/bench/plain-pass';
import { HISTORY_PER_DEAL, syntheticPipeline } from '../../../src/local/bench/synthetic-pipeline';
import { formatTable } from '../../../src/local/bench/table';
import { bestOfEach } from '../../../src/local/bench/timing';

const definition = defaultPipeline();
const DEALS = 500;
const data = syntheticPipeline(DEALS, definition);
const metrics = computeAllMetrics(data.deals, data.history, definition, { asOf: data.asOf, monthOf: utcMonthOf });
const engine: Figures = engineFigures(metrics, countByStage(data.deals.map((d) => [d.stageText]), 0, definition, 'en'), TEMPLATE_MONTHS);

let template: TemplateRun;
beforeAll(() => {
  template = runFormulaTemplate(data.deals, data.history, definition, { asOf: data.asOf, months: TEMPLATE_MONTHS });
});

describe('synthetic pipeline', () => {
  it('is deterministic', () => {
    const again = syntheticPipeline(DEALS, definition);
    expect(again.deals).toEqual(data.deals);
    expect(again.history).toEqual(data.history);
  });

  it('has HISTORY_PER_DEAL rows per deal, every default stage, owners, amounts, lost reasons and forecast categories', () => {
    expect(data.history).toHaveLength(DEALS * HISTORY_PER_DEAL);
    const stages = new Set(data.deals.map((deal) => deal.stage));
    for (const stage of definition.stages) expect(stages).toContain(stage.key);
    expect(new Set(data.deals.map((deal) => deal.owner)).size).toBeGreaterThan(10);
    expect(data.deals.filter((deal) => deal.amount !== null).length).toBeGreaterThan(DEALS * 0.7);
    for (const deal of data.deals.filter((d) => d.stage === 'closed-lost')) expect(definition.lostReasons.en).toContain(deal.lostReason);
    expect(new Set(data.deals.map((deal) => deal.forecastCategory))).toEqual(
      new Set(['pipeline', 'best-case', 'commit', 'closed', 'omitted', null]),
    );
  });

  it('logs each deal in time order, ending in its current stage, never re-logging a stage twice in a row', () => {
    const byDeal = new Map<string, typeof data.history>();
    for (const entry of data.history) byDeal.set(entry.dealId, [...(byDeal.get(entry.dealId) ?? []), entry]);
    for (let i = 1; i < data.history.length; i++) expect(data.history[i].at.getTime()).toBeGreaterThanOrEqual(data.history[i - 1].at.getTime());
    for (const deal of data.deals) {
      const entries = byDeal.get(deal.id) ?? [];
      expect(entries).toHaveLength(HISTORY_PER_DEAL);
      expect(entries[0].from).toBeNull();
      expect(entries[0].at).toEqual(deal.created);
      expect(entries[entries.length - 1].to).toBe(deal.stage);
      expect(entries[entries.length - 1].at).toEqual(deal.stageEntered);
      for (let k = 1; k < entries.length; k++) {
        expect(entries[k].from).toBe(entries[k - 1].to);
        expect(entries[k].to).not.toBe(entries[k].from);
      }
    }
  });

  it('has deals whose history went further than their current stage (sent back)', () => {
    const reachedBeyond = data.deals.filter((deal) => {
      const position = definition.stages.findIndex((stage) => stage.key === deal.stage);
      return (
        definition.stages[position].kind === 'open' &&
        data.history.some((entry) => entry.dealId === deal.id && definition.stages.findIndex((s) => s.key === entry.to) > position)
      );
    });
    expect(reachedBeyond.length).toBeGreaterThan(0);
  });
});

describe('formula template (HyperFormula) against computeAllMetrics, 500 deals', () => {
  it('computes every figure the engine reports, with the same values', () => {
    expect(compareFigures(engine, template.figures)).toEqual([]);
    expect(template.figures.size).toBe(engine.size);
  });

  it.each([
    ['counts per stage', definition.stages.map(figureName.count)],
    ['reached per stage', metrics.reached.map((row) => figureName.reached(row.stage))],
    ['conversion', metrics.conversion.slice(0, -1).map((row) => figureName.nextStep(row.stage))],
    ['history-fitted probability', metrics.fittedProbabilities.map((row) => figureName.fitted(row.stage))],
    ['time in stage', definition.stages.filter((s) => s.kind === 'open').map(figureName.visitMedian)],
    ['win rate, deal size, pipeline, categories', ['win rate', 'won total', 'average deal size', 'median deal size', 'weighted pipeline',
      'open total', 'open deals', 'category commit', 'category best case', 'sales cycle mean', 'sales cycle median', 'stale deals', 'sales velocity']],
    ['forecast by month', metrics.forecast.byMonth.filter((row) => row.key !== '').map((row) => figureName.monthWeighted(row.key))],
  ])('%s: non-trivial and equal', (_, names) => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const expected = engine.get(name);
      expect(typeof expected).toBe('number');
      expect(template.figures.get(name)).toBeCloseTo(expected as number, 6);
    }
    expect(names.some((name) => (engine.get(name) ?? 0) > 0)).toBe(true);
  });

  it('catches a difference (the comparison is not vacuous)', () => {
    const tampered: Figures = new Map(template.figures);
    tampered.set('won total', (template.figures.get('won total') ?? 0) + 1);
    tampered.delete('win rate');
    expect(compareFigures(engine, tampered).map((d) => d.name).sort()).toEqual(['win rate', 'won total']);
  });

  it('computes the deal totals alone, equal to the engine on that subset', () => {
    const subset = runFormulaTemplate(data.deals, data.history, definition, { asOf: data.asOf, months: TEMPLATE_MONTHS, scope: 'deal-totals' });
    expect([...subset.figures.keys()]).toEqual(expect.arrayContaining(['count proposal', 'win rate', 'weighted pipeline', 'stale deals']));
    expect(subset.figures.has('reached proposal')).toBe(false);
    expect(subset.figures.has(figureName.monthOpen('2024-03'))).toBe(false);
    expect(compareFigures(engine, subset.figures, { templateSubset: true })).toEqual([]);
  });
});

describe('bench machinery', () => {
  it('measures a size and reports PASS/FAIL per budget', () => {
    const result = measureSize(300, definition, 'all');
    expect(result.differences).toEqual([]);
    expect(result.floorMs).toBeGreaterThan(0);
    expect(result.engineMs).toBeGreaterThan(0);
    const report = formatBenchReport([result], [{ file: 'dist/Code.js', bytes: 200 * 1024 }, { file: 'dist/Sidebar.html', bytes: 1024 }]);
    expect(report).toMatch(/^deals\s+history\s+plain pass/);
    expect(report).toMatch(/dist\/Code\.js\s+200\.0 KB\s+FAIL/);
    expect(report).toMatch(/dist\/Sidebar\.html\s+1\.0 KB\s+PASS/);
    expect(report).toContain(`${result.figuresCompared}/${result.figuresCompared} ok`);
  });

  it('times compared runs by turns, after the warm-up calls, and gives the best time of each', () => {
    const calls: string[] = [];
    const best = bestOfEach([() => calls.push('floor'), () => calls.push('engine')], 3, 1);
    expect(calls).toEqual(['floor', 'engine', 'floor', 'engine', 'floor', 'engine', 'floor', 'engine']);
    expect(best).toHaveLength(2);
    for (const ms of best) expect(ms).toBeGreaterThanOrEqual(0);
    expect(best.every(Number.isFinite)).toBe(true);
  });

  it('plain pass reads every row (its result changes with any history time)', () => {
    const before = plainPass(data.deals, data.history);
    const copy = data.history.map((entry) => ({ ...entry }));
    copy[copy.length - 1] = { ...copy[copy.length - 1], at: new Date(copy[copy.length - 1].at.getTime() + 1000) };
    expect(plainPass(data.deals, copy)).not.toBe(before);
  });

  it('parses --sizes and rejects bad options', () => {
    expect(parseBenchArgs([]).sizes).toEqual([1000, 10000, 100000]);
    expect(parseBenchArgs(['--sizes', '1000,10000']).sizes).toEqual([1000, 10000]);
    expect(parseBenchArgs(['--sizes=500']).sizes).toEqual([500]);
    expect(() => parseBenchArgs(['--sizes', 'ten'])).toThrow(/not a positive whole number/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/Unknown option/);
    expect([parseBenchArgs(['--help']).help, parseBenchArgs(['-h']).help, parseBenchArgs([]).help]).toEqual([true, true, false]);
  });

  it('measures every section by default, or the one --only names, and 10 sidebar loads unless told', () => {
    expect(parseBenchArgs([]).sections).toEqual(['compute', 'service-calls', 'sidebar', 'import']);
    expect(parseBenchArgs(['--only', 'import', '--import-size', '20000'])).toMatchObject({ sections: ['import'], importSize: 20_000 });
    expect(parseBenchArgs([]).importSize).toBe(100_000);
    expect(parseBenchArgs(['--only', 'sidebar']).sections).toEqual(['sidebar']);
    expect(parseBenchArgs([]).sidebarLoads).toBe(10);
    expect(parseBenchArgs(['--sidebar-loads=3']).sidebarLoads).toBe(3);
    expect(() => parseBenchArgs(['--only', 'speed'])).toThrow(/is not one of compute, service-calls, sidebar/);
  });

  it('aligns table columns', () => {
    expect(formatTable([{ title: 'a', align: 'left' }, { title: 'bb' }], [['xyz', '1']])).toBe('a    bb\n---  --\nxyz   1');
  });
});

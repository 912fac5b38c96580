import { countByStage } from '../../core/deals/count-by-stage';
import { computeAllMetrics } from '../../core/metrics/all-metrics';
import type { PipelineDefinition } from '../../core/stages/stage';
import { compareFigures, type FigureDifference } from './compare-figures';
import { engineFigures } from './figures';
import { runFormulaTemplate, type TemplateRun, type TemplateScope } from './formula-template';
import { plainPass } from './plain-pass';
import { forecastMonths } from './report-formulas';
import { HISTORY_PER_DEAL, syntheticPipeline } from './synthetic-pipeline';
import { bestOfEach } from './timing';

/** The synthetic spreadsheet's time zone is UTC, so months are UTC months. */
export function utcMonthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The forecast rows the template lists: every month the synthetic dates can fall in. */
export const TEMPLATE_MONTHS = forecastMonths('2023-01', '2025-12');

export interface SizeResult {
  deals: number;
  historyRows: number;
  floorMs: number;
  engineMs: number;
  runs: number;
  template: TemplateRun;
  scope: TemplateScope;
  /** Figures the template computed, all compared with the engine's. */
  figuresCompared: number;
  differences: FigureDifference[];
}

/** Fewer timed runs for bigger inputs: each one is slower and varies less. */
function runsFor(deals: number): number {
  return deals <= 1_000 ? 40 : deals <= 10_000 ? 15 : 9;
}

/** The timed part of a bench row: the floor and the engine, best of several warm runs each. */
export type SizeTiming = Pick<SizeResult, 'deals' | 'historyRows' | 'floorMs' | 'engineMs' | 'runs'>;

/** The floor and the engine over the synthetic pipeline of `deals` deals (see SizeTiming). */
export function timeSize(deals: number, definition: PipelineDefinition): SizeTiming {
  const data = syntheticPipeline(deals, definition);
  const options = { asOf: data.asOf, monthOf: utcMonthOf };
  const runs = runsFor(deals);
  // As many warm-up runs as timed ones: at 1 000 deals a run takes microseconds, too few for the JIT to finish with it.
  const [floorMs, engineMs] = bestOfEach(
    [() => plainPass(data.deals, data.history), () => computeAllMetrics(data.deals, data.history, definition, options)],
    runs,
    runs,
  );
  return { deals, historyRows: deals * HISTORY_PER_DEAL, floorMs, engineMs, runs };
}

/**
 * One row of the bench: the floor, the engine (best of several warm runs) and the formula
 * template (one run: it takes seconds to minutes) over the same synthetic pipeline, and
 * whether the template's figures equal the engine's. `timing`: the floor and engine times
 * when already measured (the bench times every size first: see index.ts).
 */
export function measureSize(deals: number, definition: PipelineDefinition, scope: TemplateScope, timing: SizeTiming = timeSize(deals, definition)): SizeResult {
  const data = syntheticPipeline(deals, definition);
  const options = { asOf: data.asOf, monthOf: utcMonthOf };
  const metrics = computeAllMetrics(data.deals, data.history, definition, options);
  const counts = countByStage(data.deals.map((deal) => [deal.stageText]), 0, definition, 'en');
  const template = runFormulaTemplate(data.deals, data.history, definition, { asOf: data.asOf, months: TEMPLATE_MONTHS, scope });
  const differences = compareFigures(engineFigures(metrics, counts, TEMPLATE_MONTHS), template.figures, {
    templateSubset: scope !== 'all',
  });
  return {
    ...timing,
    template,
    scope,
    figuresCompared: template.figures.size,
    differences,
  };
}

/** One small untimed template run, so the first timed one does not pay for compiling HyperFormula's code. */
export function warmUpTemplate(definition: PipelineDefinition): void {
  const data = syntheticPipeline(200, definition, 1);
  runFormulaTemplate(data.deals, data.history, definition, { asOf: data.asOf, months: TEMPLATE_MONTHS });
}

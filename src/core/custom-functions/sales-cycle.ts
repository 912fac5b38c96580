import { dealSize } from '../metrics/deal-size';
import { prepareMetrics, type MetricsInput } from '../metrics/metrics-input';
import { figure, noFigure } from '../metrics/rate';
import { salesCycle } from '../metrics/sales-cycle';
import { salesVelocity } from '../metrics/velocity';
import { weightedPipeline } from '../metrics/weighted-pipeline';
import { winRate } from '../metrics/win-rate';
import { toColumns, type Argument } from './arguments';
import { readDates, readNumbers, readStageKeys } from './column-readers';
import type { FunctionContext } from './context';
import { valueOf } from './figures';
import { dealsFromColumns } from './function-deals';

/** Deals with their created and closing dates (and amounts, when given), as the cycle functions take them. */
function readCycleInput(context: FunctionContext, named: [string, Argument][]): MetricsInput {
  const lists = toColumns(named, context.language);
  const column = (name: string) => lists[named.findIndex(([n]) => n === name)];
  const deals = dealsFromColumns({
    stages: readStageKeys(column('stages'), 'stages', context),
    amounts: named.some(([n]) => n === 'amounts') ? readNumbers(column('amounts'), 'amounts', context) : undefined,
    created: readDates(column('created'), 'created', context),
    expectedClose: readDates(column('closed'), 'closed', context),
  });
  return prepareMetrics(deals, [], context.definition);
}

/** SALES_CYCLE = mean days from Created to close, over won deals with both dates. */
export function salesCycleFunction(context: FunctionContext, created: Argument, closed: Argument, stages: Argument): number {
  const input = readCycleInput(context, [['created', created], ['closed', closed], ['stages', stages]]);
  const cycle = salesCycle(input, 'won');
  return valueOf(cycle.mean === null ? noFigure('no-sales-cycle') : figure(cycle.mean), context.language);
}

/** SALES_VELOCITY = open deals × win rate × average won deal / sales cycle days: value per day. */
export function salesVelocityFunction(context: FunctionContext, stages: Argument, amounts: Argument, created: Argument, closed: Argument): number {
  const input = readCycleInput(context, [['stages', stages], ['amounts', amounts], ['created', created], ['closed', closed]]);
  const velocity = salesVelocity(weightedPipeline(input).openDeals, winRate(input), dealSize(input), salesCycle(input, 'won'));
  return valueOf(velocity, context.language);
}

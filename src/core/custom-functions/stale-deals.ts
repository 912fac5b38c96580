import { prepareMetrics } from '../metrics/metrics-input';
import { staleDeals } from '../metrics/stale';
import { isOmitted, toColumns, type Argument } from './arguments';
import { readDateArgument, readDates, readStageKeys, readTexts } from './column-readers';
import type { FunctionContext } from './context';
import { dealsFromColumns } from './function-deals';

/**
 * STALE_DEALS: Deal IDs of open deals whose days in their stage exceed the stage's stale
 * days (Pipeline Settings), unless their next step is due after `as_of` (default: now);
 * most overdue first. One ID per row; a blank cell when no deal is stale.
 */
export function staleDealsFunction(
  context: FunctionContext,
  ids: Argument,
  stages: Argument,
  stageEntered: Argument,
  nextStepDue?: Argument,
  asOf?: Argument,
): string | string[][] {
  const withDue = !isOmitted(nextStepDue);
  const named: [string, Argument][] = [['ids', ids], ['stages', stages], ['stage_entered', stageEntered]];
  const lists = toColumns(withDue ? [...named, ['next_step_due', nextStepDue]] : named, context.language);
  const deals = dealsFromColumns({
    ids: readTexts(lists[0]),
    stages: readStageKeys(lists[1], 'stages', context),
    stageEntered: readDates(lists[2], 'stage_entered', context),
    nextStepDue: withDue ? readDates(lists[3], 'next_step_due', context) : undefined,
  });
  const when = readDateArgument(asOf, 'as_of', context) ?? context.now;
  const stale = staleDeals(prepareMetrics(deals, [], context.definition), when).list();
  return stale.length === 0 ? '' : stale.map((entry) => [entry.deal.id]);
}

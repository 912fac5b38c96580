import { cellText } from '../parse/cell-text';
import { conversionTable, stageConversion } from '../metrics/conversion';
import { prepareMetrics, type MetricsInput } from '../metrics/metrics-input';
import { StageOrderError } from '../metrics/funnel-order';
import { reachedCounts } from '../metrics/reached';
import { translate } from '../i18n/strings';
import { isBlankValue } from '../parse/reading';
import { isOmitted, toColumns, toList, type Argument } from './arguments';
import { readStageArgument, readStageKeys } from './column-readers';
import type { FunctionContext } from './context';
import { cellOf, valueOf } from './figures';
import { dealsFromColumns } from './function-deals';
import { fail } from './function-error';

/**
 * STAGE_CONVERSION: with `from` and/or `to`, the rate s→t = |reached(t)| / |reached(s)|
 * (`from` alone: to the next stage; `to` alone: from the first stage); with neither, the
 * funnel table (stage, reached, next-step %, cumulative %). `order` lists the funnel's
 * stages when they differ from Pipeline Settings (e.g. {"Prospecting","Engaging","Won"}).
 */
export function stageConversionFunction(
  context: FunctionContext,
  stages: Argument,
  from?: Argument,
  to?: Argument,
  lostAt?: Argument,
  order?: Argument,
): number | (string | number)[][] {
  const { language } = context;
  const withLostAt = !isOmitted(lostAt);
  const [stageList, lostList] = toColumns(withLostAt ? [['stages', stages], ['lost_at', lostAt]] : [['stages', stages]], language);
  const deals = dealsFromColumns({
    stages: readStageKeys(stageList, 'stages', context),
    lostAt: withLostAt ? readStageKeys(lostList, 'lost_at', context, 'open') : undefined,
  });
  const orderTexts = isOmitted(order) ? null : toList(order, 'order', language).filter((value) => !isBlankValue(value));
  const orderKeys = orderTexts?.map((value) => readStageArgument(value, 'order', context));
  const reached = reachedCounts(prepareInOrder(context, () => prepareMetrics(deals, [], context.definition, { order: orderKeys })));
  const label = (rank: number) => (orderTexts ? cellText(orderTexts[rank]) : reached[rank].stage.labels[language]);

  if (isOmitted(from) && isOmitted(to)) {
    const header = ['fn.header.stage', 'fn.header.reached', 'fn.header.nextStep', 'fn.header.cumulative'] as const;
    return [
      header.map((key) => translate(language, key)),
      ...conversionTable(reached).map((row, rank) => [label(rank), row.reached, cellOf(row.nextStep), cellOf(row.cumulative)]),
    ];
  }
  const rankOf = (argument: Argument, name: string) => {
    const key = readStageArgument(argument, name, context);
    const rank = reached.findIndex((row) => row.stage.key === key);
    if (rank < 0) fail(language, orderTexts ? 'fn.error.notInOrder' : 'fn.error.notInFunnel', { value: cellText(argument) });
    return rank;
  };
  const fromRank = isOmitted(from) ? 0 : rankOf(from, 'from');
  const toRank = isOmitted(to) ? fromRank + 1 : rankOf(to, 'to');
  if (toRank >= reached.length) return valueOf(conversionTable(reached)[fromRank].nextStep, language);
  return valueOf(stageConversion(reached, reached[fromRank].stage.key, reached[toRank].stage.key), language);
}

/** A bad stage order (a lost stage, a repeat) is the user's input: say so in the cell. */
function prepareInOrder(context: FunctionContext, prepare: () => MetricsInput): MetricsInput {
  try {
    return prepare();
  } catch (error) {
    if (!(error instanceof StageOrderError)) throw error;
    const stage = context.definition.stages.find((s) => s.key === error.key)?.labels[context.language] ?? error.key;
    const key = ({ unknown: 'fn.error.order.unknown', lost: 'fn.error.order.lost', twice: 'fn.error.order.twice' } as const)[error.problem];
    return fail(context.language, key, { stage });
  }
}

import { prepareMetrics } from '../metrics/metrics-input';
import { winRate } from '../metrics/win-rate';
import { isOmitted, toColumns, type Argument } from './arguments';
import { readDateArgument, readDates, readStageKeys } from './column-readers';
import type { FunctionContext } from './context';
import { valueOf } from './figures';
import { dealsFromColumns } from './function-deals';
import { startOfNextDay } from '../parse/zoned-time';

/**
 * WIN_RATE = won / (won + lost); with close dates and a period, only deals that closed
 * between `start` and `end` (both days included).
 */
export function winRateFunction(context: FunctionContext, stages: Argument, closeDates?: Argument, start?: Argument, end?: Argument): number {
  const withDates = !isOmitted(closeDates);
  const [stageList, dateList] = toColumns(withDates ? [['stages', stages], ['close_dates', closeDates]] : [['stages', stages]], context.language);
  const deals = dealsFromColumns({
    stages: readStageKeys(stageList, 'stages', context),
    expectedClose: withDates ? readDates(dateList, 'close_dates', context) : undefined,
  });
  const startDate = readDateArgument(start, 'start', context);
  const endDate = readDateArgument(end, 'end', context);
  const input = prepareMetrics(deals, [], context.definition);
  // An `end` date includes its whole day in the spreadsheet's time zone, 23 or 25 hours long on a clock change.
  const period = startDate || endDate ? { start: startDate, end: endDate && new Date(startOfNextDay(endDate, context.timeZone).getTime() - 1) } : undefined;
  return valueOf(winRate(input, period), context.language);
}

import { forecast } from '../metrics/forecast';
import { prepareMetrics } from '../metrics/metrics-input';
import { translate } from '../i18n/strings';
import type { Argument } from './arguments';
import { readDates } from './column-readers';
import type { FunctionContext } from './context';
import { dealsFromColumns } from './function-deals';
import { readStageAmountColumns } from './weighted-pipeline';

/**
 * PIPELINE_FORECAST: open deals by expected-close month (the spreadsheet's time zone):
 * month, open amount, weighted amount (Amount × p). Open deals without an expected close
 * come last.
 */
export function pipelineForecastFunction(
  context: FunctionContext,
  stages: Argument,
  amounts: Argument,
  expectedClose: Argument,
  probabilities?: Argument,
): (string | number)[][] {
  const { language } = context;
  const { read, lists } = readStageAmountColumns(
    context,
    [['stages', stages], ['amounts', amounts], ['expected_close', expectedClose]],
    probabilities,
  );
  read.expectedClose = readDates(lists[2], 'expected_close', context);
  const result = forecast(prepareMetrics(dealsFromColumns(read), [], context.definition), context.monthOf);
  const rows = result.byMonth
    .filter((row) => row.openDeals > 0)
    .map((row) => [row.key === '' ? translate(language, 'fn.noExpectedClose') : row.key, row.open, row.weighted]);
  return [[translate(language, 'fn.header.month'), translate(language, 'fn.header.open'), translate(language, 'fn.header.weighted')], ...rows];
}

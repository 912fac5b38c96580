import type { HistoryEntry } from '../history/history-entry';
import { groupHistoryByDeal } from '../metrics/history-by-deal';
import { indexPipeline } from '../metrics/pipeline-index';
import { noFigure, figure } from '../metrics/rate';
import { timeInStage } from '../metrics/time-in-stage';
import { translate } from '../i18n/strings';
import { isOmitted, toColumns, type Argument } from './arguments';
import { readDates, readStageArgument, readStageKeys, readTexts } from './column-readers';
import type { FunctionContext } from './context';
import { valueOf } from './figures';
import { fail } from './function-error';

/**
 * TIME_IN_STAGE from Stage History columns (Deal ID, the stage entered, when): per visit,
 * exit − entry in days. With `stage`, the median of its completed visits; without, a table
 * by stage: completed visits, their median and mean days, the median of each deal's latest
 * visit and of each deal's visits added up (a deal sent back to a stage counts once), and
 * visits still open (open stages only) with their median age as of now.
 */
export function timeInStageFunction(
  context: FunctionContext,
  historyIds: Argument,
  historyStages: Argument,
  historyTimes: Argument,
  stage?: Argument,
): number | (string | number)[][] {
  const { language } = context;
  const lists = toColumns([['history_ids', historyIds], ['history_stages', historyStages], ['history_times', historyTimes]], language);
  const ids = readTexts(lists[0]);
  const stages = readStageKeys(lists[1], 'history_stages', context);
  const times = readDates(lists[2], 'history_times', context);
  const history: HistoryEntry[] = [];
  for (let i = 0; i < ids.length; i++) {
    const to = stages[i];
    const at = times[i];
    if (ids[i] === '' || to === null || at === null) {
      // A blank row is no move; a half-filled one is a move that cannot be placed: said, never skipped.
      const blank = ids[i] === '' ? 'history_ids' : to === null ? 'history_stages' : 'history_times';
      if (ids[i] !== '' || to !== null || at !== null) fail(language, 'fn.error.incompleteHistory', { name: blank, position: i + 1 });
      continue;
    }
    history.push({ at, dealId: ids[i], from: null, to, user: '', via: 'edit', amount: null });
  }
  const pipeline = indexPipeline(context.definition);
  const perStage = timeInStage(groupHistoryByDeal(history, pipeline), pipeline, context.now);
  if (!isOmitted(stage)) {
    const key = readStageArgument(stage, 'stage', context);
    const median = perStage.find((row) => row.stage.key === key)?.visits.median ?? null;
    return valueOf(median === null ? noFigure('no-deals-reached') : figure(median), language);
  }
  const header = [
    'fn.header.stage',
    'fn.header.visits',
    'fn.header.medianDays',
    'fn.header.meanDays',
    'fn.header.latestMedianDays',
    'fn.header.cumulativeMedianDays',
    'fn.header.openVisits',
    'fn.header.openAgeDays',
  ] as const;
  return [
    header.map((key) => translate(language, key)),
    ...perStage.map((row) => [
      row.stage.labels[language],
      row.visits.count,
      row.visits.median ?? '',
      row.visits.mean ?? '',
      row.latest.median ?? '',
      row.cumulative.median ?? '',
      row.open.count,
      row.open.median ?? '',
    ]),
  ];
}

import { leadScore } from '../metrics/lead-score';
import { toColumns, type Argument } from './arguments';
import { readBooleans } from './column-readers';
import type { FunctionContext } from './context';

/**
 * DEAL_SCORE: 0–100 from Need / Budget / Authority / Timing, 25 points each. Single cells
 * give one score; columns give one score per row.
 */
export function dealScoreFunction(context: FunctionContext, need: Argument, budget: Argument, authority: Argument, timing: Argument): number | number[][] {
  const named: [string, Argument][] = [['need', need], ['budget', budget], ['authority', authority], ['timing', timing]];
  const lists = toColumns(named, context.language).map((list, i) => readBooleans(list, named[i][0], context));
  const scores = lists[0].map((_, row) =>
    leadScore({ need: lists[0][row], budget: lists[1][row], authority: lists[2][row], timing: lists[3][row] }).score,
  );
  return Array.isArray(need) ? scores.map((score) => [score]) : scores[0] ?? 0;
}

import { prepareMetrics } from '../metrics/metrics-input';
import { weightedPipeline } from '../metrics/weighted-pipeline';
import { isOmitted, toColumns, type Argument } from './arguments';
import { readNumbers, readProbabilities, readStageKeys } from './column-readers';
import type { FunctionContext } from './context';
import { dealsFromColumns, type DealColumnsRead } from './function-deals';

/** Stages, amounts and optional probabilities read together, as WEIGHTED_PIPELINE and PIPELINE_FORECAST take them. */
export function readStageAmountColumns(
  context: FunctionContext,
  columns: [string, Argument][],
  probabilities?: Argument,
): { read: DealColumnsRead; lists: unknown[][] } {
  const withProbabilities = !isOmitted(probabilities);
  const lists = toColumns(withProbabilities ? [...columns, ['probabilities', probabilities]] : columns, context.language);
  const read: DealColumnsRead = {
    stages: readStageKeys(lists[0], columns[0][0], context),
    amounts: readNumbers(lists[1], columns[1][0], context),
    probabilities: withProbabilities ? readProbabilities(lists[lists.length - 1], 'probabilities', context) : undefined,
  };
  return { read, lists };
}

/** WEIGHTED_PIPELINE = Σ over open deals of Amount × p (the deal's probability, else its stage's). */
export function weightedPipelineFunction(context: FunctionContext, stages: Argument, amounts: Argument, probabilities?: Argument): number {
  const { read } = readStageAmountColumns(context, [['stages', stages], ['amounts', amounts]], probabilities);
  return weightedPipeline(prepareMetrics(dealsFromColumns(read), [], context.definition)).weighted;
}

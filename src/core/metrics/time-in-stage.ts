import type { Stage } from '../stages/stage';
import type { HistoryByDeal } from './history-by-deal';
import type { PipelineIndex } from './pipeline-index';
import { walkGrouped, type WalkedHistory } from './read-history';
import type { SummaryStats } from './stats';

export interface StageTimes {
  stage: Stage;
  /** Every completed visit (entry → the next move out), in days. */
  visits: SummaryStats;
  /** Per deal, its latest completed visit of the stage. */
  latest: SummaryStats;
  /** Per deal, all its completed visits of the stage added up (a deal sent back counts once). */
  cumulative: SummaryStats;
  /** Age as of `asOf` of visits still going on, open stages only (a won deal is not waiting). */
  open: SummaryStats;
}

/**
 * Time in stage from the Stage History, per definition stage. A visit starts at an entry into
 * a stage and ends at the deal's next entry into another stage; consecutive entries into
 * the same stage continue one visit. Entries into unknown stages end the visit before them.
 * (HistoryWalk walks the entries; StageVisits keeps the values.)
 */
export function timeInStage(history: HistoryByDeal, pipeline: PipelineIndex, asOf: Date): StageTimes[] {
  return stageTimesOf(walkGrouped(history, pipeline, { progressAt: null, visits: true }), pipeline, asOf);
}

/**
 * Time in stage from a history walk that collected visits (see walkHistory); open visits
 * are the stays its slots are in, as of `asOf`.
 */
export function stageTimesOf(walked: WalkedHistory, pipeline: PipelineIndex, asOf: Date): StageTimes[] {
  const { walk, slotCount } = walked;
  const visits = walk.visits;
  if (!visits) throw new Error('time in stage needs a history walk that collected visits');
  const asOfMs = asOf.getTime();
  for (let slot = 0; slot < slotCount; slot++) visits.addOpen(walk.stageOf(slot), pipeline.kindAt, walk.stayStart(slot), asOfMs);
  const byStage = visits.summarise(slotCount);
  return pipeline.stages.map((stage, position) => ({ stage, ...byStage[position] }));
}

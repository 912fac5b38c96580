import type { Stage } from '../stages/stage';
import { daysBetween } from './days';
import type { HistoryByDeal } from './history-by-deal';
import { KIND_OPEN, type PipelineIndex } from './pipeline-index';
import { summariseInPlace, type SummaryStats } from './stats';

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
 */
export function timeInStage(history: HistoryByDeal, pipeline: PipelineIndex, asOf: Date): StageTimes[] {
  const asOfMs = asOf.getTime();
  const stageCount = pipeline.stages.length;
  // A deal's first entry starts a visit without ending one, so there are at most
  // rows − deals completed visits, and as many (deal, stage) pairs at most.
  const completed = Math.max(0, history.at.length - history.slotCount);
  const visits = new StageValues(stageCount, completed);
  const latest = new StageValues(stageCount, completed);
  const cumulative = new StageValues(stageCount, completed);
  const open = new StageValues(stageCount, history.slotCount);
  const latestOfDeal = new Float64Array(stageCount);
  const totalOfDeal = new Float64Array(stageCount);
  const visitedByDeal = new Uint8Array(stageCount);
  const touched = new Int32Array(stageCount);

  for (let slot = 0; slot < history.slotCount; slot++) {
    const start = history.slotStart[slot];
    const end = history.slotStart[slot + 1];
    if (end <= start) continue;
    let touchedCount = 0;
    let stage = history.to[start];
    let since = history.at[start];
    for (let k = start + 1; k <= end; k++) {
      const entry = k < end ? k : -1;
      const next = entry < 0 ? -1 : history.to[entry];
      if (entry >= 0 && next === stage) continue;
      if (entry < 0) {
        if (stage >= 0 && pipeline.kindAt[stage] === KIND_OPEN) open.push(stage, daysBetween(since, asOfMs));
        break;
      }
      if (stage >= 0) {
        const days = daysBetween(since, history.at[entry]);
        visits.push(stage, days);
        if (!visitedByDeal[stage]) {
          visitedByDeal[stage] = 1;
          touched[touchedCount++] = stage;
        }
        latestOfDeal[stage] = days;
        totalOfDeal[stage] += days;
      }
      stage = next;
      since = history.at[entry];
    }
    for (let t = 0; t < touchedCount; t++) {
      const visited = touched[t];
      latest.push(visited, latestOfDeal[visited]);
      cumulative.push(visited, totalOfDeal[visited]);
      visitedByDeal[visited] = 0;
      totalOfDeal[visited] = 0;
    }
  }

  const byStage = [visits, latest, cumulative, open].map((values) => values.summarise());
  return pipeline.stages.map((stage, position) => ({
    stage,
    visits: byStage[0][position],
    latest: byStage[1][position],
    cumulative: byStage[2][position],
    open: byStage[3][position],
  }));
}

/**
 * Values per stage position, each stage in a buffer of its own that doubles when full, so
 * the summaries read them in place: no tag column and no regrouping copy (those were three
 * buffers as long as the history on every run).
 */
class StageValues {
  private readonly buffers: Float64Array[] = [];
  private readonly counts: Int32Array;

  /** `expectedTotal`: a guess of all values to come, spread evenly as the starting sizes. */
  constructor(stageCount: number, expectedTotal: number) {
    const initial = Math.ceil(expectedTotal / Math.max(1, stageCount)) + 16;
    for (let t = 0; t < stageCount; t++) this.buffers.push(new Float64Array(initial));
    this.counts = new Int32Array(stageCount);
  }

  push(stage: number, value: number): void {
    let buffer = this.buffers[stage];
    const count = this.counts[stage];
    if (count === buffer.length) {
      const grown = new Float64Array(buffer.length * 2);
      grown.set(buffer);
      this.buffers[stage] = buffer = grown;
    }
    buffer[count] = value;
    this.counts[stage] = count + 1;
  }

  summarise(): SummaryStats[] {
    return this.buffers.map((buffer, stage) => summariseInPlace(buffer, this.counts[stage]));
  }
}

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
  const rows = history.entryOrder.length;
  const visits = new TaggedValues(rows);
  const latest = new TaggedValues(rows);
  const cumulative = new TaggedValues(rows);
  const open = new TaggedValues(history.slotCount);
  const latestOfDeal = new Float64Array(stageCount);
  const totalOfDeal = new Float64Array(stageCount);
  const visitedByDeal = new Uint8Array(stageCount);
  const touched = new Int32Array(stageCount);

  for (let slot = 0; slot < history.slotCount; slot++) {
    const start = history.slotStart[slot];
    const end = history.slotStart[slot + 1];
    if (end <= start) continue;
    let touchedCount = 0;
    let stage = history.to[history.entryOrder[start]];
    let since = history.at[history.entryOrder[start]];
    for (let k = start + 1; k <= end; k++) {
      const entry = k < end ? history.entryOrder[k] : -1;
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

  const byStage = [visits, latest, cumulative, open].map((values) => values.summariseByTag(stageCount));
  return pipeline.stages.map((stage, position) => ({
    stage,
    visits: byStage[0][position],
    latest: byStage[1][position],
    cumulative: byStage[2][position],
    open: byStage[3][position],
  }));
}

/** Values tagged with a stage position, summarised per tag with one counting sort. */
class TaggedValues {
  private readonly tags: Int32Array;
  private readonly values: Float64Array;
  private count = 0;

  constructor(capacity: number) {
    this.tags = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }

  push(tag: number, value: number): void {
    this.tags[this.count] = tag;
    this.values[this.count++] = value;
  }

  summariseByTag(tagCount: number): SummaryStats[] {
    const start = new Int32Array(tagCount + 1);
    for (let i = 0; i < this.count; i++) start[this.tags[i] + 1]++;
    for (let t = 0; t < tagCount; t++) start[t + 1] += start[t];
    const cursor = start.slice(0, tagCount);
    const grouped = new Float64Array(this.count);
    for (let i = 0; i < this.count; i++) grouped[cursor[this.tags[i]]++] = this.values[i];
    const result: SummaryStats[] = [];
    for (let t = 0; t < tagCount; t++) result.push(summariseInPlace(grouped.subarray(start[t], start[t + 1])));
    return result;
  }
}

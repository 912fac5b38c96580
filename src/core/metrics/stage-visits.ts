import { MS_PER_DAY } from './days';
import { KIND_OPEN } from './pipeline-index';
import { summariseInPlace, type SummaryStats } from './stats';

/** Time-in-stage values of one stage, in days. */
export interface StageVisitStats {
  visits: SummaryStats;
  latest: SummaryStats;
  cumulative: SummaryStats;
  open: SummaryStats;
}

/**
 * Stage visits as the history walk completes them (see HistoryWalk), per stage position:
 * every completed visit, with the slot of its deal, and visits still open. Per deal, its
 * latest visit of a stage and all of them added up are worked out at the end, in one pass
 * over the stage's visits; when no deal completed the stage twice they are the visits
 * themselves, in the same order, and their summary is computed once.
 */
export class StageVisits {
  private values: Float64Array[] = [];
  private slots: Int32Array[] = [];
  private readonly counts: Int32Array;
  private readonly open: number[][] = [];

  /**
   * `expectedVisits`: a guess of the completed visits to come, spread over the open stages as
   * starting sizes (deals leave open stages; a closed stage is mostly the last one).
   */
  constructor(kindAt: Uint8Array, expectedVisits: number) {
    const stageCount = kindAt.length;
    let openStages = 0;
    for (let t = 0; t < stageCount; t++) if (kindAt[t] === KIND_OPEN) openStages++;
    const perOpenStage = Math.ceil(expectedVisits / Math.max(1, openStages));
    for (let t = 0; t < stageCount; t++) {
      const size = Math.max(16, kindAt[t] === KIND_OPEN ? perOpenStage : perOpenStage >> 4);
      this.values.push(new Float64Array(size));
      this.slots.push(new Int32Array(size));
      this.open.push([]);
    }
    this.counts = new Int32Array(stageCount);
  }

  /**
   * A completed visit of `stage` by the deal in `slot`, from `starts[start]` to `ends[end]`
   * (ms; passed by position so that no number is boxed).
   */
  add(stage: number, slot: number, starts: Float64Array, start: number, ends: Float64Array, end: number): void {
    const count = this.counts[stage];
    if (count === this.values[stage].length) this.grow(stage);
    this.values[stage][count] = (ends[end] - starts[start]) / MS_PER_DAY;
    this.slots[stage][count] = slot;
    this.counts[stage] = count + 1;
  }

  private grow(stage: number): void {
    const values = new Float64Array(2 * this.values[stage].length);
    values.set(this.values[stage]);
    this.values[stage] = values;
    const slots = new Int32Array(2 * this.slots[stage].length);
    slots.set(this.slots[stage]);
    this.slots[stage] = slots;
  }

  /** A visit of `stage` still going on, begun at `sinceMs`, as of `asOfMs` (only open stages count). */
  addOpen(stage: number, kindAt: Uint8Array, sinceMs: number, asOfMs: number): void {
    if (stage >= 0 && kindAt[stage] === KIND_OPEN) this.open[stage].push((asOfMs - sinceMs) / MS_PER_DAY);
  }

  /** The four summaries per stage position (buffers are reordered: call once); `slotCount`: slots of the walk. */
  summarise(slotCount: number): StageVisitStats[] {
    // Where a deal's value went in `latest`/`cumulative` of the stage at hand; −1: not yet.
    const positionOfSlot = new Int32Array(slotCount).fill(-1);
    // Shared by the stages (a summary reads its values in place and is done with them).
    const most = Math.max(0, ...this.counts);
    const latest = new Float64Array(most);
    const cumulative = new Float64Array(most);
    return this.values.map((values, stage) => {
      const count = this.counts[stage];
      const slots = this.slots[stage];
      let deals = 0;
      // A deal's visits of the stage come in time order: its latest overwrites, its total adds up.
      for (let k = 0; k < count; k++) {
        const slot = slots[k];
        const position = positionOfSlot[slot];
        if (position < 0) {
          positionOfSlot[slot] = deals;
          latest[deals] = values[k];
          cumulative[deals++] = values[k];
        } else {
          latest[position] = values[k];
          cumulative[position] += values[k];
        }
      }
      for (let k = 0; k < count; k++) positionOfSlot[slots[k]] = -1;
      const all = summariseInPlace(values, count);
      const open = summariseInPlace(Float64Array.from(this.open[stage]));
      // Without a deal completing the stage twice, latest and cumulative are the visits, in the same order.
      if (deals === count) return { visits: all, latest: { ...all }, cumulative: { ...all }, open };
      return { visits: all, latest: summariseInPlace(latest, deals), cumulative: summariseInPlace(cumulative, deals), open };
    });
  }
}

import type { Deal } from '../../../src/core/deals/deal';
import type { HistoryEntry } from '../../../src/core/history/history-entry';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal } from './make-deal';

export const HISTORY_PER_DEAL = 5;
const DAY = 86_400_000;

/** A seeded generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticPipeline(dealCount: number): { deals: Deal[]; history: HistoryEntry[] } {
  const definition = defaultPipeline();
  const keys = definition.stages.map((s) => s.key);
  const next = random(42);
  const start = Date.UTC(2023, 0, 1);
  const deals: Deal[] = [];
  const history: HistoryEntry[] = [];
  for (let i = 0; i < dealCount; i++) {
    const id = `D-${String(i + 1).padStart(6, '0')}`;
    const stage = keys[Math.floor(next() * 7)];
    const created = start + Math.floor(next() * 600) * DAY;
    deals.push(
      makeDeal({
        index: i, id, stage, owner: `Rep ${i % 35}`, amount: Math.round(next() * 10_000),
        probability: next() < 0.2 ? next() : null, created: new Date(created),
        expectedClose: new Date(created + Math.floor(next() * 120) * DAY),
        forecastCategory: next() < 0.3 ? 'commit' : null,
      }),
    );
    for (let h = 0; h < HISTORY_PER_DEAL; h++) {
      history.push({ at: new Date(created + h * 7 * DAY), dealId: id, from: h === 0 ? null : keys[h - 1], to: keys[h], user: '', via: 'edit', amount: null });
    }
  }
  // An append-only log interleaves deals: order it by time, as the sheet would be.
  history.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { deals, history };
}

/** The floor: one plain pass summing amounts, counting stages and reading every history row. */
export function plainPass(deals: readonly Deal[], history: readonly HistoryEntry[]): number {
  const stageCounts = new Map<string | null, number>();
  let amount = 0;
  for (const deal of deals) {
    amount += deal.amount ?? 0;
    stageCounts.set(deal.stage, (stageCounts.get(deal.stage) ?? 0) + 1);
  }
  const toCounts = new Map<string, number>();
  let time = 0;
  let idLength = 0;
  for (const entry of history) {
    time += entry.at.getTime();
    idLength += entry.dealId.length;
    toCounts.set(entry.to, (toCounts.get(entry.to) ?? 0) + 1);
  }
  return amount + time + idLength + stageCounts.size + toCounts.size;
}

export function bestOf(runs: number, run: () => unknown): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}


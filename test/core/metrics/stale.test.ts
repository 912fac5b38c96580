import fc from 'fast-check';
import { daysBetween } from '../../../src/core/metrics/days';
import { prepareMetrics } from '../../../src/core/metrics/metrics-input';
import { staleDeals } from '../../../src/core/metrics/stale';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move, utc } from './make-deal';

describe('stale deals', () => {
  it('flags open deals past their stage’s stale days, unless the next step is due after as-of', () => {
    const deals = [
      makeDeal({ id: 'S1', stage: 'prospecting', stageEntered: utc('2024-02-01') }),
      makeDeal({ id: 'S2', stage: 'prospecting', stageEntered: utc('2024-02-20') }),
      makeDeal({ id: 'S3', stage: 'proposal', stageEntered: utc('2024-01-01'), nextStepDue: utc('2024-03-05') }),
      makeDeal({ id: 'S4', stage: 'proposal', nextStepDue: utc('2024-02-01') }),
      makeDeal({ id: 'S5', stage: 'negotiation' }),
      makeDeal({ id: 'S6', stage: 'closed-won', stageEntered: utc('2020-01-01') }),
      makeDeal({ id: 'S7', stage: 'prospecting', stageEntered: utc('2024-02-16') }),
    ];
    const history = [move('S4', null, 'prospecting', '2023-12-01'), move('S4', 'prospecting', 'proposal', '2024-01-15')];
    const result = staleDeals(prepareMetrics(deals, history, defaultPipeline()), utc('2024-03-01'));
    // S4: 46 days in Proposal (limit 21), S1: 29 days in Prospecting (limit 14); S7 is at exactly 14 days.
    expect(result.list().map((row) => [row.deal.id, row.daysInStage, row.staleDays])).toEqual([['S4', 46, 21], ['S1', 29, 14]]);
    expect(result.count).toBe(2);
    // The first n, in the same order; a limit beyond the count gives them all.
    expect(result.list(1).map((row) => row.deal.id)).toEqual(['S4']);
    expect(result.list(0)).toEqual([]);
    expect(result.list(10).map((row) => row.deal.id)).toEqual(['S4', 'S1']);
    expect(result.withoutEntryDate).toBe(1);
    // The order is worked out on the first listing, whatever its limit, and kept for the next ones.
    const again = staleDeals(prepareMetrics(deals, history, defaultPipeline()), utc('2024-03-01'));
    expect(again.list(1).map((row) => row.deal.id)).toEqual(['S4']);
    expect(again.list().map((row) => row.deal.id)).toEqual(['S4', 'S1']);
    expect(again.list(1).map((row) => row.deal.id)).toEqual(['S4']);
  });

  it('finds nothing in an empty pipeline', () => {
    const none = staleDeals(prepareMetrics([], [], defaultPipeline()), utc('2024-03-01'));
    expect([none.count, none.list(), none.withoutEntryDate]).toEqual([0, [], 0]);
  });

  it('orders like a plain sort: most overdue first, then Deal ID as text, then row (property)', () => {
    const definition = defaultPipeline();
    const open = definition.stages.filter((stage) => stage.kind === 'open' && stage.staleDays !== null).map((stage) => stage.key);
    const asOf = utc('2024-06-01');
    // Few distinct entry times and IDs, so that ties on days overdue and on Deal ID are common.
    const dealArbitrary = fc.record({
      id: fc.oneof(
        fc.integer({ min: 1, max: 40 }).map((n) => `D-${String(n).padStart(6, '0')}`),
        fc.integer({ min: 1, max: 40 }).map((n) => `D-${n}`),
        fc.constantFrom('X-1', 'Acme', 'b-2', ''),
      ),
      stage: fc.constantFrom(...open, 'closed-won'),
      enteredHoursAgo: fc.integer({ min: 0, max: 24 * 120 }).map((h) => h - (h % 12)),
      dueInDays: fc.option(fc.integer({ min: -10, max: 10 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(dealArbitrary, { maxLength: 400 }), (rows) => {
        const deals = rows.map((row, index) =>
          makeDeal({
            id: row.id,
            index,
            stage: row.stage,
            stageEntered: new Date(asOf.getTime() - row.enteredHoursAgo * 3_600_000),
            nextStepDue: row.dueInDays === null ? null : new Date(asOf.getTime() + row.dueInDays * 86_400_000),
          }),
        );
        const result = staleDeals(prepareMetrics(deals, [], definition), asOf).list();
        const limit = (key: string | null) => definition.stages.find((stage) => stage.key === key)!.staleDays;
        const expected = deals
          .filter((deal) => {
            const stage = definition.stages.find((s) => s.key === deal.stage)!;
            if (stage.kind !== 'open' || stage.staleDays === null) return false;
            const days = daysBetween(deal.stageEntered!.getTime(), asOf.getTime());
            return days > stage.staleDays && !(deal.nextStepDue !== null && deal.nextStepDue.getTime() > asOf.getTime());
          })
          .map((deal) => ({ deal, over: daysBetween(deal.stageEntered!.getTime(), asOf.getTime()) - (limit(deal.stage) as number) }))
          .sort((a, b) => b.over - a.over || (a.deal.id < b.deal.id ? -1 : a.deal.id > b.deal.id ? 1 : 0) || a.deal.index - b.deal.index);
        expect(result.map((row) => row.deal.index)).toEqual(expected.map((row) => row.deal.index));
        for (const row of result) expect(row.daysInStage).toBe(daysBetween(row.deal.stageEntered!.getTime(), asOf.getTime()));
      }),
      { numRuns: 300 },
    );
  });
});

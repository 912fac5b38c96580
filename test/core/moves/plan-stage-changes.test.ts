import fc from 'fast-check';
import type { RequiredFieldValues } from '../../../src/core/columns/required-fields';
import { planStageChanges, type PlanOptions, type StageChangeAttempt } from '../../../src/core/moves/plan-stage-changes';
import { validateMove } from '../../../src/core/moves/validate-move';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import type { PipelineRules } from '../../../src/core/stages/stage';

const NOW = new Date('2024-05-02T10:30:00Z');
const filled: RequiredFieldValues = {
  id: '', name: 'Acme renewal', company: 'Acme', contact: 'Ada', email: 'ada@acme.test', owner: 'Bob',
  amount: 1200, probability: null, expectedClose: new Date('2024-06-30T00:00:00Z'), created: null,
  lastActivity: null, nextStep: '', nextStepDue: null, lostReason: 'Price', forecastCategory: null, leadSource: '',
  need: false, budget: false, authority: false, timing: false, score: null, notes: '',
};
const bare: RequiredFieldValues = { ...filled, amount: null, expectedClose: null, lostReason: '' };

function attempt(previous: string | null, next: string, extra: Partial<StageChangeAttempt> = {}): StageChangeAttempt {
  return { row: 5, dealId: 'D-000007', previous, next, deal: filled, rowHasContent: true, ...extra };
}

function options(extra: Partial<PlanOptions> = {}, rules: Partial<PipelineRules> = {}): PlanOptions {
  const definition = defaultPipeline();
  definition.rules = { ...definition.rules, ...rules };
  return { definition, language: 'en', via: 'edit', user: 'ann@example.com', now: NOW, highestDealId: () => 0, ...extra };
}

describe('planStageChanges', () => {
  it('accepts a valid move with its history row and the Stage entered time', () => {
    const plan = planStageChanges([attempt('Qualification', 'Proposal')], options());
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted).toEqual([
      {
        outcome: 'accepted', row: 5, dealId: 'D-000007', newDealId: false, from: 'qualification', to: 'proposal',
        entry: { at: NOW, dealId: 'D-000007', from: 'qualification', to: 'proposal', user: 'ann@example.com', via: 'edit', amount: 1200 },
        cells: { stageEntered: NOW },
      },
    ]);
    expect(plan.history).toEqual([plan.accepted[0].entry]);
  });

  it('refuses with every reason validateMove gives, and goes back to the previous value', () => {
    const strict = options({}, { allowSkipForward: false });
    const plan = planStageChanges([attempt('Prospecting', 'Negotiation', { deal: bare })], strict);
    expect(plan.accepted).toEqual([]);
    const [refused] = plan.rejected;
    expect(refused).toMatchObject({ outcome: 'rejected', row: 5, dealId: 'D-000007', text: 'Negotiation', revertTo: 'Prospecting' });
    expect(refused.problems).toEqual(validateMove(bare, 'Prospecting', 'Negotiation', strict.definition, 'en'));
    expect(refused.problems.map((p) => p.code)).toEqual(['skip-not-allowed', 'missing-field', 'missing-field']);
  });

  it('goes back to exactly what the cell held (a typed old value), else to the previous stage label in the sheet language', () => {
    const typed = planStageChanges([attempt('proposal sent', 'Won', { revertTo: 'proposal sent' })], options({}, { allowSkipForward: false }));
    expect(typed.rejected[0].revertTo).toBe('proposal sent');
    const fromHistory = planStageChanges([attempt('closed-won', 'Negotiation')], options({ language: 'en', labelLanguage: 'fr' }));
    expect(fromHistory.rejected[0]).toMatchObject({ revertTo: 'Gagné', problems: [{ code: 'reopen-not-allowed' }] });
    expect(fromHistory.rejected[0].problems[0].message).toBe('Cannot move a closed deal from Closed won to Negotiation: this pipeline does not allow reopening closed deals.');
  });

  it('treats the same stage, however spelt, as no change', () => {
    const same = [attempt('Proposal', 'proposal'), attempt('proposal', 'Proposition'), attempt('Quote sent', 'Proposal'), attempt('Banana', ' banana ')];
    const plan = planStageChanges(same, options());
    expect(plan.changes.map((c) => c.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(plan.history).toEqual([]);
  });

  it('refuses an unknown stage, naming the text', () => {
    const plan = planStageChanges([attempt('Proposal', 'Banana')], options());
    expect(plan.rejected[0]).toMatchObject({ text: 'Banana', revertTo: 'Proposal', problems: [{ code: 'unknown-stage', message: 'Unknown stage "Banana"' }] });
  });

  it('refuses clearing the stage of a row that is still a deal, and ignores a row emptied whole', () => {
    const plan = planStageChanges([attempt('Proposal', ''), attempt('Proposal', '', { rowHasContent: false }), attempt(null, '')], options());
    expect(plan.changes.map((c) => c.outcome)).toEqual(['rejected', 'unchanged', 'unchanged']);
    expect(plan.rejected[0]).toMatchObject({ text: '', revertTo: 'Proposal', problems: [{ code: 'stage-required' }] });
    expect(plan.rejected[0].problems[0].message).toMatch(/^A deal must have a stage/);
    const french = planStageChanges([attempt('Proposal', '')], options({ language: 'fr' }));
    expect(french.rejected[0].problems[0].message).toMatch(/^Une affaire doit avoir une étape/);
  });

  it('treats a deal without a known previous stage as entering, logged from blank', () => {
    const plan = planStageChanges([attempt(null, 'Negotiation')], options({ via: 'paste' }));
    expect(plan.accepted[0].entry).toMatchObject({ from: null, to: 'negotiation', via: 'paste' });
    const missing = planStageChanges([attempt(null, 'Negotiation', { deal: bare })], options());
    expect(missing.rejected[0]).toMatchObject({ revertTo: '', problems: [{ field: 'Amount' }, { field: 'Expected close' }] });
  });

  it('gives new deals IDs after the highest D- ID ever issued, asking for it once', () => {
    let reads = 0;
    const highestDealId = () => {
      reads++;
      return 41;
    };
    const plan = planStageChanges(
      [attempt(null, 'Prospecting', { dealId: '' }), attempt(null, 'Qualification', { dealId: 'X-1' }), attempt(null, 'Banana', { dealId: '' }), attempt(null, 'Lead', { dealId: '  ' })],
      options({ highestDealId }),
    );
    expect(plan.changes.map((c) => [c.outcome, c.dealId])).toEqual([
      ['accepted', 'D-000042'],
      ['accepted', 'X-1'],
      ['rejected', ''],
      ['accepted', 'D-000043'],
    ]);
    expect(plan.accepted.map((c) => [c.newDealId, c.cells.dealId])).toEqual([[true, 'D-000042'], [false, undefined], [true, 'D-000043']]);
    expect(plan.history.map((e) => e.dealId)).toEqual(['D-000042', 'X-1', 'D-000043']);
    expect(reads).toBe(1);
    expect(planStageChanges([attempt(null, 'Lead', { dealId: '' })], options({ highestDealId: () => 0 })).accepted[0].dealId).toBe('D-000001');
  });

  it('maintains Lost at stage: the open stage a deal was lost from, cleared when a lost deal is reopened', () => {
    const reopen = options({ labelLanguage: 'fr' }, { allowReopen: true });
    const plan = planStageChanges(
      [attempt('Negotiation', 'Lost'), attempt('Closed lost', 'Qualification'), attempt('Won', 'Closed lost'), attempt(null, 'Closed lost'), attempt('Lost', 'Perdu')],
      reopen,
    );
    expect(plan.changes.map((c) => (c.outcome === 'accepted' ? c.cells.lostAtStage : c.outcome))).toEqual(['Négociation', '', undefined, undefined, 'unchanged']);
  });

  it('refuses everything with one problem when told to (lock held, settings unreadable), same-stage rows still being no change', () => {
    const busy = { code: 'busy' as const, message: 'Busy.' };
    const plan = planStageChanges([attempt('Qualification', 'Proposal'), attempt('Proposal', 'Proposal'), attempt('Proposal', 'Banana')], options({ refuseAll: busy }));
    expect(plan.changes.map((c) => c.outcome)).toEqual(['rejected', 'unchanged', 'rejected']);
    expect(plan.rejected.map((c) => [c.revertTo, c.problems])).toEqual([
      ['Qualification', [busy]],
      ['Proposal', [busy]],
    ]);
    expect(plan.history).toEqual([]);
  });

  it('accepts exactly the moves validateMove accepts, one history row each', () => {
    const names = defaultPipeline().stages.flatMap((s) => [s.labels.en, s.labels.fr, ...s.aliases.slice(0, 2)]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: fc.option(fc.constantFrom(...names), { nil: null }), to: fc.constantFrom(...names, 'Banana', ''), full: fc.boolean() }), { maxLength: 30 }),
        fc.record({ allowSkipForward: fc.boolean(), allowBackward: fc.boolean(), allowReopen: fc.boolean() }),
        (moves, rules) => {
          const opts = options({}, rules);
          const plan = planStageChanges(
            moves.map((m, i) => attempt(m.from, m.to, { row: i + 2, deal: m.full ? filled : bare })),
            opts,
          );
          expect(plan.changes).toHaveLength(moves.length);
          plan.changes.forEach((change, i) => {
            const { from, to, full } = moves[i];
            if (to === '') return expect(change.outcome).toBe(from === null ? 'unchanged' : 'rejected');
            const problems = validateMove(full ? filled : bare, from, to, opts.definition, 'en');
            if (change.outcome === 'unchanged') expect(problems).toEqual([]);
            else expect(change.outcome).toBe(problems.length === 0 ? 'accepted' : 'rejected');
          });
          expect(plan.history).toHaveLength(plan.accepted.length);
        },
      ),
    );
  });
});

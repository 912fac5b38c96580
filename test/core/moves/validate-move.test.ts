import fc from 'fast-check';
import type { RequiredFieldValues } from '../../../src/core/columns/required-fields';
import { validateMove } from '../../../src/core/moves/validate-move';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import type { PipelineDefinition, PipelineRules } from '../../../src/core/stages/stage';

const filled: RequiredFieldValues = {
  id: 'D-000001', name: 'Acme renewal', company: 'Acme', contact: 'Ada', email: 'ada@acme.test', owner: 'Bob',
  amount: 1200, probability: 0.5, expectedClose: new Date('2024-06-30T00:00:00Z'), created: new Date('2024-01-02T00:00:00Z'),
  lastActivity: null, nextStep: 'Call', nextStepDue: null, lostReason: 'Price', forecastCategory: 'pipeline', leadSource: 'Web',
  need: true, budget: true, authority: true, timing: true, score: 80, notes: '',
};
const empty: RequiredFieldValues = { ...filled, amount: null, expectedClose: null, lostReason: '  ' };

function pipeline(rules: Partial<PipelineRules>): PipelineDefinition {
  const definition = defaultPipeline();
  definition.rules = { ...definition.rules, ...rules };
  return definition;
}
const strict = pipeline({ allowSkipForward: false, allowBackward: false, allowReopen: false });
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('validateMove', () => {
  it('refuses an unknown target and names the text', () => {
    const problems = validateMove(filled, 'Proposal', 'Banana', defaultPipeline(), 'en');
    expect(problems).toEqual([{ code: 'unknown-stage', text: 'Banana', message: 'Unknown stage "Banana"' }]);
    expect(validateMove(filled, null, 'Banane', defaultPipeline(), 'fr')[0].message).toBe('Étape inconnue « Banane »');
  });

  it('treats moving to the same stage, however spelt, as no move', () => {
    expect(validateMove(empty, 'Closed lost', 'closed_lost', strict, 'en')).toEqual([]);
    expect(validateMove(empty, 'proposal', 'Proposition', strict, 'en')).toEqual([]);
  });

  it('refuses skipping forward when not allowed, naming the skipped stages', () => {
    const [problem] = validateMove(filled, 'Prospecting', 'Proposal', strict, 'en');
    expect(problem.code).toBe('skip-not-allowed');
    expect(problem.skipped).toEqual(['qualification', 'first-contact']);
    expect(problem.message).toBe('Cannot skip Qualification, First contact: this pipeline does not allow skipping stages forward.');
    expect(validateMove(filled, 'Prospecting', 'Proposal', strict, 'fr')[0].message).toBe(
      'Impossible de sauter Qualification, Premier contact : ce pipeline n’autorise pas à sauter des étapes.',
    );
    expect(validateMove(filled, 'Prospecting', 'Proposal', defaultPipeline(), 'en')).toEqual([]);
    expect(validateMove(filled, 'Prospecting', 'Qualification', strict, 'en')).toEqual([]);
  });

  it('counts winning early as skipping the open stages in between, and losing from anywhere as no skip', () => {
    expect(validateMove(filled, 'Proposal', 'Won', strict, 'en')[0].skipped).toEqual(['negotiation']);
    expect(validateMove(filled, 'Negotiation', 'Onboarding', strict, 'en')[0].skipped).toEqual(['closed-won']);
    expect(validateMove(filled, 'Prospecting', 'Lost', strict, 'en')).toEqual([]);
  });

  it('refuses moving backward when not allowed', () => {
    const problems = validateMove(filled, 'Negotiation', 'Qualification', strict, 'en');
    expect(codes(problems)).toEqual(['backward-not-allowed']);
    expect(problems[0].message).toBe('Cannot move back from Negotiation to Qualification: this pipeline does not allow moving backward.');
    expect(validateMove(filled, 'Negotiation', 'Qualification', defaultPipeline(), 'en')).toEqual([]);
  });

  it('refuses reopening a won or lost deal unless allowed', () => {
    expect(codes(validateMove(filled, 'Closed won', 'Negotiation', defaultPipeline(), 'en'))).toEqual(['reopen-not-allowed']);
    expect(codes(validateMove(filled, 'Perdu', 'Prospection', defaultPipeline(), 'fr'))).toEqual(['reopen-not-allowed']);
    expect(codes(validateMove(filled, 'Won', 'Lost', defaultPipeline(), 'en'))).toEqual(['reopen-not-allowed']);
    expect(validateMove(filled, 'Closed won', 'Negotiation', pipeline({ allowReopen: true }), 'en')).toEqual([]);
  });

  it('lets a won deal move on to a post-sale won stage: that is not a reopen', () => {
    expect(validateMove(filled, 'Closed won', 'Onboarding', strict, 'en')).toEqual([]);
    expect(codes(validateMove(filled, 'Onboarding', 'Closed won', strict, 'en'))).toEqual(['backward-not-allowed']);
  });

  it('names each missing required field of the target in the user language', () => {
    const problems = validateMove(empty, 'First contact', 'Proposal', defaultPipeline(), 'en');
    expect(problems.map((p) => [p.code, p.field, p.message])).toEqual([
      ['missing-field', 'Amount', 'Amount is required to enter Proposal.'],
      ['missing-field', 'Expected close', 'Expected close is required to enter Proposal.'],
    ]);
    expect(validateMove(empty, 'Proposition', 'Perdu', defaultPipeline(), 'fr').map((p) => p.message)).toEqual([
      'Motif de perte est obligatoire pour passer à l’étape Perdu.',
    ]);
    expect(codes(validateMove(empty, null, 'Negotiation', defaultPipeline(), 'en'))).toEqual(['missing-field', 'missing-field']);
  });

  it('returns every reason at once', () => {
    expect(codes(validateMove(empty, 'Prospecting', 'Negotiation', strict, 'en'))).toEqual(['skip-not-allowed', 'missing-field', 'missing-field']);
    expect(codes(validateMove(empty, 'Closed won', 'Proposal', strict, 'en'))).toEqual(['reopen-not-allowed', 'missing-field', 'missing-field']);
  });

  it('treats a blank or unknown old stage as a deal entering the pipeline', () => {
    expect(validateMove(filled, '', 'Negotiation', strict, 'en')).toEqual([]);
    expect(validateMove(filled, 'Banana', 'Negotiation', strict, 'en')).toEqual([]);
  });

  const stageNames = defaultPipeline().stages.flatMap((s) => [s.key, s.labels.en, s.labels.fr, ...s.aliases]);

  it('accepts any move to a known stage when every rule allows it and the fields are filled', () => {
    const open = pipeline({ allowSkipForward: true, allowBackward: true, allowReopen: true });
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...stageNames), { nil: null }), fc.constantFrom(...stageNames), fc.constantFrom('en' as const, 'fr' as const), (from, to, language) => {
        expect(validateMove(filled, from, to, open, language)).toEqual([]);
      }),
    );
  });

  it('only ever refuses for the rules that are switched off', () => {
    fc.assert(
      fc.property(fc.constantFrom(...stageNames), fc.constantFrom(...stageNames), fc.boolean(), fc.boolean(), fc.boolean(), (from, to, skip, back, reopen) => {
        const definition = pipeline({ allowSkipForward: skip, allowBackward: back, allowReopen: reopen });
        const found = codes(validateMove(filled, from, to, definition, 'en'));
        if (skip) expect(found).not.toContain('skip-not-allowed');
        if (back) expect(found).not.toContain('backward-not-allowed');
        if (reopen) expect(found).not.toContain('reopen-not-allowed');
        expect(found.length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('reports exactly the missing required fields of the target', () => {
    const definition = defaultPipeline();
    fc.assert(
      fc.property(fc.constantFrom(...definition.stages), fc.boolean(), fc.boolean(), fc.boolean(), (target, amount, close, reason) => {
        const deal = { ...filled, amount: amount ? 10 : null, expectedClose: close ? new Date() : null, lostReason: reason ? 'Price' : '' };
        const missing = validateMove(deal, null, target.key, definition, 'en').map((p) => p.field);
        const present: Record<string, boolean> = { Amount: amount, 'Expected close': close, 'Lost reason': reason };
        expect(missing).toEqual(target.requiredFields.filter((f) => !present[f]));
      }),
    );
  });
});

import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { stageMatcher } from '../../../src/core/stages/match-stage';

describe('stageMatcher', () => {
  const match = stageMatcher(defaultPipeline());
  const key = (text: unknown) => match(text)?.key;

  it('finds stages by English and French labels, folded', () => {
    expect(key('Proposal')).toBe('proposal');
    expect(key('proposition')).toBe('proposal');
    expect(key(' NÉGOCIATION ')).toBe('negotiation');
    expect(key('negociation')).toBe('negotiation');
  });

  it('knows the common CRM spellings of won and lost', () => {
    for (const won of ['Won', 'Closed Won', 'closedwon', 'Gagné', 'closed_won']) expect(key(won)).toBe('closed-won');
    for (const lost of ['Lost', 'Closed Lost', 'Perdu', 'closedlost']) expect(key(lost)).toBe('closed-lost');
  });

  it('matches nothing for unknown text', () => {
    expect(match('Banana')).toBeUndefined();
    expect(match('')).toBeUndefined();
  });

  it('defines the default stages of the spec in order, with their probabilities', () => {
    const stages = defaultPipeline().stages;
    expect(stages.map((s) => s.labels.en)).toEqual([
      'Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost', 'Onboarding',
    ]);
    expect(stages.map((s) => s.labels.fr)).toEqual([
      'Prospection', 'Qualification', 'Premier contact', 'Proposition', 'Négociation', 'Gagné', 'Perdu', 'Intégration',
    ]);
    expect(stages.map((s) => s.probability)).toEqual([0.05, 0.1, 0.2, 0.4, 0.7, 1, 0, 1]);
    expect(stages.find((s) => s.key === 'proposal')?.requiredFields).toEqual(['Amount', 'Expected close']);
    expect(stages.find((s) => s.key === 'closed-lost')?.requiredFields).toEqual(['Lost reason']);
  });
});

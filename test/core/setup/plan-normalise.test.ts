import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { planNormalise } from '../../../src/core/setup/plan-normalise';

const NOW = new Date(Date.UTC(2024, 5, 1));

describe('planNormalise', () => {
  const values = [
    ['Deal ID', 'Stage', 'Amount'],
    ['D-1', 'closed won', 10],
    ['D-2', 'Proposal', 20],
    ['D-3', '  Proposal', 30],
    ['D-4', 'Hot', 40],
    ['', 'Won', 50],
    ['D-6', 'Lost', 60],
  ];
  const plan = planNormalise({
    values,
    stageFormulas: ['', '', '', '', '', '=IF(1,"Lost")'],
    headerRow: 1,
    columns: { 'Deal ID': 0, Stage: 1, Amount: 2 },
    definition: defaultPipeline(),
    language: 'en',
    locale: 'en_US',
    now: NOW,
    user: 'ann@example.com',
    lastStages: new Map([['D-1', 'negotiation']]),
  });

  it('writes the labels from the first to the last rewritten row, others written back as they are', () => {
    expect(plan.write).toEqual({ column: 2, row: 2, values: [['Closed won'], ['Proposal'], ['Proposal']] });
  });

  it('logs one row per rewritten row: from the stage the history last knew (else the same stage) to the stage', () => {
    expect(plan.history).toEqual([
      { at: NOW, dealId: 'D-1', from: 'negotiation', to: 'closed-won', user: 'ann@example.com', via: 'normalise', amount: 10 },
      { at: NOW, dealId: 'D-3', from: 'proposal', to: 'proposal', user: 'ann@example.com', via: 'normalise', amount: 30 },
    ]);
  });

  it('lists what it leaves alone', () => {
    expect(plan.facts.changed).toBe(2);
    expect(plan.facts.unrecognisedStages).toEqual([{ text: 'Hot', canonical: null, rows: [5], count: 1 }]);
    expect(plan.facts.withoutId).toEqual([{ text: 'Won', canonical: 'Closed won', rows: [6], count: 1 }]);
    expect(plan.facts.formulas).toEqual([{ text: 'Lost', canonical: 'Closed lost', rows: [7], count: 1 }]);
  });
});

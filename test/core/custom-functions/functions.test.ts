import { dealScoreFunction } from '../../../src/core/custom-functions/deal-score';
import { pipelineForecastFunction } from '../../../src/core/custom-functions/pipeline-forecast';
import { salesCycleFunction, salesVelocityFunction } from '../../../src/core/custom-functions/sales-cycle';
import { stageConversionFunction } from '../../../src/core/custom-functions/stage-conversion';
import { staleDealsFunction } from '../../../src/core/custom-functions/stale-deals';
import { timeInStageFunction } from '../../../src/core/custom-functions/time-in-stage';
import { weightedPipelineFunction } from '../../../src/core/custom-functions/weighted-pipeline';
import { winRateFunction } from '../../../src/core/custom-functions/win-rate';
import { column, testContext } from './context';

const ctx = testContext();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('STAGE_CONVERSION', () => {
  // Reached (no history): Prospecting 5, Qualification 4, First contact 3, Proposal 2, ...
  const stages = column('Prospecting', 'Qualification', 'First contact', 'Proposal', 'Closed won', '', '');

  it('gives the funnel table: reached, next-step and cumulative conversion', () => {
    expect(stageConversionFunction(ctx, stages)).toEqual([
      ['Stage', 'Reached', 'Next-step conversion', 'Cumulative conversion'],
      ['Prospecting', 5, 4 / 5, 1],
      ['Qualification', 4, 3 / 4, 4 / 5],
      ['First contact', 3, 2 / 3, 3 / 5],
      ['Proposal', 2, 1 / 2, 2 / 5],
      ['Negotiation', 1, 1, 1 / 5],
      ['Closed won', 1, 0, 1 / 5],
      ['Onboarding', 0, '', 0],
    ]);
  });

  it('gives s→t, next-step with from alone, cumulative with to alone', () => {
    expect(stageConversionFunction(ctx, stages, 'Qualification', 'Proposal')).toBeCloseTo(2 / 4);
    expect(stageConversionFunction(ctx, stages, 'qualification')).toBeCloseTo(3 / 4);
    expect(stageConversionFunction(ctx, stages, '', 'Proposal')).toBeCloseTo(2 / 5);
  });

  it('counts a lost deal up to its Lost at stage', () => {
    const withLost = column('Prospecting', 'Closed lost', 'Proposal');
    const lostAt = column('', 'Qualification', '');
    expect(stageConversionFunction(ctx, withLost, 'Prospecting', 'Qualification', lostAt)).toBeCloseTo(2 / 3);
    expect(stageConversionFunction(ctx, withLost, 'Qualification', 'Proposal', lostAt)).toBeCloseTo(1 / 2);
  });

  it('follows a custom order given as an array literal row, labelled as written', () => {
    const crm = column('Prospecting', 'Engaging', 'Won', 'Lost', 'Engaging');
    const table = stageConversionFunction(ctx, crm, '', '', '', [['Prospecting', 'Engaging', 'Won']]) as unknown[][];
    expect(table.slice(1).map((row) => row.slice(0, 2))).toEqual([['Prospecting', 5], ['Engaging', 4], ['Won', 1]]);
  });

  it('names an unknown stage, and a stage outside the order', () => {
    expect(() => stageConversionFunction(ctx, column('Prospecting', 'Banana'))).toThrow('Unknown stage "Banana" (stages, value 2)');
    expect(() => stageConversionFunction(ctx, column('Won'), 'Banana', 'Won')).toThrow('Unknown stage "Banana" in from');
    expect(() => stageConversionFunction(ctx, column('Won'), 'Proposal', 'Won', '', [['Prospecting', 'Won']])).toThrow(
      'The stage "Proposal" is not in the stage order given.',
    );
    expect(() => stageConversionFunction(ctx, column('Won'), '', '', '', [['Prospecting', 'Lost']])).toThrow(
      'Invalid stage order: "Closed lost" is a lost stage; an order lists open and won stages only.',
    );
    // Without an order, a lost stage is not in the funnel: said so, not "the order given".
    expect(() => stageConversionFunction(ctx, column('Won'), 'Lost', 'Won')).toThrow('The stage "Lost" is not a step of the funnel');
  });

  it('says what is wrong with a stage order in the user’s language, with the stage’s name in it', () => {
    const fr = testContext({ language: 'fr', locale: 'fr_FR' });
    expect(() => stageConversionFunction(fr, column('Gagné'), '', '', '', [['Prospection', 'Perdu']])).toThrow(
      'Ordre des étapes invalide : « Perdu » est une étape perdue ; un ordre ne contient que des étapes ouvertes et gagnées.',
    );
    expect(() => stageConversionFunction(fr, column('Gagné'), '', '', '', [['Prospection', 'Proposition', 'prospection']])).toThrow(
      'Ordre des étapes invalide : « Prospection » y figure deux fois.',
    );
  });

  it('refuses a Lost at stage that is not an open stage, naming the value, instead of counting the deal as won', () => {
    expect(() => stageConversionFunction(ctx, column('Lost', 'Proposal'), 'Prospecting', 'Won', column('Won', ''))).toThrow(
      'lost_at, value 1: "Won" is not an open stage; a deal is lost at the open stage it left.',
    );
    expect(() => stageConversionFunction(ctx, column('Lost', 'Proposal'), '', '', column('Onboarding', ''))).toThrow('lost_at, value 1: "Onboarding"');
  });

  it('says why there is no value rather than returning NaN', () => {
    expect(() => stageConversionFunction(ctx, column('Closed won'), 'Prospecting', 'Proposal', '', [['Qualification', 'Prospecting', 'Proposal']])).not.toThrow();
    expect(() => stageConversionFunction(ctx, column('Closed lost'), 'Closed won', 'Onboarding')).toThrow(/^No value: /);
  });
});

describe('WIN_RATE', () => {
  const stages = column('Won', 'Lost', 'Won', 'Proposal', 'Gagné');
  const closes = column(d('2024-01-10'), d('2024-02-01'), d('2024-03-31'), '', '2024-04-02');

  it('is won / (won + lost), aliases and French names included', () => {
    expect(winRateFunction(ctx, stages)).toBeCloseTo(3 / 4);
  });

  it('ends the period with the end day in the spreadsheet’s time zone, even on a 23-hour day', () => {
    const paris = testContext({ timeZone: 'Europe/Paris' });
    // 31 March 2024 is 23 hours long in Paris. Closed at midnight starting 1 April (Paris) is after the period; 23:30 on the 31st is in it.
    const stages2 = column('Won', 'Lost', 'Lost');
    const closes2 = column(new Date('2024-03-15T11:00:00Z'), new Date('2024-03-31T22:00:00Z'), new Date('2024-03-31T21:30:00Z'));
    expect(winRateFunction(paris, stages2, closes2, '2024-01-01', '2024-03-31')).toBeCloseTo(1 / 2);
    // The 25-hour day in October: its last hour is in the period.
    const october = column(new Date('2024-10-27T22:30:00Z'), new Date('2024-10-27T23:00:00Z'));
    expect(winRateFunction(paris, column('Won', 'Lost'), october, '2024-10-01', '2024-10-27')).toBe(1);
  });

  it('restricts to close dates between start and end, both days included', () => {
    expect(winRateFunction(ctx, stages, closes, d('2024-01-01'), d('2024-03-31'))).toBeCloseTo(2 / 3);
    expect(winRateFunction(ctx, stages, closes, d('2024-02-01'))).toBeCloseTo(2 / 3);
    expect(winRateFunction(ctx, stages, closes, '', d('2024-01-31'))).toBe(1);
  });

  it('has no value without closed deals, and says why', () => {
    expect(() => winRateFunction(ctx, column('Proposal'))).toThrow(/^No value: /);
  });
});

describe('WEIGHTED_PIPELINE and PIPELINE_FORECAST', () => {
  const stages = column('Proposal', 'Negotiation', 'Won', 'Lost', 'Prospecting');
  const amounts = column(1000, '2,000', 5000, 7000, '');

  it('sums open Amount × stage probability', () => {
    expect(weightedPipelineFunction(ctx, stages, amounts)).toBeCloseTo(1000 * 0.4 + 2000 * 0.7);
  });

  it('uses per-deal probabilities, read as percent when a value exceeds 1', () => {
    expect(weightedPipelineFunction(ctx, stages, amounts, column(50, '', '', '', ''))).toBeCloseTo(1000 * 0.5 + 2000 * 0.7);
    expect(weightedPipelineFunction(ctx, stages, amounts, column(0.5, '', '', '', ''))).toBeCloseTo(1000 * 0.5 + 2000 * 0.7);
  });

  it('reads text amounts in the spreadsheet locale and refuses what is not a number', () => {
    const fr = testContext({ locale: 'fr_FR', language: 'fr' });
    expect(weightedPipelineFunction(fr, column('Proposition'), column('1 234,50 €'))).toBeCloseTo(1234.5 * 0.4);
    expect(() => weightedPipelineFunction(ctx, column('Proposal'), column('lots'))).toThrow('amounts, value 1: "lots" is not a number.');
  });

  it('forecasts open deals by expected-close month', () => {
    const closes = column(d('2024-07-15'), d('2024-07-01'), d('2024-05-01'), d('2024-07-20'), d('2024-09-01'));
    expect(pipelineForecastFunction(ctx, stages, amounts, closes)).toEqual([
      ['Month', 'Open pipeline', 'Weighted pipeline'],
      ['2024-07', 3000, 1000 * 0.4 + 2000 * 0.7],
      ['2024-09', 0, 0],
    ]);
  });
});

describe('SALES_CYCLE and SALES_VELOCITY', () => {
  const stages = column('Won', 'Won', 'Lost', 'Proposal');
  const created = column(d('2024-01-01'), d('2024-01-01'), d('2024-01-01'), d('2024-01-01'));
  const closed = column(d('2024-01-11'), d('2024-01-31'), d('2024-01-02'), '');

  it('is the mean days from Created to close of won deals', () => {
    expect(salesCycleFunction(ctx, created, closed, stages)).toBe(20);
  });

  it('velocity = open deals × win rate × average won deal / cycle days', () => {
    const amounts = column(1000, 3000, 500, 800);
    expect(salesVelocityFunction(ctx, stages, amounts, created, closed)).toBeCloseTo((1 * (2 / 3) * 2000) / 20);
  });

  it('says a sales cycle of 0 days has no velocity, rather than that the dates are missing', () => {
    const sameDay = column(d('2024-01-01'), '');
    expect(salesCycleFunction(ctx, sameDay, column(d('2024-01-01'), ''), column('Won', 'Proposal'))).toBe(0);
    expect(() => salesVelocityFunction(ctx, column('Won', 'Proposal'), column(1000, 500), sameDay, column(d('2024-01-01'), ''))).toThrow(
      'The sales cycle of won deals averages 0 days or less',
    );
  });
});

describe('TIME_IN_STAGE', () => {
  const ids = column('D1', 'D1', 'D1', 'D2', 'D2');
  const stages = column('Prospecting', 'Proposal', 'Won', 'Prospecting', 'Proposal');
  const times = column(d('2024-01-01'), d('2024-01-05'), d('2024-01-15'), d('2024-01-01'), d('2024-01-03'));

  it('gives the median of completed visits of a stage', () => {
    expect(timeInStageFunction(ctx, ids, stages, times, 'Prospecting')).toBe(3);
    expect(timeInStageFunction(ctx, ids, stages, times, 'Proposal')).toBe(10);
  });

  it('names a half-filled history row instead of skipping the move, and skips blank rows', () => {
    expect(() => timeInStageFunction(ctx, column('D1', 'D1', 'D1'), column('Prospecting', 'Qualification', 'Proposal'), column(d('2024-01-01'), '', d('2024-01-07')))).toThrow(
      'history_times, value 2 is blank but the rest of that history row is filled',
    );
    expect(() => timeInStageFunction(ctx, column('D1', '', 'D1'), column('Prospecting', 'Qualification', 'Proposal'), column(d('2024-01-01'), d('2024-01-03'), d('2024-01-07')))).toThrow(
      'history_ids, value 2 is blank',
    );
    expect(timeInStageFunction(ctx, column('D1', '', 'D1'), column('Prospecting', '', 'Proposal'), column(d('2024-01-01'), '', d('2024-01-07')), 'Prospecting')).toBe(6);
  });

  it('gives a table by stage with open visits apart', () => {
    const table = timeInStageFunction(ctx, ids, stages, times) as unknown[][];
    expect(table[0]).toEqual([
      'Stage', 'Completed visits', 'Median days', 'Mean days', 'Latest visit, median days', 'Cumulative, median days', 'Open visits', 'Open visits, median age in days',
    ]);
    // D2 has been in Proposal since 3 January: as of the context's now.
    const age = (ctx.now.getTime() - d('2024-01-03').getTime()) / 86_400_000;
    expect(table.find((row) => row[0] === 'Proposal')).toEqual(['Proposal', 1, 10, 10, 10, 10, 1, age]);
    expect(table.find((row) => row[0] === 'Prospecting')).toEqual(['Prospecting', 2, 3, 3, 3, 3, 0, '']);
  });

  it('gives each deal\'s latest visit and its visits added up apart when a deal was sent back', () => {
    // D3: Prospecting 2 days, Proposal 3, Prospecting 4, Proposal 2. D4: Prospecting 10, Proposal 10.
    const backIds = column('D3', 'D4', 'D3', 'D3', 'D3', 'D3', 'D4', 'D4');
    const backStages = column('Prospecting', 'Prospecting', 'Proposal', 'Prospecting', 'Proposal', 'Won', 'Proposal', 'Won');
    const backTimes = column(
      d('2024-01-01'), d('2024-01-01'), d('2024-01-03'), d('2024-01-06'), d('2024-01-10'), d('2024-01-12'), d('2024-01-11'), d('2024-01-21'),
    );
    const table = timeInStageFunction(ctx, backIds, backStages, backTimes) as unknown[][];
    expect(table.find((row) => row[0] === 'Prospecting')).toEqual(['Prospecting', 3, 4, 16 / 3, 7, 8, 0, '']);
    expect(table.find((row) => row[0] === 'Proposal')).toEqual(['Proposal', 3, 3, 5, 6, 7.5, 0, '']);
    const fr = timeInStageFunction({ ...ctx, language: 'fr' }, backIds, backStages, backTimes) as unknown[][];
    expect(fr[0][0]).toBe('Étape');
    expect(fr[0].slice(4, 6)).toEqual(['Dernier passage, jours (médiane)', 'Cumulé, jours (médiane)']);
  });
});

describe('STALE_DEALS', () => {
  it('lists open deals past their stage limit, not the parked ones, most overdue first', () => {
    const ids = column('D1', 'D2', 'D3', 'D4');
    const stages = column('Proposal', 'Proposal', 'Prospecting', 'Won');
    const entered = column(d('2024-05-01'), d('2024-04-01'), d('2024-01-01'), d('2024-01-01'));
    const due = column('', '', d('2024-07-01'), '');
    expect(staleDealsFunction(ctx, ids, stages, entered, due, d('2024-06-15'))).toEqual([['D2'], ['D1']]);
    expect(staleDealsFunction(ctx, ids, stages, entered, due, d('2024-04-02'))).toBe('');
  });
});

describe('DEAL_SCORE', () => {
  it('scores single cells and columns', () => {
    expect(dealScoreFunction(ctx, true, true, false, 'TRUE')).toBe(75);
    expect(dealScoreFunction(ctx, column(true, false), column(true, false), column(true, 'oui'), column(true, ''))).toEqual([[100], [25]]);
    expect(() => dealScoreFunction(ctx, 'maybe', true, true, true)).toThrow('need, value 1: "maybe" is not TRUE or FALSE.');
  });
});

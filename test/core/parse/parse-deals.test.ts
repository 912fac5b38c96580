import { parseDeals } from '../../../src/core/parse/parse-deals';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

const definition = defaultPipeline();

describe('parseDeals', () => {
  it('finds the header below a title, maps columns in any order and skips blank rows', () => {
    const rows = [
      ['Q3 leads', '', '', '', '', ''],
      ['Notes', 'Montant', 'My column', 'Étape', 'Responsable', 'Clôture prévue'],
      ['first', 1200, 'x', 'Proposition', 'Ada', new Date('2024-05-01T00:00:00Z')],
      ['', '', '', '', '', ''],
      ['', '1 234,50 €', '', 'Gagné', 'Bob', '24/03/2024'],
      ['', '', '', '', '', ''],
      ['', '', '', '', '', ''],
    ];
    const parsed = parseDeals(rows, { definition, locale: 'fr_FR' });
    expect(parsed.headerRow).toBe(1);
    expect(parsed.columns).toEqual({ Notes: 0, Amount: 1, Stage: 3, Owner: 4, 'Expected close': 5 });
    expect(parsed.problems).toEqual([]);
    expect(parsed.deals.map((d) => [d.index, d.notes, d.amount, d.stage, d.stageText, d.owner, d.expectedClose?.toISOString()])).toEqual([
      [0, 'first', 1200, 'proposal', 'Proposition', 'Ada', '2024-05-01T00:00:00.000Z'],
      [2, '', 1234.5, 'closed-won', 'Gagné', 'Bob', '2024-03-24T00:00:00.000Z'],
    ]);
  });

  it('reads amounts by the spreadsheet locale', () => {
    const rows = [['Stage', 'Amount'], ['Won', '$1,234.50'], ['Won', '1.234']];
    expect(parseDeals(rows, { definition, locale: 'en_US' }).deals.map((d) => d.amount)).toEqual([1234.5, 1.234]);
    expect(parseDeals(rows, { definition, locale: 'de_DE' }).deals.map((d) => d.amount)).toEqual([1234.5, 1234]);
  });

  it('reports every unreadable cell with its position and message, and leaves the field empty', () => {
    const rows = [
      ['Deal', 'Stage', 'Amount', 'Expected close', 'Probability', 'Need', 'Forecast category', 'Lost at stage'],
      ['A', 'Banana', 'lots', 'soon', '140%', 'maybe', 'Perhaps', 'Nowhere'],
    ];
    const parsed = parseDeals(rows, { definition, locale: 'en_US' });
    expect(parsed.problems.map((p) => [p.a1, p.row, p.column, p.value, p.message])).toEqual([
      ['B2', 2, 2, 'Banana', 'Unknown stage "Banana"'],
      ['C2', 2, 3, 'lots', '"lots" is not a number.'],
      ['D2', 2, 4, 'soon', expect.stringContaining('"soon" is not a date')],
      ['E2', 2, 5, '140%', '"140%" is not a probability between 0 % and 100 %.'],
      ['F2', 2, 6, 'maybe', expect.stringContaining('"maybe" is not yes or no')],
      ['G2', 2, 7, 'Perhaps', expect.stringContaining('Unknown forecast category "Perhaps"')],
      ['H2', 2, 8, 'Nowhere', 'Unknown stage "Nowhere"'],
    ]);
    const [deal] = parsed.deals;
    expect([deal.stage, deal.stageText, deal.amount, deal.expectedClose, deal.probability, deal.need, deal.forecastCategory, deal.lostAtStage]).toEqual([
      null, 'Banana', null, null, null, false, null, null,
    ]);
    expect(parseDeals(rows, { definition, locale: 'fr_FR' }).problems[0].message).toBe('Étape inconnue « Banana »');
  });

  it('names cells from where the values start on the sheet', () => {
    const parsed = parseDeals([['Stage'], ['Banana']], { definition, locale: 'en_US', firstRow: 3, firstColumn: 2 });
    expect(parsed.problems[0].a1).toBe('B4');
  });

  it('refuses a date column holding both day-first and month-first dates, once, at its header', () => {
    const rows = [['Stage', 'Close date'], ['Won', '24/03/2022'], ['Won', '03/25/2022'], ['Won', '2022-04-01']];
    const parsed = parseDeals(rows, { definition, locale: 'en_GB' });
    expect(parsed.problems).toEqual([
      {
        row: 1, column: 2, a1: 'B1', value: 'Close date',
        message: 'Column "Close date" mixes day-first dates (24/03/2022, row 2) and month-first dates (03/25/2022, row 3), so its day/month dates cannot be read. Use one order, or ISO dates such as 2024-03-01.',
      },
    ]);
    expect(parsed.deals.map((d) => d.expectedClose?.toISOString() ?? null)).toEqual([null, null, '2022-04-01T00:00:00.000Z']);
  });

  it('reads a probability column above 1 as percent, and percent text anywhere', () => {
    const rows = [['Stage', 'Probability'], ['Proposal', 40], ['Proposal', '25%'], ['Proposal', 0.5], ['Proposal', '']];
    expect(parseDeals(rows, { definition, locale: 'en_US' }).deals.map((d) => d.probability)).toEqual([0.4, 0.25, 0.005, null]);
    const fractions = [['Stage', 'Probability'], ['Proposal', 0.4], ['Proposal', '25%']];
    expect(parseDeals(fractions, { definition, locale: 'en_US' }).deals.map((d) => d.probability)).toEqual([0.4, 0.25]);
  });

  it('reads checkboxes, forecast categories, text and dates as Sheets gives them', () => {
    const rows = [
      ['ID', 'Stage', 'Need', 'Budget', 'Authority', 'Timing', 'ForecastCategoryName', 'Created', 'Score'],
      [1042, 'Closed Won', true, 'VRAI', 'x', 'no', 'Best Case', '2024-01-15T09:30:00', '85'],
    ];
    const [deal] = parseDeals(rows, { definition, locale: 'en_US', timeZone: 'Europe/Paris' }).deals;
    expect(deal).toMatchObject({ id: '1042', stage: 'closed-won', need: true, budget: true, authority: true, timing: false, forecastCategory: 'best-case', score: 85 });
    expect(deal.created?.toISOString()).toBe('2024-01-15T08:30:00.000Z');
  });

  it('reports a sheet without a Stage column', () => {
    const parsed = parseDeals([['Deal', 'Amount'], ['A', 1]], { definition, locale: 'en_US' });
    expect(parsed.headerRow).toBe(-1);
    expect(parsed.deals).toEqual([]);
    expect(parsed.problems.map((p) => [p.a1, p.message])).toEqual([['A1', 'No header row naming a Stage column in the first 10 rows.']]);
  });

  it('handles short rows and a header-only sheet', () => {
    expect(parseDeals([['Stage', 'Amount', 'Notes'], ['Won']], { definition, locale: 'en_US' }).deals[0]).toMatchObject({ stage: 'closed-won', amount: null, notes: '' });
    expect(parseDeals([['Stage']], { definition, locale: 'en_US' }).deals).toEqual([]);
  });
});

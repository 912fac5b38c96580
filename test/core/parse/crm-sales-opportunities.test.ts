import { join } from 'path';
import { parseDeals, type ParsedDeals } from '../../../src/core/parse/parse-deals';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { readUnquotedCsv } from '../../helpers/csv';
import { crmDataFolder, NO_DATA_REASON } from '../../helpers/shared-data';

const dataFolder = crmDataFolder();
const folder = dataFolder ?? '';

if (!dataFolder) test.skip(`CRM sales opportunities export (${NO_DATA_REASON})`, () => undefined);
else describe('CRM sales opportunities export (real data)', () => {
  const definition = defaultPipeline();
  let iso: ParsedDeals;
  let mdy: ParsedDeals;
  beforeAll(() => {
    iso = parseDeals(readUnquotedCsv(join(folder, 'sales_pipeline.csv')), { definition, locale: 'en_US' });
    mdy = parseDeals(readUnquotedCsv(join(folder, 'sales_pipeline_mdy.csv')), { definition, locale: 'en_US' });
  });

  it('reads every cell without a problem', () => {
    expect(iso.problems).toEqual([]);
    expect(mdy.problems).toEqual([]);
  });

  it('maps the export columns', () => {
    expect(iso.columns).toEqual({ 'Deal ID': 0, Owner: 1, Company: 3, Stage: 4, Created: 5, 'Expected close': 6, Amount: 7 });
  });

  it('finds 8 800 deals with the published stage counts', () => {
    expect(iso.deals).toHaveLength(8800);
    const counts: Record<string, number> = {};
    for (const deal of iso.deals) counts[deal.stage ?? 'none'] = (counts[deal.stage ?? 'none'] ?? 0) + 1;
    expect(counts).toEqual({ 'closed-won': 4238, 'closed-lost': 2473, 'first-contact': 1589, prospecting: 500 });
    expect(iso.deals.filter((d) => d.stageText === 'Engaging').every((d) => d.stage === 'first-contact')).toBe(true);
  });

  it('reads close_value as Amount, close_date as Expected close, engage_date as Created, sales_agent as Owner', () => {
    expect(iso.deals[0]).toMatchObject({ id: '1C1I7A6R', owner: 'Moses Frase', company: 'Cancity', stage: 'closed-won', amount: 1054 });
    expect(iso.deals[0].created?.toISOString()).toBe('2016-10-20T00:00:00.000Z');
    expect(iso.deals[0].expectedClose?.toISOString()).toBe('2017-03-01T00:00:00.000Z');
    const engaging = iso.deals.find((d) => d.stageText === 'Engaging');
    expect(engaging).toMatchObject({ amount: null, expectedClose: null });
  });

  it('gives identical deals from the ISO and the M/D/YYYY files', () => {
    expect(mdy.deals).toEqual(iso.deals);
  });

  it('detects month-first dates from the data even in a day-first locale', () => {
    const inFrance = parseDeals(readUnquotedCsv(join(folder, 'sales_pipeline_mdy.csv')), { definition, locale: 'fr_FR' });
    expect(inFrance.problems).toEqual([]);
    expect(inFrance.deals.map((d) => [d.created?.getTime(), d.expectedClose?.getTime()])).toEqual(iso.deals.map((d) => [d.created?.getTime(), d.expectedClose?.getTime()]));
  });
});

import { parseDeals } from '../../../src/core/parse/parse-deals';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

/** 100 000 rows × 10 columns, half typed as Sheets gives them, half as text exports give them. */
function rows(count: number): unknown[][] {
  const stages = ['Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost'];
  const header = ['Deal ID', 'Deal', 'Owner', 'Stage', 'Amount', 'Probability', 'Expected close', 'Created', 'Need', 'Notes'];
  const body = Array.from({ length: count }, (_, i) => {
    const text = i % 2 === 0;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    return [
      `D-${String(i).padStart(6, '0')}`, `Deal ${i}`, `Rep ${i % 40}`, stages[i % stages.length],
      text ? `$${(i * 3.5).toFixed(2)}` : i * 3.5,
      text ? `${i % 100}%` : (i % 100) / 100,
      text ? `${month}/${day}/2024` : new Date(Date.UTC(2024, month - 1, day)),
      text ? `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : new Date(Date.UTC(2023, month - 1, day)),
      text ? 'TRUE' : false,
      '',
    ];
  });
  return [header, ...body];
}

describe('parseDeals at scale', () => {
  it('parses 100 000 rows × 10 columns (time printed, not asserted)', () => {
    const values = rows(100000);
    const options = { definition: defaultPipeline(), locale: 'en_US', timeZone: 'Europe/Paris' };
    parseDeals(values.slice(0, 2000), options); // warm-up, as a running script would be
    const start = performance.now();
    const parsed = parseDeals(values, options);
    const elapsed = performance.now() - start;
    console.log(`parseDeals: 100 000 rows × 10 columns in ${elapsed.toFixed(0)} ms`);
    expect(parsed.deals).toHaveLength(100000);
    expect(parsed.problems).toEqual([]);
  });
});

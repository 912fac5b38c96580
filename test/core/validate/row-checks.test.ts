import { parseDeals } from '../../../src/core/parse/parse-deals';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { checkRows, type RowProblem } from '../../../src/core/validate/row-checks';
import { move } from '../metrics/make-deal';

const definition = defaultPipeline();
const HEADER = ['Deal ID', 'Deal', 'Stage', 'Amount', 'Expected close', 'Lost reason'];

function check(rows: unknown[][], history = [move('D-1', null, 'proposal', '2024-01-01')], language: 'en' | 'fr' = 'en'): RowProblem[] {
  const parsed = parseDeals(rows, { definition, locale: 'en_US', timeZone: 'UTC', language });
  return checkRows({ parsed, history, definition, language });
}

const brief = (problems: RowProblem[]) => problems.map((p) => `${p.a1} ${p.kind}`);

describe('checkRows', () => {
  it('passes a clean sheet', () => {
    expect(check([HEADER, ['D-1', 'Acme', 'Proposal', 100, new Date('2024-05-01'), '']])).toEqual([]);
  });

  it('marks each kind of problem on the offending cell', () => {
    const problems = check(
      [
        ['My deals'],
        HEADER,
        ['D-1', 'Acme', 'Negotiation', 100, new Date('2024-05-01'), ''], // history says Proposal
        ['D-2', 'Beta', 'Banana', 100, '', ''], // unknown stage
        ['D-3', 'Gamma', '', 100, '', ''], // blank stage
        ['D-4', 'Delta', 'Proposal', '', '', ''], // Amount and Expected close required
        ['', 'Epsilon', 'Prospecting', 5, '', ''], // no Deal ID
        ['D-6', 'Zeta', 'Closed lost', 'lots', '', ''], // unreadable amount, Lost reason required
        ['D-6', 'Eta', 'Prospecting', 1, 'not a date', ''], // duplicate id, unreadable date
        [],
      ],
      [move('D-1', null, 'proposal', '2024-01-01')],
    );
    expect(brief(problems)).toEqual([
      'C3 history-mismatch',
      'C4 unknown-stage',
      'C5 unknown-stage',
      'D6 missing-field',
      'E6 missing-field',
      'A7 missing-id',
      'A8 duplicate-id',
      'D8 unreadable',
      'F8 missing-field',
      'A9 duplicate-id',
      'E9 unreadable',
    ]);
    const byCell = Object.fromEntries(problems.map((p) => [p.a1, p]));
    expect(byCell.C3.message).toBe('Stage is Negotiation, but the Stage History last moved this deal to Proposal.');
    expect(byCell.C4.message).toMatch(/^Unknown stage "Banana": use one of Prospecting, Qualification/);
    expect(byCell.C5.message).toMatch(/^No stage: use one of/);
    expect(byCell.D6.message).toBe('Amount is required in the stage Proposal.');
    expect(byCell.E6.message).toBe('Expected close is required in the stage Proposal.');
    expect(byCell.A8.message).toBe('Deal ID D-6 is also used on row 9: each deal needs its own ID.');
    expect(byCell.D8.message).toBe('"lots" is not a number.');
    expect(byCell.F8.message).toBe('Lost reason is required in the stage Closed lost.');
    expect(byCell.A8.dealId).toBe('D-6');
    expect(byCell.A7.dealId).toBe('');
  });

  it('reports an unreadable required cell once, as unreadable', () => {
    const problems = check([HEADER, ['D-1', 'Acme', 'Proposal', 'abc', new Date('2024-05-01'), '']]);
    expect(brief(problems)).toEqual(['D2 unreadable']);
  });

  it('says when a required column or the Deal ID column is missing', () => {
    const problems = check([['Deal', 'Stage'], ['Acme', 'Proposal']], []);
    expect(brief(problems)).toEqual(['B1 missing-id', 'B2 missing-field', 'B2 missing-field']);
    expect(problems[1].message).toBe('The stage Proposal requires Amount, but this sheet has no Amount column.');
  });

  it('speaks French', () => {
    const problems = check([HEADER, ['D-1', 'Acme', 'Proposition', '', new Date('2024-05-01'), '']], [], 'fr');
    expect(problems.map((p) => p.message)).toEqual(['Montant est obligatoire à l’étape Proposition.']);
  });
});

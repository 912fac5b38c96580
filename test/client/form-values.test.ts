import { formatErrors, isIsoDay, parseNumber, toDealFields } from '../../src/client/sidebar/forms/form-values';
import { fieldsToAsk, moveErrors } from '../../src/client/sidebar/forms/move-check';
import { settingsErrors } from '../../src/client/sidebar/settings/settings-errors';
import { draftFromSettings } from '../../src/client/sidebar/settings/settings-draft';
import { STRINGS } from '../../src/core/i18n/strings';
import { SIDEBAR_STRINGS } from '../../src/core/i18n/tables/sidebar';
import { DEALS, detail, fixtureSettings, fixtureState } from './fixtures';

describe('browser-side field rules', () => {
  it('reads amounts typed the English or the French way, and nothing else', () => {
    const en = (text: string) => parseNumber(text, 'en');
    const fr = (text: string) => parseNumber(text, 'fr');
    expect(['12000', '12,000.50', '12 000,50', '12\u202f000', '0.5', '-3', '€12', '$1,500'].map(en)).toEqual([12000, 12000.5, 12000.5, 12000, 0.5, -3, 12, 1500]);
    // The last of . and , is the decimal separator: 1.500,00 is fifteen hundred, never 1.5.
    expect(['1.500,00', '1.234,56', '12 000,50', '1 500 €', '12,5', '0,5', '12.5'].map(fr)).toEqual([1500, 1234.56, 12000.5, 1500, 12.5, 0.5, 12.5]);
    // One separator once: the language decides, unless only the other reading is possible.
    expect([en('1,500'), fr('1,500'), en('1.500'), fr('1.500')]).toEqual([1500, 1.5, 1.5, 1500]);
    for (const read of [en, fr]) expect(['', 'twelve', '12abc', '1.2.3', '1,5 k€', '12,34,567'].map(read)).toEqual([null, null, null, null, null, null]);
  });

  it('accepts only real yyyy-mm-dd days', () => {
    expect(['2024-02-29', '2025-12-31'].map(isIsoDay)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '12/06/2025', ''].map(isIsoDay)).toEqual([false, false, false, false]);
  });

  it('sends typed values: numbers, 0–1 probabilities, days, booleans; blanks left out', () => {
    expect(toDealFields({ Amount: '1 200', Probability: '40', 'Expected close': '2025-07-01', Need: true, Notes: '  ', Deal: '=SUM(A1)' }, ['Amount', 'Probability', 'Expected close', 'Need', 'Notes', 'Deal'], 'en')).toEqual({
      Amount: 1200,
      Probability: 0.4,
      'Expected close': '2025-07-01',
      Need: true,
      Deal: '=SUM(A1)',
    });
    expect(formatErrors({ Probability: '140', Email: 'x@y' }, ['Probability', 'Email'], 'en').map((e) => e.field)).toEqual(['Probability', 'Email']);
    expect(toDealFields({ Amount: '1.500,00', Probability: '12,5' }, ['Amount', 'Probability'], 'fr')).toEqual({ Amount: 1500, Probability: 0.125 });
  });

  it('asks the server’s missing fields for the next stage, and always a reason to lose', () => {
    const state = fixtureState('en');
    const deal = detail(DEALS[0], fixtureSettings(), 'en');
    expect(fieldsToAsk(deal, state.stages.find((s) => s.key === 'proposal')!)).toEqual(['Expected close']);
    expect(fieldsToAsk(deal, state.stages.find((s) => s.key === 'negotiation')!)).toEqual(['Expected close']);
    expect(fieldsToAsk(deal, state.stages.find((s) => s.key === 'closed-lost')!)).toEqual(['Lost reason']);
    // A blank the form shows is blank, even if the sheet had a value.
    const lost = state.stages.find((s) => s.key === 'closed-lost')!;
    expect(moveErrors({ ...deal, lostReason: 'Price' }, deal.stage, lost, {}, ['Lost reason'], state.settings, 'en', 'reason!').map((e) => e.field)).toEqual(['Lost reason']);
    // The pipeline's own rules: skipping forward refused when the settings say so.
    const strict = { ...state.settings, rules: { ...state.settings.rules, allowSkipForward: false } };
    expect(moveErrors(deal, deal.stage, state.stages.find((s) => s.key === 'negotiation')!, { 'Expected close': '2025-07-01' }, ['Expected close'], strict, 'en', '').map((e) => e.message)).toEqual([
      'Cannot skip Proposal: this pipeline does not allow skipping stages forward.',
    ]);
  });

  it('the default settings pass the editor’s checks', () => {
    expect(settingsErrors(draftFromSettings(fixtureSettings()), 'en')).toEqual([]);
  });

  it('the sidebar table is registered, with the same keys in French and English', () => {
    const keys = Object.keys(SIDEBAR_STRINGS.en);
    expect(keys.filter((key) => STRINGS.en[key] !== SIDEBAR_STRINGS.en[key as keyof typeof SIDEBAR_STRINGS.en])).toEqual([]);
    expect(Object.keys(SIDEBAR_STRINGS.fr).sort()).toEqual([...keys].sort());
  });
});

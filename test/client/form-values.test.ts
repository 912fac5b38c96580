import { formatErrors, isIsoDay, parseNumber, toDealFields } from '../../src/client/sidebar/forms/form-values';
import { fieldsToAsk, moveErrors } from '../../src/client/sidebar/forms/move-check';
import { settingsErrors } from '../../src/client/sidebar/settings/settings-errors';
import { draftFromSettings } from '../../src/client/sidebar/settings/settings-draft';
import { STRINGS } from '../../src/core/i18n/strings';
import { SIDEBAR_STRINGS } from '../../src/core/i18n/tables/sidebar';
import { DEALS, detail, fixtureSettings, fixtureState } from './fixtures';

describe('browser-side field rules', () => {
  it('reads amounts typed the English or the French way, and nothing else', () => {
    expect(['12000', '12,000.50', '12 000,50', '12\u202f000', '0.5', '-3'].map(parseNumber)).toEqual([12000, 12000.5, 12000.5, 12000, 0.5, -3]);
    expect(['', 'twelve', '12abc', '1.2.3', '€12'].map(parseNumber)).toEqual([null, null, null, null, null]);
  });

  it('accepts only real yyyy-mm-dd days', () => {
    expect(['2024-02-29', '2025-12-31'].map(isIsoDay)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '12/06/2025', ''].map(isIsoDay)).toEqual([false, false, false, false]);
  });

  it('sends typed values: numbers, 0–1 probabilities, days, booleans; blanks left out', () => {
    expect(toDealFields({ Amount: '1 200', Probability: '40', 'Expected close': '2025-07-01', Need: true, Notes: '  ', Deal: '=SUM(A1)' }, ['Amount', 'Probability', 'Expected close', 'Need', 'Notes', 'Deal'])).toEqual({
      Amount: 1200,
      Probability: 0.4,
      'Expected close': '2025-07-01',
      Need: true,
      Deal: '=SUM(A1)',
    });
    expect(formatErrors({ Probability: '140', Email: 'x@y' }, ['Probability', 'Email'], 'en').map((e) => e.field)).toEqual(['Probability', 'Email']);
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

import { languageOf } from '../../../src/core/i18n/language';
import { STRINGS, translate, type StringKey } from '../../../src/core/i18n/strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('strings', () => {
  const keys = Object.keys(STRINGS.en) as StringKey[];

  it('has every key in English and French, never empty', () => {
    expect(Object.keys(STRINGS.fr).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(STRINGS.en[key].trim()).not.toBe('');
      expect(STRINGS.fr[key].trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(STRINGS.fr[key])).toEqual(placeholders(STRINGS.en[key]));
  });

  it('uses the glossary names for menus and sheets', () => {
    expect(translate('fr', 'menu.openSidebar')).toBe('Ouvrir le panneau');
    expect(translate('fr', 'sheet.history')).toBe('Historique des étapes');
    expect(translate('en', 'sheet.settings')).toBe('Pipeline Settings');
  });

  it('puts the word a count takes: English singular for 1, French for 0 and 1, formatted counts included', () => {
    const days = (language: 'en' | 'fr', count: number | string) => translate(language, 'sidebar.stale.days', { days: count, stage: 'X' });
    expect([0, 1, 2].map((n) => days('en', n))).toEqual(['0 days in X', '1 day in X', '2 days in X']);
    expect([0, 1, 2].map((n) => days('fr', n))).toEqual(['0 jour en X', '1 jour en X', '2 jours en X']);
    expect(days('en', '1,200')).toBe('1,200 days in X');
    expect(translate('fr', 'setup.summary.statusDeleted', { count: 1 })).toBe(
      'Statut supprimé : 1 affaire gardée dans la feuille mais exclue de l’historique des étapes et de tous les calculs.',
    );
    expect(translate('fr', 'report.lostByReason.note', { lost: 1 })).toContain('÷ total des affaires perdues (1).');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'sidebar.noStageColumn', { sheet: 'Leads' })).toBe('The sheet "Leads" has no Stage column in its first rows.');
    expect(translate('en', 'sidebar.noStageColumn')).toContain('{sheet}');
  });
});

describe('languageOf', () => {
  it('reads French locales as French and anything else as English', () => {
    expect(languageOf('fr')).toBe('fr');
    expect(languageOf('fr_CA')).toBe('fr');
    expect(languageOf('FR-be')).toBe('fr');
    expect(languageOf('en_US')).toBe('en');
    expect(languageOf('de')).toBe('en');
    expect(languageOf('')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('fry')).toBe('en');
  });
});

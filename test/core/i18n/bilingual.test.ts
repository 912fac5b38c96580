import { bilingual } from '../../../src/core/i18n/bilingual';
import { registerStrings, STRINGS, translate, type StringKey } from '../../../src/core/i18n/strings';
import { ENFORCEMENT_STRINGS } from '../../../src/core/i18n/tables/enforcement';
import { ENGINE_STRINGS } from '../../../src/core/i18n/tables/engine';
import { FREQUENT_STRINGS } from '../../../src/core/i18n/tables/frequent';
import { IMPORT_STRINGS } from '../../../src/core/i18n/tables/import';
import { REPORT_STRINGS } from '../../../src/core/i18n/tables/reports';
import { SETUP_STRINGS } from '../../../src/core/i18n/tables/setup';
import { SIDEBAR_STRINGS } from '../../../src/core/i18n/tables/sidebar';

describe('bilingual', () => {
  it('splits [English, French] pairs by language', () => {
    const table = bilingual({ 'a.b': ['Stage', 'Étape'], 'a.c': ['Won', 'Gagnée'] });
    expect(table.en).toEqual({ 'a.b': 'Stage', 'a.c': 'Won' });
    expect(table.fr).toEqual({ 'a.b': 'Étape', 'a.c': 'Gagnée' });
  });

  it('reads pairs supplied by a function on first use, once (the built bundle supplies them so)', () => {
    let reads = 0;
    const table = bilingual(() => {
      reads += 1;
      return { 'a.b': ['Stage', 'Étape'] } as const;
    });
    expect(reads).toBe(0);
    expect(table.fr['a.b']).toBe('Étape');
    expect(table.en['a.b']).toBe('Stage');
    expect(reads).toBe(1);
  });
});

describe('translate over lazily supplied tables', () => {
  it('reads a table only for a key that the tables before it lack', () => {
    let reads = 0;
    registerStrings(
      bilingual(() => {
        reads += 1;
        return { 'test.lazy': ['Lazy', 'Paresseux'] } as const;
      }),
    );
    expect(translate('fr', 'menu.setup')).toBe('Configurer cette feuille');
    expect(translate('en', 'sheet.settings')).toBe('Pipeline Settings');
    expect(reads).toBe(0);
    expect(translate('fr', 'test.lazy' as StringKey)).toBe('Paresseux');
    expect(translate('en', 'test.lazy' as StringKey)).toBe('Lazy');
    expect(reads).toBe(1);
  });
});

describe('the strings tables', () => {
  it('never hold one key twice (translate takes the first table that has it)', () => {
    const tables = [FREQUENT_STRINGS, ENGINE_STRINGS, SETUP_STRINGS, ENFORCEMENT_STRINGS, REPORT_STRINGS, SIDEBAR_STRINGS, IMPORT_STRINGS];
    const keys = tables.flatMap((table) => Object.keys(table.en));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('give translate the string the merged STRINGS hold, for every key of every language', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const [key, text] of Object.entries(STRINGS[language])) expect([key, translate(language, key as StringKey)]).toEqual([key, text]);
    }
  });
});

import { cliLanguage, environmentLanguage } from '../../../src/local/i18n/cli-language';
import { FILE_STRINGS, fileText } from '../../../src/local/i18n/file-strings';
import { LOCAL_STRINGS, localText } from '../../../src/local/i18n/local-strings';
import { PAGE_STRINGS, pageText } from '../../../src/local/i18n/page-strings';
import { fillPlaceholders } from '../../../src/local/i18n/translator';
import { pluralForm } from '../../../src/core/i18n/placeholders';
import { readDist } from '../../helpers/built';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const NBSP = '\u00a0';

/** The French typography the core's tables follow: a no-break space before « : ; ? ! » and after «, and guillemets, not "". */
function typographyProblems(raw: string): string[] {
  // A plural marker ({count:affaire|affaires}) is syntax, not text: its words are checked, its ':' is not.
  const text = raw.replace(/\{\w+:([^|{}]*)\|([^|{}]*)\}/g, '$1 $2');
  const problems: string[] = [];
  for (const [index, char] of [...text].entries()) {
    const before = [...text][index - 1];
    const after = [...text][index + 1];
    if (':;?!»'.includes(char) && before !== NBSP && before !== '\u202f') problems.push(`no no-break space before "${char}" at ${index}`);
    if (char === '«' && after !== NBSP) problems.push(`no no-break space after "«" at ${index}`);
    if (char === '"') problems.push(`straight double quote at ${index}: use « »`);
  }
  return problems;
}

describe.each([
  ['LOCAL_STRINGS (CLI and preview server)', LOCAL_STRINGS],
  ['PAGE_STRINGS (preview page)', PAGE_STRINGS],
  ['FILE_STRINGS (errors reading, importing and writing files)', FILE_STRINGS],
] as const)('%s', (_name, table) => {
  const en: Record<string, string> = table.en;
  const fr: Record<string, string> = table.fr;
  const keys = Object.keys(en);

  it('has every key in English and French, never empty', () => {
    expect(keys.length).toBeGreaterThan(10);
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([key, en[key].trim()]).not.toEqual([key, '']);
      expect([key, fr[key].trim()]).not.toEqual([key, '']);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) expect([key, placeholders(fr[key])]).toEqual([key, placeholders(en[key])]);
  });

  it('writes French with French typography', () => {
    for (const key of keys) expect([key, typographyProblems(fr[key])]).toEqual([key, []]);
  });

  it('says each one-line message on one line (only the usage spans lines)', () => {
    for (const key of keys.filter((k) => k !== 'cli.usage')) {
      expect([key, en[key].includes('\n'), fr[key].includes('\n')]).toEqual([key, false, false]);
    }
  });
});

describe('localText and pageText', () => {
  it('fill placeholders in the language asked', () => {
    expect(localText('en', 'cli.unknownOption', { option: '--bogus' })).toBe('Unknown option "--bogus"');
    expect(localText('fr', 'cli.unknownOption', { option: '--bogus' })).toBe(`Option inconnue «${NBSP}--bogus${NBSP}»`);
    expect(pageText('fr', 'toast.imported', { file: 'a.csv' })).toBe('a.csv importé');
    expect(pageText('en', 'grid.editCell', { cell: 'C3' })).toBe('Edit C3');
  });

  it('leave an unknown placeholder visible', () => {
    expect(fillPlaceholders('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('give the usage in both languages, naming both commands', () => {
    expect(localText('en', 'cli.usage')).toContain('sheets-pipeline report INPUT -o OUTPUT.xlsx [--locale en|fr]');
    expect(localText('fr', 'cli.usage')).toMatch(/^Utilisation\u00a0:/);
    for (const language of ['en', 'fr'] as const) {
      expect(localText(language, 'cli.usage')).toContain('sheets-pipeline preview [--port N]');
      expect(localText(language, 'cli.usage')).toContain('LC_MESSAGES');
    }
  });
});

describe('fileText', () => {
  it('words the file errors as they always were in English, and in French', () => {
    const reason = fileText('en', 'reason.fileNotFound');
    expect(fileText('en', 'error.cannotImport', { file: 'x.csv', reason })).toBe('Cannot import "x.csv": file not found');
    expect(fileText('fr', 'error.cannotImport', { file: 'x.csv', reason: fileText('fr', 'reason.fileNotFound') })).toBe(
      `Impossible d’importer «${NBSP}x.csv${NBSP}»${NBSP}: fichier introuvable`,
    );
    expect(fileText('en', 'error.cannotReadWorkbook', { file: 'b.xlsx', reason: fileText('en', 'reason.notXlsx', { detail: fileText('en', 'reason.zipSignatureMissing') }) })).toBe(
      'Cannot read workbook "b.xlsx": not a valid .xlsx file (zip signature missing)',
    );
    expect(fileText('fr', 'reason.folderNotFound', { folder: '/tmp/a' })).toBe(`dossier «${NBSP}/tmp/a${NBSP}» introuvable`);
  });
});

describe('pluralForm', () => {
  it('uses the singular for 1 in English, for 0 and 1 in French', () => {
    expect([0, 1, 2].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm('fr', n))).toEqual(['one', 'one', 'other']);
  });
});

describe('the language of the command line', () => {
  it('follows LC_ALL, else LC_MESSAGES, else LANG: French when it starts with fr', () => {
    expect(environmentLanguage({})).toBe('en');
    expect(environmentLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(environmentLanguage({ LANG: 'fr' })).toBe('fr');
    expect(environmentLanguage({ LANG: 'fr_CA' })).toBe('fr');
    expect(environmentLanguage({ LC_MESSAGES: 'fr_BE.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(environmentLanguage({ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    // The first one set decides, as gettext does: LC_ALL=C is English whatever LANG says.
    expect(environmentLanguage({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_ALL: '', LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(environmentLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'fur_IT' })).toBe('en');
  });

  it('prefers a valid --locale, wherever it is and whatever else is wrong', () => {
    expect(cliLanguage(['report', 'a.csv', '--locale', 'fr'], { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(cliLanguage(['--bogus', '--locale=fr'], {})).toBe('fr');
    expect(cliLanguage(['--locale', 'en'], { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLanguage(['--locale', 'de'], { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(cliLanguage(['--locale'], {})).toBe('en');
  });
});

describe('dist/local/preview.html', () => {
  const page = readDist('local/preview.html');

  it('carries the page strings in both languages', () => {
    for (const key of ['page.import', 'toast.importFailed', 'chart.noData'] as const) {
      expect(page).toContain(PAGE_STRINGS.en[key]);
      expect(page).toContain(PAGE_STRINGS.fr[key]);
    }
  });

  it('does not carry the command line’s strings', () => {
    const pageValues = new Set(Object.values(PAGE_STRINGS.en));
    const cliOnly = [...Object.values(LOCAL_STRINGS.en), ...Object.values(FILE_STRINGS.en)].filter((text) => !pageValues.has(text) && !text.includes('\n'));
    expect(cliOnly.length).toBeGreaterThan(20);
    for (const text of cliOnly) expect([text, page.includes(JSON.stringify(text).slice(1, -1))]).toEqual([text, false]);
    for (const french of ['Commande inconnue', 'Utilisation', 'Option inconnue']) expect(page).not.toContain(french);
  });
});

import { renderSettings } from '../../src/core/settings/render-settings';
import { defaultPipeline } from '../../src/core/stages/default-pipeline';
import type { CellValue } from '../../src/local/emulator/model';
import { loadBuiltAddon, putSheet } from '../helpers/built';

const PIPELINE: CellValue[][] = [
  ['Deal ID', 'Stage', 'Amount', 'Expected close'],
  ['D-1', 'Proposal', 1000, new Date('2024-07-15T00:00:00Z')],
  ['D-2', 'Negotiation', 2000, new Date('2024-07-01T00:00:00Z')],
  ['D-3', 'Won', 5000, new Date('2024-05-01T00:00:00Z')],
  ['D-4', 'Lost', 7000, new Date('2024-07-20T00:00:00Z')],
];

/** Utilities calls that touch no document: dates, and decoding the strings tables (scripts/pack-string-tables.js). */
const PURE_UTILITIES = new Set(['Utilities.formatDate', 'Utilities.base64Decode', 'Utilities.newBlob', 'Utilities.ungzip']);

/** Column `c` (0-based) of rows 2..1000 as Sheets passes `X2:X` to a custom function. */
function range(emulator: ReturnType<typeof loadBuiltAddon>['emulator'], column: number): unknown[][] {
  return emulator.spreadsheet.getSheetByName('Pipeline')!.getRange(2, column + 1, 999, 1).getValues();
}

describe('custom functions in the built bundle', () => {
  it('compute from ranges as Sheets passes them, reading nothing else and writing nothing', () => {
    const { emulator, runtime } = loadBuiltAddon();
    putSheet(emulator, 'Pipeline', PIPELINE);
    emulator.calls.reset();
    expect(runtime.customFunction('WIN_RATE', [range(emulator, 1)]).value).toBeCloseTo(0.5);
    expect(runtime.customFunction('WEIGHTED_PIPELINE', [range(emulator, 1), range(emulator, 2)]).value).toBeCloseTo(1000 * 0.4 + 2000 * 0.7);
    expect(runtime.customFunction('PIPELINE_FORECAST', [range(emulator, 1), range(emulator, 2), range(emulator, 3)]).value).toEqual([
      ['Month', 'Open pipeline', 'Weighted pipeline'],
      ['2024-07', 3000, 1000 * 0.4 + 2000 * 0.7],
    ]);
    const methods = Object.keys(emulator.calls.byMethod());
    expect(methods.filter((m) => !/\.(get\w*)$/.test(m) && !PURE_UTILITIES.has(m))).toEqual([]);
  });

  it('recognise the stage names of Pipeline Settings', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const definition = defaultPipeline();
    definition.stages[3].aliases.push('Offre chiffrée v2');
    const settings = renderSettings(definition, 'en', 'Default') as CellValue[][];
    putSheet(emulator, 'Pipeline Settings', settings);
    expect(runtime.customFunction('WEIGHTED_PIPELINE', [[['Offre chiffrée v2']], [[100]]]).value).toBeCloseTo(40);
    expect(() => loadBuiltAddon().runtime.customFunction('WEIGHTED_PIPELINE', [[['Offre chiffrée v2']], [[100]]])).toThrow('Unknown stage "Offre chiffrée v2"');
  });

  it('find Pipeline Settings named with another case, without its accent or with stray spaces, as the sidebar does', () => {
    const definition = defaultPipeline();
    definition.stages[3].probability = 0.55;
    for (const name of ['Parametres du pipeline', 'pipeline settings ', 'PARAMÈTRES DU PIPELINE']) {
      const { emulator, runtime } = loadBuiltAddon();
      putSheet(emulator, name, renderSettings(definition, 'en', 'Default') as CellValue[][]);
      expect(runtime.customFunction('WEIGHTED_PIPELINE', [[['Proposal']], [[100]]]).value).toBeCloseTo(55);
    }
  });

  it('say which settings cell is wrong instead of ignoring the settings', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const settings = renderSettings(defaultPipeline(), 'en', 'Default') as CellValue[][];
    const kindRow = settings.findIndex((row) => row.includes('open'));
    const kindColumn = settings[kindRow].indexOf('open');
    settings[kindRow][kindColumn] = 'maybe';
    putSheet(emulator, 'Pipeline Settings', settings);
    expect(() => runtime.customFunction('WIN_RATE', [[['Won']]])).toThrow(/^The Pipeline Settings sheet has a problem in Pipeline Settings!\w+\d+: /);
  });

  it('answer in the spreadsheet language', () => {
    const { runtime } = loadBuiltAddon({ locale: 'fr_FR' });
    expect(() => runtime.customFunction('WIN_RATE', [[['Gagné'], ['Banane']]])).toThrow('Étape inconnue « Banane » (stages, valeur 2)');
  });

  it('score deals', () => {
    const { runtime } = loadBuiltAddon();
    expect(runtime.customFunction('DEAL_SCORE', [true, true, true, false]).value).toBe(75);
  });
});

import { parseSettings } from '../../../src/core/settings/parse-settings';
import { renderSettings } from '../../../src/core/settings/render-settings';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

const HEADER = ['Key', 'Stage (English)', 'Stage (French)', 'Kind', 'Probability', 'Stale after (days)', 'Required fields', 'Aliases'];
const WON = ['won', 'Won', 'Gagné', 'won', 1, '', '', ''];
const LOST = ['lost', 'Lost', 'Perdu', 'lost', 0, '', 'Lost reason', ''];

/** A block with the given stage rows between a valid won and lost stage. */
function block(...stageRows: unknown[][]): unknown[][] {
  return [['Pipeline: Test'], HEADER, ...stageRows, WON, LOST];
}

const errorsOf = (values: unknown[][]) => parseSettings(values).errors.map((e) => [e.cell, e.code]);

describe('parseSettings', () => {
  it('reads the default pipeline back from its rendering, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const parsed = parseSettings(renderSettings(defaultPipeline(), language, 'Default'));
      expect(parsed.errors).toEqual([]);
      expect(parsed.definitions).toEqual({ Default: defaultPipeline() });
    }
  });

  it('reads several named blocks from one sheet', () => {
    const other = defaultPipeline();
    other.currency = 'USD';
    other.rules.allowReopen = true;
    const values = [...renderSettings(defaultPipeline(), 'en', 'Default'), [], ...renderSettings(other, 'fr', 'Renewals')];
    const parsed = parseSettings(values);
    expect(Object.keys(parsed.definitions)).toEqual(['Default', 'Renewals']);
    expect(parsed.definitions.Renewals).toEqual(other);
  });

  it('accepts probabilities as fractions, percent numbers and percent text', () => {
    const values = block(['a', 'A', '', 'open', 0.4, '', '', ''], ['b', 'B', '', 'open', 40, '', '', ''], ['c', 'C', '', 'open', '40%', '', '', ''], ['d', 'D', '', 'open', '40 %', '', '', '']);
    const stages = parseSettings(values).definitions.Test.stages;
    expect(stages.slice(0, 4).map((s) => s.probability)).toEqual([0.4, 0.4, 0.4, 0.4]);
  });

  it('reads a hand-typed French sheet: reordered columns, no key column, short headers, untitled block', () => {
    const values = [
      ['Mes réglages'],
      [],
      ['Étape', 'Type', 'Probabilité', 'Champs obligatoires', 'Alias', 'Stage'],
      ['Prospection', 'ouverte', '10 %', '', 'Piste, Lead', 'Prospecting'],
      ['Devis', 'ouverte', '0,5', 'Montant; Clôture prévue', '', 'Quote'],
      ['Signé', 'gagnée', '', '', '', ''],
      ['Perdu', 'perdue', '', 'Motif de perte', '', 'Lost'],
      ['Autoriser le retour en arrière', 'FAUX'],
      ['Devise', '€'],
    ];
    const parsed = parseSettings(values);
    expect(parsed.errors).toEqual([]);
    const definition = parsed.definitions.Default;
    expect(definition.stages.map((s) => [s.key, s.labels.en, s.labels.fr, s.kind, s.probability])).toEqual([
      ['prospecting', 'Prospecting', 'Prospection', 'open', 0.1],
      ['quote', 'Quote', 'Devis', 'open', 0.5],
      ['signe', 'Signé', 'Signé', 'won', 1],
      ['lost', 'Lost', 'Perdu', 'lost', 0],
    ]);
    expect(definition.stages[1].requiredFields).toEqual(['Amount', 'Expected close']);
    expect(definition.stages[0].aliases).toEqual(['Piste', 'Lead']);
    expect(definition.rules).toEqual({ allowSkipForward: true, allowBackward: false, allowReopen: false });
    expect(definition.currency).toBe('EUR');
  });

  it('names the cell of each bad value', () => {
    expect(errorsOf(block(['a', 'A', '', 'maybe', 0.1, '', '', '']))).toEqual([['D3', 'unknown-kind']]);
    expect(errorsOf(block(['a', 'A', '', 'open', 1.5, '', '', '']))).toEqual([]); // 1.5 is 1.5 %
    expect(errorsOf(block(['a', 'A', '', 'open', 150, '', '', '']))).toEqual([['E3', 'bad-probability']]);
    expect(errorsOf(block(['a', 'A', '', 'open', '120%', '', '', '']))).toEqual([['E3', 'bad-probability']]);
    expect(errorsOf(block(['a', 'A', '', 'open', -0.1, '', '', '']))).toEqual([['E3', 'bad-probability']]);
    expect(errorsOf(block(['a', 'A', '', 'open', 'high', '', '', '']))).toEqual([['E3', 'bad-probability']]);
    expect(errorsOf(block(['a', 'A', '', 'open', '', '', '', '']))).toEqual([['E3', 'missing-probability']]);
    expect(errorsOf(block(['a', 'A', '', 'open', 0.1, 'two weeks', '', '']))).toEqual([['F3', 'bad-stale-days']]);
    expect(errorsOf(block(['a', 'A', '', 'open', 0.1, 2.5, '', '']))).toEqual([['F3', 'bad-stale-days']]);
    expect(errorsOf(block(['a', 'A', '', 'open', 0.1, '', 'Amount, Shoe size', '']))).toEqual([['G3', 'unknown-field']]);
    expect(errorsOf(block(['a', '', '', 'open', 0.1, '', '', '']))).toEqual([['B3', 'missing-stage-name']]);
  });

  it('refuses names and aliases claimed by two stages, naming the second cell', () => {
    expect(errorsOf(block(['a', 'Deal won', '', 'open', 0.1, '', '', ''], ['b', 'B', '', 'open', 0.2, '', '', 'deal_WON']))).toEqual([['H4', 'duplicate-name']]);
    // The won stage comes second, so its key and label are the ones refused.
    expect(errorsOf(block(['a', 'A', '', 'open', 0.1, '', '', 'Won']))).toEqual([['A4', 'duplicate-name'], ['B4', 'duplicate-name']]);
    // One stage may spell itself the same way twice (Qualification is the same in both languages).
    expect(errorsOf(block(['q', 'Qualification', 'Qualification', 'open', 0.1, '', '', 'qualification']))).toEqual([]);
  });

  it('requires a won and a lost stage, pointing at the Kind header', () => {
    const values = [['Pipeline: Test'], HEADER, ['a', 'A', '', 'open', 0.1, '', '', '']];
    expect(errorsOf(values)).toEqual([['D2', 'no-won-stage'], ['D2', 'no-lost-stage']]);
    expect(errorsOf([['Pipeline: Test'], HEADER, ['a', 'A', '', 'wonn', 0.1, '', '', ''], LOST])).toEqual([['D3', 'unknown-kind']]);
  });

  it('checks rules, currency, block names and stray rows', () => {
    expect(errorsOf([...block(), ['Allow moving backward', 'perhaps']])).toEqual([['B5', 'bad-rule-value']]);
    expect(errorsOf([...block(), ['Currency', 'Euros']])).toEqual([['B5', 'bad-currency']]);
    expect(errorsOf([...block(), [], ['Alow reopening', true]])).toEqual([['A6', 'unrecognised-row']]);
    expect(errorsOf([...block(), [], ...block()])).toEqual([['A6', 'duplicate-pipeline']]);
    expect(errorsOf([['Pipeline: Empty']])).toEqual([['A1', 'no-stages']]);
  });

  it('leaves blocks with errors out and keeps the others', () => {
    const parsed = parseSettings([...block(['a', 'A', '', 'maybe', 0.1, '', '', '']), [], ...renderSettings(defaultPipeline(), 'en', 'Good')]);
    expect(Object.keys(parsed.definitions)).toEqual(['Good']);
    expect(parsed.errors.map((e) => e.pipeline)).toEqual(['Test']);
  });

  it('writes messages in the language of the sheet, or the one asked for', () => {
    const french = renderSettings(defaultPipeline(), 'fr', 'Ventes');
    french[2][3] = 'peut-être';
    expect(parseSettings(french).errors[0].message).toBe('Type inconnu « peut-être » : écrivez ouverte, gagnée ou perdue.');
    expect(parseSettings(french, 'en').errors[0].message).toBe('Unknown kind "peut-être": write open, won or lost.');
  });
});

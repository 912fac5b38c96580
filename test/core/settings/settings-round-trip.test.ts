import fc from 'fast-check';
import { REQUIRED_FIELD_PROPERTY, type RequirableField } from '../../../src/core/columns/required-fields';
import { LANGUAGES } from '../../../src/core/i18n/language';
import { parseSettings } from '../../../src/core/settings/parse-settings';
import { renderSettings } from '../../../src/core/settings/render-settings';
import { settingsLabel } from '../../../src/core/settings/settings-layout';
import type { PipelineDefinition, Stage } from '../../../src/core/stages/stage';
import { foldLabel } from '../../../src/core/text/fold';

const REQUIRABLE = Object.keys(REQUIRED_FIELD_PROPERTY) as RequirableField[];

/** Names people give stages and reasons. Ones that read as a settings label would be read as layout, as documented. */
const word = fc.stringMatching(/^[A-Za-zéèàçÉ][A-Za-zéèàçÉ '-]{0,12}[A-Za-zéèàçÉ]$/).filter((w) => settingsLabel(w) === undefined && foldLabel(w) !== '');

const stage = (index: number) =>
  fc.record({
    key: fc.constant(`stage-${index}`),
    labels: fc.record({ en: word, fr: word }),
    kind: fc.constantFrom<Stage['kind']>('open', 'won', 'lost'),
    probability: fc.double({ min: 0, max: 1, noNaN: true }),
    staleDays: fc.option(fc.nat(400), { nil: null }),
    requiredFields: fc.subarray(REQUIRABLE, { maxLength: 4 }).map((fields) => [...fields] as string[]),
    aliases: fc.array(word, { maxLength: 3 }),
  });

/** No two stages may share a folded name, or the parser rightly refuses the block. */
function namesAreUnique(stages: Stage[]): boolean {
  const owner = new Map<string, number>();
  return stages.every((s, i) =>
    [s.key, s.labels.en, s.labels.fr, ...s.aliases].every((name) => {
      const folded = foldLabel(name);
      if ((owner.get(folded) ?? i) !== i) return false;
      owner.set(folded, i);
      return true;
    }),
  );
}

const definition: fc.Arbitrary<PipelineDefinition> = fc
  .integer({ min: 2, max: 7 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => stage(i))))
  .filter((stages) => stages.some((s) => s.kind === 'won') && stages.some((s) => s.kind === 'lost') && namesAreUnique(stages))
  .chain((stages) =>
    fc.record({
      stages: fc.constant(stages),
      rules: fc.record({ allowSkipForward: fc.boolean(), allowBackward: fc.boolean(), allowReopen: fc.boolean() }),
      lostReasons: fc.record({ en: fc.array(word, { maxLength: 4 }), fr: fc.array(word, { maxLength: 4 }) }),
      currency: fc.stringMatching(/^[A-Z]{3}$/),
    }),
  );

describe('renderSettings / parseSettings', () => {
  it('round-trip any valid definition, in either language, under any block name', () => {
    fc.assert(
      fc.property(definition, fc.constantFrom(...LANGUAGES), word, (pipeline, language, name) => {
        const parsed = parseSettings(renderSettings(pipeline, language, name));
        expect(parsed.errors).toEqual([]);
        expect(parsed.definitions).toEqual({ [name]: pipeline });
      }),
      { numRuns: 150 },
    );
  });

  it('writes rectangular values, as setValues requires', () => {
    fc.assert(
      fc.property(definition, fc.constantFrom(...LANGUAGES), (pipeline, language) => {
        const values = renderSettings(pipeline, language, 'P');
        expect(new Set(values.map((row) => row.length)).size).toBe(1);
      }),
    );
  });
});

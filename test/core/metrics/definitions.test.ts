import { LANGUAGES } from '../../../src/core/i18n/language';
import { METRIC_KINDS, metricDefinition, noValueReason } from '../../../src/core/metrics/definitions';

describe('metric definitions', () => {
  it('gives every figure a one-line definition in English and French', () => {
    for (const kind of METRIC_KINDS) {
      const [en, fr] = LANGUAGES.map((language) => metricDefinition(kind, language));
      expect(en.length).toBeGreaterThan(20);
      expect(fr.length).toBeGreaterThan(20);
      expect(en).not.toEqual(fr);
      expect(en).not.toContain('\n');
    }
  });

  it('states the lost-at-the-last-open-stage rule in the reached definition, and fills placeholders', () => {
    expect(metricDefinition('reached', 'en')).toContain('last open stage of the order when Lost at stage is blank');
    expect(metricDefinition('stageConversion', 'fr', { from: 'Prospection', to: 'Premier contact' })).toContain('Prospection → Premier contact');
    expect(noValueReason('no-closed-deals', 'fr')).toBe('Aucune affaire gagnée ou perdue pour l’instant.');
  });
});

import { foldLabel } from '../../../src/core/text/fold';

describe('foldLabel', () => {
  it('ignores case, accents, punctuation and spaces', () => {
    expect(foldLabel('Closed Won')).toBe('closedwon');
    expect(foldLabel(' closed_won ')).toBe('closedwon');
    expect(foldLabel('CLOSED-WON')).toBe('closedwon');
    expect(foldLabel('Négociation')).toBe(foldLabel('negociation'));
    expect(foldLabel("Entrée dans l'étape")).toBe('entreedansletape');
  });
  it('reads non-strings as text and empties as empty', () => {
    expect(foldLabel(null)).toBe('');
    expect(foldLabel(undefined)).toBe('');
    expect(foldLabel(42)).toBe('42');
  });
});

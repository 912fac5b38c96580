import { markedNote, planNotes, userPartOf } from '../../../src/core/validate/note-marks';

describe('note marks', () => {
  it('adds marks after the user text and takes them off exactly', () => {
    for (const user of ['', 'call back Monday', 'two\nlines', 'trailing\n', '\n']) {
      const note = markedNote(user, ['first problem', 'second\nproblem'], 'en');
      expect(note.split('\n').filter((line) => line.startsWith('⚠ Sheets Pipeline: '))).toHaveLength(2);
      expect(userPartOf(note)).toBe(user);
      expect(userPartOf(markedNote(user, ['problème'], 'fr'))).toBe(user);
    }
    expect(markedNote('mine', [], 'en')).toBe('mine');
    expect(markedNote('', ['x'], 'fr')).toBe('⚠ Sheets Pipeline : x');
  });

  it('plans one block covering exactly the notes that change', () => {
    const existing = [
      ['', '', '', ''],
      ['', 'user note', '', ''],
      ['', '', 'old\n⚠ Sheets Pipeline: stale problem', ''],
      ['', '', '', 'untouched'],
    ];
    const plan = planNotes(existing, { row: 1, column: 1 }, [{ row: 2, column: 2, message: 'new problem' }], 'en');
    expect(plan).toEqual({
      row: 2,
      column: 2,
      notes: [
        ['user note\n⚠ Sheets Pipeline: new problem', ''],
        ['', 'old'],
      ],
      marked: 1,
      cleared: 1,
    });
  });

  it('changes nothing when the marks are already right', () => {
    const existing = [['⚠ Sheets Pipeline: same', 'mine']];
    expect(planNotes(existing, { row: 5, column: 3 }, [{ row: 5, column: 3, message: 'same' }], 'en')).toBeNull();
    expect(planNotes([['mine']], { row: 1, column: 1 }, [], 'en')).toBeNull();
  });

  it('refuses a mark outside the notes read', () => {
    expect(() => planNotes([['']], { row: 1, column: 1 }, [{ row: 3, column: 1, message: 'x' }], 'en')).toThrow('outside');
  });
});

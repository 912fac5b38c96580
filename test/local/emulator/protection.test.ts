import { ALICE, BOB, setup } from './helpers';

describe('notes and frozen rows/columns', () => {
  it('keeps frozen rows and columns', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  it('keeps notes per cell', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setNote('hello');
    expect(sheet.getRange('A1:B2').getNotes()).toEqual([['', ''], ['', 'hello']]);
  });
});

describe('protections', () => {
  it('protects ranges and sheets, with descriptions, editors and warning-only', () => {
    const { emu, g, sheet } = setup();
    const { SpreadsheetApp } = g;
    emu.execute(ALICE, () => {
      const p = sheet.getRange('A1:C1').protect().setDescription('Headers');
      expect(p.getEditors().map((u) => u.getEmail())).toEqual(['alice@example.com']);
      expect(p.canEdit()).toBe(true);
      p.addEditor('carol@example.com');
      p.removeEditors(['alice@example.com']);
      expect(p.canEdit()).toBe(false);
      p.setWarningOnly(true);
      expect([p.isWarningOnly(), p.canEdit()]).toEqual([true, true]);
      sheet.protect().setDescription('Whole sheet');
    });
    const ranges = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(ranges.map((p) => [p.getDescription(), p.getRange().getA1Notation()])).toEqual([['Headers', 'A1:C1']]);
    const sheets = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(sheets.map((p) => p.getDescription())).toEqual(['Whole sheet']);
    expect(sheet.protect().getDescription()).toBe('Whole sheet');
    sheets[0].remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  it('refuses user edits in protected cells unless the user is an editor', () => {
    const { emu, sheet } = setup();
    emu.execute(ALICE, () => sheet.getRange('A1').protect());
    expect(emu.userEdit('Sheet1', 1, 1, 'x', BOB.user)).toEqual({
      ok: false,
      message: 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    });
    expect(emu.userEdit('Sheet1', 1, 1, 'x', ALICE.user).ok).toBe(true);
    expect(emu.userEdit('Sheet1', 2, 1, 'x', BOB.user).ok).toBe(true);
  });

  it('moves protected ranges when rows are inserted above them', () => {
    const { g, sheet } = setup();
    sheet.getRange('A3:B4').protect();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A5:B6');
  });
});

import type { CommandResult } from '../../../src/core/sidebar/sidebar-api';
import type { CellValue } from '../../../src/local/emulator/model';
import { loadBuiltAddon } from '../../helpers/built';
import { countedCalls } from './count-calls';

/**
 * setNextStep on sheets whose own Next step and Next step due columns are side by side,
 * the other way round, or apart: both cells land in their columns, side by side in one
 * write, apart in one write each, and no other cell is written.
 */
function sheetWith(header: string[]) {
  const { emulator, runtime } = loadBuiltAddon();
  const sheet = emulator.spreadsheet.getSheetByName('Sheet1')!.setName('Pipeline');
  const row = (deal: string): CellValue[] => header.map((name) => (name === 'Deal' ? deal : name === 'Stage' ? 'Qualification' : name === 'Notes' ? '=1+1' : ''));
  sheet.getRange(1, 1, 3, header.length).setValues([header, row('Acme'), row('Beta')]);
  const setup = runtime.run('setupPipeline').value as { ok: boolean; message: string };
  if (!setup.ok) throw new Error(setup.message);
  const columns = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const col = (name: string) => columns.indexOf(name) + 1;
  return { emulator, runtime, sheet, col, columns };
}

const LAYOUTS: [string, string[], Record<string, number>][] = [
  ['side by side', ['Deal', 'Stage', 'Next step', 'Next step due', 'Notes'], { 'Range.setValues': 1 }],
  ['the other way round', ['Deal', 'Stage', 'Next step due', 'Next step', 'Notes'], { 'Range.setValues': 1 }],
  ['apart, with a column of the user’s between them', ['Deal', 'Next step', 'Notes', 'Stage', 'Next step due'], { 'Range.setValues': 2 }],
];

describe('setNextStep, whatever the order of the two columns', () => {
  it.each(LAYOUTS)('%s', (_layout, header, writes) => {
    const f = sheetWith(header);
    f.runtime.run('getSidebarState', [], { userLocale: 'en' });
    const before = f.sheet.getRange(1, 1, 3, f.columns.length).getFormulas();
    f.emulator.calls.reset();
    const result = f.runtime.run('setNextStep', ['D-000002', 'Send the quote', '2024-10-07'], { userLocale: 'en' }).value as CommandResult;
    expect(result.ok).toBe(true);
    const { byMethod } = countedCalls(f.emulator);
    const written = Object.fromEntries(Object.entries(byMethod).filter(([method]) => /set|append/i.test(method)));
    expect(written).toEqual(writes);
    expect(f.sheet.getRange(3, f.col('Next step')).getValue()).toBe('Send the quote');
    expect(f.sheet.getRange(3, f.col('Next step due')).getValue()).toEqual(new Date('2024-10-07T00:00:00Z'));
    // Acme's row and the user's formula between the columns are untouched.
    expect(f.sheet.getRange(2, f.col('Next step'), 1, 1).getValue()).toBe('');
    expect(f.sheet.getRange(1, 1, 3, f.columns.length).getFormulas()).toEqual(before);

    // Cleared: both cells blank again.
    const cleared = f.runtime.run('setNextStep', ['D-000002', '', ''], { userLocale: 'en' }).value as CommandResult;
    expect(cleared.ok).toBe(true);
    expect([f.sheet.getRange(3, f.col('Next step')).getValue(), f.sheet.getRange(3, f.col('Next step due')).getValue()]).toEqual(['', '']);
  });
});

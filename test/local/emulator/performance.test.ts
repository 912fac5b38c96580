import { setup } from './helpers';

describe('performance at 100 000 x 25', () => {
  it('writes and reads a 100 000 x 25 block correctly', () => {
    const { sheet } = setup();
    const rows = 100_000;
    const cols = 25;
    sheet.insertRowsAfter(1000, rows - 1000);
    const data = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c % 5 === 0 ? `r${r}c${c}` : r * cols + c)));
    const range = sheet.getRange(1, 1, rows, cols);
    let t = performance.now();
    range.setValues(data);
    const writeMs = performance.now() - t;
    t = performance.now();
    const back = range.getValues();
    const readMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 1000; i++) sheet.getLastRow();
    const lastRowMs = performance.now() - t;
    console.log(`setValues ${writeMs.toFixed(0)} ms, getValues ${readMs.toFixed(0)} ms, 1000 x getLastRow ${lastRowMs.toFixed(1)} ms`);
    expect(back).toEqual(data);
    expect(back).not.toBe(data);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([rows, cols]);
    expect(sheet.getRange(rows, cols).getValue()).toBe(rows * cols - 1);
  });
});

import { currencyFormat, reportNumberFormats } from '../../../src/core/reports/number-formats';
import { ReportBuilder, text } from '../../../src/core/reports/report-grid';
import { toSheetGrid } from '../../../src/core/reports/sheet-grid';

describe('toSheetGrid', () => {
  const formats = reportNumberFormats('EUR', 'en_US');

  it('pads rows into one rectangle with a number format and a weight for every cell', () => {
    const builder = new ReportBuilder().summary('Win rate', { value: 0.5, format: 'percent' }, 'won ÷ closed');
    builder.table('funnel', 'Funnel', 'How', ['Stage', 'Reached', 'Next', 'Cumulative', 'Extra'], [[text('Prospecting'), { value: 3, format: 'count' }]], 'none');
    const grid = toSheetGrid(builder.build(), formats);
    expect(grid.numColumns).toBe(5);
    expect(grid.numRows).toBe(6);
    expect(grid.values.every((row) => row.length === 5)).toBe(true);
    expect(grid.values[0]).toEqual(["'Win rate", 0.5, "'won ÷ closed", '', '']);
    expect(grid.numberFormats[0]).toEqual(['@', '0.0%', '@', '@', '@']);
    expect(grid.values[1]).toEqual(['', '', '', '', '']);
    expect(grid.fontWeights.map((row) => row[0])).toEqual([null, null, 'bold', null, 'bold', null]);
    expect(grid.numberFormats[5]).toEqual(['@', '#,##0', '@', '@', '@']);
  });

  it('writes text so that Sheets keeps it as text: a leading apostrophe, which Sheets drops', () => {
    const builder = new ReportBuilder().summary('=SUM(A1)', text('-10% discount'), '2024');
    const grid = toSheetGrid(builder.build(), formats);
    expect(grid.values[0]).toEqual(["'=SUM(A1)", "'-10% discount", "'2024"]);
  });

  it('gives the reason shown instead of a figure the text format', () => {
    const grid = toSheetGrid(new ReportBuilder().summary('Win rate', text('No won or lost deals yet.'), 'def').build(), formats);
    expect(grid.numberFormats[0][1]).toBe('@');
  });

  it('refuses a summary line after a table', () => {
    const builder = new ReportBuilder();
    builder.table('funnel', 'T', 'N', ['A'], [], 'none');
    expect(() => builder.summary('late', text(''), '')).toThrow('summary block');
  });
});

describe('currencyFormat', () => {
  it('puts the symbol where the spreadsheet locale puts it', () => {
    expect(currencyFormat('USD', 'en_US')).toBe('[$$]#,##0');
    expect(currencyFormat('GBP', 'en_GB')).toBe('[$£]#,##0');
    expect(currencyFormat('EUR', 'fr_FR')).toBe('#,##0 [$€]');
    expect(currencyFormat('eur', 'de_DE')).toBe('#,##0 [$€]');
    expect(currencyFormat('EUR', 'en_IE')).toBe('[$€]#,##0');
  });

  it('shows an unknown code as itself', () => {
    expect(currencyFormat('XYZ', 'fr_FR')).toBe('#,##0 [$XYZ]');
  });

  it('formats percent, days with one decimal and dates', () => {
    expect(reportNumberFormats('EUR', 'fr_FR')).toMatchObject({ percent: '0.0%', days: '0.0', dateTime: 'yyyy-mm-dd hh:mm', month: 'yyyy-mm', count: '#,##0' });
  });
});

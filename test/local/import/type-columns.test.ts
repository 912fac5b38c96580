import type { CellValue } from '../../../src/local/emulator/model';
import { decimalShownBy, readNumberText } from '../../../src/local/import/number-text';
import { typeColumns } from '../../../src/local/import/type-columns';

describe('readNumberText', () => {
  it('reads the ways exports write numbers', () => {
    expect(readNumberText('1234.5', '.')?.value).toBe(1234.5);
    expect(readNumberText('1,234.50', '.')?.value).toBe(1234.5);
    expect(readNumberText('1.234,50', ',')?.value).toBe(1234.5);
    expect(readNumberText('1 234,50', ',')?.value).toBe(1234.5);
    expect(readNumberText('1\u202f234,50', ',')?.value).toBe(1234.5);
    expect(readNumberText('-12', '.')?.value).toBe(-12);
    expect(readNumberText('(1,234.50)', '.')?.value).toBe(-1234.5);
    expect(readNumberText('25%', '.')).toMatchObject({ value: 0.25, percent: true });
    expect(readNumberText('12,5 %', ',')).toMatchObject({ value: 0.125, percent: true });
    expect(readNumberText('€1.234,50', ',')).toMatchObject({ value: 1234.5, currency: { sign: '€', after: false } });
    expect(readNumberText('1 234,50 €', ',')).toMatchObject({ value: 1234.5, currency: { sign: '€', after: true, spaced: true } });
    expect(readNumberText('USD 1,200', '.')).toMatchObject({ value: 1200, currency: { sign: 'USD' } });
    expect(readNumberText('US$5', '.')?.value).toBe(5);
  });

  it('leaves text that is not clearly a number alone', () => {
    for (const text of ['+33 6 12 34 56 78', '12 abc', '1,23,456', '1E5', 'INV 123', '--5', '1.2.3', '', ' ', '12-34', 'Q1-2024']) {
      expect(readNumberText(text, '.')).toBeUndefined();
    }
    expect(readNumberText('1234567890123456789', '.')).toBeUndefined();
  });

  it('flags leading zeros, which IDs have and numbers do not', () => {
    expect(readNumberText('007', '.')?.leadingZero).toBe(true);
    expect(readNumberText('0.5', '.')?.leadingZero).toBe(false);
    expect(readNumberText('0', '.')?.leadingZero).toBe(false);
  });

  it('tells which decimal separator a value proves', () => {
    expect(decimalShownBy('1.234,5')).toBe(',');
    expect(decimalShownBy('1,5')).toBe(',');
    expect(decimalShownBy('1,234.5')).toBe('.');
    expect(decimalShownBy('1,234,567')).toBe('.');
    expect(decimalShownBy('1,234')).toBeNull();
    expect(decimalShownBy('1.234')).toBeNull();
  });
});

/** Types a little table (header + rows) and returns its rows and formats. */
function typed(rows: string[][], locale = 'en_US', delimiter = ',') {
  const cells = rows.map((row) => [...row]) as CellValue[][];
  const { formats } = typeColumns(cells, 0, { locale, timeZone: 'Europe/Paris', delimiter });
  return { cells, formats, column: (c: number) => cells.slice(1).map((row) => row[c]) };
}

const paris = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min) - (m >= 4 && m <= 10 ? 2 : 1) * 3600000);

describe('typeColumns', () => {
  it('keeps text columns as text: IDs with leading zeros, phones, stages, names', () => {
    const { column } = typed([
      ['Deal ID', 'Phone', 'Stage', 'Deal', 'Account number'],
      ['00123', '+33 6 12 34 56 78', '12', '2024', '0042'],
      ['00124', '0612345678', 'Won', '100', '1234'],
    ]);
    expect(column(0)).toEqual(['00123', '00124']);
    expect(column(1)).toEqual(['+33 6 12 34 56 78', '0612345678']);
    expect(column(2)).toEqual(['12', 'Won']);
    expect(column(3)).toEqual(['2024', '100']);
    // Not a deal column, but a leading zero: a code, so the whole column stays text.
    expect(column(4)).toEqual(['0042', '1234']);
  });

  it('types amounts by the decimal separator the column proves, whatever the locale', () => {
    expect(typed([['Amount'], ['1.234,50'], ['99,9'], ['1.000']]).column(0)).toEqual([1234.5, 99.9, 1000]);
    expect(typed([['Amount'], ['1,234.50'], ['1,000']], 'fr_FR').column(0)).toEqual([1234.5, 1000]);
  });

  it('reads ambiguous 1,234 by the file, then the locale: a semicolon file writes decimal commas', () => {
    expect(typed([['Amount'], ['1,234']]).column(0)).toEqual([1234]);
    expect(typed([['Amount'], ['1,234']], 'en_US', ';').column(0)).toEqual([1.234]);
    expect(typed([['Amount'], ['1,234']], 'fr_FR').column(0)).toEqual([1.234]);
  });

  it('types currency text and keeps its sign in the number format', () => {
    const { column, formats } = typed([['Amount'], ['€1.234,50'], ['€99']]);
    expect(column(0)).toEqual([1234.5, 99]);
    expect(formats[0].format.numberFormat).toBe('"€"#,##0.00');
  });

  it('keeps a column of two currencies as text, so they are not added up as one', () => {
    expect(typed([['Amount'], ['$100'], ['€200']]).column(0)).toEqual(['$100', '€200']);
  });

  it('keeps unreadable cells of a number column as text and types the rest', () => {
    expect(typed([['Amount'], ['1200'], ['n/a'], [''], ['12 abc']]).column(0)).toEqual([1200, 'n/a', '', '12 abc']);
  });

  it('types percent probabilities as fractions, formatted as percent', () => {
    const { column, formats } = typed([['Probability'], ['25%'], ['100 %'], ['12.5%']]);
    expect(column(0)).toEqual([0.25, 1, 0.125]);
    expect(formats[0].format.numberFormat).toBe('0.00%');
    // Bare percents stay bare: the engine reads a column with values above 1 as percent.
    expect(typed([['Probability (%)'], ['10'], ['100']]).column(0)).toEqual([10, 100]);
    // Both kinds in one column: typed, 25% would be 0.25 beside 40 on another scale; it stays text.
    expect(typed([['Probability'], ['25%'], ['40']]).column(0)).toEqual(['25%', 40]);
  });

  it('types dates in the order the column proves, in the spreadsheet time zone', () => {
    expect(typed([['Close date'], ['24/03/2024'], ['01/04/2024']]).column(0)).toEqual([paris(2024, 3, 24), paris(2024, 4, 1)]);
    expect(typed([['Close date'], ['3/24/2024'], ['4/1/2024']], 'fr_FR').column(0)).toEqual([paris(2024, 3, 24), paris(2024, 4, 1)]);
    // Ambiguous everywhere: the locale decides.
    expect(typed([['Close date'], ['01/04/2024']], 'en_US').column(0)).toEqual([paris(2024, 1, 4)]);
    expect(typed([['Close date'], ['01/04/2024']], 'fr_FR').column(0)).toEqual([paris(2024, 4, 1)]);
  });

  it('reads a column of ambiguous dates in the order the file’s other date columns prove', () => {
    const { column } = typed([['Created', 'Close date'], ['01/02/2024', '24/03/2024'], ['03/02/2024', '15/04/2024']]);
    expect(column(0)).toEqual([paris(2024, 2, 1), paris(2024, 2, 3)]);
  });

  it('types ISO dates and times, and says so in the number format', () => {
    const { column, formats } = typed([['Created'], ['2024-03-01 14:30'], ['2024-03-02T09:00:00Z']]);
    expect(column(0)).toEqual([paris(2024, 3, 1, 14, 30), new Date(Date.UTC(2024, 2, 2, 9))]);
    expect(formats[0].format.numberFormat).toBe('yyyy-mm-dd hh:mm');
  });

  it('leaves day/month dates as text in a column that mixes both orders (the engine reports it)', () => {
    expect(typed([['Close date'], ['24/03/2024'], ['03/25/2024'], ['2024-01-05']]).column(0)).toEqual(['24/03/2024', '03/25/2024', paris(2024, 1, 5)]);
  });

  it('types other columns only when every value agrees', () => {
    const { column } = typed([
      ['Seats', 'Renewal', 'Fiscal period', 'Active', 'Mixed'],
      ['12', '2024-05-01', 'Q1-2024', 'TRUE', '12'],
      ['7', '2024-06-01', 'Q2-2024', 'false', 'twelve'],
    ]);
    expect(column(0)).toEqual([12, 7]);
    expect(column(1)).toEqual([paris(2024, 5, 1), paris(2024, 6, 1)]);
    expect(column(2)).toEqual(['Q1-2024', 'Q2-2024']);
    expect(column(3)).toEqual([true, false]);
    expect(column(4)).toEqual(['12', 'twelve']);
  });

  it('reads French booleans in a French spreadsheet', () => {
    expect(typed([['Besoin'], ['VRAI'], ['faux']], 'fr_FR').column(0)).toEqual([true, false]);
  });

  it('never types rows above the header or the header itself', () => {
    const cells = [['Report 2024'], ['Stage', '2024'], ['Won', '5']] as CellValue[][];
    typeColumns(cells, 1, { locale: 'en_US', timeZone: 'UTC' });
    expect(cells).toEqual([['Report 2024'], ['Stage', '2024'], ['Won', 5]]);
  });
});

describe('readNumberText, plain numbers', () => {
  it('agrees with the general reading on digits, signs, zeros and precision', () => {
    for (const [text, decimal, value] of [
      ['1200', '.', 1200], ['-12.5', '.', -12.5], ['12,5', ',', 12.5], ['-0', '.', 0], ['0.0001234', '.', 0.0001234],
      ['123456789012345', '.', 123456789012345], ['000000000000000001', '.', 1],
    ] as const) {
      expect(readNumberText(text, decimal)?.value).toBe(value);
    }
    expect(readNumberText('1234567890123456', '.')).toBeUndefined();
    expect(readNumberText('-1234567890.123456', '.')).toBeUndefined();
    expect(readNumberText('12.5', ',')).toBeUndefined();
    expect(readNumberText('0012', '.')?.leadingZero).toBe(true);
    expect(readNumberText('-007', '.')?.leadingZero).toBe(true);
    expect(readNumberText('0,5', ',')?.leadingZero).toBe(false);
  });
});

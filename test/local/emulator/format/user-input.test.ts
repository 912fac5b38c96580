import { formatDisplayValue, inferNumberFormat, parseUserInput } from '../../../../src/local/emulator/format';

const NY = 'America/New_York';
const typed = (text: string, locale = 'en_US', tz = NY) => parseUserInput(text, locale, tz);
const typedDate = (text: string, locale = 'en_US', tz = NY) => {
  const result = typed(text, locale, tz);
  if (!('value' in result) || !(result.value instanceof Date)) throw new Error(`expected a date, got ${JSON.stringify(result)}`);
  return result.value.toISOString();
};

describe('parseUserInput', () => {
  it('keeps formulas', () => {
    expect(typed('=SUM(A1:A3)')).toEqual({ formula: '=SUM(A1:A3)' });
    expect(typed('=a1*2')).toEqual({ formula: '=a1*2' });
  });

  it('stores the rest of an apostrophe-prefixed entry as text', () => {
    expect(typed("'=SUM(A1)")).toEqual({ value: '=SUM(A1)' });
    expect(typed("'0042")).toEqual({ value: '0042' });
    expect(typed("'TRUE")).toEqual({ value: 'TRUE' });
    expect(typed("'")).toEqual({ value: '' });
  });

  it('reads booleans case-insensitively, in the spreadsheet language too', () => {
    expect(typed('TRUE')).toEqual({ value: true });
    expect(typed('false')).toEqual({ value: false });
    expect(typed('vrai', 'fr_FR')).toEqual({ value: true });
    expect(typed('FAUX', 'fr_FR')).toEqual({ value: false });
    expect(typed('wahr', 'de_DE')).toEqual({ value: true });
    expect(typed('vrai', 'en_US')).toEqual({ value: 'vrai' });
  });

  it.each<[string, string, number]>([
    ['42', 'en_US', 42],
    ['  42 ', 'en_US', 42],
    ['-12', 'en_US', -12],
    ['+7', 'en_US', 7],
    ['(12)', 'en_US', -12],
    ['1234.5', 'en_US', 1234.5],
    ['.5', 'en_US', 0.5],
    ['1,234.5', 'en_US', 1234.5],
    ['1,234,567', 'en_US', 1234567],
    ['1 234,5', 'fr_FR', 1234.5],
    ['1\u202f234,5', 'fr_FR', 1234.5],
    ['1\u00a0234,5', 'fr_FR', 1234.5],
    ['1234,5', 'fr_FR', 1234.5],
    ['-0,25', 'fr_FR', -0.25],
    ['1.234,5', 'de_DE', 1234.5],
    ['12%', 'en_US', 0.12],
    ['-12.5%', 'en_US', -0.125],
    ['12,5 %', 'fr_FR', 0.125],
    ['$1,200', 'en_US', 1200],
    ['$1,200.50', 'en_US', 1200.5],
    ['-$5.25', 'en_US', -5.25],
    ['$-5.25', 'en_US', -5.25],
    ['1 200 €', 'fr_FR', 1200],
    ['1200€', 'fr_FR', 1200],
    ['£3', 'en_GB', 3],
    ['1.5e3', 'en_US', 1500],
    ['2E-2', 'en_US', 0.02],
  ])('number %p in %s → %p', (text, locale, expected) => {
    expect(typed(text, locale)).toEqual({ value: expected });
  });

  it.each<[string, string]>([
    ['1,5', 'en_US'],
    ['1,23', 'en_US'],
    ['1.5', 'fr_FR'],
    ['12abc', 'en_US'],
    ['--5', 'en_US'],
    ['-(5)', 'en_US'],
    ['$', 'en_US'],
    ['hello world', 'en_US'],
    ['', 'en_US'],
    ['2/30/2024', 'en_US'],
    ['13/13/2024', 'fr_FR'],
    ['25:00', 'en_US'],
    ['13:05 PM', 'en_US'],
  ])('keeps %p (%s) as text', (text, locale) => {
    expect(typed(text, locale)).toEqual({ value: text });
  });

  it('reads dates in the locale order as local midnight in the time zone', () => {
    expect(typedDate('3/1/2024')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('01/03/2024', 'en_GB')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('01/03/2024', 'fr_FR')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('1.3.2024', 'de_DE')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('3/1/24')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('3/1/2024', 'en_US', 'Europe/Paris')).toBe('2024-02-29T23:00:00.000Z');
  });

  it('reads ISO dates in every locale', () => {
    for (const locale of ['en_US', 'en_GB', 'fr_FR', 'de_DE']) expect(typedDate('2024-03-01', locale)).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('2024/3/1')).toBe('2024-03-01T05:00:00.000Z');
  });

  it('reads dates with a time, and bare times', () => {
    expect(typedDate('2024-03-01 14:05')).toBe('2024-03-01T19:05:00.000Z');
    expect(typedDate('2024-03-01T14:05:30')).toBe('2024-03-01T19:05:30.000Z');
    expect(typedDate('3/1/2024 2:05 PM')).toBe('2024-03-01T19:05:00.000Z');
    expect(typedDate('01/03/2024 14:05', 'fr_FR', 'Europe/Paris')).toBe('2024-03-01T13:05:00.000Z');
    expect(typedDate('14:05', 'en_US', 'UTC')).toBe('1899-12-30T14:05:00.000Z');
    expect(typedDate('12:30 am', 'en_US', 'UTC')).toBe('1899-12-30T00:30:00.000Z');
  });

  it('reads dates with month names', () => {
    expect(typedDate('March 1, 2024')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('Mar 1 2024')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('1-Mar-2024')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('1 mars 2024', 'fr_FR')).toBe('2024-03-01T05:00:00.000Z');
    expect(typedDate('1 janv. 2024', 'fr_FR')).toBe('2024-01-01T05:00:00.000Z');
  });

  it('moves a wall time skipped by DST forward', () => {
    expect(typedDate('2024-03-10 02:30')).toBe('2024-03-10T07:30:00.000Z');
  });
});

describe('inferNumberFormat', () => {
  it.each<[string, string, string | undefined]>([
    ['42', 'en_US', undefined],
    ['hello', 'en_US', undefined],
    ['=A1', 'en_US', undefined],
    ['TRUE', 'en_US', undefined],
    ['12%', 'en_US', '0%'],
    ['12.5%', 'en_US', '0.00%'],
    ['$1,200', 'en_US', '"$"#,##0.00'],
    ['1 200 €', 'fr_FR', '#,##0.00 "€"'],
    ['1200€', 'fr_FR', '#,##0.00"€"'],
    ['1,234', 'en_US', '#,##0'],
    ['1,234.5', 'en_US', '#,##0.00'],
    ['1.5e3', 'en_US', '0.00E+00'],
    ['2024-03-01', 'en_US', 'yyyy-mm-dd'],
    ['2024-03-01 14:05', 'en_US', 'yyyy-mm-dd h:mm:ss'],
    ['3/1/2024', 'en_US', 'm/d/yyyy'],
    ['01/03/2024', 'fr_FR', 'dd/mm/yyyy'],
    ['01/03/2024', 'en_GB', 'dd/mm/yyyy'],
    ['1.3.2024', 'de_DE', 'd.m.yyyy'],
    ['3/1/2024 14:05', 'en_US', 'm/d/yyyy h:mm:ss'],
    ['14:05', 'en_US', 'h:mm:ss'],
    ['14:05', 'fr_FR', 'hh:mm:ss'],
    ['2:05 PM', 'en_US', 'h:mm:ss AM/PM'],
    ['March 1, 2024', 'en_US', 'mmmm d, yyyy'],
    ['1 Mar 2024', 'en_US', 'd mmm yyyy'],
  ])('%p (%s) → %p', (text, locale, expected) => {
    expect(inferNumberFormat(text, locale)).toBe(expected);
  });

  it('round-trips through formatDisplayValue', () => {
    const cases: [string, string, string][] = [
      ['12%', 'en_US', '12%'],
      ['$1,200', 'en_US', '$1,200.00'],
      ['1 200 €', 'fr_FR', '1\u202f200,00 €'],
      ['3/1/2024', 'en_US', '3/1/2024'],
      ['01/03/2024', 'fr_FR', '01/03/2024'],
      ['2024-03-01 14:05', 'en_US', '2024-03-01 14:05:00'],
      ['2:05 PM', 'en_US', '2:05:00 PM'],
      ['March 1, 2024', 'en_US', 'March 1, 2024'],
    ];
    for (const [text, locale, display] of cases) {
      const result = parseUserInput(text, locale, NY);
      if (!('value' in result)) throw new Error('expected a value');
      expect(formatDisplayValue(result.value, inferNumberFormat(text, locale), locale, NY)).toBe(display);
    }
  });
});

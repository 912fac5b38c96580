import { formatDisplayValue } from '../../../../src/local/emulator/format';

const NBSP_NARROW = '\u202f';
const show = (value: Parameters<typeof formatDisplayValue>[0], format?: string, locale = 'en_US', tz = 'America/New_York') =>
  formatDisplayValue(value, format, locale, tz);

describe('formatDisplayValue without a number format', () => {
  it.each<[number, string, string]>([
    [42, 'en_US', '42'],
    [1234567.891, 'en_US', '1234567.891'],
    [1.5, 'fr_FR', '1,5'],
    [1.5, 'de_DE', '1,5'],
    [-0.25, 'en_US', '-0.25'],
    [1 / 3, 'en_US', '0.3333333333'],
    [2 / 3, 'en_US', '0.6666666667'],
    [123456.789012345, 'en_US', '123456.789'],
    [0.1 + 0.2, 'en_US', '0.3'],
    [12345678901, 'en_US', '12345678901'],
    [1e15, 'en_US', '1E+15'],
    [1234567890123456, 'en_US', '1.23457E+15'],
    [1.234e-12, 'en_US', '1.234E-12'],
    [0, 'en_US', '0'],
  ])('number %p in %s → %p', (value, locale, expected) => {
    expect(show(value, undefined, locale)).toBe(expected);
  });

  it('shows booleans in the spreadsheet language', () => {
    expect(show(true)).toBe('TRUE');
    expect(show(false)).toBe('FALSE');
    expect(show(true, undefined, 'fr_FR')).toBe('VRAI');
    expect(show(false, undefined, 'fr_FR')).toBe('FAUX');
    expect(show(true, undefined, 'de_DE')).toBe('WAHR');
    expect(show(true, '0.00')).toBe('TRUE');
  });

  it('shows text unchanged', () => {
    expect(show('hello')).toBe('hello');
    expect(show('')).toBe('');
    expect(show('hello', 'General')).toBe('hello');
  });

  it('shows dates with the locale default date-time, in the spreadsheet time zone', () => {
    const date = new Date('2024-03-01T19:05:00Z');
    expect(show(date)).toBe('3/1/2024 14:05:00');
    expect(show(date, undefined, 'fr_FR')).toBe('01/03/2024 14:05:00');
    expect(show(date, undefined, 'en_GB')).toBe('01/03/2024 14:05:00');
    expect(show(date, undefined, 'de_DE')).toBe('1.3.2024 14:05:00');
    expect(show(date, undefined, 'en_US', 'Europe/Paris')).toBe('3/1/2024 20:05:00');
    expect(show(date, undefined, 'en_US', 'Asia/Tokyo')).toBe('3/2/2024 4:05:00');
  });
});

describe('formatDisplayValue with number formats', () => {
  it.each<[number, string, string, string]>([
    [1234.567, '0', 'en_US', '1235'],
    [1234.567, '0.00', 'en_US', '1234.57'],
    [1.005, '0.00', 'en_US', '1.01'],
    [2.5, '0', 'en_US', '3'],
    [-2.5, '0', 'en_US', '-3'],
    [1234567.891, '#,##0', 'en_US', '1,234,568'],
    [1234.5, '#,##0.00', 'en_US', '1,234.50'],
    [1234.5, '#,##0.00', 'fr_FR', `1${NBSP_NARROW}234,50`],
    [1234567.5, '#,##0.00', 'de_DE', '1.234.567,50'],
    [0, '#,##0', 'en_US', '0'],
    [5, '00000', 'en_US', '00005'],
    [0.5, '#.##', 'en_US', '.5'],
    [1.5, '0.0#', 'en_US', '1.5'],
    [1.25, '0.0#', 'en_US', '1.25'],
    [-0.001, '0.00', 'en_US', '0.00'],
    [0.125, '0%', 'en_US', '13%'],
    [0.1234, '0.0%', 'en_US', '12.3%'],
    [0.1234, '0.0%', 'fr_FR', '12,3%'],
    [12345, '0.00E+00', 'en_US', '1.23E+04'],
    [0.00012345, '0.00E+00', 'en_US', '1.23E-04'],
    [9.999, '0.00E+00', 'en_US', '1.00E+01'],
    [12345, '##0.0E+0', 'en_US', '12.3E+3'],
    [1234.5, '$#,##0.00', 'en_US', '$1,234.50'],
    [-1234.5, '$#,##0.00', 'en_US', '-$1,234.50'],
    [1234.5, '"€"#,##0.00', 'de_DE', '€1.234,50'],
    [1234.5, '[$€]#,##0.00', 'fr_FR', `€1${NBSP_NARROW}234,50`],
    [1234.5, '#,##0.00 [$€-1]', 'fr_FR', `1${NBSP_NARROW}234,50 €`],
    [1234.5, '[$$-409]#,##0.00', 'en_US', '$1,234.50'],
    [1234567, '#,##0,"K"', 'en_US', '1,235K'],
    [1234567, '0.0,,"M"', 'en_US', '1.2M'],
    [5551234, '000-0000', 'en_US', '555-1234'],
    [7, '"Qty: "0', 'en_US', 'Qty: 7'],
    [7, '0\\x', 'en_US', '7x'],
    [7, '0_)', 'en_US', '7 '],
    [1234.5, '[Red]#,##0.00', 'en_US', '1,234.50'],
  ])('%p with %p in %s → %p', (value, format, locale, expected) => {
    expect(show(value, format, locale)).toBe(expected);
  });

  it('picks sections: positive;negative;zero;text', () => {
    const format = '#,##0.00;(#,##0.00);"zero";"note: "@';
    expect(show(1234.5, format)).toBe('1,234.50');
    expect(show(-1234.5, format)).toBe('(1,234.50)');
    expect(show(0, format)).toBe('zero');
    expect(show('abc', format)).toBe('note: abc');
    expect(show(-5, '0;-0')).toBe('-5');
    expect(show(-5, '0;"minus "0')).toBe('minus 5');
    expect(show(0, '0;(0)')).toBe('0');
    expect(show(-3, '[Red]0;[Blue](0)')).toBe('(3)');
  });

  it('shows text as-is under numeric formats and applies a lone text section', () => {
    expect(show('abc', '#,##0.00')).toBe('abc');
    expect(show('abc', '@')).toBe('abc');
    expect(show('abc', '"["@"]"')).toBe('[abc]');
    expect(show(12.5, '@')).toBe('12.5');
    expect(show(12.5, '@', 'fr_FR')).toBe('12,5');
  });

  it('formats dates and serial numbers with date codes', () => {
    const serial = 45352 + (14 * 60 + 5) / 1440; // 2024-03-01 14:05
    expect(show(serial, 'yyyy-mm-dd')).toBe('2024-03-01');
    expect(show(serial, 'dd/mm/yyyy')).toBe('01/03/2024');
    expect(show(serial, 'm/d/yyyy')).toBe('3/1/2024');
    expect(show(serial, 'mmm d, yyyy')).toBe('Mar 1, 2024');
    expect(show(serial, 'mmmm')).toBe('March');
    expect(show(serial, 'mmmmm')).toBe('M');
    expect(show(serial, 'ddd')).toBe('Fri');
    expect(show(serial, 'dddd')).toBe('Friday');
    expect(show(serial, 'yy')).toBe('24');
    expect(show(serial, 'hh:mm')).toBe('14:05');
    expect(show(serial, 'h:mm AM/PM')).toBe('2:05 PM');
    expect(show(serial, 'h:mm am/pm')).toBe('2:05 pm');
    expect(show(serial, 'h:mm A/P')).toBe('2:05 P');
    expect(show(serial, 'yyyy-mm-dd hh:mm:ss')).toBe('2024-03-01 14:05:00');
    expect(show(serial, 'mm:ss')).toBe('05:00');
    expect(show(serial, 'YYYY-MM-DD')).toBe('2024-03-01');
  });

  it('uses locale month and weekday names', () => {
    expect(show(45303, 'mmm', 'fr_FR')).toBe('janv.');
    expect(show(45303, 'mmmm', 'fr_FR')).toBe('janvier');
    expect(show(45352, 'mmm d, yyyy', 'fr_FR')).toBe('mars 1, 2024');
    expect(show(45352, 'dddd d mmmm yyyy', 'fr_FR')).toBe('vendredi 1 mars 2024');
    expect(show(45352, 'mmmm', 'de_DE')).toBe('März');
  });

  it('shows durations with elapsed [h], [m] and [s]', () => {
    expect(show(1.5, '[h]:mm')).toBe('36:00');
    expect(show(1.5 + 7 / 1440, '[h]:mm:ss')).toBe('36:07:00');
    expect(show(0.5, '[mm]:ss')).toBe('720:00');
    expect(show(1 / 1440, '[s]')).toBe('60');
    expect(show(-0.25, '[h]:mm')).toBe('-6:00');
  });

  it('rounds the time to the precision shown', () => {
    expect(show(45352.99999999, 'yyyy-mm-dd hh:mm:ss')).toBe('2024-03-02 00:00:00');
    expect(show(45352 + 1.2345 / 86400, 'hh:mm:ss.00')).toBe('00:00:01.23');
    expect(show(45352 + 1.2346 / 86400, 'hh:mm:ss.000', 'fr_FR')).toBe('00:00:01,235');
  });

  it('reads Date values in the spreadsheet time zone', () => {
    const date = new Date('2024-03-01T04:30:00Z');
    expect(show(date, 'yyyy-mm-dd hh:mm', 'en_US', 'UTC')).toBe('2024-03-01 04:30');
    expect(show(date, 'yyyy-mm-dd hh:mm', 'en_US', 'America/New_York')).toBe('2024-02-29 23:30');
    expect(show(date, 'yyyy-mm-dd hh:mm', 'en_US', 'Australia/Lord_Howe')).toBe('2024-03-01 15:30');
    expect(show(date, '0.00', 'en_US', 'UTC')).toBe('45352.19');
  });
});

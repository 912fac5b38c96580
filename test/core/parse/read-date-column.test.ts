import { planDateColumn, readDateCell } from '../../../src/core/parse/read-date-column';
import { wallClockToInstant } from '../../../src/core/parse/zoned-time';

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
const read = (values: unknown[], locale: 'dmy' | 'mdy' = 'dmy', timeZone = 'UTC') => {
  const plan = planDateColumn(values, locale);
  return values.map((value) => iso(readDateCell(value, plan, timeZone)));
};

describe('date columns', () => {
  it('keeps Date values and reads ISO text with or without time and offset', () => {
    const date = new Date('2024-03-01T10:00:00Z');
    expect(readDateCell(date, planDateColumn([], 'dmy'), 'UTC')).toBe(date);
    expect(read(['2024-03-01', '2024-03-01T14:30', '2024-03-01 14:30:05Z', '2024-03-01T14:30+02:00', '2024/3/1'])).toEqual([
      '2024-03-01T00:00:00.000Z', '2024-03-01T14:30:00.000Z', '2024-03-01T14:30:05.000Z', '2024-03-01T12:30:00.000Z', '2024-03-01T00:00:00.000Z',
    ]);
  });

  it('detects the order per column from an unambiguous date', () => {
    expect(read(['01/03/2022', '24/03/2022'], 'mdy')).toEqual(['2022-03-01T00:00:00.000Z', '2022-03-24T00:00:00.000Z']);
    expect(read(['01/03/2022', '3/24/2022'], 'dmy')).toEqual(['2022-01-03T00:00:00.000Z', '2022-03-24T00:00:00.000Z']);
    expect(read(['24.03.22', '1-4-2022 14:30'])).toEqual(['2022-03-24T00:00:00.000Z', '2022-04-01T14:30:00.000Z']);
    expect(read(['3/24/2022 2:30 PM'])).toEqual(['2022-03-24T14:30:00.000Z']);
  });

  it('follows the locale when every date is ambiguous', () => {
    expect(read(['01/03/2022'], 'dmy')).toEqual(['2022-03-01T00:00:00.000Z']);
    expect(read(['01/03/2022'], 'mdy')).toEqual(['2022-01-03T00:00:00.000Z']);
  });

  it('refuses to choose for a column holding both orders', () => {
    const values = ['24/03/2022', '03/24/2022', '2022-05-01'];
    const plan = planDateColumn(values, 'dmy');
    expect(plan).toEqual({ order: null, dayFirst: { text: '24/03/2022', index: 0 }, monthFirst: { text: '03/24/2022', index: 1 } });
    expect(values.map((v) => iso(readDateCell(v, plan, 'UTC')))).toEqual([null, null, '2022-05-01T00:00:00.000Z']);
  });

  it('reports impossible dates and non-dates as unreadable, blanks as null', () => {
    expect(read(['31/02/2022', '2022-13-01', 'soon', 45000, '', '13/13/2022'])).toEqual([undefined, undefined, undefined, undefined, null, undefined]);
  });

  it('puts text dates at midnight in the spreadsheet time zone', () => {
    expect(read(['2024-03-01', '2024-07-01'], 'dmy', 'Europe/Paris')).toEqual(['2024-02-29T23:00:00.000Z', '2024-06-30T22:00:00.000Z']);
    expect(read(['1/3/2024'], 'mdy', 'America/New_York')).toEqual(['2024-01-03T05:00:00.000Z']);
    expect(read(['2024-03-01'], 'dmy', 'Not/AZone')).toEqual(['2024-03-01T00:00:00.000Z']);
  });
});

describe('wallClockToInstant', () => {
  const wall = (year: number, month: number, day: number, hour = 0) => ({ year, month, day, hour, minute: 0, second: 0 });
  it('handles daylight-saving changes', () => {
    expect(wallClockToInstant(wall(2024, 3, 31, 12), 'Europe/Paris').toISOString()).toBe('2024-03-31T10:00:00.000Z');
    expect(wallClockToInstant(wall(2024, 10, 27, 12), 'Europe/Paris').toISOString()).toBe('2024-10-27T11:00:00.000Z');
    expect(wallClockToInstant(wall(2024, 3, 10), 'America/New_York').toISOString()).toBe('2024-03-10T05:00:00.000Z');
    expect(wallClockToInstant(wall(2024, 3, 10, 12), 'America/New_York').toISOString()).toBe('2024-03-10T16:00:00.000Z');
    expect(wallClockToInstant(wall(2024, 6, 1), 'Asia/Kolkata').toISOString()).toBe('2024-05-31T18:30:00.000Z');
  });
});

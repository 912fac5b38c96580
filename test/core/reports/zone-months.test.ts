import { zoneMonths } from '../../../src/core/reports/zone-months';

/** The reference: the month Intl gives for an instant in a zone (what Utilities.formatDate 'yyyy-MM' gives). */
function intlMonth(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
  return (date) => {
    const parts = format.formatToParts(date);
    return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
  };
}

function counted(format: (date: Date) => string): { format: (date: Date) => string; calls: () => number } {
  let calls = 0;
  return {
    format: (date) => {
      calls++;
      return format(date);
    },
    calls: () => calls,
  };
}

const ZONES = [
  'Etc/UTC',
  'Europe/Paris',
  'America/Los_Angeles',
  'America/St_Johns', // −03:30 / −02:30
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // +10:30 / +11:00, a half-hour DST
  'Pacific/Kiritimati', // +14:00
  'Pacific/Pago_Pago', // −11:00
];

const HOUR = 3_600_000;

describe('zoneMonths', () => {
  it.each(ZONES)('gives the month Intl gives, in %s, around every month boundary of a year', (zone) => {
    const reference = intlMonth(zone);
    const { format, calls } = counted(reference);
    const months = zoneMonths(format);
    for (let year = 2024; year <= 2024; year++) {
      for (let month = 0; month < 12; month++) {
        const start = Date.UTC(year, month, 1);
        for (let t = start - 30 * HOUR; t <= start + 30 * HOUR; t += 11 * 60_000) {
          const date = new Date(t);
          expect(months.monthOf(date)).toBe(reference(date));
        }
      }
    }
    // Nine calls at most per boundary (two to bracket, seven to bisect), not one per date.
    expect(calls()).toBeLessThanOrEqual(9 * 13);
  });

  it.each(ZONES)('gives the local start of a month in %s', (zone) => {
    const reference = intlMonth(zone);
    const months = zoneMonths(reference);
    for (const key of ['2024-01', '2024-03', '2024-04', '2024-10', '2024-11']) {
      const start = months.monthStart(key);
      expect(reference(start)).toBe(key);
      expect(reference(new Date(start.getTime() - 1))).not.toBe(key);
    }
  });

  it('needs no call for dates away from month ends, and one search per boundary however many dates', () => {
    const { format, calls } = counted(intlMonth('Europe/Paris'));
    const months = zoneMonths(format);
    expect(months.monthOf(new Date('2024-03-15T12:00:00Z'))).toBe('2024-03');
    expect(calls()).toBe(0);
    for (let minute = 0; minute < 24 * 60; minute += 1) months.monthOf(new Date(Date.UTC(2024, 2, 31, 0, minute)));
    const afterOneBoundary = calls();
    expect(afterOneBoundary).toBeLessThanOrEqual(9);
    expect(months.monthOf(new Date('2024-03-31T21:59:59Z'))).toBe('2024-03');
    expect(months.monthOf(new Date('2024-03-31T22:00:00Z'))).toBe('2024-04');
    expect(calls()).toBe(afterOneBoundary);
  });

  it('formats dates one by one near a boundary the formatter does not bracket', () => {
    // A formatter 20 h ahead of UTC, more than any real zone: the search is not trusted.
    const ahead = (date: Date) => intlMonth('Etc/UTC')(new Date(date.getTime() + 20 * HOUR));
    const { format, calls } = counted(ahead);
    const months = zoneMonths(format);
    expect(months.monthOf(new Date('2024-03-31T05:00:00Z'))).toBe('2024-04');
    expect(months.monthOf(new Date('2024-03-31T03:00:00Z'))).toBe('2024-03');
    expect(calls()).toBe(4);
    expect(() => months.monthStart('March')).toThrow('yyyy-MM');
  });
});

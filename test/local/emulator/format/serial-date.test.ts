import { fromSerialNumber, toSerialNumber } from '../../../../src/local/emulator/format';

describe('serial dates', () => {
  it('counts days since 1899-12-30 on the local wall clock', () => {
    expect(toSerialNumber(new Date('2024-03-01T05:00:00Z'), 'America/New_York')).toBe(45352);
    expect(toSerialNumber(new Date('2024-02-29T23:00:00Z'), 'Europe/Paris')).toBe(45352);
    expect(toSerialNumber(new Date('1899-12-30T00:00:00Z'), 'UTC')).toBe(0);
    expect(toSerialNumber(new Date('1900-01-01T12:00:00Z'), 'UTC')).toBe(2.5);
  });

  it('puts the time of day in the fraction', () => {
    expect(toSerialNumber(new Date('2024-03-01T17:00:00Z'), 'America/New_York')).toBe(45352.5);
    expect(toSerialNumber(new Date('2024-03-01T19:05:00Z'), 'America/New_York')).toBeCloseTo(45352 + (14 * 60 + 5) / 1440, 10);
  });

  it('is wall-clock based across DST: local midnights are whole numbers', () => {
    expect(toSerialNumber(new Date('2024-03-10T05:00:00Z'), 'America/New_York')).toBe(45361);
    expect(toSerialNumber(new Date('2024-03-11T04:00:00Z'), 'America/New_York')).toBe(45362);
  });

  it('converts back to the instant at that wall time', () => {
    expect(fromSerialNumber(45352, 'America/New_York').toISOString()).toBe('2024-03-01T05:00:00.000Z');
    expect(fromSerialNumber(45352.5, 'Europe/Paris').toISOString()).toBe('2024-03-01T11:00:00.000Z');
    expect(fromSerialNumber(45474.5, 'Europe/Paris').toISOString()).toBe('2024-07-01T10:00:00.000Z');
    expect(fromSerialNumber(45352 + (14 * 60 + 5) / 1440, 'UTC').toISOString()).toBe('2024-03-01T14:05:00.000Z');
  });

  it('round-trips to the millisecond', () => {
    for (const iso of ['2024-03-01T19:05:09.007Z', '1950-06-15T08:00:00.000Z', '2024-10-27T00:30:00.000Z']) {
      const date = new Date(iso);
      expect(fromSerialNumber(toSerialNumber(date, 'Europe/Paris'), 'Europe/Paris').toISOString()).toBe(iso);
    }
  });

  it('rejects an unknown time zone', () => {
    expect(() => toSerialNumber(new Date(), 'Not/AZone')).toThrow(/Invalid time zone/);
  });
});

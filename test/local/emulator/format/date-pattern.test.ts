import { formatDate, parseDate } from '../../../../src/local/emulator/format';

const utc = (iso: string) => new Date(iso);

describe('formatDate (Utilities.formatDate)', () => {
  const instant = utc('2024-03-01T19:05:09.007Z');

  it.each([
    ['yyyy-MM-dd HH:mm:ss', '2024-03-01 14:05:09'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2024-03-01T14:05:09.007-05:00'],
    ['EEE, d MMM yyyy', 'Fri, 1 Mar 2024'],
    ['EEEE MMMM dd', 'Friday March 01'],
    ['M/d/yy h:mm a', '3/1/24 2:05 PM'],
    ['hh:mm a', '02:05 PM'],
    ['k K', '14 2'],
    ['G yyy y', 'AD 2024 2024'],
    ['D w W F u', '61 9 1 1 5'],
    ['S SS SSSS', '7 07 0007'],
    ['z zzzz', 'EST Eastern Standard Time'],
    ['Z X XX XXX', '-0500 -05 -0500 -05:00'],
    ["'at' HH 'o''clock' ''", "at 14 o'clock '"],
    ['LLL LLLL', 'Mar March'],
  ])('America/New_York %s', (pattern, expected) => {
    expect(formatDate(instant, 'America/New_York', pattern)).toBe(expected);
  });

  it('crosses the New York spring-forward gap (02:00 EST → 03:00 EDT)', () => {
    expect(formatDate(utc('2024-03-10T06:59:59Z'), 'America/New_York', 'yyyy-MM-dd HH:mm:ss z')).toBe('2024-03-10 01:59:59 EST');
    expect(formatDate(utc('2024-03-10T07:00:00Z'), 'America/New_York', 'yyyy-MM-dd HH:mm:ss z')).toBe('2024-03-10 03:00:00 EDT');
  });

  it('repeats the 01:00 hour when New York falls back', () => {
    expect(formatDate(utc('2024-11-03T05:30:00Z'), 'America/New_York', 'HH:mm Z')).toBe('01:30 -0400');
    expect(formatDate(utc('2024-11-03T06:30:00Z'), 'America/New_York', 'HH:mm Z')).toBe('01:30 -0500');
  });

  it('follows Europe/Paris summer time with European abbreviations', () => {
    expect(formatDate(utc('2024-03-31T00:59:00Z'), 'Europe/Paris', 'HH:mm z')).toBe('01:59 CET');
    expect(formatDate(utc('2024-03-31T01:00:00Z'), 'Europe/Paris', 'HH:mm z')).toBe('03:00 CEST');
    expect(formatDate(utc('2024-07-01T12:00:00Z'), 'Europe/Paris', 'zzzz')).toBe('Central European Summer Time');
  });

  it('handles the half-hour DST shift of Australia/Lord_Howe', () => {
    // Daylight time (+11:00) ends on 2024-04-07 at 02:00 local, falling back to 01:30 (+10:30).
    expect(formatDate(utc('2024-04-06T14:59:00Z'), 'Australia/Lord_Howe', 'yyyy-MM-dd HH:mm XXX')).toBe('2024-04-07 01:59 +11:00');
    expect(formatDate(utc('2024-04-06T15:00:00Z'), 'Australia/Lord_Howe', 'yyyy-MM-dd HH:mm XXX')).toBe('2024-04-07 01:30 +10:30');
  });

  it('accepts UTC, GMT and fixed GMT offsets', () => {
    const noon = utc('2024-07-01T12:00:00Z');
    expect(formatDate(noon, 'UTC', 'HH:mm z X')).toBe('12:00 UTC Z');
    expect(formatDate(noon, 'GMT', 'HH:mm z Z')).toBe('12:00 GMT +0000');
    expect(formatDate(noon, 'GMT+2', 'HH:mm z Z')).toBe('14:00 GMT+02:00 +0200');
    expect(formatDate(noon, 'GMT-05:30', 'HH:mm XXX')).toBe('06:30 -05:30');
    expect(formatDate(noon, 'Asia/Kolkata', 'HH:mm XXX X')).toBe('17:30 +05:30 +05');
  });

  it('uses US week numbering (week 1 contains 1 January) for w and Y', () => {
    expect(formatDate(utc('2024-12-30T12:00:00Z'), 'UTC', 'YYYY-ww yyyy')).toBe('2025-01 2024');
    expect(formatDate(utc('2023-01-01T12:00:00Z'), 'UTC', 'YYYY-ww')).toBe('2023-01');
    expect(formatDate(utc('2022-12-31T12:00:00Z'), 'UTC', 'YYYY-ww')).toBe('2022-53');
  });

  it('throws a clear error for an invalid time zone', () => {
    expect(() => formatDate(new Date(), 'Mars/Olympus_Mons', 'yyyy')).toThrow('Invalid time zone: "Mars/Olympus_Mons"');
    expect(() => formatDate(new Date(), '', 'yyyy')).toThrow(/Invalid time zone/);
  });

  it('rejects patterns Java rejects', () => {
    expect(() => formatDate(new Date(), 'UTC', 'yyyy-MM-dd T')).toThrow("Illegal pattern character 'T'");
    expect(() => formatDate(new Date(), 'UTC', "yyyy 'open")).toThrow(/Unterminated quote/);
    expect(() => formatDate(new Date(), 'UTC', 'XXXX')).toThrow(/ISO 8601/);
  });
});

describe('parseDate (Utilities.parseDate)', () => {
  const iso = (text: string, pattern: string, tz = 'America/New_York') => parseDate(text, tz, pattern).toISOString();

  it('parses numeric patterns in the given zone', () => {
    expect(iso('2024-03-01 14:05:09', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-03-01T19:05:09.000Z');
    expect(iso('2024-07-01 14:05', 'yyyy-MM-dd HH:mm', 'Europe/Paris')).toBe('2024-07-01T12:05:00.000Z');
    expect(iso('1/3/2024', 'd/M/yyyy', 'UTC')).toBe('2024-03-01T00:00:00.000Z');
  });

  it('parses abutting fields by width', () => {
    expect(iso('20240305', 'yyyyMMdd', 'UTC')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('202403051405', 'yyyyMMddHHmm', 'UTC')).toBe('2024-03-05T14:05:00.000Z');
  });

  it('parses month and day names case-insensitively, long or short', () => {
    expect(iso('March 5, 2024 3:04 PM', 'MMMM d, yyyy h:mm a')).toBe('2024-03-05T20:04:00.000Z');
    expect(iso('tue, 5 mar 2024', 'EEE, d MMM yyyy', 'UTC')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('12:30 AM', 'hh:mm a', 'UTC')).toBe('1970-01-01T00:30:00.000Z');
  });

  it('applies an explicit offset over the zone', () => {
    expect(iso('2024-03-05T10:00:00+0200', "yyyy-MM-dd'T'HH:mm:ssZ")).toBe('2024-03-05T08:00:00.000Z');
    expect(iso('2024-03-05T10:00:00Z', "yyyy-MM-dd'T'HH:mm:ssX")).toBe('2024-03-05T10:00:00.000Z');
    expect(iso('2024-03-05 10:00 PST', 'yyyy-MM-dd HH:mm z')).toBe('2024-03-05T18:00:00.000Z');
  });

  it('resolves two-digit years into the window 80 years back / 20 ahead', () => {
    expect(iso('05/03/24', 'dd/MM/yy', 'UTC')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('05/03/70', 'dd/MM/yy', 'UTC')).toBe('1970-03-05T00:00:00.000Z');
  });

  it('is lenient about out-of-range fields, like Java', () => {
    expect(iso('2024-13-01', 'yyyy-MM-dd', 'UTC')).toBe('2025-01-01T00:00:00.000Z');
    expect(iso('2024-02-30', 'yyyy-MM-dd', 'UTC')).toBe('2024-03-01T00:00:00.000Z');
  });

  it('moves wall times skipped by DST forward and picks the first of repeated ones', () => {
    expect(iso('2024-03-10 02:30', 'yyyy-MM-dd HH:mm')).toBe('2024-03-10T07:30:00.000Z');
    expect(iso('2024-11-03 01:30', 'yyyy-MM-dd HH:mm')).toBe('2024-11-03T05:30:00.000Z');
  });

  it('round-trips formatDate', () => {
    const pattern = "yyyy-MM-dd'T'HH:mm:ss.SSS";
    const date = new Date('2024-10-27T00:59:59.123Z');
    expect(parseDate(formatDate(date, 'Europe/Paris', pattern), 'Europe/Paris', pattern).getTime()).toBe(date.getTime());
  });

  it('throws Unparseable date for text that does not fit', () => {
    expect(() => parseDate('next tuesday', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "next tuesday"');
    expect(() => parseDate('2024/03/01', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "2024/03/01"');
    expect(() => parseDate('Smarch 1 2024', 'UTC', 'MMM d yyyy')).toThrow(/Unparseable date/);
  });

  it('throws for an invalid time zone', () => {
    expect(() => parseDate('2024-01-01', 'Nowhere/City', 'yyyy-MM-dd')).toThrow(/Invalid time zone/);
  });
});

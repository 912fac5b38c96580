/** A date and time as a clock on the wall shows it, in some time zone. Month is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const UTC_NAMES = new Set(['', 'utc', 'gmt', 'etc/utc', 'etc/gmt', 'z']);
const HOUR_MS = 3600000;
const DAY_MS = 86400000;

/**
 * Offsets come from `Intl.DateTimeFormat`, which Apps Script's V8 runtime has. Where it is
 * missing, or does not know the zone, the offset is 0: the date reads as UTC rather than
 * not at all. Offsets are cached per zone and UTC hour, since a column of dates asks for the
 * same few days again and again and formatting is the slow part.
 */
type OffsetFinder = (instant: number) => number;
const finders = new Map<string, OffsetFinder>();

function offsetFinder(timeZone: string): OffsetFinder {
  let finder = finders.get(timeZone);
  if (finder === undefined) {
    finder = makeOffsetFinder(timeZone);
    finders.set(timeZone, finder);
  }
  return finder;
}

function makeOffsetFinder(timeZone: string): OffsetFinder {
  if (UTC_NAMES.has(timeZone.trim().toLowerCase())) return () => 0;
  let format: Intl.DateTimeFormat;
  try {
    if (typeof Intl === 'undefined' || typeof Intl.DateTimeFormat !== 'function') return () => 0;
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour12: false,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (typeof format.formatToParts !== 'function') return () => 0;
  } catch {
    return () => 0;
  }
  const byHour = new Map<number, number>();
  return (instant) => {
    const hour = Math.floor(instant / HOUR_MS);
    let offset = byHour.get(hour);
    if (offset === undefined) {
      offset = offsetFromParts(format.formatToParts(new Date(hour * HOUR_MS)), hour * HOUR_MS);
      byHour.set(hour, offset);
    }
    return offset;
  };
}

function offsetFromParts(parts: Intl.DateTimeFormatPart[], instant: number): number {
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // With `hour12: false` some engines write midnight as 24.
  const local = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour') % 24, field('minute'), field('second'));
  return local - instant;
}

/**
 * The instant at which the wall clock of `timeZone` (an IANA name such as `Europe/Paris`,
 * as `getSpreadsheetTimeZone()` gives it) shows `wall`. In the hour a clock skips at a
 * daylight-saving change, the instant an hour later is returned.
 */
export function wallClockToInstant(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const findOffset = offsetFinder(timeZone);
  const firstGuess = asUtc - findOffset(asUtc);
  const offset = findOffset(firstGuess);
  return new Date(asUtc - offset);
}

/**
 * The first instant of the day after the one `instant` falls on in `timeZone`: days across a
 * daylight-saving change last 23 or 25 hours, so "the end of this day" is not 24 hours on.
 */
export function startOfNextDay(instant: Date, timeZone: string): Date {
  const time = instant.getTime();
  const wall = new Date((Math.floor((time + offsetFinder(timeZone)(time)) / DAY_MS) + 1) * DAY_MS);
  return wallClockToInstant({ year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone);
}

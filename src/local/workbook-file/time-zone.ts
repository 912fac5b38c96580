/**
 * Dates in a spreadsheet are wall-clock serial numbers in the spreadsheet's time zone,
 * while the model holds instants (`Date`). The writer turns each instant into its wall clock
 * in the spreadsheet's zone (a `Date` whose UTC fields are that wall clock) before writing
 * the serial: Excel and LibreOffice then show what Sheets shows.
 *
 * In a DST fall-back hour one wall clock names two instants; the writer records the
 * later ones (see `needsLaterInstant`) so that reading gives back the exact instant.
 */

const QUARTER_HOUR = 15 * 60 * 1000;
const HALF_DAY = 12 * 60 * 60 * 1000;

export class ZoneClock {
  private readonly format: Intl.DateTimeFormat | null;
  /** Offsets change on quarter-hour boundaries at most, so cache by quarter hour. */
  private readonly offsets = new Map<number, number>();

  constructor(timeZone: string) {
    this.format = isUtc(timeZone) ? null : zoneFormat(timeZone);
  }

  /** Milliseconds to add to an instant to get its wall clock as a UTC time. */
  offsetAt(instant: number): number {
    if (!this.format) return 0;
    const key = Math.floor(instant / QUARTER_HOUR);
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      offset = computeOffset(this.format, key * QUARTER_HOUR);
      this.offsets.set(key, offset);
    }
    return offset;
  }

  toWallClock(instant: Date): Date {
    return new Date(this.wallClockOf(instant.getTime()));
  }

  /** `toWallClock` on milliseconds, for the writer's hot loop. */
  wallClockOf(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /** Every instant whose wall clock is `wall`, earliest first (two in a fall-back hour, none in a gap). */
  private instantsOf(wall: number): number[] {
    const candidates = [wall - this.offsetAt(wall - HALF_DAY), wall - this.offsetAt(wall + HALF_DAY)];
    const found = candidates.filter((instant) => instant + this.offsetAt(instant) === wall);
    return [...new Set(found)].sort((a, b) => a - b);
  }

  fromWallClock(wall: Date, later = false): Date {
    return new Date(this.instantOf(wall.getTime(), later));
  }

  /** `fromWallClock` on milliseconds, for the reader's hot loop. */
  instantOf(wall: number, later = false): number {
    if (!this.format) return wall;
    const before = this.offsetAt(wall - HALF_DAY);
    // Away from an offset change (nearly always) one offset applies and there is nothing to choose.
    if (before === this.offsetAt(wall + HALF_DAY)) return wall - before;
    const instants = this.instantsOf(wall);
    // A wall clock in a spring-forward gap cannot come from us; read it with the earlier offset.
    if (instants.length === 0) return wall - before;
    return later ? instants[instants.length - 1] : instants[0];
  }

  /** True when `instant` is the second of two instants sharing one wall clock. */
  needsLaterInstant(instant: Date): boolean {
    if (!this.format) return false;
    const ms = instant.getTime();
    // Only near an offset change can a wall clock be ambiguous; skip the search elsewhere.
    if (this.offsetAt(ms - HALF_DAY) === this.offsetAt(ms + HALF_DAY)) return false;
    const instants = this.instantsOf(ms + this.offsetAt(ms));
    return instants.length > 1 && instants[0] !== ms;
  }
}

function isUtc(timeZone: string): boolean {
  return /^(etc\/)?(utc|gmt|uct|zulu|universal)$/i.test(timeZone);
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    // An unknown zone name: Sheets would refuse it; treat dates as UTC rather than fail the file.
    return null;
  }
}

function computeOffset(format: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const flooredInstant = instant - (((instant % 1000) + 1000) % 1000);
  return wall - flooredInstant;
}

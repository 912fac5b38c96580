/**
 * Dates in a spreadsheet are wall-clock serial numbers in the spreadsheet's time zone,
 * while the model holds instants (`Date`). The writer turns each instant into its wall clock
 * in the spreadsheet's zone (a `Date` whose UTC fields are that wall clock) before writing
 * the serial: Excel and LibreOffice then show what Sheets shows.
 *
 * In a DST fall-back hour one wall clock names two instants; the writer records the
 * later ones (see `needsLaterInstant`) so that reading gives back the exact instant.
 */

import { getZone, type Zone } from '../emulator/format/time-zone';

const HALF_DAY = 12 * 60 * 60 * 1000;

/**
 * The spreadsheet zone's wall clocks, with offsets from the emulator's zones (getZone): the
 * same IANA ids, `UTC`/`GMT` and Java's custom `GMT+2` / `GMT-05:30` ids that Apps Script and
 * the preview understand, so a file shows in Excel what they show.
 */
export class ZoneClock {
  /** null for a zone id nobody understands: the file is then written in UTC rather than refused. */
  private readonly zone: Zone | null;

  constructor(timeZone: string) {
    this.zone = zoneOrNull(timeZone);
  }

  /** Milliseconds to add to an instant to get its wall clock as a UTC time. */
  offsetAt(instant: number): number {
    return this.zone ? this.zone.offsetAt(instant) : 0;
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
    if (!this.zone) return wall;
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
    if (!this.zone) return false;
    const ms = instant.getTime();
    // Only near an offset change can a wall clock be ambiguous; skip the search elsewhere.
    if (this.offsetAt(ms - HALF_DAY) === this.offsetAt(ms + HALF_DAY)) return false;
    const instants = this.instantsOf(ms + this.offsetAt(ms));
    return instants.length > 1 && instants[0] !== ms;
  }
}

function zoneOrNull(timeZone: string): Zone | null {
  try {
    return getZone(timeZone);
  } catch {
    // An unknown zone name: Sheets would refuse it; write dates as UTC rather than fail the file.
    return null;
  }
}

/**
 * Sheets serial dates: days since 1899-12-30 00:00 on the spreadsheet's wall clock, the
 * fraction being the time of day. Serials are wall-clock based, so a DST day is still 1.0 long.
 */
import { MS_PER_DAY, makeWall } from './calendar';
import { getZone, utcToWall, wallToUtc } from './time-zone';

/** Wall milliseconds of serial 0. */
export const SERIAL_EPOCH_WALL = makeWall(1899, 12, 30);

export function wallToSerial(wallMs: number): number {
  return (wallMs - SERIAL_EPOCH_WALL) / MS_PER_DAY;
}

/** Rounded to the millisecond: serial fractions are not exact in binary and would otherwise read 13:59:59.999. */
export function serialToWall(serial: number): number {
  return SERIAL_EPOCH_WALL + Math.round(serial * MS_PER_DAY);
}

export function toSerialNumber(date: Date, timeZone: string): number {
  return wallToSerial(utcToWall(date.getTime(), getZone(timeZone)));
}

export function fromSerialNumber(serial: number, timeZone: string): Date {
  return new Date(wallToUtc(serialToWall(serial), getZone(timeZone)));
}

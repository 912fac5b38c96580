/**
 * Time zones as Apps Script understands them: IANA ids (with their full DST history, via
 * the ICU data in `Intl`), `UTC`/`GMT`, and Java's custom `GMT+2` / `GMT-05:30` ids.
 *
 * Everything here works in "wall milliseconds": a local date-time encoded as if it were
 * UTC (`Date.UTC(y, m, d, h, mi, s, ms)`), which keeps calendar arithmetic offset-free.
 */

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const PERIOD_DAYS = 64;
const PERIOD_MS = PERIOD_DAYS * MS_PER_DAY;

export interface Zone {
  /** The id as given (normalised for fixed offsets), used in error messages and names. */
  readonly id: string;
  /** Offset of local time from UTC, in ms, at the instant `utcMs`. */
  offsetAt(utcMs: number): number;
  /** Short (`EST`) or long (`Eastern Standard Time`) name at `utcMs`, as Java prints `z`/`zzzz`. */
  nameAt(utcMs: number, long: boolean): string;
}

/** Java spells offsets without an abbreviation as `GMT+05:30`; used for fixed zones and as a fallback name. */
export function formatGmtOffset(offsetMs: number): string {
  if (offsetMs === 0) return 'GMT';
  const sign = offsetMs < 0 ? '-' : '+';
  const totalMinutes = Math.floor(Math.abs(offsetMs) / 60_000);
  return `GMT${sign}${pad2(Math.floor(totalMinutes / 60))}:${pad2(totalMinutes % 60)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

class FixedZone implements Zone {
  constructor(readonly id: string, private readonly offsetMs: number) {}
  offsetAt(): number {
    return this.offsetMs;
  }
  nameAt(): string {
    return this.id;
  }
}

/** Matches Java custom ids: `GMT+2`, `GMT+02`, `GMT+0530`, `GMT-5:30`, also with `UTC` in front. */
const CUSTOM_ID = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i;

class IanaZone implements Zone {
  private readonly parts: Intl.DateTimeFormat;
  /**
   * Offsets per 64-day period: the offset at the period's start plus the exact instants
   * where it changes. Built from daily samples (zones never change offset twice in a day),
   * with each change located to the second by bisection. This keeps `Intl` off the hot path
   * of display formatting, even for millions of distinct dates.
   */
  private readonly periods = new Map<number, { startOffset: number; changes: number[]; offsets: number[] }>();
  private shortNames?: [Intl.DateTimeFormat, Intl.DateTimeFormat];
  private longNames?: Intl.DateTimeFormat;

  constructor(readonly id: string) {
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  offsetAt(utcMs: number): number {
    const index = Math.floor(utcMs / PERIOD_MS);
    let period = this.periods.get(index);
    if (!period) {
      period = this.buildPeriod(index * PERIOD_MS);
      this.periods.set(index, period);
    }
    let offset = period.startOffset;
    for (let i = 0; i < period.changes.length && utcMs >= period.changes[i]; i++) offset = period.offsets[i];
    return offset;
  }

  private buildPeriod(start: number): { startOffset: number; changes: number[]; offsets: number[] } {
    const startOffset = this.exactOffset(start);
    const changes: number[] = [];
    const offsets: number[] = [];
    let previous = startOffset;
    for (let day = 1; day <= PERIOD_DAYS; day++) {
      const sampleAt = start + day * MS_PER_DAY;
      const offset = this.exactOffset(sampleAt);
      if (offset === previous) continue;
      // Bisect between the two samples for the first second at the new offset.
      let low = sampleAt - MS_PER_DAY;
      let high = sampleAt;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (this.exactOffset(middle) === previous) low = middle;
        else high = middle;
      }
      if (high < start + PERIOD_MS) {
        changes.push(high);
        offsets.push(offset);
      }
      previous = offset;
    }
    return { startOffset, changes, offsets };
  }

  nameAt(utcMs: number, long: boolean): string {
    if (long) {
      this.longNames ??= new Intl.DateTimeFormat('en-US', { timeZone: this.id, timeZoneName: 'long' });
      return zoneNamePart(this.longNames, utcMs);
    }
    // en-US knows North American abbreviations, en-GB the European ones; Java knows both.
    this.shortNames ??= [
      new Intl.DateTimeFormat('en-US', { timeZone: this.id, timeZoneName: 'short' }),
      new Intl.DateTimeFormat('en-GB', { timeZone: this.id, timeZoneName: 'short' }),
    ];
    for (const formatter of this.shortNames) {
      const name = zoneNamePart(formatter, utcMs);
      if (name === 'GMT' || !name.startsWith('GMT')) return name;
    }
    return formatGmtOffset(this.offsetAt(utcMs));
  }

  /** Intl only resolves to whole seconds, so the offset is measured against the instant truncated to seconds. */
  private exactOffset(utcMs: number): number {
    const fields: Record<string, string> = {};
    for (const part of this.parts.formatToParts(utcMs)) fields[part.type] = part.value;
    let year = Number(fields.year);
    if (fields.era === 'BC' || fields.era === 'B') year = 1 - year;
    const wall = Date.UTC(year, Number(fields.month) - 1, Number(fields.day), Number(fields.hour), Number(fields.minute), Number(fields.second));
    // Date.UTC maps years 0..99 to 1900..1999; undo that for the (rare) very old instants.
    const fixedWall = year >= 0 && year < 100 ? setFullYear(wall, year) : wall;
    return fixedWall - Math.floor(utcMs / 1000) * 1000;
  }
}

function setFullYear(wallMs: number, year: number): number {
  const d = new Date(wallMs);
  d.setUTCFullYear(year);
  return d.getTime();
}

function zoneNamePart(formatter: Intl.DateTimeFormat, utcMs: number): string {
  return formatter.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

const zones = new Map<string, Zone>();

/** Resolves and caches a zone; throws on ids neither Java nor ICU would accept. */
export function getZone(timeZone: string): Zone {
  const cached = zones.get(timeZone);
  if (cached) return cached;
  const zone = createZone(timeZone);
  zones.set(timeZone, zone);
  return zone;
}

function createZone(timeZone: string): Zone {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new Error(`Invalid time zone: ${JSON.stringify(timeZone)} (expected an IANA id such as "America/New_York", or "GMT+2")`);
  }
  const trimmed = timeZone.trim();
  if (/^(?:GMT|UTC|Z|Etc\/(?:GMT|UTC))$/i.test(trimmed)) {
    return new FixedZone(trimmed.toUpperCase() === 'GMT' ? 'GMT' : 'UTC', 0);
  }
  const custom = CUSTOM_ID.exec(trimmed);
  if (custom) {
    const hours = Number(custom[2]);
    const minutes = Number(custom[3] ?? '0');
    if (hours > 23 || minutes > 59) throw new Error(`Invalid time zone: "${timeZone}" (offset out of range)`);
    const offset = (custom[1] === '-' ? -1 : 1) * (hours * MS_PER_HOUR + minutes * 60_000);
    return new FixedZone(formatGmtOffset(offset), offset);
  }
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
    return new IanaZone(resolved);
  } catch {
    throw new Error(`Invalid time zone: "${timeZone}" (expected an IANA id such as "America/New_York", or "GMT+2")`);
  }
}

/** Local wall-clock reading of an instant, as wall milliseconds. */
export function utcToWall(utcMs: number, zone: Zone): number {
  return utcMs + zone.offsetAt(utcMs);
}

/**
 * The instant at which `zone` reads `wallMs`. Wall times that occur twice (clocks going
 * back) resolve to the earlier instant; wall times skipped by a forward jump are pushed
 * forward by the gap (02:30 on a spring-forward night becomes 03:30), as java.util.Calendar does.
 */
export function wallToUtc(wallMs: number, zone: Zone): number {
  const before = zone.offsetAt(wallMs - MS_PER_DAY);
  const after = zone.offsetAt(wallMs + MS_PER_DAY);
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = zone.offsetAt(early) === before;
  const lateValid = zone.offsetAt(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return early;
}

import { getZone } from '../../../../src/local/emulator/format';

/** Offset straight from ICU, independent of the zone's period cache. */
function icuOffset(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(utcMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(utcMs / 1000) * 1000;
}

describe('time zones', () => {
  it('agrees with ICU at every hour around transitions and across decades', () => {
    const zones = ['America/New_York', 'Europe/Paris', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kolkata'];
    for (const id of zones) {
      const zone = getZone(id);
      // Every 7h17m for 3 years, plus a sparse sweep from 1950 to 2040.
      for (let t = Date.UTC(2022, 0, 1); t < Date.UTC(2025, 0, 1); t += 26_220_000) expect(zone.offsetAt(t)).toBe(icuOffset(id, t));
      for (let t = Date.UTC(1950, 0, 1); t < Date.UTC(2040, 0, 1); t += 1_000_003_000) expect(zone.offsetAt(t)).toBe(icuOffset(id, t));
    }
  });

  it('switches offset at the exact second of a transition', () => {
    const paris = getZone('Europe/Paris');
    expect(paris.offsetAt(Date.UTC(2024, 9, 27, 0, 59, 59))).toBe(2 * 3_600_000);
    expect(paris.offsetAt(Date.UTC(2024, 9, 27, 1, 0, 0))).toBe(3_600_000);
  });

  it('accepts ids case-insensitively and names fixed offsets like Java', () => {
    expect(getZone('america/new_york').id).toBe('America/New_York');
    expect(getZone('GMT+2').id).toBe('GMT+02:00');
    expect(getZone('GMT-0530').offsetAt(0)).toBe(-(5.5 * 3_600_000));
    expect(getZone('UTC').offsetAt(0)).toBe(0);
  });

  it('rejects unknown ids and impossible offsets', () => {
    expect(() => getZone('Europe/Atlantis')).toThrow('Invalid time zone: "Europe/Atlantis"');
    expect(() => getZone('GMT+25')).toThrow(/Invalid time zone/);
  });
});

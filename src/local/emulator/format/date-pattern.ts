/**
 * Java `SimpleDateFormat` patterns, which is what Apps Script's `Utilities.formatDate` and
 * `Utilities.parseDate` accept. Output is always English (Apps Script runs these in the
 * en_US Java locale), weeks start on Sunday and week 1 is the week containing 1 January.
 */
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, MS_PER_DAY, makeWall, padNumber, wallFields, type WallFields } from './calendar';
import { getZone, utcToWall, wallToUtc, type Zone } from './time-zone';

type PatternToken = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

const PATTERN_LETTERS = new Set('GyYMLwWDdFEuaHkKhmsSzZX'.split(''));
/** Fields read as digits when parsing; abutting ones (e.g. `yyyyMMdd`) take exactly `count` digits. */
const NUMERIC_LETTERS = new Set('yYwWDdFuHkKhmsS'.split(''));

const compiledPatterns = new Map<string, PatternToken[]>();

export function compileDatePattern(pattern: string): PatternToken[] {
  const cached = compiledPatterns.get(pattern);
  if (cached) return cached;
  const tokens = tokenize(pattern);
  compiledPatterns.set(pattern, tokens);
  return tokens;
}

function tokenize(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  const pushLiteral = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        pushLiteral("'");
        i += 2;
        continue;
      }
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new Error(`Unterminated quote in date pattern "${pattern}"`);
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j++];
      }
      pushLiteral(text);
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      if (!PATTERN_LETTERS.has(ch)) throw new Error(`Illegal pattern character '${ch}' in date pattern "${pattern}"`);
      let count = 1;
      while (pattern[i + count] === ch) count++;
      if (ch === 'X' && count > 3) throw new Error(`Invalid ISO 8601 format in date pattern "${pattern}": length=${count}`);
      tokens.push({ kind: 'field', letter: ch, count });
      i += count;
    } else {
      pushLiteral(ch);
      i++;
    }
  }
  return tokens;
}

/** US week rules: weeks start on Sunday, week 1 contains 1 January (so the last days of December can be week 1). */
function weekOfYear(f: WallFields): { week: number; weekYear: number } {
  const jan1Weekday = (f.weekday - (f.dayOfYear - 1) % 7 + 7) % 7;
  const yearLength = Math.round((makeWall(f.year + 1, 1, 1) - makeWall(f.year, 1, 1)) / MS_PER_DAY);
  const nextJan1Weekday = (jan1Weekday + yearLength) % 7;
  if (nextJan1Weekday !== 0 && f.dayOfYear > yearLength - nextJan1Weekday) return { week: 1, weekYear: f.year + 1 };
  return { week: Math.floor((f.dayOfYear - 1 + jan1Weekday) / 7) + 1, weekYear: f.year };
}

function formatOffset(offsetMs: number, separator: string, withMinutes: boolean): string {
  const totalMinutes = Math.floor(Math.abs(offsetMs) / 60_000);
  const hours = padNumber(Math.floor(totalMinutes / 60), 2);
  const sign = offsetMs < 0 ? '-' : '+';
  return withMinutes ? `${sign}${hours}${separator}${padNumber(totalMinutes % 60, 2)}` : `${sign}${hours}`;
}

function formatYear(year: number, count: number): string {
  // Java prints exactly two digits for `yy` and otherwise pads to the count.
  return count === 2 ? padNumber(((year % 100) + 100) % 100, 2) : padNumber(year, count);
}

function formatField(letter: string, count: number, f: WallFields, utcMs: number, offset: number, zone: Zone): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return formatYear(f.year > 0 ? f.year : 1 - f.year, count);
    case 'Y':
      return formatYear(weekOfYear(f).weekYear, count);
    case 'M':
    case 'L':
      if (count >= 4) return ENGLISH_MONTHS[f.month - 1];
      if (count === 3) return ENGLISH_MONTHS[f.month - 1].slice(0, 3);
      return padNumber(f.month, count);
    case 'w':
      return padNumber(weekOfYear(f).week, count);
    case 'W': {
      const firstWeekday = (f.weekday - (f.day - 1) % 7 + 7) % 7;
      return padNumber(Math.floor((f.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D':
      return padNumber(f.dayOfYear, count);
    case 'd':
      return padNumber(f.day, count);
    case 'F':
      return padNumber(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? ENGLISH_WEEKDAYS[f.weekday] : ENGLISH_WEEKDAYS[f.weekday].slice(0, 3);
    case 'u':
      return padNumber(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return padNumber(f.hour, count);
    case 'k':
      return padNumber(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return padNumber(f.hour % 12, count);
    case 'h':
      return padNumber(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return padNumber(f.minute, count);
    case 's':
      return padNumber(f.second, count);
    case 'S':
      return padNumber(f.millisecond, count);
    case 'z':
      return zone.nameAt(utcMs, count >= 4);
    case 'Z':
      return formatOffset(offset, '', true);
    case 'X':
      if (offset === 0) return 'Z';
      return formatOffset(offset, count === 3 ? ':' : '', count > 1);
    default:
      throw new Error(`Unsupported pattern letter '${letter}'`);
  }
}

/** `Utilities.formatDate(date, timeZone, pattern)`. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const zone = getZone(timeZone);
  const tokens = compileDatePattern(pattern);
  const utcMs = date.getTime();
  if (Number.isNaN(utcMs)) throw new Error('Cannot format an invalid Date');
  const offset = zone.offsetAt(utcMs);
  const fields = wallFields(utcToWall(utcMs, zone));
  let out = '';
  for (const token of tokens) {
    out += token.kind === 'literal' ? token.text : formatField(token.letter, token.count, fields, utcMs, offset, zone);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Parsing

interface ParsedFields {
  era?: 'AD' | 'BC';
  year?: number;
  twoDigitYear?: boolean;
  weekYear?: number;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hour24?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  millisecond?: number;
  offsetMs?: number;
}

/** A few abbreviations Java resolves for `z`; anything else must be an offset or an IANA id. */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  CET: 1, CEST: 2, BST: 1, EET: 2, EEST: 3, WET: 0, WEST: 1,
};

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }
  digits(maxCount: number): string {
    const start = this.pos;
    while (this.pos < this.text.length && this.pos - start < maxCount && this.text[this.pos] >= '0' && this.text[this.pos] <= '9') this.pos++;
    return this.text.slice(start, this.pos);
  }
  /** Longest case-insensitive match among `names`, returning its index. */
  oneOf(names: readonly string[]): number {
    const rest = this.text.slice(this.pos).toLowerCase();
    let best = -1;
    let bestLength = 0;
    names.forEach((name, index) => {
      if (name.length > bestLength && rest.startsWith(name.toLowerCase())) {
        best = index;
        bestLength = name.length;
      }
    });
    if (best >= 0) this.pos += bestLength;
    return best;
  }
}

const MONTH_NAMES = [...ENGLISH_MONTHS, ...ENGLISH_MONTHS.map((m) => m.slice(0, 3))];
const WEEKDAY_NAMES = [...ENGLISH_WEEKDAYS, ...ENGLISH_WEEKDAYS.map((d) => d.slice(0, 3))];

function parseOffset(cursor: Cursor): number | undefined {
  const rest = cursor.text.slice(cursor.pos);
  const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?/i.exec(rest);
  if (numeric) {
    cursor.pos += numeric[0].length;
    return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? '0')) * 60_000;
  }
  const word = /^[A-Za-z]+(?:\/[A-Za-z_]+)*/.exec(rest);
  if (!word) return undefined;
  const abbreviation = ZONE_ABBREVIATIONS[word[0].toUpperCase()];
  if (abbreviation !== undefined) {
    cursor.pos += word[0].length;
    return abbreviation * 3_600_000;
  }
  return undefined;
}

function unparseable(text: string): Error {
  return new Error(`Unparseable date: "${text}"`);
}

/**
 * `Utilities.parseDate(text, timeZone, pattern)`. Like Java's lenient `DateFormat.parse`,
 * out-of-range fields roll over (month 13 is January of the next year) and text after the
 * end of the pattern is ignored. Week fields (`w`, `W`, `F`, `u`, `E`) are read but, as in
 * Java when a day of month is present, do not move the date.
 */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  const zone = getZone(timeZone);
  const tokens = compileDatePattern(pattern);
  const cursor = new Cursor(String(text));
  const parsed: ParsedFields = {};
  tokens.forEach((token, index) => {
    if (token.kind === 'literal') {
      matchLiteral(cursor, token.text, text);
      return;
    }
    const next = tokens[index + 1];
    const abutting = next !== undefined && next.kind === 'field' && isNumericToken(next);
    readField(cursor, token.letter, token.count, abutting, parsed, text);
  });
  return new Date(toInstant(parsed, zone));
}

function isNumericToken(token: { letter: string; count: number }): boolean {
  return NUMERIC_LETTERS.has(token.letter) || ((token.letter === 'M' || token.letter === 'L') && token.count < 3);
}

function matchLiteral(cursor: Cursor, literal: string, text: string): void {
  for (const ch of literal) {
    if (/\s/.test(ch)) {
      // Lenient: a space in the pattern matches any run of white space, including none.
      cursor.skipSpaces();
      continue;
    }
    if (cursor.text[cursor.pos] !== ch) throw unparseable(text);
    cursor.pos++;
  }
}

function readField(cursor: Cursor, letter: string, count: number, abutting: boolean, parsed: ParsedFields, text: string): void {
  cursor.skipSpaces();
  if (isNumericToken({ letter, count })) {
    const raw = cursor.digits(abutting ? count : Number.MAX_SAFE_INTEGER);
    if (raw === '') throw unparseable(text);
    const value = Number(raw);
    assignNumber(letter, value, raw.length, count, parsed);
    return;
  }
  switch (letter) {
    case 'M':
    case 'L': {
      const index = cursor.oneOf(MONTH_NAMES);
      if (index < 0) throw unparseable(text);
      parsed.month = (index % 12) + 1;
      return;
    }
    case 'E':
      if (cursor.oneOf(WEEKDAY_NAMES) < 0) throw unparseable(text);
      return;
    case 'a': {
      const index = cursor.oneOf(['AM', 'PM']);
      if (index < 0) throw unparseable(text);
      parsed.pm = index === 1;
      return;
    }
    case 'G': {
      const index = cursor.oneOf(['AD', 'BC']);
      if (index < 0) throw unparseable(text);
      parsed.era = index === 0 ? 'AD' : 'BC';
      return;
    }
    case 'z':
    case 'Z':
    case 'X': {
      const offset = parseOffset(cursor);
      if (offset === undefined) throw unparseable(text);
      parsed.offsetMs = offset;
      return;
    }
    default:
      throw unparseable(text);
  }
}

function assignNumber(letter: string, value: number, digitCount: number, count: number, parsed: ParsedFields): void {
  switch (letter) {
    case 'y':
      parsed.year = value;
      // Java applies its sliding century only when a short pattern met exactly two digits.
      parsed.twoDigitYear = count <= 2 && digitCount === 2;
      break;
    case 'Y':
      parsed.weekYear = value;
      break;
    case 'M':
    case 'L':
      parsed.month = value;
      break;
    case 'd':
      parsed.day = value;
      break;
    case 'D':
      parsed.dayOfYear = value;
      break;
    case 'H':
      parsed.hour24 = value;
      break;
    case 'k':
      parsed.hour24 = value === 24 ? 0 : value;
      break;
    case 'K':
      parsed.hour12 = value;
      break;
    case 'h':
      parsed.hour12 = value === 12 ? 0 : value;
      break;
    case 'm':
      parsed.minute = value;
      break;
    case 's':
      parsed.second = value;
      break;
    case 'S':
      parsed.millisecond = value;
      break;
    default:
      // w, W, F, u: accepted for shape, not used to place the date.
      break;
  }
}

function resolveYear(parsed: ParsedFields): number {
  let year = parsed.year ?? parsed.weekYear ?? 1970;
  if (parsed.year !== undefined && parsed.twoDigitYear) {
    // Java's default century: from 80 years ago to 20 years ahead.
    const start = new Date().getUTCFullYear() - 80;
    year += Math.floor(start / 100) * 100;
    if (year < start) year += 100;
  }
  return parsed.era === 'BC' ? 1 - year : year;
}

function toInstant(parsed: ParsedFields, zone: Zone): number {
  const year = resolveYear(parsed);
  const useDayOfYear = parsed.dayOfYear !== undefined && parsed.month === undefined && parsed.day === undefined;
  const month = useDayOfYear ? 1 : parsed.month ?? 1;
  const day = useDayOfYear ? (parsed.dayOfYear as number) : parsed.day ?? 1;
  const hour = parsed.hour24 ?? (parsed.hour12 ?? 0) + (parsed.pm ? 12 : 0);
  const wall = makeWall(year, month, day, hour, parsed.minute ?? 0, parsed.second ?? 0, parsed.millisecond ?? 0);
  return parsed.offsetMs !== undefined ? wall - parsed.offsetMs : wallToUtc(wall, zone);
}


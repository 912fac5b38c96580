/**
 * Sheets/Excel number-format codes (`#,##0.00`, `0.0%`, `"€"#,##0;(#,##0)`, `yyyy-mm-dd`,
 * `[h]:mm`, ...) compiled once into sections and rendered for a value and a locale.
 *
 * Format codes are always written with `.` as the decimal point and `,` as the grouping
 * mark; the locale only decides which characters appear in the output.
 * Not supported: fractions (`# ?/?`), conditional sections (`[>100]`, parsed and ignored),
 * colours (ignored) and fill characters (`*x`, rendered as nothing).
 */
import { MS_PER_DAY, wallFields } from './calendar';
import { formatGeneral, roundDecimal } from './decimal';
import type { LocaleInfo } from './locale';
import { serialToWall } from './serial-date';

type Placeholder = '0' | '#' | '?';

type NumberItem =
  | { t: 'lit'; text: string }
  | { t: 'int'; index: number }
  | { t: 'point' }
  | { t: 'frac'; index: number }
  | { t: 'exp' }
  | { t: 'expDigits' }
  | { t: 'general' };

interface NumberSection {
  kind: 'number';
  items: NumberItem[];
  intPlaceholders: Placeholder[];
  fracPlaceholders: Placeholder[];
  expPlaceholders: Placeholder[];
  /** `E+` always shows the exponent's sign, `E-` only a minus. */
  expPlus: boolean;
  grouping: boolean;
  /** 100 per `%`, 1/1000 per trailing `,`. */
  scale: number;
}

type DateItem =
  | { t: 'lit'; text: string }
  | { t: 'year'; count: number }
  | { t: 'month'; count: number }
  | { t: 'minute'; count: number }
  | { t: 'day'; count: number }
  | { t: 'hour'; count: number }
  | { t: 'second'; count: number }
  | { t: 'fracSecond'; count: number }
  | { t: 'ampm'; am: string; pm: string }
  | { t: 'elapsed'; unit: 'h' | 'm' | 's'; count: number };

interface DateSection {
  kind: 'date';
  items: DateItem[];
  twelveHour: boolean;
  /** Digits of fractional seconds shown; time is rounded to that precision before display. */
  fracDigits: number;
}

interface TextSection {
  kind: 'text';
  /** Literal pieces around each `@`. */
  pieces: string[];
}

export type FormatSection = NumberSection | DateSection | TextSection;

export interface CompiledFormat {
  readonly source: string;
  readonly sections: FormatSection[];
  /** True when the first section formats dates/times: numbers are then read as serial dates. */
  readonly isDate: boolean;
}

// ---------------------------------------------------------------------------------------
// Lexing: shared by number, date and text sections.

type RawToken =
  | { t: 'lit'; text: string }
  | { t: 'char'; ch: string }
  | { t: 'bracket'; body: string }
  | { t: 'at' }
  | { t: 'general' };

function lexSection(section: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ t: 'lit', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ t: 'lit', text: section[i + 1] ?? '' });
      i += 2;
    } else if (ch === '_') {
      // Excel pads with the width of the next character; in text that is one space.
      tokens.push({ t: 'lit', text: ' ' });
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ t: 'bracket', body: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '@') {
      tokens.push({ t: 'at' });
      i++;
    } else if (section.slice(i, i + 7).toLowerCase() === 'general') {
      tokens.push({ t: 'general' });
      i += 7;
    } else {
      tokens.push({ t: 'char', ch });
      i++;
    }
  }
  return tokens;
}

/** Splits on `;` outside quotes, escapes and brackets. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    else if (!quoted && !bracket && ch === ';') {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** `[$€-1]` → `€`, `[$-409]` → `` ; colours and conditions render nothing. */
function bracketLiteral(body: string): string {
  if (!body.startsWith('$')) return '';
  const dash = body.indexOf('-', 1);
  return body.slice(1, dash < 0 ? body.length : dash);
}

/** The plain character at `i`, if that token is one. */
function charAt(tokens: RawToken[], i: number): string | undefined {
  const tok = tokens[i];
  return tok?.t === 'char' ? tok.ch : undefined;
}

const ELAPSED = /^(h+|m+|s+)$/i;
const DATE_LETTERS = /[ymdhs]/i;

function isDateSection(tokens: RawToken[]): boolean {
  return tokens.some(
    (tok) =>
      (tok.t === 'char' && DATE_LETTERS.test(tok.ch)) ||
      (tok.t === 'bracket' && ELAPSED.test(tok.body)),
  );
}

// ---------------------------------------------------------------------------------------
// Compiling

function compileNumberSection(tokens: RawToken[]): NumberSection {
  const section: NumberSection = {
    kind: 'number',
    items: [],
    intPlaceholders: [],
    fracPlaceholders: [],
    expPlaceholders: [],
    expPlus: false,
    grouping: false,
    scale: 1,
  };
  type Region = 'int' | 'frac' | 'exp';
  let region: Region = 'int';
  let pendingCommas = 0;
  const pushLiteral = (text: string) => {
    const last = section.items[section.items.length - 1];
    if (last && last.t === 'lit') last.text += text;
    else section.items.push({ t: 'lit', text });
  };
  // Commas between integer placeholders group; commas after the last one scale by 1000.
  const settleCommas = (followedByIntPlaceholder: boolean) => {
    if (pendingCommas === 0) return;
    if (followedByIntPlaceholder) section.grouping = true;
    else section.scale /= 1000 ** pendingCommas;
    pendingCommas = 0;
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.t === 'lit') {
      settleCommas(false);
      pushLiteral(tok.text);
    } else if (tok.t === 'bracket') {
      pushLiteral(bracketLiteral(tok.body));
    } else if (tok.t === 'general') {
      section.items.push({ t: 'general' });
    } else if (tok.t === 'char') {
      const ch = tok.ch;
      if (ch === '0' || ch === '#' || ch === '?') {
        if (region === 'int') {
          settleCommas(section.intPlaceholders.length > 0);
          section.items.push({ t: 'int', index: section.intPlaceholders.length });
          section.intPlaceholders.push(ch);
        } else if (region === 'frac') {
          settleCommas(false);
          section.items.push({ t: 'frac', index: section.fracPlaceholders.length });
          section.fracPlaceholders.push(ch);
        } else {
          if (section.expPlaceholders.length === 0) section.items.push({ t: 'expDigits' });
          section.expPlaceholders.push(ch);
        }
      } else if (ch === ',' && region !== 'exp') {
        // In the fraction a comma can only scale (`0.0,,` shows millions).
        pendingCommas++;
      } else if (ch === '.' && region === 'int') {
        settleCommas(false);
        region = 'frac';
        section.items.push({ t: 'point' });
      } else if (ch === '%') {
        settleCommas(false);
        section.scale *= 100;
        pushLiteral('%');
      } else if ((ch === 'E' || ch === 'e') && region !== 'exp' && (charAt(tokens, i + 1) === '+' || charAt(tokens, i + 1) === '-')) {
        settleCommas(false);
        section.expPlus = charAt(tokens, i + 1) === '+';
        section.items.push({ t: 'exp' });
        region = 'exp';
        i++;
      } else if (ch !== ',') {
        settleCommas(false);
        pushLiteral(ch);
      }
    }
  }
  settleCommas(false);
  return section;
}

function compileDateSection(tokens: RawToken[]): DateSection {
  const items: DateItem[] = [];
  let twelveHour = false;
  let fracDigits = 0;
  const pushLiteral = (text: string) => {
    const last = items[items.length - 1];
    if (last && last.t === 'lit') last.text += text;
    else items.push({ t: 'lit', text });
  };
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok.t === 'lit') {
      pushLiteral(tok.text);
      i++;
      continue;
    }
    if (tok.t === 'bracket') {
      if (ELAPSED.test(tok.body)) {
        items.push({ t: 'elapsed', unit: tok.body[0].toLowerCase() as 'h' | 'm' | 's', count: tok.body.length });
      } else {
        pushLiteral(bracketLiteral(tok.body));
      }
      i++;
      continue;
    }
    if (tok.t !== 'char') {
      i++;
      continue;
    }
    const ampm = matchAmPm(tokens, i);
    if (ampm) {
      items.push(ampm.item);
      twelveHour = true;
      i += ampm.length;
      continue;
    }
    const lower = tok.ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let count = 1;
      while (charAt(tokens, i + count)?.toLowerCase() === lower) count++;
      const kind = ({ y: 'year', m: 'month', d: 'day', h: 'hour', s: 'second' } as const)[lower as 'y' | 'm' | 'd' | 'h' | 's'];
      items.push({ t: kind, count });
      i += count;
      continue;
    }
    if (tok.ch === '.' && charAt(tokens, i + 1) === '0' && lastTimeItem(items)?.t === 'second') {
      let count = 0;
      while (charAt(tokens, i + 1 + count) === '0') count++;
      items.push({ t: 'fracSecond', count });
      fracDigits = Math.max(fracDigits, Math.min(count, 3));
      i += 1 + count;
      continue;
    }
    pushLiteral(tok.ch);
    i++;
  }
  resolveMinutes(items);
  return { kind: 'date', items, twelveHour, fracDigits };
}

function lastTimeItem(items: DateItem[]): DateItem | undefined {
  for (let k = items.length - 1; k >= 0; k--) if (items[k].t !== 'lit') return items[k];
  return undefined;
}

/** `AM/PM`, `am/pm`, `A/P`, `a/p`: the case written is the case shown. */
function matchAmPm(tokens: RawToken[], i: number): { item: DateItem; length: number } | undefined {
  const text = (n: number) => Array.from({ length: n }, (_, k) => charAt(tokens, i + k) ?? '\u0000').join('');
  const five = text(5);
  if (five.toLowerCase() === 'am/pm') return { item: { t: 'ampm', am: five.slice(0, 2), pm: five.slice(3, 5) }, length: 5 };
  const three = text(3);
  if (three.toLowerCase() === 'a/p') return { item: { t: 'ampm', am: three[0], pm: three[2] }, length: 3 };
  return undefined;
}

/** `m`/`mm` mean minutes right after an hour or right before seconds; months otherwise. */
function resolveMinutes(items: DateItem[]): void {
  const fields = items.filter((item) => item.t !== 'lit');
  fields.forEach((item, k) => {
    if (item.t !== 'month' || item.count > 2) return;
    const previous = fields[k - 1];
    const next = fields[k + 1];
    const afterHour = previous !== undefined && (previous.t === 'hour' || (previous.t === 'elapsed' && previous.unit === 'h'));
    const beforeSecond = next !== undefined && (next.t === 'second' || (next.t === 'elapsed' && next.unit === 's'));
    if (afterHour || beforeSecond) (item as { t: string }).t = 'minute';
  });
}

function compileTextSection(tokens: RawToken[]): TextSection {
  const pieces: string[] = [''];
  for (const tok of tokens) {
    if (tok.t === 'at') pieces.push('');
    else if (tok.t === 'lit') pieces[pieces.length - 1] += tok.text;
    else if (tok.t === 'char') pieces[pieces.length - 1] += tok.ch;
    else if (tok.t === 'bracket') pieces[pieces.length - 1] += bracketLiteral(tok.body);
  }
  return { kind: 'text', pieces };
}

function compileSection(source: string, index: number): FormatSection {
  const tokens = lexSection(source);
  if (index === 3 || tokens.some((tok) => tok.t === 'at')) return compileTextSection(tokens);
  if (isDateSection(tokens)) return compileDateSection(tokens);
  return compileNumberSection(tokens);
}

const compiled = new Map<string, CompiledFormat>();

export function compileFormat(format: string): CompiledFormat {
  let result = compiled.get(format);
  if (!result) {
    const sections = splitSections(format).slice(0, 4).map(compileSection);
    result = { source: format, sections, isDate: sections[0]?.kind === 'date' };
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(format, result);
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// Rendering

/** The section Sheets uses for a number, and whether it still has to print the minus sign. */
function pickSection(format: CompiledFormat, value: number): { section: FormatSection; signed: boolean } {
  const { sections } = format;
  const numeric = sections.filter((s, i) => i < 3 && s.kind !== 'text');
  if (value < 0 && numeric.length >= 2) return { section: sections[1], signed: false };
  if (value === 0 && numeric.length >= 3) return { section: sections[2], signed: false };
  return { section: sections[0], signed: value < 0 };
}

export function formatNumberWith(format: CompiledFormat, value: number, locale: LocaleInfo): string {
  const { section, signed } = pickSection(format, value);
  const abs = Math.abs(value);
  let body: string;
  let zero: boolean;
  switch (section.kind) {
    case 'number':
      ({ text: body, zero } = renderNumber(section, abs, locale));
      break;
    case 'date':
      body = renderDate(section, signed ? abs : value, locale);
      zero = abs === 0;
      break;
    default:
      // `@` on a number: Sheets shows it as plain text, i.e. in General style.
      return formatGeneral(value, locale.decimal);
  }
  return signed && !zero ? `-${body}` : body;
}

export function formatTextWith(format: CompiledFormat, text: string): string {
  const textSection = format.sections.find((s, i) => s.kind === 'text' && (i === 3 || format.sections.length === 1));
  return textSection && textSection.kind === 'text' ? textSection.pieces.join(text) : text;
}

function renderNumber(section: NumberSection, abs: number, locale: LocaleInfo): { text: string; zero: boolean } {
  const scaled = abs * section.scale;
  let exponent = 0;
  let mantissa = scaled;
  const hasExponent = section.items.some((item) => item.t === 'exp');
  const intCount = Math.max(section.intPlaceholders.length, 1);
  if (hasExponent && scaled !== 0) {
    const magnitude = Math.floor(Math.log10(scaled));
    // A leading `#` with several integer places (`##0.0E+0`) asks for engineering steps.
    const engineering = section.intPlaceholders[0] === '#' && intCount > 1;
    exponent = engineering ? Math.floor(magnitude / intCount) * intCount : magnitude - (intCount - 1);
    mantissa = scaled / 10 ** exponent;
  }
  let { integer, fraction } = roundDecimal(mantissa, section.fracPlaceholders.length);
  if (hasExponent && integer.length > intCount) {
    // Rounding carried into a new digit (9.99 → 10.0): renormalise.
    exponent += integer.length - intCount;
    ({ integer, fraction } = roundDecimal(scaled / 10 ** exponent, section.fracPlaceholders.length));
  }
  const zero = integer === '' && !/[1-9]/.test(fraction);
  const intPieces = fillInteger(section, integer, locale.group);
  const fracPieces = fillFraction(section.fracPlaceholders, fraction);
  let out = '';
  let integerPlaced = false;
  for (const item of section.items) {
    switch (item.t) {
      case 'lit':
        out += item.text;
        break;
      case 'int':
        out += intPieces[item.index];
        integerPlaced = true;
        break;
      case 'point':
        // Formats like `.00` have nowhere else to put the integer digits.
        if (!integerPlaced) out += integer;
        integerPlaced = true;
        out += locale.decimal;
        break;
      case 'frac':
        out += fracPieces[item.index];
        break;
      case 'exp':
        out += 'E' + (exponent < 0 ? '-' : section.expPlus ? '+' : '');
        break;
      case 'expDigits':
        out += String(Math.abs(exponent)).padStart(section.expPlaceholders.filter((p) => p === '0').length, '0');
        break;
      case 'general':
        out += formatGeneral(abs, locale.decimal);
        break;
    }
  }
  return { text: out, zero };
}

/**
 * Digits go into integer placeholders from the right; the leftmost placeholder takes any
 * extra digits. Missing digits print as `0` for `0`, a space for `?`, nothing for `#`.
 * Group marks are inserted by digit position, so they survive placeholder boundaries.
 */
function fillInteger(section: NumberSection, integer: string, group: string): string[] {
  const placeholders = section.intPlaceholders;
  const n = placeholders.length;
  const length = integer.length;
  const pieces: string[] = [];
  const emit = (ch: string, position: number): string =>
    section.grouping && position > 0 && position % 3 === 0 && ch >= '0' && ch <= '9' ? ch + group : ch;
  for (let i = 0; i < n; i++) {
    const position = n - 1 - i;
    let piece = '';
    if (i === 0) {
      for (let p = length - 1; p > position; p--) piece += emit(integer[length - 1 - p], p);
    }
    const digit = position < length ? integer[length - 1 - position] : placeholders[i] === '0' ? '0' : placeholders[i] === '?' ? ' ' : '';
    piece += digit === '' ? '' : emit(digit, position);
    pieces.push(piece);
  }
  return pieces;
}

/** Trailing zeros vanish under `#` and become spaces under `?`. */
function fillFraction(placeholders: Placeholder[], fraction: string): string[] {
  const lastSignificant = fraction.search(/0*$/) - 1;
  return placeholders.map((p, j) => {
    if (j <= lastSignificant || p === '0') return fraction[j];
    return p === '?' ? ' ' : '';
  });
}

function renderDate(section: DateSection, serial: number, locale: LocaleInfo): string {
  // Round to the precision shown so 0.99999999 displays as the next midnight, not 23:59:59.
  const unitMs = 10 ** (3 - section.fracDigits);
  const totalMs = Math.round((serial * MS_PER_DAY) / unitMs) * unitMs;
  const f = wallFields(serialToWall(totalMs / MS_PER_DAY));
  let out = '';
  for (const item of section.items) {
    switch (item.t) {
      case 'lit':
        out += item.text;
        break;
      case 'year':
        out += item.count <= 2 ? String(f.year % 100).padStart(2, '0') : String(f.year).padStart(4, '0');
        break;
      case 'month':
        out += monthText(item.count, f.month, locale);
        break;
      case 'minute':
        out += pad(f.minute, item.count);
        break;
      case 'day':
        out +=
          item.count >= 4 ? locale.weekdaysLong[f.weekday] : item.count === 3 ? locale.weekdaysShort[f.weekday] : pad(f.day, item.count);
        break;
      case 'hour': {
        const hour = section.twelveHour ? (f.hour % 12 === 0 ? 12 : f.hour % 12) : f.hour;
        out += pad(hour, item.count);
        break;
      }
      case 'second':
        out += pad(f.second, item.count);
        break;
      case 'fracSecond':
        out += locale.decimal + String(f.millisecond).padStart(3, '0').slice(0, item.count).padEnd(item.count, '0');
        break;
      case 'ampm':
        out += f.hour < 12 ? item.am : item.pm;
        break;
      case 'elapsed': {
        const unit = item.unit === 'h' ? 3_600_000 : item.unit === 'm' ? 60_000 : 1000;
        out += pad(Math.floor(Math.abs(totalMs) / unit), item.count);
        break;
      }
    }
  }
  return out;
}

function monthText(count: number, month: number, locale: LocaleInfo): string {
  if (count === 3) return locale.monthsShort[month - 1];
  if (count === 4) return locale.monthsLong[month - 1];
  if (count >= 5) return locale.monthsLong[month - 1].charAt(0).toUpperCase();
  return pad(month, count);
}

function pad(n: number, width: number): string {
  const text = String(n);
  return text.length >= width ? text : '0'.repeat(width - text.length) + text;
}

/**
 * Types the text cells of a delimited file the way a spreadsheet does on import, numbers and
 * dates by the spreadsheet's locale, but column by column so that nothing changes meaning:
 *
 * - text columns (Deal ID, names, e-mail, phone, stage, notes...) stay text, so IDs keep
 *   their leading zeros and `+33 6 12 34 56 78` stays a phone number;
 * - number columns (Amount, Probability, Score) and date columns (Expected close,
 *   Created...) are typed cell by cell; a cell that is not clearly a number or a date stays
 *   text, and the engine lists it in the Import report;
 * - any other column is typed only when every value in it is a number (none with a leading
 *   zero), every value a date, or every value TRUE/FALSE: a column of codes stays text.
 *
 * A column's decimal separator is what its own values prove (`1.234,5`, `1,5`), else the
 * file's (a semicolon-separated file comes from a decimal-comma locale), else the locale's;
 * its day/month order is what its own dates prove (24/03 vs 03/24), else what the file's
 * other date columns prove, else the locale's (see `planDateColumn`). Typed cells get the number format that shows them as written.
 */
import type { DealColumn } from '../../core/columns/deal-columns';
import { mapColumns } from '../../core/columns/find-columns';
import { dayMonthToDate, parseYearFirstDate, splitDayMonthDate, type DateText } from '../../core/parse/date-text';
import { localeConventions, type DateOrder } from '../../core/parse/locale-conventions';
import { planDateColumn, type DateColumnPlan } from '../../core/parse/read-date-column';
import { wallClockToInstant } from '../../core/parse/zoned-time';
import { getLocale, parseUserInput } from '../emulator/format';
import type { CellFormatModel, CellValue, GridRange } from '../emulator/model';
import { decimalShownBy, numberFormatFor, readNumberText, type TypedNumber } from './number-text';

type Role = 'text' | 'number' | 'probability' | 'date' | 'auto';

const ROLE: Partial<Record<DealColumn, Role>> = {
  Amount: 'number', Probability: 'probability', Score: 'number',
  'Expected close': 'date', Created: 'date', 'Stage entered': 'date', 'Last activity': 'date', 'Next step due': 'date',
  Need: 'auto', Budget: 'auto', Authority: 'auto', Timing: 'auto',
};

export interface TypingOptions {
  /** Spreadsheet locale, `en_US` or `fr_FR`. */
  locale: string;
  timeZone: string;
  /** The file's delimiter: `;` means a decimal-comma locale wrote it. */
  delimiter?: string;
}

export interface TypedColumns {
  /** Number formats for the typed columns, over their data rows. */
  formats: { range: GridRange; format: CellFormatModel }[];
  /**
   * Columns typed by the locale alone, no value telling: dates that could be day-first or
   * month-first, numbers whose one `,` or `.` could group thousands or mark decimals. The
   * first such cell (0-based row and column), as written, and what it was read as.
   */
  guesses: LocaleGuess[];
  /** Number columns written with currency signs, one or several. */
  currencies: ColumnCurrencies[];
}

/** The currency signs or codes a number column's values are written with (`$`, `€`, `EUR`), as written. */
export interface ColumnCurrencies {
  column: number;
  signs: string[];
}

export interface LocaleGuess {
  kind: 'date-order' | 'decimal';
  row: number;
  column: number;
  text: string;
  /** `dmy`/`mdy` for dates, the decimal separator for numbers. */
  reading: DateOrder | '.' | ',';
}

/** `12,500` or `1.250`: one separator, three digits after it: thousands in one locale, decimals in the other. */
const EITHER_WAY_NUMBER = /^[^\d]*\d{1,3}[.,]\d{3}[^\d]*$/;

const YEAR = /\d{4}/;
const LETTER = /\p{L}/u;

interface TypedDate {
  date: Date;
  time: boolean;
  seconds: boolean;
}

function instantOf(text: DateText, timeZone: string): Date {
  if (text.offsetMinutes === null) return wallClockToInstant(text.wall, timeZone);
  const { year, month, day, hour, minute, second } = text.wall;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - text.offsetMinutes * 60000);
}

function fromDateText(text: DateText | undefined, timeZone: string): TypedDate | undefined {
  if (text === undefined) return undefined;
  const { hour, minute, second } = text.wall;
  return { date: instantOf(text, timeZone), time: hour !== 0 || minute !== 0 || second !== 0, seconds: second !== 0 };
}

/** A date (and time) as text: ISO-like, day/month in the column's order, or with a month name (`1 March 2024`, `Mar 1, 2024`). */
function readDateText(raw: string, order: DateOrder | null, locale: string, timeZone: string): TypedDate | undefined {
  const text = raw.trim();
  const yearFirst = parseYearFirstDate(text);
  if (yearFirst) return fromDateText(yearFirst, timeZone);
  const parts = splitDayMonthDate(text);
  if (parts) return order === null ? undefined : fromDateText(dayMonthToDate(parts, order), timeZone);
  if (!LETTER.test(text) || !YEAR.test(text)) return undefined;
  const input = parseUserInput(text, locale, timeZone);
  if (!('value' in input) || !(input.value instanceof Date)) return undefined;
  const time = /\d:\d\d/.test(text);
  return { date: input.value, time, seconds: /\d:\d\d:\d\d/.test(text) };
}

function isBlank(value: CellValue): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** The text cells of one column under the header: parallel arrays, not an object per cell (100 000-row files). */
interface ColumnTexts {
  rows: number[];
  texts: string[];
}

/** Values looked at to decide that a column of free text is not worth typing. */
const PROBE = 20;

class ColumnTyper {
  private readonly localeDecimal: '.' | ',';
  private readonly fileDecimal: '.' | ',' | null;
  private readonly localeOrder: DateOrder;
  private readonly trueWords: Set<string>;
  private readonly falseWords: Set<string>;

  constructor(
    private readonly rows: CellValue[][],
    private readonly firstData: number,
    private readonly options: TypingOptions,
  ) {
    const conventions = localeConventions(options.locale);
    this.localeDecimal = conventions.decimalSeparator;
    this.localeOrder = conventions.dateOrder;
    this.fileDecimal = options.delimiter === ';' ? ',' : null;
    const words = getLocale(options.locale);
    this.trueWords = new Set(['TRUE', words.trueWord]);
    this.falseWords = new Set(['FALSE', words.falseWord]);
  }

  /** Each column's texts are gathered once: learning the date order and typing both need them. */
  private readonly gathered = new Map<number, ColumnTexts>();

  private texts(c: number): ColumnTexts {
    const cached = this.gathered.get(c);
    if (cached) return cached;
    const found: ColumnTexts = { rows: [], texts: [] };
    this.gathered.set(c, found);
    for (let r = this.firstData; r < this.rows.length; r++) {
      const value = this.rows[r][c];
      if (typeof value === 'string' && !isBlank(value)) {
        found.rows.push(r);
        found.texts.push(value);
      }
    }
    return found;
  }

  /**
   * Whether the first values of a column other than a deal column could all be numbers,
   * dates or TRUE/FALSE; a column of names or codes is then left alone without a pass over it.
   */
  private worthTyping(c: number): boolean {
    let seen = 0;
    for (let r = this.firstData; r < this.rows.length && seen < PROBE; r++) {
      const value = this.rows[r][c];
      if (typeof value !== 'string' || isBlank(value)) continue;
      seen++;
      const text = value.trim();
      const word = text.toUpperCase();
      const possible =
        readNumberText(text, '.') !== undefined ||
        readNumberText(text, ',') !== undefined ||
        readDateText(text, 'dmy', this.options.locale, this.options.timeZone) !== undefined ||
        readDateText(text, 'mdy', this.options.locale, this.options.timeZone) !== undefined ||
        this.trueWords.has(word) ||
        this.falseWords.has(word);
      if (!possible) return false;
    }
    return seen > 0;
  }

  /** Whether the first value of a column reads as a date in either order (a column of numbers or names does not). */
  private startsWithDate(c: number): boolean {
    for (let r = this.firstData; r < this.rows.length; r++) {
      const value = this.rows[r][c];
      if (typeof value !== 'string' || isBlank(value)) continue;
      const { locale, timeZone } = this.options;
      return readDateText(value, 'dmy', locale, timeZone) !== undefined || readDateText(value, 'mdy', locale, timeZone) !== undefined;
    }
    return false;
  }

  /** What the typer read by the locale alone (see TypedColumns.guesses). */
  readonly guesses: LocaleGuess[] = [];
  readonly currencies: ColumnCurrencies[] = [];

  /** The column's decimal separator, and whether the locale alone chose it (no value of the column or the file told). */
  private decimalOf(cells: ColumnTexts): { decimal: '.' | ','; byLocale: boolean } {
    let point = 0;
    let comma = 0;
    for (const text of cells.texts) {
      if (!/\d[.,]\d/.test(text)) continue;
      const shown = decimalShownBy(text);
      if (shown === '.') point++;
      else if (shown === ',') comma++;
    }
    if (point !== comma) return { decimal: point > comma ? '.' : ',', byLocale: false };
    return { decimal: this.fileDecimal ?? this.localeDecimal, byLocale: this.fileDecimal === null };
  }

  /** Remembers the first value of column `c` that reads both ways, when the locale alone chose how (see TypedColumns.guesses). */
  private guess(kind: LocaleGuess['kind'], c: number, cells: ColumnTexts, readsBothWays: (text: string) => boolean, reading: LocaleGuess['reading']): void {
    const either = cells.texts.findIndex((text) => readsBothWays(text.trim()));
    if (either >= 0) this.guesses.push({ kind, row: cells.rows[either], column: c, text: cells.texts[either].trim(), reading });
  }

  /**
   * The day/month order the file's own dates prove, when its columns agree: one locale wrote
   * the whole file, so `01/02/2024` in one column reads like `24/03/2024` in another.
   */
  private fileOrder: DateOrder | null = null;

  /** Each date column's evidence, found once (a full pass when only one order shows). */
  private readonly datePlans = new Map<number, DateColumnPlan>();

  private datePlan(c: number): DateColumnPlan {
    let plan = this.datePlans.get(c);
    if (!plan) {
      plan = planDateColumn(this.texts(c).texts, this.localeOrder);
      this.datePlans.set(c, plan);
    }
    return plan;
  }

  learnDateOrder(columns: readonly { c: number; role: Role }[]): void {
    let dayFirst = false;
    let monthFirst = false;
    for (const { c, role } of columns) {
      if (role === 'text' || role === 'number' || role === 'probability' || (role === 'auto' && !this.startsWithDate(c))) continue;
      const plan = this.datePlan(c);
      dayFirst ||= plan.dayFirst !== null;
      monthFirst ||= plan.monthFirst !== null;
    }
    this.fileOrder = dayFirst === monthFirst ? null : dayFirst ? 'dmy' : 'mdy';
  }

  /** The column's own order, else the file's, else the locale's; `null` when the column shows both. */
  private dateOrder(c: number): DateOrder | null {
    const { dayFirst, monthFirst } = this.datePlan(c);
    if (dayFirst && monthFirst) return null;
    return dayFirst ? 'dmy' : monthFirst ? 'mdy' : (this.fileOrder ?? this.localeOrder);
  }

  /** Types column `c` in place; returns its number format (`{}` when typed without one), or `null` when nothing was typed. */
  type(c: number, role: Role): CellFormatModel | null {
    if (role === 'text') return null;
    if (role === 'auto' && !this.worthTyping(c)) return null;
    const cells = this.texts(c);
    if (cells.texts.length === 0) return null;
    if (role === 'number' || role === 'probability') return this.typeNumbers(c, cells, false, role === 'probability');
    if (role === 'date') return this.typeDates(c, cells, false);
    return this.typeNumbers(c, cells, true) ?? this.typeDates(c, cells, true) ?? this.typeBooleans(c, cells);
  }

  /**
   * `all`: type the column only if every value is a number; else each number cell.
   * `probability`: a percent above 100 % stays text. Typed, `150%` would be 1.5, a number
   * above 1, which makes the engine read the whole column as percent (SPEC §4), every
   * `50%` beside it as 0.5 %; as text it is reported as not a probability.
   */
  private typeNumbers(c: number, cells: ColumnTexts, all: boolean, probability = false): CellFormatModel | null {
    const { decimal, byLocale } = this.decimalOf(cells);
    const count = cells.texts.length;
    const typed: (TypedNumber | undefined)[] = new Array(count);
    const currencies = new Set<string>();
    let percent = 0;
    let plain = 0;
    for (let i = 0; i < count; i++) {
      const read = readNumberText(cells.texts[i], decimal);
      const number = read && probability && read.percent && !(read.value <= 1) ? undefined : read;
      if (number === undefined || (all && number.leadingZero)) {
        if (all) return null;
        continue;
      }
      typed[i] = number;
      if (number.currency) currencies.add(number.currency.sign);
      if (number.percent) percent++;
      else plain++;
    }
    if (currencies.size > 0) this.currencies.push({ column: c, signs: [...currencies] });
    // Two currencies in one column: as numbers they would read as one; the text keeps them apart.
    if (currencies.size > 1) return null;
    // `25%` beside `40`: typed, they would be 0.25 and 40 on two scales; as text each keeps its own.
    const skipPercent = percent > 0 && plain > 0;
    if (all && skipPercent) return null;
    let first: TypedNumber | undefined;
    let decimals = false;
    for (let i = 0; i < count; i++) {
      const number = typed[i];
      if (number === undefined || (skipPercent && number.percent)) continue;
      this.rows[cells.rows[i]][c] = number.value;
      first ??= number;
      decimals ||= number.decimals;
    }
    if (first === undefined) return null;
    if (byLocale) this.guess('decimal', c, cells, (text) => EITHER_WAY_NUMBER.test(text), decimal);
    const numberFormat = numberFormatFor(first, decimals);
    return numberFormat ? { numberFormat } : {};
  }

  private typeDates(c: number, cells: ColumnTexts, all: boolean): CellFormatModel | null {
    const { locale, timeZone } = this.options;
    const order = this.dateOrder(c);
    if (all && order === null) return null;
    const count = cells.texts.length;
    const typed: (Date | undefined)[] = new Array(count);
    let time = false;
    let seconds = false;
    let typedOne = false;
    for (let i = 0; i < count; i++) {
      const date = readDateText(cells.texts[i], order, locale, timeZone);
      if (date === undefined) {
        if (all) return null;
        continue;
      }
      typed[i] = date.date;
      typedOne = true;
      time ||= date.time;
      seconds ||= date.seconds;
    }
    if (!typedOne) return null;
    for (let i = 0; i < count; i++) {
      const date = typed[i];
      if (date !== undefined) this.rows[cells.rows[i]][c] = date;
    }
    const plan = this.datePlan(c);
    // No date of the column or the file tells the order: the locale's was taken. Said when a date could be read both ways.
    if (order !== null && plan.dayFirst === null && plan.monthFirst === null && this.fileOrder === null) {
      this.guess('date-order', c, cells, (text) => splitDayMonthDate(text) !== undefined, order);
    }
    return { numberFormat: time ? (seconds ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd hh:mm') : 'yyyy-mm-dd' };
  }

  private typeBooleans(c: number, cells: ColumnTexts): CellFormatModel | null {
    const values: boolean[] = [];
    for (const text of cells.texts) {
      const word = text.trim().toUpperCase();
      if (this.trueWords.has(word)) values.push(true);
      else if (this.falseWords.has(word)) values.push(false);
      else return null;
    }
    values.forEach((value, i) => (this.rows[cells.rows[i]][c] = value));
    return {};
  }
}

/**
 * Types the cells under the header row `headerIndex` of `rows` in place (rows above it,
 * titles, and the header itself stay text) and returns the number formats to apply.
 */
export function typeColumns(rows: CellValue[][], headerIndex: number, options: TypingOptions): TypedColumns {
  const firstData = headerIndex + 1;
  const formats: TypedColumns['formats'] = [];
  if (rows.length <= firstData) return { formats, guesses: [], currencies: [] };
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const columns = mapColumns(rows[headerIndex]);
  const roles: Role[] = new Array<Role>(width).fill('auto');
  for (const [column, index] of Object.entries(columns) as [DealColumn, number][]) roles[index] = ROLE[column] ?? 'text';
  const typer = new ColumnTyper(rows, firstData, options);
  typer.learnDateOrder(roles.map((role, c) => ({ c, role })));
  for (let c = 0; c < width; c++) {
    const format = typer.type(c, roles[c]);
    if (format && format.numberFormat) {
      formats.push({ range: { row: firstData + 1, column: c + 1, numRows: rows.length - firstData, numColumns: 1 }, format });
    }
  }
  return { formats, guesses: typer.guesses, currencies: typer.currencies };
}

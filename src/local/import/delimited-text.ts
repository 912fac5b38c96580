/**
 * Delimited text (CSV, semicolon-separated, TSV, pipe-separated) read in one linear pass,
 * the way Sheets and Excel write it: fields in double quotes may hold the delimiter,
 * quotes (doubled) and line breaks; records end with CRLF, LF or CR. Field text is kept
 * exactly as written, spaces included: nothing is trimmed or retyped here.
 */
import { isBlankValue } from '../../core/parse/reading';

export interface DelimitedRecords {
  /** Every record, trailing blank records dropped. A blank line in between is `['']`. */
  records: string[][];
  /** A quoted field still open at the end of the text: the 1-based record it is in and the line its quote opened on. */
  unclosedQuote: { record: number; line: number } | null;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Line breaks in `text[start, end)`, a CRLF counting once. */
function lineBreaks(text: string, start: number, end: number): number {
  let breaks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) breaks++;
  }
  return breaks;
}

/**
 * Splits `text` into records of fields. `maxRecords` stops early (for sniffing a sample).
 * Lenient where spreadsheets are: text after a closing quote is appended to the field
 * (`"a"b` is `ab`), a quote inside an unquoted field is an ordinary character, and a quote
 * never closed runs to the end of the text (reported, so the user can check the file).
 */
export function parseDelimited(text: string, delimiter: string, maxRecords = Infinity): DelimitedRecords {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  let unclosedQuote: DelimitedRecords['unclosedQuote'] = null;
  let record: string[] = [];
  let line = 1;
  let i = 0;
  while (i < n && records.length < maxRecords) {
    if (text.charCodeAt(i) === QUOTE) {
      const openLine = line;
      const open = i;
      let value = '';
      let start = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          value += text.slice(start);
          unclosedQuote ??= { record: records.length + 1, line: openLine };
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(start, q + 1);
          i = start = q + 2;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      line += lineBreaks(text, open, i);
      const rest = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      record.push(i > rest ? value + text.slice(rest, i) : value);
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      record.push(text.slice(start, i));
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      // A delimiter at the very end still opens one last, empty field.
      if (i === n) record.push('');
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    records.push(record);
    record = [];
  }
  if (record.length > 0 && records.length < maxRecords) records.push(record);
  while (records.length > 0 && records[records.length - 1].every(isBlankValue)) records.pop();
  return { records, unclosedQuote };
}

/** The delimiters Sheets and Excel write, most usual first (the tie-break). */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Records sampled to sniff the delimiter, and characters they are taken from. */
const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 256 * 1024;

/** Excel's `sep=;` first line, which names the delimiter and is not data. */
const SEP_LINE = /^sep=(.)\r?\n?/i;

export interface SniffedText {
  delimiter: string;
  /** The text to parse: without Excel's `sep=` line when there was one. */
  body: string;
}

/** The number of fields most records have (a title line above the header does not decide). */
function commonestLength(records: readonly string[][]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const record of records) {
    const count = (counts.get(record.length) ?? 0) + 1;
    counts.set(record.length, count);
    if (count > bestCount || (count === bestCount && record.length > best)) {
      best = record.length;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Picks the delimiter that splits the first records most consistently into one number of
 * fields (at least two); quotes are honoured, so a comma inside `"Acme, Inc."` does not
 * count. A single-column file gets the comma.
 */
export function sniffDelimiter(text: string): SniffedText {
  const sep = SEP_LINE.exec(text);
  if (sep) return { delimiter: sep[1], body: text.slice(sep[0].length) };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best: { delimiter: Delimiter; share: number; fields: number } = { delimiter: ',', share: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const { records } = parseDelimited(sample, delimiter, SAMPLE_RECORDS + 1);
    // The last sampled record may be cut short by the sample's end.
    const complete = (text.length > sample.length && records.length > 1 ? records.slice(0, -1) : records).filter((r) => !r.every(isBlankValue));
    if (complete.length === 0) continue;
    const fields = commonestLength(complete);
    if (fields < 2) continue;
    const share = complete.filter((r) => r.length === fields).length / complete.length;
    if (share > best.share || (share === best.share && fields > best.fields)) best = { delimiter, share, fields };
  }
  return { delimiter: best.delimiter, body: text };
}

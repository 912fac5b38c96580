/**
 * The text of a delimited file as spreadsheets write it: UTF-8 with or without a BOM
 * (Sheets, Excel's "CSV UTF-8"), UTF-16 with a BOM (Excel's "Unicode Text"), or, when the
 * bytes are not valid UTF-8, Windows-1252 (Excel's plain "CSV" on a Western European PC).
 * Files that are not text at all are refused rather than imported as gibberish.
 */
import { isUtf8 } from 'node:buffer';
import type { Language } from '../../core/i18n/language';
import { fileText } from '../i18n/file-strings';
import { cannotImport } from './errors';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Bytes looked at to decide whether a file is text. */
const SNIFF_BYTES = 65_536;

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return data.length >= bytes.length && bytes.every((byte, i) => data[i] === byte);
}

/**
 * Control characters other than tab, line feed, form feed and carriage return: text files
 * have none (a NUL, never), binary files many.
 */
function looksBinary(data: Uint8Array): boolean {
  const end = Math.min(data.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const byte = data[i];
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls > end / 100;
}

/** Windows-1252's characters for bytes 0x80–0x9F (where Latin-1 has control codes); its five unassigned bytes keep their code. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 by hand: Node's TextDecoder reads that label as Latin-1, losing €, curly quotes and dashes. */
function decodeWindows1252(data: Uint8Array): string {
  const latin1 = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

function swapBytes(data: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(data.length - (data.length % 2));
  for (let i = 0; i + 1 < data.length; i += 2) {
    swapped[i] = data[i + 1];
    swapped[i + 1] = data[i];
  }
  return swapped;
}

/** Decodes a delimited text file, or throws an `ImportError` naming `label`, in `language`. */
export function decodeTextFile(data: Uint8Array, label: string, language: Language = 'en'): string {
  if (data.length === 0) throw cannotImport(label, fileText(language, 'reason.empty'), language);
  if (startsWith(data, ZIP_SIGNATURE)) throw cannotImport(label, fileText(language, 'reason.zipNotText'), language);
  let text: string;
  if (startsWith(data, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(data.subarray(2));
  else if (startsWith(data, [0xfe, 0xff])) text = new TextDecoder('utf-16le').decode(swapBytes(data.subarray(2)));
  else {
    const body = startsWith(data, [0xef, 0xbb, 0xbf]) ? data.subarray(3) : data;
    if (looksBinary(body)) throw cannotImport(label, fileText(language, 'reason.binary'), language);
    // isUtf8 and toString are one fast native pass each; a fatal TextDecoder is several times slower on large files.
    text = isUtf8(body) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') : decodeWindows1252(body);
  }
  if (text.trim() === '') throw cannotImport(label, fileText(language, 'reason.empty'), language);
  return text;
}

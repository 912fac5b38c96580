/** Utilities, plus Logger and the quiet console, whose lines go to the emulator's log. */
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BlobImpl, toBuffer, toSignedBytes } from './blob';
import type { LogRecord } from './execution';
import { formatDate, parseDate } from './format';
import { SCRIPT_CLASS, ScriptObject, asGas, describeType, implOf } from './proxy';

/** Apps Script's `Utilities.formatString`: a Java/C sprintf subset (%s %d %i %f %x %o %e %%, flags, width, precision). */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return template.replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifxXoeE%])/g, (_m, flags: string, width?: string, precision?: string, conv?: string) => {
    if (conv === '%') return '%';
    const arg = args[next++];
    let out: string;
    switch (conv) {
      case 's':
        out = String(arg);
        if (precision !== undefined) out = out.slice(0, Number(precision));
        break;
      case 'd':
      case 'i':
        out = String(Math.trunc(Number(arg)));
        break;
      case 'f':
        out = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
        break;
      case 'e':
      case 'E':
        out = Number(arg).toExponential(precision === undefined ? 6 : Number(precision)).replace(/e([+-])(\d)$/, 'e$10$2');
        if (conv === 'E') out = out.toUpperCase();
        break;
      case 'x':
      case 'X':
        out = Math.trunc(Number(arg)).toString(16);
        if (conv === 'X') out = out.toUpperCase();
        break;
      default:
        out = Math.trunc(Number(arg)).toString(8);
    }
    if (flags.includes('+') && conv !== 's' && !out.startsWith('-')) out = `+${out}`;
    const w = width === undefined ? 0 : Number(width);
    if (out.length >= w) return out;
    if (flags.includes('-')) return out.padEnd(w);
    if (flags.includes('0') && conv !== 's') {
      const sign = /^[+-]/.test(out) ? out[0] : '';
      return sign + out.slice(sign.length).padStart(w - sign.length, '0');
    }
    return out.padStart(w);
  });
}

type UtilitiesApi = Pick<
  GoogleAppsScript.Utilities.Utilities,
  | 'formatDate' | 'parseDate' | 'getUuid' | 'formatString' | 'base64Encode' | 'base64Decode' | 'base64EncodeWebSafe' | 'base64DecodeWebSafe' | 'sleep'
  | 'newBlob' | 'gzip' | 'ungzip'
>;

type GasBlob = GoogleAppsScript.Base.Blob;

/** The content type Apps Script gives the blob `Utilities.gzip` returns. */
const GZIP_CONTENT_TYPE = 'application/x-gzip';

export class UtilitiesImpl extends ScriptObject implements UtilitiesApi {
  readonly [SCRIPT_CLASS] = 'Utilities';

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  base64Encode(data: string | number[]): string {
    return toBuffer(data).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[]): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  /** Returns bytes like Apps Script (Java's signed bytes); decode text with `Utilities.newBlob(bytes).getDataAsString()`. */
  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(Buffer.from(encoded, 'base64url'));
  }

  /** Executions here are synchronous and nothing else runs meanwhile, so waiting changes nothing. */
  sleep(_milliseconds: number): void {}

  /** A blob of a string (stored as UTF-8) or of bytes; no content type or name unless given. */
  newBlob(data: string | number[], contentType?: string, name?: string): GasBlob {
    if (typeof data !== 'string' && !Array.isArray(data)) {
      throw new Error(`The parameters (${describeType(data)}) don't match the method signature for Utilities.newBlob.`);
    }
    return asGas(new BlobImpl(toBuffer(data), contentType ?? null, name ?? null));
  }

  /** The blob's bytes gzipped, in a blob of type application/x-gzip (named `name` when given). */
  gzip(blob: GoogleAppsScript.Base.BlobSource, name?: string): GasBlob {
    const source = implOf(blob, BlobImpl, 'Utilities.gzip');
    return asGas(new BlobImpl(gzipSync(source.data), GZIP_CONTENT_TYPE, name ?? null));
  }

  /**
   * The bytes a gzip blob holds. Apps Script documents no content type or name for the
   * result: here it has no content type and the gzip blob's name without `.gz`. Data that is
   * not gzip fails, as there.
   */
  ungzip(blob: GoogleAppsScript.Base.BlobSource): GasBlob {
    const source = implOf(blob, BlobImpl, 'Utilities.ungzip');
    let data: Buffer;
    try {
      data = gunzipSync(source.data);
    } catch {
      throw new Error('Could not decompress gzip.');
    }
    return asGas(new BlobImpl(data, null, source.name === null ? null : source.name.replace(/\.gz$/i, '')));
  }
}

/** Logger.log(data) or Logger.log(format, ...values), as in Apps Script. */
export class LoggerImpl extends ScriptObject implements Pick<GoogleAppsScript.Base.Logger, 'log'> {
  readonly [SCRIPT_CLASS] = 'Logger';

  constructor(private readonly sink: (record: LogRecord) => void) {
    super();
  }

  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const message = values.length && typeof data === 'string' ? formatString(data, ...values) : String(data);
    this.sink({ source: 'Logger', level: 'log', message });
    return asGas(this);
  }
}

function consoleText(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.stack ?? a.message : JSON.stringify(a) ?? String(a))).join(' ');
}

/** A console that records instead of printing, so tests and the preview stay quiet. */
export class QuietConsole extends ScriptObject {
  readonly [SCRIPT_CLASS] = 'console';

  constructor(private readonly sink: (record: LogRecord) => void) {
    super();
  }

  #write(level: LogRecord['level'], args: unknown[]): void {
    this.sink({ source: 'console', level, message: consoleText(args) });
  }

  log(...args: unknown[]): void {
    this.#write('log', args);
  }

  info(...args: unknown[]): void {
    this.#write('info', args);
  }

  warn(...args: unknown[]): void {
    this.#write('warn', args);
  }

  error(...args: unknown[]): void {
    this.#write('error', args);
  }
}

/** Blob, Apps Script's data interchange object: bytes, a content type and a name. */
import { notImplemented, SCRIPT_CLASS, ScriptObject, asGas } from './proxy';

type GasBlob = GoogleAppsScript.Base.Blob;

type BlobApi = Pick<
  GasBlob,
  | 'copyBlob' | 'getBlob' | 'getBytes' | 'getContentType' | 'getDataAsString' | 'getName' | 'isGoogleType'
  | 'setBytes' | 'setContentType' | 'setDataFromString' | 'setName'
>;

/** Byte[] as Apps Script returns it: Java's signed bytes. */
export function toSignedBytes(buffer: Buffer): number[] {
  return Array.from(new Int8Array(buffer.buffer, buffer.byteOffset, buffer.length));
}

/** Bytes from a string (UTF-8) or a Byte[] (signed or not: only the low 8 bits count, as in Java). */
export function toBuffer(data: string | number[]): Buffer {
  // Buffer.from keeps each number's low 8 bits, as Java's byte does.
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
}

/** Java charset names the emulator can decode and encode, by upper-case name. */
const CHARSETS: Readonly<Record<string, BufferEncoding>> = {
  'UTF-8': 'utf8',
  UTF8: 'utf8',
  'ISO-8859-1': 'latin1',
  'US-ASCII': 'ascii',
  'UTF-16LE': 'utf16le',
};

function encodingOf(charset: string, method: string): BufferEncoding {
  const encoding = CHARSETS[String(charset).toUpperCase()];
  if (encoding === undefined) notImplemented('Blob', `${method}(charset ${charset})`);
  return encoding;
}

export class BlobImpl extends ScriptObject implements BlobApi {
  readonly [SCRIPT_CLASS] = 'Blob';

  constructor(
    /** The bytes (fields are hidden from the script: it sees the methods only). */
    public data: Buffer,
    public contentType: string | null = null,
    public name: string | null = null,
  ) {
    super();
  }

  copyBlob(): GasBlob {
    return asGas(new BlobImpl(Buffer.from(this.data), this.contentType, this.name));
  }

  /** A Blob is its own BlobSource. */
  getBlob(): GasBlob {
    return asGas(this);
  }

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  /** UTF-8 unless told otherwise (`'UTF-8'`, `'ISO-8859-1'`, `'US-ASCII'` or `'UTF-16LE'` here). */
  getDataAsString(charset = 'UTF-8'): string {
    return this.data.toString(encodingOf(charset, 'getDataAsString'));
  }

  getName(): string | null {
    return this.name;
  }

  isGoogleType(): boolean {
    return false;
  }

  setBytes(data: number[]): GasBlob {
    this.data = toBuffer(data);
    return asGas(this);
  }

  setContentType(contentType: string | null): GasBlob {
    this.contentType = contentType;
    return asGas(this);
  }

  setDataFromString(string: string, charset = 'UTF-8'): GasBlob {
    this.data = Buffer.from(String(string), encodingOf(charset, 'setDataFromString'));
    return asGas(this);
  }

  setName(name: string): GasBlob {
    this.name = name;
    return asGas(this);
  }
}

/**
 * A minimal zip writer for xlsx packages, on Node's zlib. Large parts are streamed: text
 * is encoded into a reused 1 MB buffer, each full buffer is deflated on its own and ended
 * with a sync flush, and the pieces are concatenated into one valid deflate stream. Only
 * the compressed bytes are kept, so a 100 MB worksheet never exists as one string or one
 * buffer, and no large string is ever built (flattening them cost more than the XML).
 */
import zlib from 'node:zlib';
import { WorkbookContentError } from './errors';

/** Bytes of text gathered before they are deflated. */
const CHUNK_BYTES = 1 << 20;
/** zlib's fastest level: a third of the default's time on sheet XML, for a file about 30% larger. */
const LEVEL = 1;
const MAX_ZIP_SIZE = 0xffffffff;
/** 1980-01-01 00:00, the zip epoch: the same model always gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

interface Entry {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** One part being written; `write` as often as needed, then `end`. */
export interface ZipPartWriter {
  write(text: string): void;
  /** `write` for text known to be ASCII (markup, numbers, references): encoded without UTF-8's cost. */
  writeAscii(text: string): void;
  end(): void;
}

export class ZipWriter {
  private readonly parts: Buffer[] = [];
  private readonly entries: Entry[] = [];
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private offset = 0;
  private open = false;

  /** A whole part at once. */
  add(name: string, content: string): void {
    const part = this.part(name);
    part.write(content);
    part.end();
  }

  /** A part written piece by piece. */
  part(name: string): ZipPartWriter {
    if (this.open) throw new Error('zip: a part is still being written');
    this.open = true;
    const buffer = this.buffer;
    let used = 0;
    let crc = 0;
    let size = 0;
    const compressed: Buffer[] = [];
    const deflate = (data: Buffer, last: boolean) => {
      crc = zlib.crc32(data, crc);
      size += data.length;
      compressed.push(zlib.deflateRawSync(data, { level: LEVEL, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }));
    };
    const flush = (last: boolean) => {
      if (used > 0 || last) deflate(buffer.subarray(0, used), last);
      used = 0;
    };
    const write = (text: string, encoding: 'utf8' | 'latin1') => {
      // UTF-8 takes up to 3 bytes per UTF-16 unit.
      const most = encoding === 'latin1' ? text.length : text.length * 3;
      if (used + most > buffer.length) {
        flush(false);
        if (most > buffer.length) {
          deflate(Buffer.from(text, encoding), false);
          return;
        }
      }
      used += buffer.write(text, used, encoding);
    };
    return {
      write: (text: string) => write(text, 'utf8'),
      writeAscii: (text: string) => write(text, 'latin1'),
      end: () => {
        flush(true);
        this.open = false;
        this.store(name, crc, size, compressed);
      },
    };
  }

  private store(name: string, crc: number, size: number, compressed: Buffer[]): void {
    const fileName = Buffer.from(name, 'utf8');
    const compressedSize = compressed.reduce((sum, piece) => sum + piece.length, 0);
    if (size > MAX_ZIP_SIZE || this.offset + compressedSize > MAX_ZIP_SIZE) throw new WorkbookContentError('reason.workbookTooLarge');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(fileName.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name: fileName, crc: crc >>> 0, compressedSize, size, offset: this.offset });
    this.parts.push(header, fileName, ...compressed);
    this.offset += header.length + fileName.length + compressedSize;
  }

  /** The whole zip: the parts, then the central directory. */
  finish(): Buffer {
    if (this.open) throw new Error('zip: a part is still being written');
    const directoryStart = this.offset;
    let directorySize = 0;
    const directory: Buffer[] = [];
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(UTF8_NAMES, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(DOS_TIME, 12);
      record.writeUInt16LE(DOS_DATE, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      directory.push(record, entry.name);
      directorySize += record.length + entry.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(directoryStart, 16);
    return Buffer.concat([...this.parts, ...directory, end]);
  }
}

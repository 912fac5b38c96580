/**
 * Reads the parts of a zip (an xlsx package) on Node's zlib. Only what xlsx writers
 * produce is supported: stored or deflated parts, no encryption, no zip64. Anything else
 * throws `UnsupportedZip`, and the caller falls back to the general reader.
 */
import zlib from 'node:zlib';

export class UnsupportedZip extends Error {}

interface ZipEntry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const END_SIGNATURE = 0x06054b50;
const MAX_COMMENT = 0xffff;

export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly data: Buffer) {
    const end = this.findEnd();
    const count = data.readUInt16LE(end + 10);
    const directoryOffset = data.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) throw new UnsupportedZip('zip64');
    let at = directoryOffset;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) throw new UnsupportedZip('damaged central directory');
      const nameLength = data.readUInt16LE(at + 28);
      const extraLength = data.readUInt16LE(at + 30);
      const commentLength = data.readUInt16LE(at + 32);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name.replace(/\\/g, '/').replace(/^\//, ''), {
        flags: data.readUInt16LE(at + 8),
        method: data.readUInt16LE(at + 10),
        compressedSize: data.readUInt32LE(at + 20),
        size: data.readUInt32LE(at + 24),
        offset: data.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  private findEnd(): number {
    const lowest = Math.max(0, this.data.length - 22 - MAX_COMMENT);
    for (let at = this.data.length - 22; at >= lowest; at -= 1) {
      if (this.data.readUInt32LE(at) === END_SIGNATURE) return at;
    }
    throw new UnsupportedZip('no end of central directory');
  }

  /** The part's bytes, or null when the package has no such part. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.flags & 1) throw new UnsupportedZip('encrypted part');
    const { data } = this;
    const at = entry.offset;
    if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) throw new UnsupportedZip(`damaged part ${name}`);
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const raw = data.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize) throw new UnsupportedZip(`truncated part ${name}`);
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new UnsupportedZip(`compression method ${entry.method}`);
    // One output chunk of the known size: zlib's default 16 KB chunks would be concatenated, a copy of every byte.
    const inflated = zlib.inflateRawSync(raw, { chunkSize: Math.max(64 * 1024, entry.size + 1) });
    if (inflated.length !== entry.size) throw new UnsupportedZip(`damaged part ${name}`);
    return inflated;
  }

  readText(name: string): string | null {
    const data = this.read(name);
    return data === null ? null : data.toString('utf8');
  }
}

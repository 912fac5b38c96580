/** Reading and atomically replacing a workbook file on disk. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { WorkbookFileError, reasonOf } from './errors';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function readFileChecked(file: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a folder' : reasonOf(error);
    throw new WorkbookFileError(`Cannot read workbook "${file}": ${why}`);
  }
  return data;
}

/** Checks cheap signs of a non-xlsx file first, so the message says what is wrong rather than what the unzipper tripped on. */
export function checkZipSignature(data: Buffer, label: string): void {
  if (data.length === 0) throw new WorkbookFileError(`Cannot read workbook "${label}": the file is empty`);
  if (data.length < ZIP_SIGNATURE.length || !data.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    throw new WorkbookFileError(`Cannot read workbook "${label}": not a valid .xlsx file (zip signature missing)`);
  }
}

/**
 * Writes to a temporary file beside the target, flushes it, then renames it over the
 * target: a crash or a full disk leaves either the old file or the new one, never half.
 */
export async function replaceFile(file: string, data: Buffer): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new WorkbookFileError(`Cannot write workbook "${file}": ${reasonOf(error)}`);
  }
}

/** Writing the output workbook: to a temporary file beside it, then renamed over it, so a failure never leaves half a file. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ImportError } from './errors';

export async function writeOutputFile(file: string, data: Buffer): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `folder "${folder}" not found` : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message.split('\n')[0];
    throw new ImportError(`Cannot write "${file}": ${why}`);
  }
}

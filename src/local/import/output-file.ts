/** Writing the output workbook: to a temporary file beside it, then renamed over it, so a failure never leaves half a file. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../core/i18n/language';
import { fileText } from '../i18n/file-strings';
import { fileSystemReason } from '../i18n/file-system-reason';
import { ImportError } from './errors';

/** Errors (`ImportError`: `Cannot write "file": why`) in `language`. */
export async function writeOutputFile(file: string, data: Buffer, language: Language = 'en'): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new ImportError(fileText(language, 'error.cannotWrite', { file, reason: fileSystemReason(error, file, 'write', language) }));
  }
}

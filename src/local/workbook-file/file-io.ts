/** Reading and atomically replacing a workbook file on disk. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../core/i18n/language';
import { fileText } from '../i18n/file-strings';
import { fileSystemReason } from '../i18n/file-system-reason';
import { cannotReadWorkbook, cannotWriteWorkbook } from './errors';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The file's bytes; errors (`WorkbookFileError`) in `language`. */
export async function readFileChecked(file: string, language: Language = 'en'): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw cannotReadWorkbook(file, fileSystemReason(error, file, 'read', language), language);
  }
}

/** Checks cheap signs of a non-xlsx file first, so the message says what is wrong rather than what the unzipper tripped on. */
export function checkZipSignature(data: Buffer, label: string, language: Language = 'en'): void {
  if (data.length === 0) throw cannotReadWorkbook(label, fileText(language, 'reason.empty'), language);
  if (data.length < ZIP_SIGNATURE.length || !data.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    const reason = fileText(language, 'reason.notXlsx', { detail: fileText(language, 'reason.zipSignatureMissing') });
    throw cannotReadWorkbook(label, reason, language);
  }
}

/**
 * Writes to a temporary file beside the target, flushes it, then renames it over the
 * target: a crash or a full disk leaves either the old file or the new one, never half.
 * Errors (`WorkbookFileError`, else what `failure` makes of the reason) in `language`.
 */
export async function replaceFile(
  file: string,
  data: Buffer,
  language: Language = 'en',
  failure: (reason: string) => Error = (reason) => cannotWriteWorkbook(file, reason, language),
): Promise<void> {
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
    throw failure(fileSystemReason(error, file, 'write', language));
  }
}

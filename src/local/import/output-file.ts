/** Writing the output workbook: to a temporary file beside it, flushed, then renamed over it, so a failure never leaves half a file. */
import type { Language } from '../../core/i18n/language';
import { fileText } from '../i18n/file-strings';
import { replaceFile } from '../workbook-file/file-io';
import { ImportError } from './errors';

/** replaceFile, with its errors as the import's (`ImportError`: `Cannot write "file": why`) in `language`. */
export async function writeOutputFile(file: string, data: Buffer, language: Language = 'en'): Promise<void> {
  await replaceFile(file, data, language, (reason) => new ImportError(fileText(language, 'error.cannotWrite', { file, reason })));
}

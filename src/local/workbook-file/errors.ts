import type { Language } from '../../core/i18n/language';
import { fileText, type FileStringKey } from '../i18n/file-strings';
import { firstLine } from '../i18n/file-system-reason';
import type { Params } from '../i18n/translator';

/**
 * The one error type the workbook file raises. Its message is shown to the user as is
 * (CLI, preview banner), so it is a single line that names the file; `reason` is that line
 * without the file, for a caller that names the file its own way.
 */
export class WorkbookFileError extends Error {
  constructor(
    message: string,
    readonly reason: string = message,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/** `Cannot read workbook "file": reason`, in `language`. */
export function cannotReadWorkbook(file: string, reason: string, language: Language = 'en'): WorkbookFileError {
  return new WorkbookFileError(fileText(language, 'error.cannotReadWorkbook', { file, reason }), reason);
}

/** `Cannot write workbook "file": reason`, in `language`. */
export function cannotWriteWorkbook(file: string, reason: string, language: Language = 'en'): WorkbookFileError {
  return new WorkbookFileError(fileText(language, 'error.cannotWriteWorkbook', { file, reason }), reason);
}

/**
 * A workbook the writer refuses for a reason the user can cause (a sheet named like the
 * metadata sheet, a workbook over 4 GB), thrown deep in the writer where the language is
 * not known: `reasonOf` words it in the language of whoever reports it.
 */
export class WorkbookContentError extends Error {
  constructor(
    readonly key: FileStringKey,
    readonly params: Params = {},
  ) {
    super(fileText('en', key, params));
  }
}

/** A one-line reason from any thrown value, for wrapping third-party errors; ours in `language`. */
export function reasonOf(error: unknown, language: Language = 'en'): string {
  if (error instanceof WorkbookContentError) return fileText(language, error.key, error.params);
  return firstLine(error, language);
}

import type { Language } from '../../core/i18n/language';
import { fileText } from '../i18n/file-strings';

/**
 * Why a file cannot be imported. The message is shown as is on one line (the CLI prints
 * `sheets-pipeline: <message>`, the preview page its import toast), so it names the file and
 * says what to do, in the language of whoever reads it.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** `Cannot import "file": why`, in `language`; `why` is already in that language. */
export function cannotImport(label: string, why: string, language: Language = 'en'): ImportError {
  return new ImportError(fileText(language, 'error.cannotImport', { file: label, reason: why }));
}

/**
 * Why a file cannot be imported. The message is shown as is on one line (the CLI prints
 * `sheets-pipeline: <message>`), so it names the file and says what to do.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** `Cannot import "file": why`. */
export function cannotImport(label: string, why: string): ImportError {
  return new ImportError(`Cannot import "${label}": ${why}`);
}

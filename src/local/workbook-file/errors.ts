/**
 * The one error type the workbook file raises. Its message is shown to the user as is
 * (CLI, preview banner), so it is a single line that names the file.
 */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/** A one-line reason from any thrown value, for wrapping third-party errors. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim() || 'unknown error';
}

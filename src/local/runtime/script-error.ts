/**
 * Why a call into the script failed, with the HTTP status the preview API answers with:
 * 400 bad arguments, 403 a private function, 404 no such function, 500 the script threw.
 */
export class ScriptCallError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 500,
  ) {
    super(message);
    this.name = 'ScriptCallError';
  }
}

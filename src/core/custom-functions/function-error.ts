import type { Language } from '../i18n/language';
import { translate, type StringKey } from '../i18n/strings';

/** An error a custom function shows in its cell (`#ERROR!` with this message). */
export class FunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionError';
  }
}

/** Throws a translated FunctionError. */
export function fail(language: Language, key: StringKey, params: Record<string, string | number> = {}): never {
  throw new FunctionError(translate(language, key, params));
}

import type { BilingualTable } from '../../core/i18n/bilingual';
import type { Language } from '../../core/i18n/language';

import { fillPlaceholders, type Params } from '../../core/i18n/placeholders';

export { fillPlaceholders, type Params };

/**
 * `translate` over one table, as the core's `translate` does over its registered tables.
 * The local tools do not register into the core's tables: those are bundled into
 * dist/Code.js and the sidebar, and the preview page must not carry them either.
 */
export function translator<K extends string>(table: BilingualTable<K>): (language: Language, key: K, params?: Params) => string {
  return (language, key, params = {}) => fillPlaceholders(table[language][key], params, language);
}


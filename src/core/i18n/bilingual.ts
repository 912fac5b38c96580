/** A strings table as written: `key: [English, French]`. */
export type StringPairs = Readonly<Record<string, readonly [string, string]>>;

/** A strings table by language. */
export interface BilingualTable<K extends PropertyKey> {
  readonly en: Record<K, string>;
  readonly fr: Record<K, string>;
}

function isSupplier<T>(pairs: T | (() => T)): pairs is () => T {
  return typeof pairs === 'function';
}

/**
 * A strings table written as `key: [English, French]`, side by side so that neither
 * language can be forgotten (a missing half does not compile) and each key is stored once:
 * the tables are the largest part of the size-budgeted bundles (SPEC §8).
 *
 * The pairs may also be supplied by a function, and are only read when the table is first
 * read: the Apps Script build (scripts/build.js, `packStringTables`) replaces each table
 * literal of dist/Code.js with such a function over one compressed payload, which must not
 * be decoded while the script loads (Apps Script loads it for every custom-function call
 * and every edit). The source always passes the literal.
 */
export function bilingual<T extends StringPairs>(pairs: T | (() => T)): BilingualTable<keyof T> {
  let split: { en: Record<keyof T, string>; fr: Record<keyof T, string> } | undefined;
  const table = (): { en: Record<keyof T, string>; fr: Record<keyof T, string> } => {
    if (split === undefined) {
      const source = isSupplier(pairs) ? pairs() : pairs;
      const en = {} as Record<keyof T, string>;
      const fr = {} as Record<keyof T, string>;
      for (const key of Object.keys(source) as (keyof T)[]) {
        en[key] = source[key][0];
        fr[key] = source[key][1];
      }
      split = { en, fr };
    }
    return split;
  };
  return {
    get en() {
      return table().en;
    },
    get fr() {
      return table().fr;
    },
  };
}

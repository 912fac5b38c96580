/** Types of pack-string-tables.js, for the tests. */
export type StringPairs = Record<string, [string, string]>;

export interface PackedStringTables {
  /** The bundle with the tables replaced and the decoder added. */
  code: string;
  /** The tables in the payload, in payload order. */
  packed: StringPairs[];
  /** The tables left as written (FREQUENT_STRINGS). */
  plain: StringPairs[];
  /** The payload before compression. */
  json: string;
  /** The gzipped payload, in base64. */
  payload: string;
}

export function packStringTables(code: string): PackedStringTables;

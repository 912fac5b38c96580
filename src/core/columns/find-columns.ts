import { foldLabel } from '../text/fold';
import { DEAL_COLUMNS, DEAL_COLUMN_NAMES, type DealColumn } from './deal-columns';

/** Where each recognised deal column is: 0-based index into the header row. */
export type ColumnMap = Partial<Record<DealColumn, number>>;

const COLUMN_BY_FOLDED_HEADER: ReadonlyMap<string, DealColumn> = (() => {
  const map = new Map<string, DealColumn>();
  for (const name of DEAL_COLUMN_NAMES) {
    const { fr, synonyms } = DEAL_COLUMNS[name];
    for (const header of [name, fr, ...synonyms]) {
      const folded = foldLabel(header);
      if (!map.has(folded)) map.set(folded, name);
    }
  }
  return map;
})();

/**
 * Decorations exports add around a column name, tried only when the header itself is not
 * known: a unit or currency in brackets (`Amount (EUR)`, `Montant [€]`), Pipedrive's
 * `Deal - ` prefix (`Deal - Value`), Salesforce's custom-field suffix (`Loss_Reason__c`).
 */
const HEADER_DECORATIONS: readonly RegExp[] = [/\s*[([][^)\]]*[)\]]\s*$/, /^\s*(?:deal|opportunity|affaire)\s+-\s+/i, /__c\s*$/i];

/** The deal column a header names, if any. */
export function columnForHeader(header: unknown): DealColumn | undefined {
  const exact = COLUMN_BY_FOLDED_HEADER.get(foldLabel(header));
  if (exact !== undefined || typeof header !== 'string') return exact;
  for (const decoration of HEADER_DECORATIONS) {
    const bare: string = header.replace(decoration, '');
    if (bare !== header) {
      const column = COLUMN_BY_FOLDED_HEADER.get(foldLabel(bare));
      if (column !== undefined) return column;
    }
  }
  return undefined;
}

/** Maps a header row to deal columns. When two headers name the same column, the leftmost wins. */
export function mapColumns(headerRow: readonly unknown[]): ColumnMap {
  const map: ColumnMap = {};
  headerRow.forEach((header, index) => {
    const column = columnForHeader(header);
    if (column !== undefined && map[column] === undefined) map[column] = index;
  });
  return map;
}

/**
 * Finds the header row among the first rows of a sheet: the row that names the most deal
 * columns and includes Stage. Returns its 0-based index, or -1 when no row names a Stage column.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], maxRowsToScan = 10): number {
  let best = -1;
  let bestCount = 0;
  for (let r = 0; r < Math.min(rows.length, maxRowsToScan); r++) {
    const map = mapColumns(rows[r]);
    if (map.Stage === undefined) continue;
    const count = Object.keys(map).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A stable stage key from a label: `Closed won` → `closed-won`, `Négociation` → `negociation`.
 * Keys are what Stage History stores, so they must not depend on the language a label
 * is read in; the English label is the usual source.
 */
export function stageKeyFromLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

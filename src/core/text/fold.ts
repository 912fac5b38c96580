/**
 * Folds a label for matching: case, accents, punctuation and stray spaces do not count,
 * so `Closed Won`, `closed_won`, ` closedwon ` and `CLOSED-WON` all fold to `closedwon`,
 * and `Négociation` folds like `Negociation`.
 */
export function foldLabel(text: unknown): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

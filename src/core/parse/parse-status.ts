import type { DealStatus } from '../deals/deal';
import type { Language } from '../i18n/language';
import { foldLabel } from '../text/fold';
import { isBlankValue, type Reading } from './reading';

/**
 * Status spellings: Pipedrive's values (`open`, `won`, `lost`, `deleted`, the English word
 * first), their French forms in either gender (une affaire gagnée, un deal gagné) and `en cours`.
 */
export const STATUS_SPELLINGS: Readonly<Record<DealStatus, readonly string[]>> = {
  open: ['open', 'ouvert', 'ouverte', 'en cours'],
  won: ['won', 'gagné', 'gagnée'],
  lost: ['lost', 'perdu', 'perdue'],
  deleted: ['deleted', 'supprimé', 'supprimée'],
};

/** The spellings folded (see `foldLabel`): matching ignores case, accents and spaces. */
const STATUS_BY_FOLDED: ReadonlyMap<string, DealStatus> = new Map(
  Object.entries(STATUS_SPELLINGS).flatMap(([status, words]) => words.map((word) => [foldLabel(word), status as DealStatus] as const)),
);

const ENGLISH_WORDS = new Set(Object.values(STATUS_SPELLINGS).map((words) => words[0]));

/**
 * A Status cell: `null` when blank (the Stage cell alone says where the deal is),
 * `undefined` for anything that names no status (reported, never guessed). Exports write
 * the bare lower-case word, found without folding.
 */
export function readStatusCell(value: unknown): Reading<DealStatus> {
  if (isBlankValue(value)) return null;
  if (typeof value !== 'string') return undefined;
  return STATUS_BY_FOLDED.get(value) ?? STATUS_BY_FOLDED.get(foldLabel(value));
}

/**
 * The language a Status column is written in, from some of its cells: French when more of
 * them are French words (`gagné`, `perdue`) than English ones, English when fewer,
 * `fallback` on a tie. The add-on writes a status in the column's own words.
 */
export function statusLanguage(cells: Iterable<unknown>, fallback: Language): Language {
  let balance = 0;
  for (const cell of cells) {
    if (readStatusCell(cell)) balance += ENGLISH_WORDS.has(foldLabel(cell)) ? -1 : 1;
  }
  return balance === 0 ? fallback : balance > 0 ? 'fr' : 'en';
}

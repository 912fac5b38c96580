import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';

/** What a message needs of a refused change (a planned one, or one from a `StageChangesResult`). */
export interface UndoneChange {
  row: number;
  dealId: string;
  /** The refused stage text; `''` for a cleared cell. */
  text: string;
  problems: readonly { message: string }[];
}

/** Toasts show a few lines; past this many refused changes the rest are counted, and each has its note. */
export const TOAST_LISTED = 5;

/** How a refused change names its deal: its ID, else its row. */
export function dealName(change: Pick<UndoneChange, 'dealId' | 'row'>, language: Language): string {
  return change.dealId !== '' ? change.dealId : translate(language, 'enforce.row', { row: change.row });
}

function reasons(change: UndoneChange): string {
  return change.problems.map((problem) => problem.message).join(' ');
}

/**
 * The one toast that reports a batch's refused changes: each deal with what was entered
 * and every reason, the first few listed and the rest counted, then how many changes of
 * the same batch were kept.
 */
export function undoneToast(rejected: readonly UndoneChange[], acceptedCount: number, language: Language): { title: string; message: string } {
  const title = rejected.length === 1 ? translate(language, 'enforce.toast.titleOne') : translate(language, 'enforce.toast.titleMany', { count: rejected.length });
  const lines = rejected.slice(0, TOAST_LISTED).map((change) =>
    change.text === ''
      ? translate(language, 'enforce.toast.itemCleared', { deal: dealName(change, language), reasons: reasons(change) })
      : translate(language, 'enforce.toast.item', { deal: dealName(change, language), text: change.text, reasons: reasons(change) }),
  );
  if (rejected.length > TOAST_LISTED) lines.push(translate(language, 'enforce.toast.more', { count: rejected.length - TOAST_LISTED }));
  if (acceptedCount === 1) lines.push(translate(language, 'enforce.toast.keptOne'));
  if (acceptedCount > 1) lines.push(translate(language, 'enforce.toast.keptMany', { count: acceptedCount }));
  return { title, message: lines.join('\n') };
}

/** `2024-05-01 09:30 UTC`: a note is read long after, by people in other time zones. */
function noteTime(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The note left on a reverted Stage cell so the refused text can be recovered: added below
 * the note the cell already has, never in its place.
 */
export function undoneNote(existing: string, change: UndoneChange, at: Date, language: Language): string {
  const line =
    change.text === ''
      ? translate(language, 'enforce.noteCleared', { at: noteTime(at), reasons: reasons(change) })
      : translate(language, 'enforce.note', { at: noteTime(at), text: change.text, reasons: reasons(change) });
  const kept = existing.replace(/\s+$/, '');
  return kept === '' ? line : `${kept}\n\n${line}`;
}

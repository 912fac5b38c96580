import { LANGUAGES, type Language } from '../i18n/language';
import { translate } from '../i18n/strings';

/**
 * The add-on's marks in cell notes. A mark is one line starting with the prefix
 * "⚠ Sheets Pipeline:" (in either language), appended after whatever the user wrote, so
 * the user's text is kept as it was and the marks can be replaced or removed on the next
 * run without touching it.
 */
let stems: readonly string[] | undefined;

/** The prefix in each language, on first use: dist/Code.js decodes its table only then (src/core/i18n/tables/frequent.ts). */
function markStems(): readonly string[] {
  stems ??= [...new Set(LANGUAGES.map((language) => translate(language, 'validate.notePrefix').trim()))];
  return stems;
}

export function isMarkLine(line: string): boolean {
  return markStems().some((stem) => line.startsWith(stem));
}

/** The user's part of a note: the note without the add-on's mark lines (exactly as they wrote it). */
export function userPartOf(note: string): string {
  if (!markStems().some((stem) => note.includes(stem))) return note;
  return note
    .split('\n')
    .filter((line) => !isMarkLine(line))
    .join('\n');
}

/** The user's text followed by one mark line per message (none: the user's text alone). */
export function markedNote(userText: string, messages: readonly string[], language: Language): string {
  if (messages.length === 0) return userText;
  const prefix = translate(language, 'validate.notePrefix');
  const marks = messages.map((message) => prefix + message.replace(/\s*[\r\n]+\s*/g, ' ')).join('\n');
  return userText === '' ? marks : `${userText}\n${marks}`;
}

export interface CellMark {
  row: number;
  column: number;
  message: string;
}

/** The notes to write: one block, the smallest that covers every cell whose note changes. */
export interface NotePlan {
  row: number;
  column: number;
  notes: string[][];
  /** Cells that carry a mark after the write. */
  marked: number;
  /** Cells whose marks were removed because their problems are gone. */
  cleared: number;
}

/**
 * Merges this run's marks into the notes read from the sheet. `existing[i][j]` is the note
 * of sheet cell (origin.row + i, origin.column + j); every mark must lie in that area.
 * Returns `null` when no note changes. Cells in the block whose note does not change are
 * written back exactly as they were.
 */
export function planNotes(existing: readonly (readonly string[])[], origin: { row: number; column: number }, marks: readonly CellMark[], language: Language): NotePlan | null {
  const messages = new Map<string, string[]>();
  for (const mark of marks) {
    const i = mark.row - origin.row;
    const j = mark.column - origin.column;
    if (i < 0 || j < 0 || i >= existing.length || j >= (existing[i]?.length ?? 0)) {
      throw new RangeError(`Mark at row ${mark.row}, column ${mark.column} is outside the notes read`);
    }
    const key = `${i}:${j}`;
    const list = messages.get(key);
    if (list) list.push(mark.message);
    else messages.set(key, [mark.message]);
  }

  const desired: string[][] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let marked = 0;
  let cleared = 0;
  for (let i = 0; i < existing.length; i++) {
    const line = existing[i];
    const out = new Array<string>(line.length);
    for (let j = 0; j < line.length; j++) {
      const note = line[j] ?? '';
      const wanted = messages.get(`${i}:${j}`);
      if (wanted === undefined && (note === '' || !markStems().some((stem) => note.includes(stem)))) {
        out[j] = note;
        continue;
      }
      const user = userPartOf(note);
      const next = markedNote(user, wanted ?? [], language);
      out[j] = next;
      if (wanted !== undefined) marked++;
      else if (next !== note) cleared++;
      if (next !== note) {
        top = Math.min(top, i);
        bottom = Math.max(bottom, i);
        left = Math.min(left, j);
        right = Math.max(right, j);
      }
    }
    desired.push(out);
  }
  if (bottom < 0) return null;
  const notes = desired.slice(top, bottom + 1).map((line) => {
    const cells = line.slice(left, right + 1);
    while (cells.length < right - left + 1) cells.push('');
    return cells;
  });
  return { row: origin.row + top, column: origin.column + left, notes, marked, cleared };
}

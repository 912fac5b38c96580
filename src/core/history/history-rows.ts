import type { Language } from '../i18n/language';
import { translate, type StringKey } from '../i18n/strings';
import { cellText } from '../parse/cell-text';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition } from '../stages/stage';
import type { HistoryEntry, Via } from './history-entry';

/**
 * The Stage History sheet, one row per accepted stage change:
 * Timestamp | Deal ID | From | To | User | Via | Amount.
 * Stages are written as their labels, readable by anyone; reading matches labels in
 * either language, keys and aliases, so a history survives a change of language.
 */
export const HISTORY_COLUMN_KEYS: readonly StringKey[] = [
  'history.column.timestamp',
  'history.column.dealId',
  'history.column.from',
  'history.column.to',
  'history.column.user',
  'history.column.via',
  'history.column.amount',
];

export const HISTORY_WIDTH = HISTORY_COLUMN_KEYS.length;

export function historyHeader(language: Language): string[] {
  return HISTORY_COLUMN_KEYS.map((key) => translate(language, key));
}

const VIAS: readonly Via[] = ['sidebar', 'edit', 'paste', 'import', 'setup', 'normalise'];

/** The row that records `entry`. */
export function historyRow(entry: HistoryEntry, definition: PipelineDefinition, language: Language): (string | number | Date)[] {
  const label = (key: string | null) => (key === null ? '' : definition.stages.find((s) => s.key === key)?.labels[language] ?? key);
  return [entry.at, entry.dealId, label(entry.from), label(entry.to), entry.user, entry.via, entry.amount ?? ''];
}

/**
 * Entries from the sheet's rows (header row included or not: a row whose timestamp is not
 * a date is skipped). A stage no longer known keeps its text as its key, so it matches
 * nothing but is not lost.
 */
export function parseHistoryRows(rows: readonly (readonly unknown[])[], definition: PipelineDefinition): HistoryEntry[] {
  const match = stageMatcher(definition);
  const keyOf = (value: unknown): string | null => {
    const text = cellText(value);
    return text === '' ? null : match(text)?.key ?? text;
  };
  const entries: HistoryEntry[] = [];
  for (const row of rows) {
    const at = row[0];
    const dealId = cellText(row[1]);
    const to = keyOf(row[3]);
    if (!(at instanceof Date) || dealId === '' || to === null) continue;
    const via = cellText(row[5]) as Via;
    const amount = typeof row[6] === 'number' ? row[6] : null;
    entries.push({ at, dealId, from: keyOf(row[2]), to, user: cellText(row[4]), via: VIAS.includes(via) ? via : 'edit', amount });
  }
  return entries;
}

/** The stage each deal's history ends in (latest timestamp; ties: the later row). */
export function lastStageByDeal(entries: readonly HistoryEntry[]): Map<string, string> {
  const last = new Map<string, { at: number; to: string }>();
  for (const entry of entries) {
    const at = entry.at.getTime();
    const seen = last.get(entry.dealId);
    if (!seen || at >= seen.at) last.set(entry.dealId, { at, to: entry.to });
  }
  return new Map([...last].map(([id, { to }]) => [id, to]));
}

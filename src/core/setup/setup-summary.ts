import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import type { SetupFacts } from './plan-setup';
import type { StageFinding } from './stage-spelling';

/** What setup did, for the toast or alert and for the sidebar (JSON-safe: `google.script.run` carries it). */
export interface SetupSummary extends SetupFacts {
  ok: true;
  sheet: string;
  language: Language;
  settingsSheet: string;
  settingsCreated: boolean;
  historySheet: string;
  historyCreated: boolean;
  /** Whether setup changed any value or created anything (a second run does not). */
  changed: boolean;
  /** The findings needing the user's attention: stages to review, duplicate IDs, BANT columns left alone. */
  needsAttention: boolean;
  /** The summary as shown to the user. */
  message: string;
}

/** Setup refused (a sheet of the add-on's own is active, or the settings have a mistake): nothing was changed. */
export interface SetupFailure {
  ok: false;
  message: string;
}

/** `row 5`, `rows 5, 9, 12`, or `rows 5, 9, 12 and 40 more` when a finding has more rows than listed. */
export function rowList(language: Language, rows: readonly number[], count: number): string {
  const listed = count > rows.length ? translate(language, 'setup.summary.moreRows', { rows: rows.join(', '), more: count - rows.length }) : rows.join(', ');
  return translate(language, count === 1 ? 'setup.summary.row' : 'setup.summary.rows', { rows: listed });
}

export function findingList(language: Language, findings: readonly StageFinding[]): string {
  return findings
    .map((f) =>
      f.canonical === null
        ? translate(language, 'setup.summary.unrecognisedItem', { text: f.text, rows: rowList(language, f.rows, f.count) })
        : translate(language, 'setup.summary.differentItem', { text: f.text, canonical: f.canonical, rows: rowList(language, f.rows, f.count) }),
    )
    .join('; ');
}

export function needsAttention(facts: SetupFacts): boolean {
  return (
    facts.unrecognisedStages.length > 0 ||
    facts.differentlySpeltStages.length > 0 ||
    facts.unrecognisedStatuses.length > 0 ||
    facts.duplicateIds.length > 0 ||
    facts.checkboxColumnsSkipped.length > 0
  );
}

export function setupChanged(facts: SetupFacts, settingsCreated: boolean, historyCreated: boolean): boolean {
  return (
    facts.idsGenerated + facts.columnsAdded.length + facts.stageEnteredFilled + facts.historyRowsAdded > 0 ||
    settingsCreated ||
    historyCreated
  );
}

/** The summary text, one line per fact, in the user's language. */
export function setupMessage(summary: Omit<SetupSummary, 'message'>): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(summary.language, key, params);
  const lines = [t('setup.summary.sheet', { sheet: summary.sheet, row: summary.headerRow }), t('setup.summary.deals', { count: summary.dealsFound })];
  if (!summary.changed) {
    lines.push(t('setup.summary.unchanged'));
  } else {
    lines.push(
      summary.idsGenerated > 0
        ? t('setup.summary.idsGenerated', { count: summary.idsGenerated, first: summary.firstIdGenerated ?? '', last: summary.lastIdGenerated ?? '' })
        : t('setup.summary.noIdsGenerated'),
    );
    lines.push(summary.columnsAdded.length > 0 ? t('setup.summary.columnsAdded', { columns: summary.columnsAdded.join(', ') }) : t('setup.summary.noColumnsAdded'));
    if (summary.stageEnteredFilled > 0) lines.push(t('setup.summary.datesFilled', { entered: summary.stageEnteredFilled }));
    if (summary.historyRowsAdded > 0) lines.push(t('setup.summary.history', { count: summary.historyRowsAdded }));
    if (summary.settingsCreated) lines.push(t('setup.summary.settingsCreated', { sheet: summary.settingsSheet }));
    if (summary.historyCreated) lines.push(t('setup.summary.historyCreated', { sheet: summary.historySheet }));
    if (summary.checkboxColumns.length > 0) lines.push(t('setup.summary.checkboxes', { columns: summary.checkboxColumns.join(', ') }));
  }
  if (summary.unrecognisedStages.length > 0) lines.push(t('setup.summary.unrecognised', { list: findingList(summary.language, summary.unrecognisedStages) }));
  if (summary.differentlySpeltStages.length > 0) lines.push(t('setup.summary.differentlySpelt', { list: findingList(summary.language, summary.differentlySpeltStages) }));
  const { won, lost, deleted } = summary.statusRows;
  if (won + lost > 0) lines.push(t('setup.summary.statusClosed', { won, lost }));
  if (deleted > 0) lines.push(t('setup.summary.statusDeleted', { count: deleted }));
  if (summary.unrecognisedStatuses.length > 0) lines.push(t('setup.summary.unrecognisedStatus', { list: findingList(summary.language, summary.unrecognisedStatuses) }));
  if (summary.duplicateIds.length > 0) {
    const list = summary.duplicateIds.map((d) => `${d.id} (${rowList(summary.language, d.rows, d.count)})`).join('; ');
    lines.push(t('setup.summary.duplicateIds', { list }));
  }
  for (const skipped of summary.checkboxColumnsSkipped) lines.push(t('setup.summary.checkboxSkipped', skipped));
  return lines.join('\n');
}

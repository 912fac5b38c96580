import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import type { NormaliseFacts } from './plan-normalise';
import { findingList } from './setup-summary';

/** What normalising did (JSON-safe, returned to the sidebar too). */
export interface NormaliseSummary extends NormaliseFacts {
  ok: true;
  sheet: string;
  language: Language;
  historyRowsAdded: number;
  /** Cells left as they are that the user may want to look at. */
  needsAttention: boolean;
  message: string;
}

export interface NormaliseFailure {
  ok: false;
  message: string;
}

export function normaliseMessage(summary: Omit<NormaliseSummary, 'message' | 'needsAttention'>): string {
  const { language } = summary;
  const lines = [
    summary.changed > 0
      ? translate(language, 'normalise.summary.changed', { count: summary.changed })
      : translate(language, 'normalise.summary.none'),
  ];
  if (summary.changed > 0) lines.push(findingList(language, summary.rewritten));
  if (summary.unrecognisedStages.length > 0) lines.push(translate(language, 'setup.summary.unrecognised', { list: findingList(language, summary.unrecognisedStages) }));
  if (summary.withoutId.length > 0) lines.push(translate(language, 'normalise.summary.noId', { list: findingList(language, summary.withoutId) }));
  if (summary.formulas.length > 0) lines.push(translate(language, 'normalise.summary.formulas', { list: findingList(language, summary.formulas) }));
  return lines.join('\n');
}

export function normaliseNeedsAttention(facts: NormaliseFacts): boolean {
  return facts.unrecognisedStages.length + facts.withoutId.length + facts.formulas.length > 0;
}

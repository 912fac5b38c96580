import type { Language } from '../i18n/language';
import { translate, type StringKey } from '../i18n/strings';

export interface LeadCriteria {
  need: boolean;
  budget: boolean;
  authority: boolean;
  timing: boolean;
  /**
   * Optional fit with the ideal customer, 0–1 (e.g. sector and size match), rated by the
   * team. When given it is worth 20 points and each BANT criterion 20; without it each is 25.
   */
  fit?: number | null;
}

export type LeadCriterion = 'need' | 'budget' | 'authority' | 'timing' | 'fit';

export interface LeadScorePart {
  criterion: LeadCriterion;
  points: number;
  maxPoints: number;
}

export interface LeadScore {
  /** 0–100, rounded to a whole number. */
  score: number;
  parts: LeadScorePart[];
}

const BANT: readonly Exclude<LeadCriterion, 'fit'>[] = ['need', 'budget', 'authority', 'timing'];

/** Lead score 0–100 from Need / Budget / Authority / Timing and, when rated, fit. */
export function leadScore(criteria: LeadCriteria): LeadScore {
  const fit = criteria.fit;
  const hasFit = typeof fit === 'number' && Number.isFinite(fit);
  const each = hasFit ? 20 : 25;
  const parts: LeadScorePart[] = BANT.map((criterion) => ({ criterion, points: criteria[criterion] ? each : 0, maxPoints: each }));
  if (hasFit) {
    const share = Math.min(1, Math.max(0, fit));
    parts.push({ criterion: 'fit', points: Math.round(share * 200) / 10, maxPoints: 20 });
  }
  const total = parts.reduce((sum, part) => sum + part.points, 0);
  return { score: Math.round(total), parts };
}

const LABEL: Record<LeadCriterion, StringKey> = {
  need: 'leadScore.need',
  budget: 'leadScore.budget',
  authority: 'leadScore.authority',
  timing: 'leadScore.timing',
  fit: 'leadScore.fit',
};

/** The note shown with a score, e.g. "Score 75/100: Need ✓ 25/25, Budget ✓ 25/25, Authority ✓ 25/25, Timing ✗ 0/25." */
export function explainLeadScore(score: LeadScore, language: Language): string {
  const separator = language === 'fr' ? ' ; ' : ', ';
  const parts = score.parts.map((part) =>
    translate(language, part.points > 0 ? 'leadScore.met' : 'leadScore.notMet', {
      criterion: translate(language, LABEL[part.criterion]),
      points: part.points,
      max: part.maxPoints,
    }),
  );
  return translate(language, 'leadScore.explanation', { score: score.score, parts: parts.join(separator) });
}

import { explainLeadScore, leadScore } from '../../../src/core/metrics/lead-score';

const bant = (need: boolean, budget: boolean, authority: boolean, timing: boolean) => ({ need, budget, authority, timing });

describe('lead score', () => {
  it('gives 25 points per BANT criterion', () => {
    expect(leadScore(bant(true, true, true, true)).score).toBe(100);
    expect(leadScore(bant(true, true, false, false)).score).toBe(50);
    expect(leadScore(bant(false, false, false, false)).score).toBe(0);
  });

  it('weighs fit 20 and each criterion 20 when a fit rating is given, clamped to 0–1', () => {
    expect(leadScore({ ...bant(true, true, true, true), fit: 0.5 }).score).toBe(90);
    expect(leadScore({ ...bant(false, true, false, false), fit: 3 }).score).toBe(40);
    expect(leadScore({ ...bant(true, false, false, false), fit: null }).score).toBe(25);
  });

  it('explains the score in English and French', () => {
    const score = leadScore(bant(true, true, false, false));
    expect(explainLeadScore(score, 'en')).toBe('Score 50/100: Need ✓ 25/25, Budget ✓ 25/25, Authority ✗ 0/25, Timing ✗ 0/25.');
    expect(explainLeadScore(score, 'fr')).toBe('Score 50/100 : Besoin ✓ 25/25 ; Budget ✓ 25/25 ; Autorité ✗ 0/25 ; Échéancier ✗ 0/25.');
    expect(explainLeadScore(leadScore({ ...bant(true, false, false, false), fit: 0.25 }), 'en')).toContain('Fit ✓ 5/20');
  });
});

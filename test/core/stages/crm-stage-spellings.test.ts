import fc from 'fast-check';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { stageMatcher } from '../../../src/core/stages/match-stage';
import { stageKeyFromLabel } from '../../../src/core/stages/stage-key';

const match = stageMatcher(defaultPipeline());
const key = (text: unknown) => match(text)?.key;

describe('stageMatcher and CRM exports', () => {
  it.each([
    ['Won', 'closed-won'], ['Closed Won', 'closed-won'], ['closedwon', 'closed-won'], ['Gagné', 'closed-won'], ['CLOSED - WON', 'closed-won'],
    ['Lost', 'closed-lost'], ['Perdu', 'closed-lost'], ['Closed Lost', 'closed-lost'], ['closed_lost', 'closed-lost'], ['Perdue', 'closed-lost'],
    ['Engaging', 'first-contact'], ['Prospecting', 'prospecting'], ['Lead In', 'prospecting'],
    ['Needs Analysis', 'qualification'], ['qualifiedtobuy', 'qualification'], ['appointmentscheduled', 'first-contact'],
    ['Proposal/Price Quote', 'proposal'], ['Negotiation/Review', 'negotiation'], ['contractsent', 'negotiation'],
  ])('%s → %s', (text, expected) => expect(key(text)).toBe(expected));

  it('reads numbered stages as their name', () => {
    expect(key('1. Prospecting')).toBe('prospecting');
    expect(key('05 - Proposal')).toBe('proposal');
    expect(key('3) Premier contact')).toBe('first-contact');
    expect(key('12 monkeys')).toBeUndefined();
  });

  it('ignores case, accents and stray spaces around any name of any stage', () => {
    const names = defaultPipeline().stages.flatMap((s) => [s.labels.en, s.labels.fr, ...s.aliases].map((name) => [name, s.key] as const));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), fc.boolean(), fc.stringMatching(/^ {0,3}$/), ([name, expected], upper, strip, pad) => {
        let text = upper ? name.toUpperCase() : name.toLowerCase();
        if (strip) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        expect(key(`${pad}${text}${pad}`)).toBe(expected);
      }),
    );
  });

  it('gives the same answer from its cache as on first sight', () => {
    expect(key('Closed Won')).toBe(key('Closed Won'));
    expect(match('Banana')).toBeUndefined();
    expect(match('Banana')).toBeUndefined();
    expect(key(42)).toBeUndefined();
  });
});

describe('stageKeyFromLabel', () => {
  it('makes keys like those of the default pipeline', () => {
    expect(defaultPipeline().stages.map((s) => stageKeyFromLabel(s.labels.en))).toEqual(defaultPipeline().stages.map((s) => s.key));
    expect(stageKeyFromLabel(' Négociation / Revue ')).toBe('negociation-revue');
  });
});

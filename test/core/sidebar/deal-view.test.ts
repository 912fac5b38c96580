import { dealDetail, dealSummary } from '../../../src/core/sidebar/deal-view';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { makeDeal, move, utc } from '../metrics/make-deal';

const definition = defaultPipeline();
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const NOW = utc('2024-06-01T12:00').getTime();

describe('the deal as the sidebar shows it', () => {
  it('says whole days in stage, whether counted here or given exact by the stale list', () => {
    const deal = makeDeal({ id: 'D-1', stage: 'proposal', stageEntered: utc('2024-04-11T02:30') });
    expect(dealSummary(deal, 2, definition, 'en', dayOf, NOW).daysInStage).toBe(51);
    expect(dealSummary(deal, 2, definition, 'en', dayOf, NOW, 51.398249837962965).daysInStage).toBe(51);
  });

  it('names the stage a deal was lost at in the user’s language, not by its key', () => {
    const deal = makeDeal({ id: 'D-2', stage: 'closed-lost', lostAtStage: 'first-contact', lostReason: 'Price' });
    const history = [move('D-2', null, 'first-contact', '2024-05-01'), move('D-2', 'first-contact', 'closed-lost', '2024-05-09')];
    const detail = (language: 'en' | 'fr') => dealDetail(dealSummary(deal, 3, definition, language, dayOf, NOW), deal, history, definition, language, dayOf);
    expect(detail('en').lostAtStage).toBe('First contact');
    expect(detail('fr').lostAtStage).toBe('Premier contact');
    expect(dealDetail(dealSummary(makeDeal({ id: 'D-3', stage: 'proposal' }), 4, definition, 'en', dayOf, NOW), makeDeal({ id: 'D-3', stage: 'proposal' }), [], definition, 'en', dayOf).lostAtStage).toBeNull();
  });
});

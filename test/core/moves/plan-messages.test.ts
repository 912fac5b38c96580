import { planStageChanges } from '../../../src/core/moves/plan-stage-changes';
import { settingsForPipeline } from '../../../src/core/moves/settings-for-pipeline';
import { stageChangesResult } from '../../../src/core/moves/stage-changes-result';
import { stageEditRows } from '../../../src/core/moves/stage-edit-rows';
import { stageLabelLanguage } from '../../../src/core/moves/stage-label-language';
import { TOAST_LISTED, undoneNote, undoneToast, type UndoneChange } from '../../../src/core/moves/undone-message';
import { renderSettings } from '../../../src/core/settings/render-settings';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

const AT = new Date('2024-05-02T10:30:45Z');
const skip: UndoneChange = { row: 7, dealId: 'D-000012', text: 'Proposal', problems: [{ message: 'Cannot skip Qualification.' }, { message: 'Amount is required to enter Proposal.' }] };
const cleared: UndoneChange = { row: 9, dealId: '', text: '', problems: [{ message: 'A deal must have a stage.' }] };

describe('the toast and the note of refused changes', () => {
  it('names each deal (its ID, else its row) with what was entered and every reason, and counts the kept changes', () => {
    expect(undoneToast([skip], 0, 'en')).toEqual({
      title: 'Stage change undone',
      message: 'D-000012: "Proposal" — Cannot skip Qualification. Amount is required to enter Proposal.',
    });
    expect(undoneToast([skip, cleared], 3, 'en')).toEqual({
      title: '2 stage changes undone',
      message: [
        'D-000012: "Proposal" — Cannot skip Qualification. Amount is required to enter Proposal.',
        'row 9: cleared stage — A deal must have a stage.',
        '3 other stage changes were saved.',
      ].join('\n'),
    });
    expect(undoneToast([cleared], 1, 'fr')).toEqual({
      title: 'Changement d’étape annulé',
      message: 'ligne 9 : étape vidée — A deal must have a stage.\n1 autre changement d’étape a été enregistré.',
    });
  });

  it('summarises long lists: the first few, then "and N more"', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...skip, dealId: `D-${String(i + 1).padStart(6, '0')}` }));
    const { title, message } = undoneToast(many, 900, 'en');
    expect(title).toBe('100 stage changes undone');
    const lines = message.split('\n');
    expect(lines).toHaveLength(TOAST_LISTED + 2);
    expect(lines[0].startsWith('D-000001: "Proposal"')).toBe(true);
    expect(lines[TOAST_LISTED]).toBe('…and 95 more. Each undone cell has a note with what was entered.');
    expect(lines[TOAST_LISTED + 1]).toBe('900 other stage changes were saved.');
    expect(undoneToast(many, 0, 'fr').message).toContain('… et 95 de plus.');
  });

  it('adds the note below the note the cell already has, never in its place', () => {
    const line = 'Sheets Pipeline, 2024-05-02 10:30 UTC: "Proposal" was undone. Cannot skip Qualification. Amount is required to enter Proposal.';
    expect(undoneNote('', skip, AT, 'en')).toBe(line);
    expect(undoneNote('Call back after the trade show.\n', skip, AT, 'en')).toBe(`Call back after the trade show.\n\n${line}`);
    expect(undoneNote(line, skip, AT, 'en')).toBe(`${line}\n\n${line}`);
    expect(undoneNote('', cleared, AT, 'fr')).toBe('Sheets Pipeline, 2024-05-02 10:30 UTC : l’effacement de cette étape a été annulé. A deal must have a stage.');
  });
});

describe('stageEditRows', () => {
  it('keeps the deal rows of edits that cover the Stage column', () => {
    expect(stageEditRows({ row: 5, column: 4, numRows: 1, numColumns: 1 }, 1, 4)).toEqual({ first: 5, last: 5 });
    expect(stageEditRows({ row: 1, column: 1, numRows: 1000, numColumns: 10 }, 1, 4)).toEqual({ first: 2, last: 1000 });
    expect(stageEditRows({ row: 2, column: 2, numRows: 50, numColumns: 3 }, 3, 4)).toEqual({ first: 4, last: 51 });
  });

  it('ignores edits beside the Stage column or above the deals', () => {
    expect(stageEditRows({ row: 5, column: 5, numRows: 10, numColumns: 3 }, 1, 4)).toBeNull();
    expect(stageEditRows({ row: 5, column: 1, numRows: 10, numColumns: 3 }, 1, 4)).toBeNull();
    expect(stageEditRows({ row: 1, column: 4, numRows: 1, numColumns: 1 }, 1, 4)).toBeNull();
    expect(stageEditRows({ row: 1, column: 1, numRows: 3, numColumns: 9 }, 3, 4)).toBeNull();
  });
});

describe('stageLabelLanguage', () => {
  it('follows the labels the column holds, falling back to the user language', () => {
    const definition = defaultPipeline();
    expect(stageLabelLanguage(['Proposal', 'Negotiation', 'Gagné', '', 7], definition, 'fr')).toBe('en');
    expect(stageLabelLanguage(['Proposition', 'Négociation', 'Qualification'], definition, 'en')).toBe('fr');
    expect(stageLabelLanguage(['Qualification', 'banana'], definition, 'fr')).toBe('fr');
    expect(stageLabelLanguage([], definition, 'en')).toBe('en');
  });
});

describe('settingsForPipeline', () => {
  const block = (name: string, rules: Partial<ReturnType<typeof defaultPipeline>['rules']>) => {
    const definition = defaultPipeline();
    definition.rules = { ...definition.rules, ...rules };
    return renderSettings(definition, 'en', name);
  };

  it('reads the sheet’s own block, else the first, else the defaults', () => {
    const values = [...block('Inbound', { allowBackward: false }), [], ...block('Default', { allowSkipForward: false })];
    expect(settingsForPipeline(values, 'en', 'Default').definition?.rules.allowSkipForward).toBe(false);
    expect(settingsForPipeline(values, 'en', 'inbound').definition?.rules.allowBackward).toBe(false);
    expect(settingsForPipeline(values, 'en', 'Other').definition?.rules.allowBackward).toBe(false);
    expect(settingsForPipeline(null, 'en', 'Default')).toEqual({ definition: defaultPipeline(), error: null });
  });

  it('returns a mistake in the block it needs, but not one in another pipeline’s block', () => {
    const broken = block('Inbound', {});
    broken[2][3] = 'maybe';
    const values = [...broken, [], ...block('Default', {})];
    expect(settingsForPipeline(values, 'en', 'Default').error).toBeNull();
    const { error } = settingsForPipeline(values, 'en', 'Inbound');
    expect(error).toMatchObject({ pipeline: 'Inbound', cell: 'D3', code: 'unknown-kind' });
  });
});

describe('stageChangesResult', () => {
  it('is JSON-safe: no Dates, the reverted value only when something was put back', () => {
    const definition = defaultPipeline();
    const plan = planStageChanges(
      [
        { row: 2, dealId: 'D-000001', previous: 'Qualification', next: 'First contact', deal: { ...emptyDeal(), amount: 10 }, rowHasContent: true },
        { row: 3, dealId: 'D-000002', previous: 'Qualification', next: 'Proposal', deal: emptyDeal(), rowHasContent: true },
      ],
      { definition, language: 'en', via: 'paste', user: '', now: AT, highestDealId: () => 0 },
    );
    const edited = stageChangesResult(plan, true);
    expect(JSON.parse(JSON.stringify(edited))).toEqual(edited);
    expect(edited).toEqual({
      ok: false,
      busy: false,
      accepted: [{ row: 2, dealId: 'D-000001', newDealId: false, from: 'qualification', to: 'first-contact' }],
      rejected: [
        {
          row: 3, dealId: 'D-000002', text: 'Proposal', revertedTo: 'Qualification',
          problems: [
            { code: 'missing-field', field: 'Amount', message: 'Amount is required to enter Proposal.' },
            { code: 'missing-field', field: 'Expected close', message: 'Expected close is required to enter Proposal.' },
          ],
        },
      ],
    });
    expect(stageChangesResult(plan, false).rejected[0].revertedTo).toBeNull();
  });
});

function emptyDeal() {
  return {
    id: '', name: 'x', company: '', contact: '', email: '', owner: '', amount: null, probability: null, expectedClose: null, created: null,
    lastActivity: null, nextStep: '', nextStepDue: null, lostReason: '', forecastCategory: null, leadSource: '',
    need: false, budget: false, authority: false, timing: false, score: null, notes: '',
  };
}

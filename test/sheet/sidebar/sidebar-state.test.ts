import type { SidebarState } from '../../../src/core/sidebar/sidebar-api';
import { loadBuiltAddon, putSheet } from '../../helpers/built';
import { CLOSE, deal, pipelineFixture } from '../enforce/pipeline-fixture';
import { countedCalls } from './count-calls';

const stateOf = (runtime: ReturnType<typeof loadBuiltAddon>['runtime'], userLocale = 'en') => runtime.run('getSidebarState', [], { userLocale }).value as SidebarState;

describe('getSidebarState (built bundle)', () => {
  it('without a pipeline sheet: pipelineSheet null, empty lists, default stages, no exception', () => {
    const { runtime } = loadBuiltAddon();
    const state = stateOf(runtime, 'fr_FR');
    expect(state).toMatchObject({ language: 'fr', pipelineSheet: null, counts: null, selected: null, stale: [], due: [], currency: 'EUR' });
    expect(state.stages[0].label).toBe('Prospection');
    expect(state.today).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('the deal on the active row, with its path, history and what the next stage still needs; stale deals', () => {
    const f = pipelineFixture({ deals: [deal('D-1', 'Acme', 'Qualification'), deal('D-2', 'Beta', 'Negotiation', 10, CLOSE)] });
    f.emulator.spreadsheet.setActiveRange(f.pipeline.getRange('B2'));
    const state = stateOf(f.runtime, 'fr_FR');
    const selected = state.selected!;
    expect(selected.id).toBe('D-1');
    expect(selected.path.map((s) => s.status)).toEqual(['skipped', 'current', 'future', 'future', 'future', 'future', 'future']);
    expect(selected.history).toHaveLength(1);
    expect(selected.history[0]).toMatchObject({ from: '', to: 'Qualification', via: 'setup' });
    expect(selected.nextStage).toEqual({ key: 'first-contact', label: 'Premier contact', missing: [] });
    // Entered in January 2024: both are stale.
    expect(state.stale.map((d) => d.id).sort()).toEqual(['D-1', 'D-2']);
    expect(state.counts!.total).toBe(2);
  });

  it('a constant number of Spreadsheet calls (5, 6 with a Settings tab): 1 000 vs 10 000 deals', () => {
    const counts = [1_000, 10_000].map((n) => {
      const deals = Array.from({ length: n }, (_, i) => deal(`D-${i}`, `Deal ${i}`, i % 2 ? 'Proposal' : 'Qualification', i, CLOSE));
      const f = pipelineFixture({ deals });
      const state = stateOf(f.runtime);
      expect(state.counts!.total).toBe(n);
      expect(state.stale.length).toBe(100);
      return countedCalls(f.emulator);
    });
    // The active range (its spreadsheet comes free), the tabs, the time zone, the pipeline and the history (no Settings tab here).
    expect(counts[0].byMethod).toEqual({ 'SpreadsheetApp.getActiveRange': 1, 'Spreadsheet.getSheets': 1, 'Spreadsheet.getSpreadsheetTimeZone': 1, 'Range.getValues': 2 });
    expect(counts[1].byMethod).toEqual(counts[0].byMethod);
  });
});

it('an empty sheet named Pipeline has no header: counts null', () => {
  const { emulator, runtime } = loadBuiltAddon();
  putSheet(emulator, 'Pipeline', [['Deal', 'Amount'], ['Acme', 3]]);
  expect(stateOf(runtime)).toMatchObject({ pipelineSheet: 'Pipeline', counts: null });
});

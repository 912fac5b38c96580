import type { SidebarState } from '../../src/core/sidebar/sidebar-state';
import { loadBuiltAddon, putSheet } from '../helpers/built';

const HEADER = ['Deal ID', 'Deal', 'Owner', 'Stage', 'Amount', 'Need'];

function stateOf(runtime: ReturnType<typeof loadBuiltAddon>['runtime'], userLocale = 'en'): SidebarState {
  return runtime.run('getSidebarState', [], { userLocale }).value as SidebarState;
}

describe('getSidebarState (built bundle against the emulator)', () => {
  it('counts the Pipeline sheet deals per stage, with aliases, blanks and unknown stages', () => {
    const { emulator, runtime } = loadBuiltAddon();
    putSheet(emulator, 'Pipeline', [
      HEADER,
      ['D-000001', 'Acme', 'ann@example.com', 'Proposal', 1200, true],
      ['D-000002', 'Beta', 'bob@example.com', 'proposal', 800, false],
      ['D-000003', 'Gamma', 'ann@example.com', 'Closed Won', 5000, true],
      ['D-000004', 'Delta', 'ann@example.com', 'Banana', 10, false],
      ['D-000005', 'Epsilon', 'bob@example.com', '', 10, false],
      ['', '', '', '', '', false],
    ]);
    const state = stateOf(runtime);
    expect(state.language).toBe('en');
    expect(state.pipelineSheet).toBe('Pipeline');
    const counts = state.counts!;
    expect(Object.fromEntries(counts.stages.map((s) => [s.label, s.count]))).toEqual({
      Prospecting: 0, Qualification: 0, 'First contact': 0, Proposal: 2, Negotiation: 0, 'Closed won': 1, 'Closed lost': 0, Onboarding: 0,
    });
    expect(counts.unrecognised).toEqual([{ value: 'Banana', count: 1 }]);
    expect(counts.blank).toBe(1);
    expect(counts.total).toBe(5);
  });

  it('finds the header below title rows and columns in any order, and answers in French', () => {
    const { emulator, runtime } = loadBuiltAddon();
    putSheet(emulator, 'pipeline', [
      ['Mes affaires', '', ''],
      ['Montant', 'Affaire', 'Étape'],
      [100, 'Acme', 'Négociation'],
      [200, 'Beta', 'Gagné'],
    ]);
    const state = stateOf(runtime, 'fr_FR');
    expect(state.language).toBe('fr');
    expect(state.counts!.stages.find((s) => s.key === 'negotiation')).toEqual({ key: 'negotiation', label: 'Négociation', count: 1 });
    expect(state.counts!.total).toBe(2);
  });

  it('says when there is no Pipeline sheet or no Stage column', () => {
    const { emulator, runtime } = loadBuiltAddon();
    expect(stateOf(runtime)).toEqual({ language: 'en', pipelineSheet: null, counts: null });
    putSheet(emulator, 'Pipeline', [['Deal', 'Amount'], ['Acme', 3]]);
    expect(stateOf(runtime)).toEqual({ language: 'en', pipelineSheet: 'Pipeline', counts: null });
  });

  it('reads the sheet with one batched read: a handful of service calls at 10 000 deals', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const rows = Array.from({ length: 10_000 }, (_, i) => [`D-${i}`, `Deal ${i}`, 'ann@example.com', i % 2 ? 'Proposal' : 'Won', i, false]);
    emulator.spreadsheet.insertSheet('Pipeline').insertRowsAfter(1000, 9100);
    putSheet(emulator, 'Pipeline', [HEADER, ...rows]);
    emulator.calls.reset();
    const state = stateOf(runtime);
    expect(state.counts!.total).toBe(10_000);
    expect(emulator.calls.count('Range.getValues')).toBe(1);
    const spreadsheetCalls = Object.entries(emulator.calls.byMethod())
      .filter(([method]) => !/^(PropertiesService|Properties|Session)\./.test(method))
      .reduce((sum, [, n]) => sum + n, 0);
    expect(spreadsheetCalls).toBeLessThanOrEqual(10);
  });
});

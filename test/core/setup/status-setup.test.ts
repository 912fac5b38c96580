import { formatRules } from '../../../src/core/setup/format-rules';
import { planNormalise } from '../../../src/core/setup/plan-normalise';
import { planSetup } from '../../../src/core/setup/plan-setup';
import { needsAttention, setupMessage } from '../../../src/core/setup/setup-summary';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

const NOW = new Date(Date.UTC(2024, 5, 1, 12));

/** A Pipedrive export: Status beside Stage, the Stage cell of a closed deal the stage it stood at. */
const PIPEDRIVE = [
  ['ID', 'Title', 'Stage', 'Status', 'Value'],
  ['1', 'Open one', 'Proposal Made', 'open', 100],
  ['2', 'Won one', 'Negotiations Started', 'won', 200],
  ['3', 'Lost one', 'Proposal Made', 'lost', 300],
  ['4', 'Lost somewhere', 'Site visit', 'lost', 400],
  ['5', 'Gone', 'Qualified', 'deleted', 500],
  ['6', 'Odd', 'Qualified', 'archived', 600],
];

function plan(values: unknown[][], language: 'en' | 'fr' = 'en') {
  return planSetup({
    values,
    formulas: values.map((row) => row.map(() => '')),
    definition: defaultPipeline(),
    language,
    locale: 'en_US',
    now: NOW,
    user: 'ann@example.com',
    historyIds: new Set(),
  });
}

describe('setup of a sheet with a Status column', () => {
  const result = plan(PIPEDRIVE);

  it('logs each deal at the stage its Status puts it at, and no history row for a deleted one', () => {
    expect(result.history.map((entry) => [entry.dealId, entry.from, entry.to, entry.amount])).toEqual([
      ['1', null, 'proposal', 100],
      ['2', null, 'closed-won', 200],
      ['3', null, 'closed-lost', 300],
      ['4', null, 'closed-lost', 400],
      ['6', null, 'qualification', 600],
    ]);
    expect(result.facts.statusRows).toEqual({ won: 1, lost: 2, deleted: 1 });
  });

  it('writes no Stage or Status cell, and fills Stage entered of every deal but the deleted one', () => {
    expect(result.writes.map((w) => w.column)).not.toContain(3);
    expect(result.writes.map((w) => w.column)).not.toContain(4);
    const entered = result.writes.find((w) => w.column === result.added['Stage entered']);
    expect(entered?.values.map((row) => row[0])).toEqual([NOW, NOW, NOW, NOW, '', NOW]);
  });

  it('lists the stage it does not know (a lost deal’s, still counted lost) and the status it does not know', () => {
    expect(result.facts.unrecognisedStages).toEqual([{ text: 'Site visit', canonical: null, rows: [5], count: 1 }]);
    expect(result.facts.unrecognisedStatuses).toEqual([{ text: 'archived', canonical: null, rows: [7], count: 1 }]);
    expect(needsAttention(result.facts)).toBe(true);
  });

  it('says so in the summary, in English and French', () => {
    const summary = (language: 'en' | 'fr') => {
      const facts = plan(PIPEDRIVE, language).facts;
      return setupMessage({ ok: true, ...facts, sheet: 'Pipeline', language, settingsSheet: 'S', settingsCreated: false, historySheet: 'H', historyCreated: false, changed: true, needsAttention: true });
    };
    const en = summary('en');
    expect(en).toContain('Status column: deals counted as won: 1, as lost: 2;');
    expect(en).toContain('Status deleted: 1 deal kept in the sheet but left out of the Stage History and of every figure.');
    expect(en).toContain('Statuses not recognised, read as no status (write open, won, lost or deleted): "archived" (row 7).');
    const fr = summary('fr');
    expect(fr).toContain('Colonne Statut : affaires comptées gagnées : 1, perdues : 2 ;');
    expect(fr).toContain('Statut supprimé : 1 affaire gardée dans la feuille mais exclue de l’historique');
    expect(fr).toContain('Statuts non reconnus');
  });

  it('changes nothing for a sheet without a Status column', () => {
    const withoutStatus = plan(PIPEDRIVE.map((row) => [row[0], row[1], row[2], row[4]]));
    expect(withoutStatus.history.map((entry) => entry.to)).toEqual(['proposal', 'negotiation', 'proposal', 'qualification', 'qualification']);
    expect(withoutStatus.facts.statusRows).toEqual({ won: 0, lost: 0, deleted: 0 });
  });
});

describe('normalising stage names beside a Status column', () => {
  it('logs the stage the deal is at (a lost deal stays lost), and nothing for a deleted deal', () => {
    const normalised = planNormalise({
      values: [['Deal ID', 'Stage', 'Status'], ['D-1', 'Proposal Made', 'lost'], ['D-2', 'Proposal Made', 'open'], ['D-3', 'Proposal Made', 'deleted']],
      stageFormulas: null,
      headerRow: 1,
      columns: { 'Deal ID': 0, Stage: 1, Status: 2 },
      definition: defaultPipeline(),
      language: 'en',
      locale: 'en_US',
      now: NOW,
      user: 'ann@example.com',
      lastStages: new Map([['D-1', 'closed-lost']]),
    });
    expect(normalised.write?.values).toEqual([['Proposal'], ['Proposal'], ['Proposal']]);
    expect(normalised.history.map((entry) => [entry.dealId, entry.from, entry.to])).toEqual([
      ['D-1', 'closed-lost', 'closed-lost'],
      ['D-2', 'proposal', 'proposal'],
    ]);
  });
});

describe('stale and overdue highlighting beside a Status column', () => {
  it('leaves out deals whose Status is won, lost or deleted, in either language, whatever their Stage cell says', () => {
    const rules = formatRules(defaultPipeline(), { firstRow: 2, stage: 3, stageEntered: 8, nextStepDue: 9, status: 4 });
    const notClosed = 'NOT(OR(TRIM($D2)="won",TRIM($D2)="gagné",TRIM($D2)="gagne",TRIM($D2)="gagnée",TRIM($D2)="gagnee",TRIM($D2)="lost",TRIM($D2)="perdu",TRIM($D2)="perdue",TRIM($D2)="deleted",TRIM($D2)="supprimé",TRIM($D2)="supprime",TRIM($D2)="supprimée",TRIM($D2)="supprimee"))';
    expect(rules.map((rule) => rule.kind)).toEqual(['overdue', 'stale']);
    for (const rule of rules) expect(rule.formula).toContain(notClosed);
    // Without a Status column, the formulas are those of any sheet.
    const plain = formatRules(defaultPipeline(), { firstRow: 2, stage: 3, stageEntered: 8, nextStepDue: 9 });
    expect(plain.map((rule) => rule.formula.replace(`,${notClosed}`, ''))).toEqual(plain.map((rule) => rule.formula));
    expect(rules.map((rule) => rule.formula.replace(`,${notClosed}`, ''))).toEqual(plain.map((rule) => rule.formula));
  });
});

import { columnForHeader, mapColumns } from '../../../src/core/columns/find-columns';
import { countByStage } from '../../../src/core/deals/count-by-stage';
import { translate } from '../../../src/core/i18n/strings';
import { statusStageText } from '../../../src/core/moves/status-stage-text';
import { parseDeals } from '../../../src/core/parse/parse-deals';
import { readStatusCell, statusLanguage } from '../../../src/core/parse/parse-status';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { statusStager } from '../../../src/core/stages/status-stage';
import { foldLabel } from '../../../src/core/text/fold';

const definition = defaultPipeline();

describe('the Status column (Pipedrive’s open / won / lost / deleted)', () => {
  it('is found by its English and French names and their variants, and Statut is no longer a Stage', () => {
    for (const header of ['Status', 'Statut', 'Deal status', 'Status (deal)', 'Deal - Status', 'État', 'STATUT', 'Statut de l’affaire']) {
      expect([header, columnForHeader(header)]).toEqual([header, 'Status']);
    }
    expect(mapColumns(['Étape', 'Statut'])).toEqual({ Stage: 0, Status: 1 });
    expect(mapColumns(['Deal - Stage', 'Deal - Status'])).toEqual({ Stage: 0, Status: 1 });
  });

  it.each([
    ['open', 'open'], ['Open', 'open'], [' OPEN ', 'open'], ['ouvert', 'open'], ['Ouverte', 'open'], ['en cours', 'open'], ['En Cours', 'open'],
    ['won', 'won'], ['Won', 'won'], ['gagné', 'won'], ['Gagnée', 'won'], ['GAGNE', 'won'], ['Gagné(e)', 'won'],
    ['lost', 'lost'], ['LOST', 'lost'], ['perdu', 'lost'], ['Perdue', 'lost'],
    ['deleted', 'deleted'], ['Deleted', 'deleted'], ['supprimé', 'deleted'], ['Supprimée', 'deleted'],
  ])('reads %j as %s', (text, status) => expect(readStatusCell(text)).toBe(status));

  it('reads a blank cell as no status and anything else as unreadable', () => {
    for (const blank of ['', '  ', null, undefined]) expect(readStatusCell(blank)).toBeNull();
    for (const bad of ['archived', 'closed', 'Closed won', 'gagnant', 1, true, new Date(0)]) expect([bad, readStatusCell(bad)]).toEqual([bad, undefined]);
  });

  it('writes in words it reads back, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const kind of ['open', 'won', 'lost'] as const) expect(readStatusCell(translate(language, `status.${kind}`))).toBe(kind);
    }
    expect(foldLabel(translate('fr', 'status.won'))).toBe('gagne');
    expect(statusLanguage(['won', 'lost', 'open'], 'fr')).toBe('en');
    expect(statusLanguage(['gagné', 'perdue', 'lost'], 'en')).toBe('fr');
    expect(statusLanguage(['', 'nonsense'], 'fr')).toBe('fr');
  });
});

describe('statusStager', () => {
  const stager = statusStager(definition);
  const stage = (key: string) => definition.stages.find((s) => s.key === key);

  it('puts won and lost deals at the first won or lost stage, unless their Stage already names one', () => {
    expect(stager(stage('proposal'), 'won')?.key).toBe('closed-won');
    expect(stager(stage('onboarding'), 'won')?.key).toBe('onboarding');
    expect(stager(undefined, 'won')?.key).toBe('closed-won');
    expect(stager(stage('negotiation'), 'lost')?.key).toBe('closed-lost');
    expect(stager(stage('closed-won'), 'lost')?.key).toBe('closed-lost');
    expect(stager(stage('closed-lost'), 'lost')?.key).toBe('closed-lost');
  });

  it('leaves the Stage cell’s stage for open, deleted or no status, and in a pipeline without that kind of stage', () => {
    for (const status of ['open', 'deleted', null, undefined] as const) expect(stager(stage('proposal'), status)?.key).toBe('proposal');
    expect(stager(undefined, 'open')).toBeUndefined();
    const noLost = { ...definition, stages: definition.stages.filter((s) => s.kind !== 'lost') };
    expect(statusStager(noLost)(stage('proposal'), 'lost')?.key).toBe('proposal');
  });

  it('gives the stage text an edit stands for: the Stage cell, or the closed stage’s label', () => {
    const text = statusStageText(definition, 'fr');
    expect(text('Proposal Made', 'open')).toBe('Proposal Made');
    expect(text('Proposal Made', '')).toBe('Proposal Made');
    expect(text('Proposal Made', 'won')).toBe('Gagné');
    expect(text('Proposal Made', 'perdu')).toBe('Perdu');
    expect(text('Onboarding', 'won')).toBe('Onboarding');
    expect(text('', 'lost')).toBe('Perdu');
    expect(text('Banana', 'lost')).toBe('Perdu');
    expect(text('Proposal Made', 'archived')).toBe('Proposal Made');
  });
});

describe('parseDeals with a Status column', () => {
  const header = ['Deal', 'Stage', 'Status', 'Lost at stage', 'Amount'];

  it('closes won and lost deals, keeps the cells’ text, and fills Lost at stage only when its cell is blank', () => {
    const rows = [
      header,
      ['open deal', 'Proposal Made', 'open', '', 100],
      ['no status', 'Negotiations Started', '', '', 200],
      ['won at its last stage', 'Negotiations Started', 'won', '', 300],
      ['won, onboarding', 'Onboarding', 'won', '', 400],
      ['lost at proposal', 'Proposal Made', 'lost', '', 500],
      ['lost, Lost at stage kept', 'Negotiations Started', 'lost', 'Qualification', 600],
      ['lost, Stage already lost', 'Closed lost', 'lost', '', 700],
      ['won without a stage', '', 'gagné', '', 800],
      ['lost at an unknown stage', 'Site visit', 'perdue', '', 900],
    ];
    const parsed = parseDeals(rows, { definition, locale: 'en_US' });
    expect(parsed.deals.map((d) => [d.name, d.stageText, d.status, d.stage, d.lostAtStage])).toEqual([
      ['open deal', 'Proposal Made', 'open', 'proposal', null],
      ['no status', 'Negotiations Started', null, 'negotiation', null],
      ['won at its last stage', 'Negotiations Started', 'won', 'closed-won', null],
      ['won, onboarding', 'Onboarding', 'won', 'onboarding', null],
      ['lost at proposal', 'Proposal Made', 'lost', 'closed-lost', 'proposal'],
      ['lost, Lost at stage kept', 'Negotiations Started', 'lost', 'closed-lost', 'qualification'],
      ['lost, Stage already lost', 'Closed lost', 'lost', 'closed-lost', null],
      ['won without a stage', '', 'won', 'closed-won', null],
      ['lost at an unknown stage', 'Site visit', 'lost', 'closed-lost', null],
    ]);
    // The unknown stage is still reported: it is where the deal was lost, and no stage knows it.
    expect(parsed.problems.map((p) => [p.a1, p.message])).toEqual([['B10', 'Unknown stage "Site visit"']]);
    expect(parsed.deleted).toEqual([]);
  });

  it('keeps the Lost at stage cell’s problem rather than guessing from the Stage cell', () => {
    const parsed = parseDeals([header, ['x', 'Proposal', 'lost', 'Nowhere', 1]], { definition, locale: 'en_US' });
    expect(parsed.deals[0].lostAtStage).toBeNull();
    expect(parsed.problems.map((p) => p.a1)).toEqual(['D2']);
  });

  it('sets deleted deals apart, kept whole, so no figure counts them', () => {
    const rows = [header, ['a', 'Proposal', 'open', '', 1], ['b', 'Proposal', 'deleted', '', 2], ['c', 'Qualified', 'Supprimée', '', 3]];
    const parsed = parseDeals(rows, { definition, locale: 'en_US' });
    expect(parsed.deals.map((d) => d.name)).toEqual(['a']);
    expect(parsed.deleted.map((d) => [d.index, d.name, d.status, d.stage, d.amount])).toEqual([
      [1, 'b', 'deleted', 'proposal', 2],
      [2, 'c', 'deleted', 'qualification', 3],
    ]);
  });

  it('reports a status it does not know with its cell, in the user’s language, and never guesses', () => {
    const rows = [['Étape', 'Statut'], ['Proposition', 'archivé'], ['Proposition', 'gagné'], ['Proposition', 42]];
    const parsed = parseDeals(rows, { definition, locale: 'fr_FR' });
    expect(parsed.problems.map((p) => [p.a1, p.row, p.column, p.value, p.message])).toEqual([
      ['B2', 2, 2, 'archivé', 'Statut inconnu « archivé » : écrivez ouvert, gagné, perdu ou supprimé.'],
      ['B4', 4, 2, 42, 'Statut inconnu « 42 » : écrivez ouvert, gagné, perdu ou supprimé.'],
    ]);
    expect(parsed.deals.map((d) => [d.status, d.stage])).toEqual([
      [null, 'proposal'],
      ['won', 'closed-won'],
      [null, 'proposal'],
    ]);
    expect(parseDeals([['Stage', 'Status'], ['Proposal', 'closed']], { definition, locale: 'en_US' }).problems[0].message).toBe(
      'Unknown status "closed": write open, won, lost or deleted.',
    );
  });

  it('counts stages the same way for the sidebar', () => {
    const rows = [['a', 'Proposal Made', 'open'], ['b', 'Proposal Made', 'won'], ['c', 'Site visit', 'lost'], ['d', 'Proposal', 'deleted'], ['e', '', 'lost'], ['f', '', '']];
    const counts = countByStage(rows, 1, definition, 'en', 2);
    const count = (key: string) => counts.stages.find((s) => s.key === key)?.count;
    expect([count('proposal'), count('closed-won'), count('closed-lost')]).toEqual([1, 1, 2]);
    expect([counts.blank, counts.unrecognised, counts.total]).toEqual([1, [], 5]);
    // Without the Status column, as before.
    expect(countByStage(rows, 1, definition, 'en').total).toBe(6);
  });
});

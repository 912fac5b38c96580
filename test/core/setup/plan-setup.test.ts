import { defaultPipeline } from '../../../src/core/stages/default-pipeline';
import { planSetup, type SetupInput } from '../../../src/core/setup/plan-setup';
import { locateHeader } from '../../../src/core/setup/locate-header';
import { missingManagedColumns, newSheetColumns } from '../../../src/core/setup/managed-columns';
import { dealIdNumber, formatDealId, highestDealIdNumber } from '../../../src/core/setup/deal-ids';
import { columnWrite, keptCell, textForWrite } from '../../../src/core/setup/column-write';
import { setupMessage, rowList } from '../../../src/core/setup/setup-summary';

const NOW = new Date(Date.UTC(2024, 5, 1, 12));

function input(values: unknown[][], extra: Partial<SetupInput> = {}): SetupInput {
  const width = Math.max(0, ...values.map((r) => r.length));
  const rect = values.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  return {
    values: rect,
    formulas: rect.length ? rect.map((r) => r.map(() => '')) : null,
    definition: defaultPipeline(),
    language: 'en',
    locale: 'en_US',
    now: NOW,
    user: 'ann@example.com',
    historyIds: new Set(),
    ...extra,
  };
}

describe('locateHeader', () => {
  it('prefers the row naming Stage and the most columns, then the most columns, then the first non-empty row', () => {
    expect(locateHeader([['Title'], ['Deal', 'Stage', 'Amount'], ['x', 'Proposal', 1]])).toBe(1);
    expect(locateHeader([['Pipeline'], [''], ['Company', 'Owner'], ['Acme', 'Ann']])).toBe(2);
    expect(locateHeader([['', ''], ['Client', 'Chiffre'], ['Acme', 3]])).toBe(1);
    expect(locateHeader([['', ''], [false, '']])).toBe(1);
    expect(locateHeader([])).toBe(-1);
    expect(locateHeader([['', '']])).toBe(-1);
  });
});

describe('managed columns', () => {
  it('adds the columns a stage of the settings requires', () => {
    const definition = defaultPipeline();
    definition.stages[1].requiredFields = ['Budget', 'Owner'];
    expect(missingManagedColumns({ Stage: 0, 'Deal ID': 1 }, definition)).toEqual([
      'Amount', 'Expected close', 'Stage entered', 'Lost at stage', 'Lost reason', 'Created', 'Next step', 'Next step due', 'Budget', 'Owner',
    ]);
    expect(newSheetColumns(definition).slice(-2)).toEqual(['Notes', 'Budget']);
  });
});

describe('Deal IDs', () => {
  it('reads, formats and continues generated IDs only', () => {
    expect(dealIdNumber('D-000042')).toBe(42);
    expect(dealIdNumber(' d-7 ')).toBe(7);
    expect(dealIdNumber('OPP-9')).toBeNull();
    expect(dealIdNumber(42)).toBeNull();
    expect(formatDealId(1)).toBe('D-000001');
    expect(formatDealId(1234567)).toBe('D-1234567');
    expect(highestDealIdNumber(['D-000003', 'x', 'D-1234567', ''])).toBe(1234567);
  });
});

describe('column writes', () => {
  it('keeps text as text, formulas as formulas, and writes only from the first to the last change', () => {
    expect(textForWrite('Closed won')).toBe('Closed won');
    expect(textForWrite('Négociation')).toBe('Négociation');
    for (const risky of ['00123', 'D-000001', 'TRUE', 'faux', '=1+1', '+33 6', '@me', "'quoted", '1. Lead', ' padded', '5%', '#N/A', 'Jan 5']) {
      expect(textForWrite(risky)).toBe(`'${risky}`);
    }
    expect(keptCell('abc', '=A1')).toBe('=A1');
    expect(keptCell(new Date(0), '')).toEqual(new Date(0));
    expect(keptCell(12, '')).toBe(12);
    expect(columnWrite(3, 5, ['a', '', '0017', '', 'b'], ['', '', '', '', ''], new Map<number, unknown>([[1, 'D-000001'], [3, NOW]]))).toEqual({
      column: 3,
      row: 6,
      values: [["'D-000001"], ["'0017"], [NOW]],
    });
    expect(columnWrite(3, 5, [], null, new Map())).toBeNull();
  });
});

describe('planSetup', () => {
  it('plans a converted sheet: columns appended after the last used one, empty cells filled, history from blank', () => {
    const entered = new Date(Date.UTC(2024, 0, 10));
    const plan = planSetup(
      input([
        ['Leads 2024'],
        ['Deal', 'Stage', 'Amount', 'Stage entered', '', 'notes without header'],
        ['A', 'Proposal', '1,200.50', entered, '', 'x'],
        ['B', 'quote', 300, '', '', ''],
        ['', '', '', '', '', ''],
        ['C', 'Hot', 5, '', '', ''],
        ['D', '', '', '', '', ''],
      ]),
    );
    expect(plan.headerRow).toBe(2);
    expect(plan.headerWrite).toEqual({
      column: 7,
      labels: ['Expected close', 'Deal ID', 'Lost at stage', 'Lost reason', 'Created', 'Next step', 'Next step due'],
    });
    expect(plan.width).toBe(13);
    expect(plan.headers).toEqual(['Deal', 'Stage', 'Amount', 'Stage entered', '', 'notes without header', 'Expected close', 'Deal ID', 'Lost at stage', 'Lost reason', 'Created', 'Next step', 'Next step due']);
    expect(plan.columns['Deal ID']).toBe(7);
    expect(plan.writes).toEqual([
      { column: 8, row: 3, values: [["'D-000001"], ["'D-000002"], [''], ["'D-000003"], ["'D-000004"]] },
      { column: 4, row: 4, values: [[NOW]] },
    ]);
    expect(plan.history).toEqual([
      { at: entered, dealId: 'D-000001', from: null, to: 'proposal', user: 'ann@example.com', via: 'setup', amount: 1200.5 },
      { at: NOW, dealId: 'D-000002', from: null, to: 'proposal', user: 'ann@example.com', via: 'setup', amount: 300 },
    ]);
    expect(plan.facts).toMatchObject({
      dealsFound: 4,
      idsGenerated: 4,
      stageEnteredFilled: 1,
      unrecognisedStages: [{ text: 'Hot', canonical: null, rows: [6], count: 1 }],
      differentlySpeltStages: [{ text: 'quote', canonical: 'Proposal', rows: [4], count: 1 }],
    });
  });

  it('skips deals the history already has, and continues IDs after the history’s highest', () => {
    const plan = planSetup(
      input(
        [
          ['Deal ID', 'Stage'],
          ['D-000002', 'Proposal'],
          ['', 'Proposal'],
        ],
        { historyIds: new Set(['D-000002', 'D-000010']) },
      ),
    );
    expect(plan.history.map((e) => e.dealId)).toEqual(['D-000011']);
  });

  it('plans nothing for a sheet already set up', () => {
    const values = [
      ['Deal ID', 'Stage', 'Amount', 'Expected close', 'Created', 'Stage entered', 'Next step', 'Next step due', 'Lost reason', 'Lost at stage'],
      ['D-000001', 'Proposal', 5, '', NOW, NOW, '', '', '', ''],
    ];
    const plan = planSetup(input(values, { historyIds: new Set(['D-000001']) }));
    expect([plan.headerWrite, plan.writes, plan.history]).toEqual([null, [], []]);
  });

  it('never makes up a Created date: a blank in the user’s own column or in the column it adds stays blank', () => {
    const values = [
      ['Deal ID', 'Stage', 'engage_date'],
      ['D-000001', 'Prospecting', ''],
      ['D-000002', 'Proposal', NOW],
    ];
    const plan = planSetup(input(values));
    expect(plan.columns.Created).toBe(2);
    expect(plan.writes.filter((write) => write.column === 3)).toEqual([]);
    const added = planSetup(input([['Deal ID', 'Stage'], ['D-000001', 'Closed won']]));
    expect(added.headers).toContain('Created');
    expect(added.writes.filter((write) => write.column === added.columns.Created! + 1)).toEqual([]);
  });

  it('counts rows beyond the listed ones', () => {
    const rows: unknown[][] = [['Stage']];
    for (let i = 0; i < 25; i++) rows.push(['Hot']);
    const finding = planSetup(input(rows)).facts.unrecognisedStages[0];
    expect([finding.rows.length, finding.count]).toEqual([20, 25]);
    expect(rowList('en', finding.rows.slice(0, 2), 25)).toBe('rows 2, 3 and 23 more');
    expect(rowList('fr', [7], 1)).toBe('ligne 7');
  });
});

describe('setupMessage', () => {
  it('says what changed and what needs a look, in the user’s language', () => {
    const plan = planSetup(input([['Deal', 'Stage'], ['A', 'Gagnée'], ['B', 'Chaud']], { language: 'fr' }));
    const message = setupMessage({
      ok: true,
      ...plan.facts,
      sheet: 'Leads',
      language: 'fr',
      settingsSheet: 'Paramètres du pipeline',
      settingsCreated: true,
      historySheet: 'Historique des étapes',
      historyCreated: false,
      changed: true,
      needsAttention: true,
    });
    expect(message.split('\n')).toEqual([
      'Feuille « Leads », en-tête sur la ligne 1.',
      'Affaires trouvées : 2.',
      'ID d’affaire générés : 2 (de D-000001 à D-000002).',
      'Colonnes ajoutées à droite : Montant, Clôture prévue, ID affaire, Entrée dans l\'étape, Perdue à l\'étape, Motif de perte, Créée le, Prochaine action, Échéance.',
      'Dates d’entrée dans l’étape vides remplies à la date du jour : 1. Créée le reste vide là où elle l’était : la création de ces affaires n’est pas connue.',
      'Lignes ajoutées à l’historique des étapes : 1.',
      'Feuille « Paramètres du pipeline » créée avec les étapes par défaut : modifiez-la pour changer les étapes, les probabilités et les règles.',
      'Étapes non reconnues, laissées telles quelles : « Chaud » (ligne 3). Choisissez une étape dans la liste, ou ajoutez ce nom comme alias dans les paramètres.',
      'Étapes écrites autrement que leur nom, laissées telles quelles : « Gagnée » = Gagné (ligne 2). Choisissez Normaliser les noms d’étapes pour les réécrire.',
    ]);
  });
});

import type { CellValue, SheetModel } from '../../../src/local/emulator/model';
import { createDemoWorkbook, STALE_DAYS } from '../../../src/local/demo';
import { workbookFromBuffer, workbookToBuffer } from '../../../src/local/workbook-file';

const now = new Date('2024-06-15T09:30:00Z');
const DAY = 86400000;
const EN_STAGES = ['Prospecting', 'Qualification', 'First contact', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost', 'Onboarding'];
const FR_STAGES = ['Prospection', 'Qualification', 'Premier contact', 'Proposition', 'Négociation', 'Gagné', 'Perdu', 'Intégration'];
const STALE_BY_LABEL: Record<string, number> = Object.fromEntries(
  ['prospecting', 'qualification', 'firstContact', 'proposal', 'negotiation'].map((key, i) => [EN_STAGES[i], STALE_DAYS[key as keyof typeof STALE_DAYS]!]),
);

/** Rows of a sheet as objects keyed by header. */
function records(sheet: SheetModel): Record<string, CellValue>[] {
  const [header, ...rows] = sheet.values;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i] ?? ''])));
}

const time = (value: CellValue) => (value as Date).getTime();

describe.each([1, 7, 20240601, 99991])('demo workbook (seed %i)', (seed) => {
  const workbook = createDemoWorkbook({ now, locale: 'en', seed });
  const [pipeline, history] = workbook.sheets;
  const deals = records(pipeline);
  const moves = records(history);

  it('is deterministic', () => {
    expect(createDemoWorkbook({ now, locale: 'en', seed })).toEqual(workbook);
  });

  it('has 60 to 80 deals with sequential IDs, the columns in order, and every stage at least twice', () => {
    expect(pipeline.values[0]).toEqual([
      'Deal ID', 'Deal', 'Company', 'Contact', 'Email', 'Owner', 'Stage', 'Amount', 'Probability', 'Expected close', 'Created',
      'Stage entered', 'Last activity', 'Next step', 'Next step due', 'Lost reason', 'Lost at stage', 'Forecast category',
      'Lead source', 'Need', 'Budget', 'Authority', 'Timing', 'Score', 'Notes',
    ]);
    expect(deals.length).toBeGreaterThanOrEqual(60);
    expect(deals.length).toBeLessThanOrEqual(80);
    deals.forEach((deal, i) => expect(deal['Deal ID']).toBe(`D-${String(i + 1).padStart(6, '0')}`));
    for (const stage of EN_STAGES) expect(deals.filter((d) => d.Stage === stage).length).toBeGreaterThanOrEqual(2);
    const owners = new Set(deals.map((d) => d.Owner));
    expect(owners.size).toBeGreaterThanOrEqual(4);
    expect(owners.size).toBeLessThanOrEqual(6);
  });

  it('fills fields consistently with each stage', () => {
    for (const deal of deals) {
      expect(time(deal.Created)).toBeLessThanOrEqual(time(deal['Stage entered']));
      expect(time(deal['Stage entered'])).toBeLessThan(now.getTime());
      expect(time(deal['Last activity'])).toBeGreaterThanOrEqual(time(deal['Stage entered']));
      expect(time(deal['Last activity'])).toBeLessThan(now.getTime());
      const stage = EN_STAGES.indexOf(String(deal.Stage));
      if (stage >= 3) {
        expect(deal.Amount).toEqual(expect.any(Number));
        expect(deal['Expected close']).toBeInstanceOf(Date);
      }
      if (deal.Amount !== '') expect(Number(deal.Amount)).toBeGreaterThanOrEqual(2000);
      if (deal.Amount !== '') expect(Number(deal.Amount)).toBeLessThanOrEqual(120000);
      const lost = deal.Stage === 'Closed lost';
      expect(deal['Lost reason'] !== '').toBe(lost);
      expect(deal['Lost at stage'] !== '').toBe(lost);
      if (lost) expect(['Price', 'Competitor', 'No budget', 'No decision', 'Timing']).toContain(deal['Lost reason']);
      const category = { 'Closed won': 'Closed', Onboarding: 'Closed', 'Closed lost': 'Omitted' }[String(deal.Stage)];
      if (category) expect(deal['Forecast category']).toBe(category);
      else expect(['Pipeline', 'Best case', 'Commit']).toContain(deal['Forecast category']);
      for (const bant of ['Need', 'Budget', 'Authority', 'Timing']) expect(typeof deal[bant]).toBe('boolean');
      if (deal['Next step due'] !== '') expect(deal['Next step due']).toBeInstanceOf(Date);
    }
    const overrides = deals.filter((d) => d.Probability !== '');
    expect(overrides.length).toBeGreaterThan(0);
    expect(overrides.length).toBeLessThanOrEqual(6);
  });

  it('has stale deals, some with a next step planned', () => {
    const stale = deals.filter((d) => String(d.Stage) in STALE_BY_LABEL && now.getTime() - time(d['Stage entered']) > STALE_BY_LABEL[String(d.Stage)] * DAY);
    expect(stale.length).toBeGreaterThanOrEqual(5);
    expect(stale.filter((d) => d['Next step due'] !== '' && time(d['Next step due']) > now.getTime()).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps a stage history consistent with every deal', () => {
    expect(history.values[0]).toEqual(['Timestamp', 'Deal ID', 'From', 'To', 'User', 'Via', 'Amount']);
    const times = moves.map((m) => time(m.Timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(moves.map((m) => m.Via))).toEqual(new Set(['import', 'sidebar', 'edit']));
    for (const deal of deals) {
      const own = moves.filter((m) => m['Deal ID'] === deal['Deal ID']);
      expect(own[0]).toMatchObject({ From: '', Via: 'import' });
      expect(time(own[0].Timestamp)).toBe(time(deal.Created));
      own.slice(1).forEach((move, i) => {
        expect(move.From).toBe(own[i].To);
        expect(move.Via).not.toBe('import');
        const from = EN_STAGES.indexOf(String(move.From));
        const to = EN_STAGES.indexOf(String(move.To));
        // Forward only: open stages in order, then won/lost, then onboarding after won.
        if (to <= 4) expect(to).toBeGreaterThan(from);
      });
      const last = own[own.length - 1];
      expect(last.To).toBe(deal.Stage);
      expect(time(last.Timestamp)).toBe(time(deal['Stage entered']));
      if (deal.Stage === 'Closed lost') expect(last.From).toBe(deal['Lost at stage']);
      if (deal.Stage === 'Onboarding') expect(last.From).toBe('Closed won');
      if (deal.Stage === 'Closed won') expect(EN_STAGES.indexOf(String(last.From))).toBeLessThan(5);
    }
  });
});

describe('demo workbook layout', () => {
  const workbook = createDemoWorkbook({ now, locale: 'en' });
  const pipeline = workbook.sheets[0];

  it('describes the spreadsheet', () => {
    expect(workbook).toMatchObject({ name: 'Sheets Pipeline demo', locale: 'en_US', timeZone: 'Europe/Paris', activeSheet: 'Pipeline' });
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Pipeline', 'Stage History']);
  });

  it('has a stage dropdown, BANT checkboxes, formats and a frozen bold header', () => {
    expect(pipeline.validations).toEqual([
      { range: { row: 2, column: 7, numRows: 999, numColumns: 1 }, rule: { criteria: 'VALUE_IN_LIST', args: [EN_STAGES, true], allowInvalid: false, helpText: expect.any(String) } },
      { range: { row: 2, column: 20, numRows: 999, numColumns: 4 }, rule: { criteria: 'CHECKBOX', args: [], allowInvalid: false, helpText: '' } },
    ]);
    expect(pipeline.frozenRows).toBe(1);
    expect(pipeline.formats).toEqual(expect.arrayContaining([
      { range: { row: 1, column: 1, numRows: 1, numColumns: 25 }, format: expect.objectContaining({ fontWeight: 'bold' }) },
      { range: { row: 2, column: 8, numRows: 999, numColumns: 1 }, format: { numberFormat: '#,##0' } },
      { range: { row: 2, column: 10, numRows: 999, numColumns: 1 }, format: { numberFormat: 'yyyy-mm-dd' } },
    ]));
  });

  it('uses French labels in French', () => {
    const fr = createDemoWorkbook({ now, locale: 'fr' });
    expect(fr).toMatchObject({ locale: 'fr_FR', activeSheet: 'Pipeline' });
    expect(fr.sheets.map((s) => s.name)).toEqual(['Pipeline', 'Historique des étapes']);
    expect(fr.sheets[0].values[0].slice(0, 8)).toEqual(['ID affaire', 'Affaire', 'Entreprise', 'Contact', 'E-mail', 'Responsable', 'Étape', 'Montant']);
    expect(fr.sheets[1].values[0]).toEqual(['Horodatage', 'ID affaire', 'De', 'Vers', 'Utilisateur', 'Via', 'Montant']);
    const stages = new Set(fr.sheets[0].values.slice(1).map((row) => row[6]));
    expect(stages).toEqual(new Set(FR_STAGES));
    expect(fr.sheets[0].validations[0].rule.args[0]).toEqual(FR_STAGES);
    const lostReasons = new Set(fr.sheets[0].values.slice(1).map((row) => row[15]).filter((v) => v !== ''));
    for (const reason of lostReasons) expect(['Prix', 'Concurrent', 'Pas de budget', 'Pas de décision', 'Calendrier']).toContain(reason);
    // Same seed, same deals: only the words change.
    expect(fr.sheets[0].values.slice(1).map((row) => row[7])).toEqual(pipeline.values.slice(1).map((row) => row[7]));
  });

  it.each(['en', 'fr'] as const)('round-trips through the workbook file (%s)', async (locale) => {
    const demo = createDemoWorkbook({ now, locale });
    expect(await workbookFromBuffer(await workbookToBuffer(demo), 'demo.xlsx')).toEqual(demo);
  });
});

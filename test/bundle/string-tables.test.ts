import { Emulator } from '../../src/local/emulator';
import type { ExecutionContext } from '../../src/local/emulator/api';
import { ScriptRealm } from '../../src/local/runtime/script-realm';
import { loadBuiltAddon, putSheet, readDist } from '../helpers/built';

/**
 * dist/Code.js ships its strings tables gzipped in one base64 payload, decoded by
 * `Utilities.ungzip` on the first translation that needs it (scripts/pack-string-tables.js);
 * only the strings nearly every execution reads (src/core/i18n/tables/frequent.ts) stay as
 * written.
 */
describe('dist/Code.js strings tables', () => {
  const code = readDist('Code.js');
  const decodes = (emulator: Emulator) => emulator.calls.count('Utilities.ungzip');

  it('are packed into one payload, decoded by one call to Utilities, outside the public header', () => {
    expect(code.match(/Utilities\.ungzip\(/g)).toHaveLength(1);
    expect(code).toMatch(/Utilities\.ungzip\(Utilities\.newBlob\(Utilities\.base64Decode\("H4sI[A-Za-z0-9+/]+=*"\),\s*"application\/x-gzip"\)\)\.getDataAsString\("UTF-8"\)/);
    expect(code.indexOf('Utilities.ungzip')).toBeGreaterThan(code.lastIndexOf('@customfunction'));
    // Help and report texts are in the payload; the menu and the sheet names are as written.
    for (const packed of ['Aide de Sheets Pipeline', 'Sheets Pipeline help', 'Pas encore de feuille Pipeline']) expect(code).not.toContain(packed);
    for (const plain of ['Configurer cette feuille', 'Paramètres du pipeline', 'Historique des étapes']) expect(code).toContain(plain);
  });

  it('are decoded on the first translation of an execution, once, never while the script loads', () => {
    const emulator = new Emulator({ htmlFiles: { Sidebar: readDist('Sidebar.html') } });
    const realm = new ScriptRealm(code, () => emulator.globals());
    const french: ExecutionContext = { user: 'ann@example.com', userLocale: 'fr', authMode: 'FULL' };
    emulator.execute(french, () => {
      const script = realm.load() as Record<string, () => unknown>;
      expect(decodes(emulator)).toBe(0);
      script.showHelp();
      expect(decodes(emulator)).toBe(1);
      expect(emulator.ui.alerts.at(-1)!.title).toBe('Aide de Sheets Pipeline');
      for (let i = 0; i < 5; i++) script.showHelp();
      expect(() => script.refreshReports()).toThrow('Pas encore de feuille Pipeline.');
      expect(emulator.ui.alerts).toHaveLength(6);
      expect(decodes(emulator)).toBe(1);
    });
  });

  it('speak English and French, decoded once per execution however many strings it shows', () => {
    const { emulator, runtime } = loadBuiltAddon();
    putSheet(emulator, 'Leads', [
      ['Deal', 'Stage', 'Amount', 'Expected close'],
      ['Acme', 'Prospection', 1000, new Date('2024-07-15T00:00:00Z')],
      ['Globex', 'Gagné', 5000, new Date('2024-05-01T00:00:00Z')],
      ['Initech', 'Proposition', 2000, new Date('2024-07-01T00:00:00Z')],
    ]);
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Leads')!);
    expect(decodes(emulator)).toBe(0);

    const setup = runtime.run('setupPipeline', [], { userLocale: 'fr' });
    expect(setup.ui.toasts[0].message).toContain('Affaires trouvées : 3.');
    expect(emulator.spreadsheet.getSheetByName('Historique des étapes')!.getRange('A1:D1').getValues()).toEqual([['Horodatage', 'ID affaire', 'De', 'Vers']]);
    expect(decodes(emulator)).toBe(1);

    emulator.calls.reset();
    expect(runtime.run('refreshReports', [], { userLocale: 'en' }).value).toMatchObject({ language: 'en', deals: 3 });
    const conversion = emulator.spreadsheet.getSheetByName('Conversion')!.getDataRange().getValues().flat();
    expect(conversion).toContain('Win rate');
    expect(decodes(emulator)).toBe(1);

    emulator.calls.reset();
    const help = runtime.run('showHelp', [], { userLocale: 'en' });
    expect(help.ui.alerts[0].title).toBe('Sheets Pipeline help');
    expect(decodes(emulator)).toBe(1);
  });

  it('are not decoded to build the menu (also in AuthMode.NONE), to compute a number, or to accept a stage edit', () => {
    const { emulator, runtime } = loadBuiltAddon({}, { userLocale: 'fr' });
    putSheet(emulator, 'Leads', [
      ['Deal', 'Stage', 'Amount'],
      ['Acme', 'Prospection', 1000],
      ['Globex', 'Gagné', 5000],
    ]);
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Leads')!);
    runtime.run('setupPipeline');
    emulator.calls.reset();

    expect(runtime.trigger('onOpen', 'NONE').ui.menus[0].items[0]).toEqual({ kind: 'item', caption: 'Configurer cette feuille', functionName: 'setupPipeline' });
    const stages = emulator.spreadsheet.getSheetByName('Leads')!.getRange('B2:B3').getValues();
    expect(runtime.customFunction('WIN_RATE', [stages]).value).toBe(1);
    expect(runtime.userEdit('Leads', 2, 2, [['Qualification']])).toEqual({ accepted: true, toasts: [] });
    expect(emulator.spreadsheet.getSheetByName('Historique des étapes')!.getLastRow()).toBe(4);
    expect(decodes(emulator)).toBe(0);
  });
});

import { loadBuiltAddon } from '../helpers/built';

describe('onOpen / onInstall', () => {
  it('builds the add-on menu in AuthMode.NONE touching only the Ui service', () => {
    const { emulator, runtime } = loadBuiltAddon();
    emulator.calls.reset();
    const { ui } = runtime.trigger('onOpen', 'NONE');
    expect(ui.menus).toEqual([
      {
        kind: 'addon',
        caption: '',
        items: [
          { kind: 'item', caption: 'Set up this sheet', functionName: 'setupPipeline' },
          { kind: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
          { kind: 'item', caption: 'Refresh reports', functionName: 'refreshReports' },
          { kind: 'item', caption: 'Validate all rows', functionName: 'validateAllRows' },
          { kind: 'item', caption: 'Normalise stage names', functionName: 'normaliseStageNames' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Help', functionName: 'showHelp' },
        ],
      },
    ]);
    const touched = Object.keys(emulator.calls.byMethod());
    expect(touched.every((method) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.|Session\.getActiveUserLocale)/.test(method))).toBe(true);
  });

  it('names the menu items in French for a French user, and every item is a real global', () => {
    const { runtime } = loadBuiltAddon({}, { userLocale: 'fr' });
    const { ui } = runtime.trigger('onInstall', 'FULL');
    const items = ui.menus[0].items.filter((i): i is { kind: 'item'; caption: string; functionName: string } => i.kind === 'item');
    expect(items.map((i) => i.caption)).toEqual([
      'Configurer cette feuille', 'Ouvrir le panneau', 'Actualiser les rapports', 'Valider toutes les lignes', 'Normaliser les noms d’étapes', 'Aide',
    ]);
    for (const item of items) expect(runtime.functionNames).toContain(item.functionName);
  });
});

describe('showSidebar / showHelp', () => {
  it('opens the built Sidebar.html with a localised title', () => {
    const { runtime } = loadBuiltAddon();
    const { ui } = runtime.run('showSidebar', [], { userLocale: 'fr' });
    expect(ui.sidebars).toHaveLength(1);
    expect(ui.sidebars[0].title).toBe('Sheets Pipeline');
    expect(ui.sidebars[0].html).toContain('<div id="app"></div>');
  });

  it('shows help in the user language', () => {
    const { runtime } = loadBuiltAddon();
    const { ui } = runtime.run('showHelp', [], { userLocale: 'fr' });
    expect(ui.alerts[0].title).toBe('Aide de Sheets Pipeline');
    expect(ui.alerts[0].prompt).toContain('vos données ne quittent jamais ce classeur');
  });
});

describe('onEdit', () => {
  it('is fired for user edits, and edits outside the Stage column or the pipeline write nothing', () => {
    const { emulator, runtime } = loadBuiltAddon();
    const sheet = emulator.spreadsheet.insertSheet('Pipeline');
    sheet.getRange(1, 1, 2, 2).setValues([['Deal', 'Stage'], ['Acme', 'Prospecting']]);
    const notes = emulator.spreadsheet.insertSheet('Notes');
    emulator.calls.reset();
    expect(runtime.userEdit('Pipeline', 2, 1, [['Acme Corp']])).toEqual({ accepted: true, toasts: [] });
    expect(runtime.userEdit('Notes', 1, 1, [['Proposal']])).toEqual({ accepted: true, toasts: [] });
    expect(sheet.getRange('A2').getValue()).toBe('Acme Corp');
    expect(notes.getRange('A1').getValue()).toBe('Proposal');
    // The sheet's layout may be remembered in document properties; the spreadsheet itself is not written.
    const writes = Object.keys(emulator.calls.byMethod()).filter((m) => !m.startsWith('Properties.') && /\.(set|insert|delete|clear|append)/.test(m));
    expect(writes).toEqual([]);
  });
});

import { ALICE, setup } from './helpers';

describe('Ui', () => {
  it('records menus on addToUi, with separators and submenus', () => {
    const { emu, g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    const { value, ui: log } = emu.execute(ALICE, () => {
      ui.createAddonMenu()
        .addItem('Open', 'openSidebar')
        .addSeparator()
        .addSubMenu(ui.createMenu('More').addItem('Help', 'showHelp'))
        .addToUi();
      return 1;
    });
    expect(value).toBe(1);
    expect(log.menus).toEqual([
      {
        kind: 'addon',
        caption: '',
        items: [
          { kind: 'item', caption: 'Open', functionName: 'openSidebar' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'More', items: [{ kind: 'item', caption: 'Help', functionName: 'showHelp' }] },
        ],
      },
    ]);
    expect(emu.ui.menus).toEqual(log.menus);
  });

  it('records alerts in all overloads and answers OK', () => {
    const { emu, g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    ui.alert('Sure?', ui.ButtonSet.OK_CANCEL);
    ui.alert('Title', 'Body', ui.ButtonSet.OK);
    expect(emu.ui.alerts).toEqual([
      { title: '', prompt: 'Hello', buttons: 'OK' },
      { title: '', prompt: 'Sure?', buttons: 'OK_CANCEL' },
      { title: 'Title', prompt: 'Body', buttons: 'OK' },
    ]);
  });

  it('shows sidebars and dialogs from HtmlOutput', () => {
    const { emu, g } = setup({ htmlFiles: { Sidebar: '<p>hi</p>' } });
    const ui = g.SpreadsheetApp.getUi();
    ui.showSidebar(g.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Pipeline'));
    ui.showModalDialog(g.HtmlService.createHtmlOutput('<b>x</b>').setWidth(320).setHeight(200), 'Confirm');
    ui.showModelessDialog(g.HtmlService.createHtmlOutput(), 'Free');
    expect(emu.ui.sidebars).toEqual([{ title: 'Pipeline', width: 300, html: '<p>hi</p>' }]);
    expect(emu.ui.dialogs.map((d) => [d.title, d.width, d.height, d.html, d.modal])).toEqual([
      ['Confirm', 320, 200, '<b>x</b>', true],
      ['Free', 600, 400, '', false],
    ]);
  });

  it('is unavailable to custom functions', () => {
    const { emu, g } = setup();
    expect(() => emu.execute({ ...ALICE, authMode: 'CUSTOM_FUNCTION' }, () => g.SpreadsheetApp.getUi())).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('HtmlService', () => {
  it('builds outputs and fails like Apps Script for missing files', () => {
    const { g } = setup({ htmlFiles: { Sidebar: '<p>hi</p>' } });
    const out = g.HtmlService.createHtmlOutput('<a>').append('<b>').setTitle('T').setWidth(10).setHeight(20);
    out.setSandboxMode(g.HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL).addMetaTag('viewport', 'width=device-width');
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['<a><b>', 'T', 10, 20]);
    expect(g.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>hi</p>');
    expect(() => g.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });
});

/** `Ui` and `Menu` from `SpreadsheetApp.getUi()`: everything shown is recorded in the UI log. */
import type { MenuItemRecord, MenuRecord } from './api';
import type { Env } from './workbook';
import { Button, ButtonSet, enumName } from './enums';
import { HtmlOutputImpl } from './html-service';
import { SCRIPT_CLASS, ScriptObject, asGas, implOf } from './proxy';

type GasMenu = GoogleAppsScript.Base.Menu;
type GasUi = GoogleAppsScript.Base.Ui;

/** Sheets draws every sidebar 300 px wide whatever the output asks for. */
const SIDEBAR_WIDTH = 300;

export class MenuImpl extends ScriptObject implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly [SCRIPT_CLASS] = 'Menu';
  readonly items: MenuItemRecord[] = [];

  constructor(
    private readonly env: Env,
    readonly kind: MenuRecord['kind'],
    readonly caption: string,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.items.push({ kind: 'item', caption, functionName });
    return asGas(this);
  }

  addSeparator(): GasMenu {
    this.items.push({ kind: 'separator' });
    return asGas(this);
  }

  addSubMenu(menu: GasMenu): GasMenu {
    const sub = implOf(menu, MenuImpl, 'Ui.Menu.addSubMenu');
    this.items.push({ kind: 'submenu', caption: sub.caption, items: structuredClone(sub.items) });
    return asGas(this);
  }

  addToUi(): void {
    this.env.recordUi('menus', { kind: this.kind, caption: this.caption, items: structuredClone(this.items) });
  }
}

type UiApi = Pick<GasUi, 'createAddonMenu' | 'createMenu' | 'alert' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'>;

export class UiImpl extends ScriptObject implements UiApi {
  readonly [SCRIPT_CLASS] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly env: Env) {
    super();
  }

  /** Add-on menus are captioned with the add-on's name by Sheets; the record leaves it empty. */
  createAddonMenu(): GasMenu {
    return asGas(new MenuImpl(this.env, 'addon', ''));
  }

  createMenu(caption: string): GasMenu {
    return asGas(new MenuImpl(this.env, 'menu', caption));
  }

  /** alert(prompt), alert(prompt, buttons) and alert(title, prompt, buttons); nobody clicks, so OK (or YES) comes back. */
  alert(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] = c !== undefined ? [a, String(b), c] : b !== undefined ? ['', a, b] : ['', a, ButtonSet.OK];
    const set = enumName(buttons);
    this.env.recordUi('alerts', { title, prompt, buttons: set });
    return (set.startsWith('YES') ? Button.YES : Button.OK) as unknown as GoogleAppsScript.Base.Button;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const out = implOf(userInterface, HtmlOutputImpl, 'Ui.showSidebar');
    this.env.recordUi('sidebars', { title: out.title, width: SIDEBAR_WIDTH, html: out.content });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#dialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#dialog(userInterface, title, false);
  }

  #dialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string, modal: boolean): void {
    const out = implOf(userInterface, HtmlOutputImpl, modal ? 'Ui.showModalDialog' : 'Ui.showModelessDialog');
    this.env.recordUi('dialogs', { title, width: out.width, height: out.height, html: out.content, modal });
  }
}

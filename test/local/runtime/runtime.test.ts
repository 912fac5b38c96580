import { Emulator } from '../../../src/local/emulator';
import { Runtime, ScriptCallError } from '../../../src/local/runtime';

/** A tiny Apps Script project written the way gas-webpack-plugin emits one. */
const PROJECT = `
var counter = 0;
function bump() { counter += 1; return counter; }
function echo(value) { return value; }
function today() { return new Date(); }
function isDate(value) { return value instanceof Date; }
function secret_() { return 'hidden'; }
function whoAmI() { return Session.getActiveUser().getEmail() + ' ' + Session.getActiveUserLocale(); }
function boom() { throw new Error('Deal D-000042 is locked'); }
function probe() {
  return [typeof require, typeof module, typeof process, typeof setTimeout, typeof Buffer, typeof globalThis.fetch].join(',');
}
function writeA1(text) { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(text); }
function dateRoundTrip() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('B1').setValue(new Date(Date.UTC(2024, 2, 1)));
  var back = sheet.getRange('B1').getValue();
  return [back instanceof Date, back.toISOString()];
}
var edits = [];
function onEdit(e) {
  var info = {
    a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(), value: e.value, oldValue: e.oldValue,
    hasValue: 'value' in e, hasOldValue: 'oldValue' in e, user: e.user.getEmail(), auth: String(e.authMode),
    limited: e.authMode === ScriptApp.AuthMode.LIMITED, source: e.source.getName(),
  };
  e.source.toast(JSON.stringify(info), 'edit');
  if (e.range.getValue() === 'explode') throw new Error('onEdit failed on purpose');
}
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'bump').addToUi(); return String(e.authMode); }
`;

function setup(): { emulator: Emulator; runtime: Runtime } {
  const emulator = new Emulator({ name: 'Test book' });
  return { emulator, runtime: new Runtime(emulator, PROJECT, { user: 'ann@example.com', userLocale: 'en' }) };
}

function lastToast(result: { toasts: { message: string }[] }): Record<string, unknown> {
  return JSON.parse(result.toasts[result.toasts.length - 1].message) as Record<string, unknown>;
}

describe('Runtime loader', () => {
  it('lists the top-level functions, services excluded', () => {
    const { runtime } = setup();
    expect(runtime.functionNames).toEqual(['boom', 'bump', 'dateRoundTrip', 'echo', 'isDate', 'onEdit', 'onOpen', 'probe', 'secret_', 'today', 'whoAmI', 'writeA1']);
  });

  it('gives the script no require, module, process, timers, Buffer or fetch', () => {
    expect(setup().runtime.run('probe').value).toBe('undefined,undefined,undefined,undefined,undefined,undefined');
  });

  it('starts every execution with fresh globals, as Apps Script reloads the project', () => {
    const { runtime } = setup();
    expect(runtime.run('bump').value).toBe(1);
    expect(runtime.run('bump').value).toBe(1);
  });

  it('shares Date with the emulator, so instanceof Date holds both ways', () => {
    expect(setup().runtime.run('dateRoundTrip').value).toEqual([true, '2024-03-01T00:00:00.000Z']);
  });

  it('runs as the given user and locale', () => {
    const { runtime } = setup();
    expect(runtime.run('whoAmI').value).toBe('ann@example.com en');
    expect(runtime.run('whoAmI', [], { user: 'bob@example.com', userLocale: 'fr' }).value).toBe('bob@example.com fr');
  });
});

describe('Runtime.run follows google.script.run', () => {
  const status = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return [(error as ScriptCallError).status, (error as Error).message];
    }
    return null;
  };

  it('passes JSON-safe arguments as copies and returns JSON-safe results', () => {
    const { runtime } = setup();
    const arg = { deal: 'Acme', amounts: [1, 2.5, null], nested: { ok: true } };
    const result = runtime.run('echo', [arg]).value;
    expect(result).toEqual(arg);
    expect(result).not.toBe(arg);
  });

  it('refuses a Date argument, even nested, before running anything', () => {
    const { runtime, emulator } = setup();
    expect(status(() => runtime.run('echo', [{ when: new Date() }]))).toEqual([400, 'Argument [0].when is a Date, which google.script.run cannot pass (send an ISO string)']);
    expect(status(() => runtime.run('writeA1', [() => 1]))?.[0]).toBe(400);
    expect(emulator.spreadsheet.getActiveSheet().getRange('A1').getValue()).toBe('');
  });

  it('refuses a Date result', () => {
    expect(status(() => setup().runtime.run('today'))?.[0]).toBe(500);
  });

  it('refuses private and unknown functions', () => {
    const { runtime } = setup();
    expect(status(() => runtime.run('secret_'))).toEqual([403, 'secret_ is private (its name ends in _) and cannot be called from the client']);
    expect(status(() => runtime.run('nope'))).toEqual([404, 'Script function not found: nope']);
    expect(status(() => runtime.run('toString'))?.[0]).toBe(404);
    expect(status(() => runtime.run('SpreadsheetApp'))?.[0]).toBe(404);
  });

  it('reports what the script threw as a 500 with its message', () => {
    expect(status(() => setup().runtime.run('boom'))).toEqual([500, 'Deal D-000042 is locked']);
  });
});

describe('Runtime.trigger', () => {
  it('fires onOpen with its authMode and records the menu', () => {
    const { runtime } = setup();
    const result = runtime.trigger('onOpen', 'NONE');
    expect(result.value).toBe('NONE');
    expect(result.ui.menus[0].items).toEqual([{ kind: 'item', caption: 'Go', functionName: 'bump' }]);
  });
});

describe('Runtime.userEdit', () => {
  it('stores typed text as Sheets does and fires onEdit with value and oldValue for one cell', () => {
    const { runtime, emulator } = setup();
    const sheet = emulator.spreadsheet.getActiveSheet();
    sheet.getRange('C3').setValue('old');
    const result = runtime.userEdit(sheet.getName(), 3, 3, [['1,200.50']]);
    expect(result.accepted).toBe(true);
    expect(sheet.getRange('C3').getValue()).toBe(1200.5);
    expect(lastToast(result)).toEqual({
      a1: 'C3', sheet: sheet.getName(), value: '1200.5', oldValue: 'old', hasValue: true, hasOldValue: true,
      user: 'ann@example.com', auth: 'LIMITED', limited: true, source: 'Test book',
    });
  });

  it('gives no value or oldValue for a multi-cell paste, and keeps typed text that looks like a formula as text', () => {
    const { runtime, emulator } = setup();
    const sheet = emulator.spreadsheet.getActiveSheet();
    const result = runtime.userEdit(sheet.getName(), 1, 1, [["'=1+1", 'TRUE'], ['=1+1', '']]);
    const event = lastToast(result);
    expect(event.a1).toBe('A1:B2');
    expect(event.hasValue).toBe(false);
    expect(event.hasOldValue).toBe(false);
    expect(sheet.getRange('A1').getValue()).toBe('=1+1');
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('B1').getValue()).toBe(true);
    expect(sheet.getRange('A2').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A2').getValue()).toBe(2);
  });

  it('omits value when a cell is cleared', () => {
    const { runtime, emulator } = setup();
    const sheet = emulator.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue('Acme');
    const event = lastToast(runtime.userEdit(sheet.getName(), 1, 1, [['']]));
    expect(event.hasValue).toBe(false);
    expect(event.oldValue).toBe('Acme');
  });

  it('rejects input a dropdown disallows, changing nothing and firing nothing', () => {
    const { runtime, emulator } = setup();
    const sheet = emulator.spreadsheet.getActiveSheet();
    const rule = SpreadsheetAppBuilder(emulator).requireValueInList(['Proposal', 'Negotiation'], true).setAllowInvalid(false).build();
    sheet.getRange('D2:D5').setDataValidation(rule);
    sheet.getRange('D2').setValue('Proposal');
    const result = runtime.userEdit(sheet.getName(), 2, 4, [['Negotiation'], ['Banana']]);
    expect(result.accepted).toBe(false);
    expect(result.reason).toBeTruthy();
    expect(result.toasts).toEqual([]);
    expect(sheet.getRange('D2:D3').getValues()).toEqual([['Proposal'], ['']]);
    expect(runtime.userEdit(sheet.getName(), 2, 4, [['Negotiation']]).accepted).toBe(true);
  });

  it('keeps the edit when onEdit throws, and reports the error', () => {
    const { runtime, emulator } = setup();
    const sheet = emulator.spreadsheet.getActiveSheet();
    const result = runtime.userEdit(sheet.getName(), 1, 1, [['explode']]);
    expect(result.accepted).toBe(true);
    expect(result.triggerError).toBe('onEdit failed on purpose');
    expect(sheet.getRange('A1').getValue()).toBe('explode');
  });

  it('refuses edits to a missing sheet, a ragged block or outside the sheet', () => {
    const { runtime, emulator } = setup();
    const name = emulator.spreadsheet.getActiveSheet().getName();
    expect(() => runtime.userEdit('Nope', 1, 1, [['x']])).toThrow('There is no sheet named "Nope"');
    expect(() => runtime.userEdit(name, 1, 1, [['x', 'y'], ['z']])).toThrow('rectangular');
    expect(() => runtime.userEdit(name, 0, 1, [['x']])).toThrow('whole numbers');
    expect(() => runtime.userEdit(name, 1001, 1, [['x']])).toThrow('does not fit');
  });
});

/** The emulator's SpreadsheetApp, as the script sees it, for building validation rules in tests. */
function SpreadsheetAppBuilder(emulator: Emulator): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const app = emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.newDataValidation();
}

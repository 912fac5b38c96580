/** `Protection` of a range or a whole sheet, kept in the sheet's store as plain models. */
import type { GridRange, ProtectionModel } from './model';
import type { SheetStore } from './sheet-store';
import type { Workbook } from './workbook';
import { ProtectionType } from './enums';
import { SCRIPT_CLASS, ScriptObject, asGas } from './proxy';
import { RangeImpl } from './range';
import { UserImpl } from './session';

type Gas = GoogleAppsScript.Spreadsheet.Protection;

/** Apps Script makes the protecting user an editor, so the script can keep editing what it protected. */
export function newProtection(type: 'SHEET' | 'RANGE', user: string, range?: GridRange): ProtectionModel {
  return { type, ...(range ? { range: { ...range } } : {}), description: '', warningOnly: false, editors: user ? [user] : [] };
}

/** Whether `user` may edit through this protection. */
export function protectionAllows(model: ProtectionModel, user: string): boolean {
  return model.warningOnly || model.editors.includes(user);
}

type ProtectionApi = Pick<
  Gas,
  | 'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly' | 'remove' | 'getRange' | 'addEditor'
  | 'addEditors' | 'removeEditor' | 'removeEditors' | 'getEditors' | 'canEdit' | 'getProtectionType'
>;

export class ProtectionImpl extends ScriptObject implements ProtectionApi {
  readonly [SCRIPT_CLASS] = 'Protection';

  constructor(
    readonly workbook: Workbook,
    readonly store: SheetStore,
    readonly model: ProtectionModel,
  ) {
    super();
  }

  #changed(): Gas {
    this.workbook.env.changed();
    return asGas(this);
  }

  setDescription(description: string): Gas {
    this.model.description = description;
    return this.#changed();
  }

  getDescription(): string {
    return this.model.description;
  }

  setWarningOnly(warningOnly: boolean): Gas {
    this.model.warningOnly = warningOnly;
    return this.#changed();
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.model.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  remove(): void {
    this.store.protections = this.store.protections.filter((p) => p !== this.model);
    this.workbook.env.changed();
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return asGas(new RangeImpl(this.workbook, this.store, this.model.range ?? this.store.whole()));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Gas {
    return this.addEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }

  addEditors(emailAddresses: string[]): Gas {
    for (const e of emailAddresses) if (!this.model.editors.includes(e)) this.model.editors.push(e);
    return this.#changed();
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Gas {
    return this.removeEditors([emailAddress] as string[]);
  }

  removeEditors(editors: (string | GoogleAppsScript.Base.User)[]): Gas {
    const emails = editors.map((e) => (typeof e === 'string' ? e : e.getEmail()));
    this.model.editors = this.model.editors.filter((e) => !emails.includes(e));
    return this.#changed();
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this.model.editors.map((e) => asGas<GoogleAppsScript.Base.User>(new UserImpl(e)));
  }

  canEdit(): boolean {
    return protectionAllows(this.model, this.workbook.env.execution().ctx.user);
  }
}

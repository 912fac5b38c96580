/**
 * Data validation: the builder and rule objects of `SpreadsheetApp.newDataValidation()`,
 * and the check Sheets applies to what a *user* types. Script writes are never checked,
 * as in Apps Script.
 */
import type { CellValue, ValidationCriteria, ValidationModel } from './model';
import type { Workbook } from './workbook';
import { DataValidationCriteria, enumName } from './enums';
import { SCRIPT_CLASS, ScriptObject, asGas, implOf, notImplemented } from './proxy';
import { RangeImpl, a1WithSheet, rangeFromA1 } from './range';

type Gas = GoogleAppsScript.Spreadsheet.DataValidation;
type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

const SUPPORTED: readonly string[] = ['VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CHECKBOX'] satisfies ValidationCriteria[];

/** The criteria values as the script sees them: ranges as Range objects. */
function criteriaValuesOf(model: ValidationModel, workbook: Workbook): unknown[] {
  if (model.criteria === 'VALUE_IN_LIST') return [[...(model.args[0] as string[])], model.args[1]];
  if (model.criteria === 'VALUE_IN_RANGE') return [asGas(rangeFromA1(workbook, String(model.args[0]))), model.args[1]];
  return [...model.args];
}

type RuleApi = Pick<Gas, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>;

export class DataValidationImpl extends ScriptObject implements RuleApi {
  readonly [SCRIPT_CLASS] = 'DataValidation';

  constructor(
    readonly model: ValidationModel,
    readonly workbook: Workbook,
  ) {
    super();
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.model.criteria] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    return criteriaValuesOf(this.model, this.workbook);
  }

  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }

  getHelpText(): string {
    return this.model.helpText;
  }

  copy(): GasBuilder {
    return asGas(new DataValidationBuilderImpl(this.workbook, { ...this.model, args: [...this.model.args] }));
  }
}

type BuilderApi = Pick<
  GasBuilder,
  | 'requireValueInList' | 'requireValueInRange' | 'requireCheckbox' | 'setAllowInvalid' | 'setHelpText' | 'build'
  | 'copy' | 'withCriteria' | 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'
>;

export class DataValidationBuilderImpl extends ScriptObject implements BuilderApi {
  readonly [SCRIPT_CLASS] = 'DataValidationBuilder';
  private model: Partial<ValidationModel> & { allowInvalid: boolean; helpText: string };

  constructor(
    readonly workbook: Workbook,
    model?: ValidationModel,
  ) {
    super();
    // New rules allow invalid input (a warning only) until told otherwise, as in Sheets.
    this.model = model ?? { allowInvalid: true, helpText: '' };
  }

  private criteria(criteria: ValidationCriteria, args: unknown[]): GasBuilder {
    this.model.criteria = criteria;
    this.model.args = args;
    return asGas(this);
  }

  requireValueInList(values: string[], showDropdown = true): GasBuilder {
    return this.criteria('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): GasBuilder {
    const impl = implOf(range, RangeImpl, 'SpreadsheetApp.DataValidationBuilder.requireValueInRange');
    return this.criteria('VALUE_IN_RANGE', [a1WithSheet(impl), showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasBuilder {
    const custom = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.criteria('CHECKBOX', custom);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): GasBuilder {
    const name = enumName(criteria);
    if (!SUPPORTED.includes(name)) notImplemented('DataValidationBuilder', `withCriteria(${name})`);
    if (name === 'VALUE_IN_RANGE') return this.requireValueInRange(args[0] as GoogleAppsScript.Spreadsheet.Range, args[1] as boolean | undefined);
    return this.criteria(name as ValidationCriteria, [...args]);
  }

  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.model.allowInvalid = allowInvalidData;
    return asGas(this);
  }

  setHelpText(helpText: string): GasBuilder {
    this.model.helpText = helpText;
    return asGas(this);
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.model.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    return this.model.criteria ? criteriaValuesOf(this.model as ValidationModel, this.workbook) : [];
  }

  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }

  getHelpText(): string | null {
    return this.model.helpText || null;
  }

  build(): Gas {
    const { criteria, args, allowInvalid, helpText } = this.model;
    // Apps Script refuses to build a rule without criteria.
    if (!criteria || !args) throw new Error('You must specify a data validation criteria.');
    return asGas(new DataValidationImpl(Object.freeze({ criteria, args: [...args], allowInvalid, helpText }), this.workbook));
  }

  copy(): GasBuilder {
    return asGas(new DataValidationBuilderImpl(this.workbook, { ...(this.model as ValidationModel), args: [...(this.model.args ?? [])] }));
  }
}

/** Text form of a cell value for comparing with list items (Sheets compares what is shown). */
function asText(value: CellValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Why `value` breaks `rule` in Sheets' words, or null when it is valid. Blank input always passes. */
export function validationError(rule: ValidationModel, value: CellValue, workbook: Workbook): string | null {
  if (value === '') return null;
  const text = asText(value);
  let ok: boolean;
  let message: string;
  if (rule.criteria === 'VALUE_IN_LIST') {
    ok = (rule.args[0] as string[]).includes(text);
    message = 'Input must be an item on the specified list.';
  } else if (rule.criteria === 'VALUE_IN_RANGE') {
    const range = rangeFromA1(workbook, String(rule.args[0]));
    ok = workbook.readValues(range.store, range.grid).some((row) => row.some((v) => v !== '' && asText(v) === text));
    message = 'Input must fall within specified range.';
  } else {
    const [checked, unchecked] = rule.args.length ? rule.args : [true, false];
    const allowed = rule.args.length === 1 ? [checked, ''] : [checked, unchecked];
    ok = allowed.some((a) => a === value || asText(a as CellValue).toUpperCase() === text.toUpperCase());
    message = `Input must be ${allowed.filter((a) => a !== '').map((a) => asText(a as CellValue)).join(' or ')}.`;
  }
  if (ok) return null;
  return rule.helpText || message;
}

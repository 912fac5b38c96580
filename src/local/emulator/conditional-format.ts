/** Conditional format rules: builder, rule and boolean condition, stored per sheet as plain models. */
import type { ConditionalFormatModel } from './model';
import type { SheetStore } from './sheet-store';
import type { Workbook } from './workbook';
import { BooleanCriteria } from './enums';
import { SCRIPT_CLASS, ScriptObject, asGas, implOf } from './proxy';
import { RangeImpl } from './range';

type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Format = ConditionalFormatModel['format'];
type Condition = ConditionalFormatModel['condition'];

/** What a rule is while the script holds it: ranges may be on any sheet until the rule is set on one. */
interface RuleState {
  ranges: RangeImpl[];
  condition?: Condition;
  format: Format;
}

function copyState(state: RuleState): RuleState {
  return {
    ranges: [...state.ranges],
    condition: state.condition && { type: state.condition.type, values: [...state.condition.values] },
    format: { ...state.format },
  };
}

export class BooleanConditionImpl
  extends ScriptObject
  implements Pick<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold' | 'getItalic' | 'getStrikethrough'>
{
  readonly [SCRIPT_CLASS] = 'BooleanCondition';

  constructor(
    readonly condition: Condition,
    readonly format: Format,
  ) {
    super();
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.condition.type as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.condition.values];
  }

  getBackground(): string | null {
    return this.format.background ?? null;
  }

  getFontColor(): string | null {
    return this.format.fontColor ?? null;
  }

  getBold(): boolean | null {
    return this.format.bold ?? null;
  }

  getItalic(): boolean | null {
    return this.format.italic ?? null;
  }

  getStrikethrough(): boolean | null {
    return this.format.strikethrough ?? null;
  }
}

export class ConditionalFormatRuleImpl extends ScriptObject implements Pick<GasRule, 'getRanges' | 'getBooleanCondition' | 'copy'> {
  readonly [SCRIPT_CLASS] = 'ConditionalFormatRule';

  constructor(readonly state: RuleState) {
    super();
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((r) => asGas<GoogleAppsScript.Spreadsheet.Range>(r));
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.state.condition ? asGas(new BooleanConditionImpl(this.state.condition, this.state.format)) : null;
  }

  copy(): GasBuilder {
    return asGas(new ConditionalFormatRuleBuilderImpl(copyState(this.state)));
  }
}

type BuilderApi = Pick<
  GasBuilder,
  | 'whenFormulaSatisfied' | 'whenTextEqualTo' | 'whenTextContains' | 'whenNumberGreaterThan' | 'whenCellEmpty'
  | 'whenCellNotEmpty' | 'setBackground' | 'setFontColor' | 'setBold' | 'setItalic' | 'setStrikethrough' | 'setRanges'
  | 'getRanges' | 'getBooleanCondition' | 'build' | 'copy'
>;

export class ConditionalFormatRuleBuilderImpl extends ScriptObject implements BuilderApi {
  readonly [SCRIPT_CLASS] = 'ConditionalFormatRuleBuilder';

  constructor(readonly state: RuleState = { ranges: [], format: {} }) {
    super();
  }

  #when(type: keyof typeof BooleanCriteria, values: unknown[]): GasBuilder {
    this.state.condition = { type, values };
    return asGas(this);
  }

  #format<K extends keyof Format>(key: K, value: Format[K] | null): GasBuilder {
    if (value === null || value === undefined) delete this.state.format[key];
    else this.state.format[key] = value;
    return asGas(this);
  }

  whenFormulaSatisfied(formula: string): GasBuilder {
    return this.#when('CUSTOM_FORMULA', [formula]);
  }

  whenTextEqualTo(text: string): GasBuilder {
    return this.#when('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): GasBuilder {
    return this.#when('TEXT_CONTAINS', [text]);
  }

  whenNumberGreaterThan(number: number): GasBuilder {
    return this.#when('NUMBER_GREATER_THAN', [number]);
  }

  whenCellEmpty(): GasBuilder {
    return this.#when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): GasBuilder {
    return this.#when('CELL_NOT_EMPTY', []);
  }

  setBackground(color: string | null): GasBuilder {
    return this.#format('background', color);
  }

  setFontColor(color: string | null): GasBuilder {
    return this.#format('fontColor', color);
  }

  setBold(bold: boolean | null): GasBuilder {
    return this.#format('bold', bold);
  }

  setItalic(italic: boolean | null): GasBuilder {
    return this.#format('italic', italic);
  }

  setStrikethrough(strikethrough: boolean | null): GasBuilder {
    return this.#format('strikethrough', strikethrough);
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GasBuilder {
    this.state.ranges = ranges.map((r) => implOf(r, RangeImpl, 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges'));
    return asGas(this);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((r) => asGas<GoogleAppsScript.Spreadsheet.Range>(r));
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.state.condition ? asGas(new BooleanConditionImpl(this.state.condition, this.state.format)) : null;
  }

  build(): GasRule {
    if (!this.state.condition) throw new Error('Conditional format rule must have a condition.');
    if (Object.keys(this.state.format).length === 0) throw new Error('Conditional format rule must have at least one format setting.');
    return asGas(new ConditionalFormatRuleImpl(copyState(this.state)));
  }

  copy(): GasBuilder {
    return asGas(new ConditionalFormatRuleBuilderImpl(copyState(this.state)));
  }
}

/** A rule as the sheet stores it; ranges become the sheet's grid ranges. */
export function ruleToModel(rule: ConditionalFormatRuleImpl): ConditionalFormatModel {
  const { ranges, condition, format } = copyState(rule.state);
  return { ranges: ranges.map((r) => ({ ...r.grid })), condition: condition ?? { type: 'CELL_NOT_EMPTY', values: [] }, format };
}

export function ruleFromModel(model: ConditionalFormatModel, workbook: Workbook, store: SheetStore): ConditionalFormatRuleImpl {
  return new ConditionalFormatRuleImpl({
    ranges: model.ranges.map((g) => new RangeImpl(workbook, store, { ...g })),
    condition: { type: model.condition.type, values: [...model.condition.values] },
    format: { ...model.format },
  });
}

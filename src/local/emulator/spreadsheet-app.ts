/** The `SpreadsheetApp` and `ScriptApp` globals. */
import type { ExecutionState } from './execution';
import type { Workbook } from './workbook';
import { ConditionalFormatRuleBuilderImpl } from './conditional-format';
import { AuthMode, BooleanCriteria, ChartType, DataValidationCriteria, ProtectionType } from './enums';
import { SCRIPT_CLASS, ScriptObject, asGas } from './proxy';
import { SpreadsheetImpl } from './spreadsheet';
import { UiImpl } from './ui';
import { DataValidationBuilderImpl } from './validation';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type AppApi = Pick<
  App,
  | 'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getActiveRange' | 'getCurrentCell' | 'getUi' | 'flush'
  | 'newDataValidation' | 'newConditionalFormatRule'
>;

export class SpreadsheetAppImpl extends ScriptObject implements AppApi {
  readonly [SCRIPT_CLASS] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;

  constructor(
    private readonly workbook: Workbook,
    private readonly execution: () => ExecutionState,
  ) {
    super();
  }

  #spreadsheet(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.workbook);
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.#spreadsheet());
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.#spreadsheet());
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.#spreadsheet().getActiveSheet();
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.#spreadsheet().getActiveRange();
  }

  getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    return this.#spreadsheet().getCurrentCell();
  }

  /** Custom functions have no UI, and Apps Script says so when they ask for one. */
  getUi(): GoogleAppsScript.Base.Ui {
    if (this.execution().ctx.authMode === 'CUSTOM_FUNCTION') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return asGas(new UiImpl(this.workbook.env));
  }

  /** Writes are applied immediately here, so there is nothing pending to flush. */
  flush(): void {}

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas(new DataValidationBuilderImpl(this.workbook));
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asGas(new ConditionalFormatRuleBuilderImpl());
  }
}

export class ScriptAppImpl extends ScriptObject {
  readonly [SCRIPT_CLASS] = 'ScriptApp';
  readonly AuthMode = AuthMode;
}

export class ChartsImpl extends ScriptObject {
  readonly [SCRIPT_CLASS] = 'Charts';
  readonly ChartType = ChartType;
}

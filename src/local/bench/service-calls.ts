import type { CallLog } from '../emulator/api';

/**
 * The counting rule for the service-call budgets of SPEC §8, in one place for the tests
 * and the benchmark.
 *
 * `counted` = the Spreadsheet service's reads and writes of the document: every call on
 * a Spreadsheet-service object (`getValues`, `setValues`, `setValue`, `appendRow`,
 * `getSheets`, `getSheetByName`, `getLastRow`, `getNotes`, `setNotes`, `toast`...), except:
 * - pure getters on an object already in hand, which Apps Script answers without a round
 *   trip: `getRow`, `getColumn`, `getNumRows`, `getNumColumns`, `getA1Notation`, `getSheet`,
 *   `getSheetId`, `getName`, `getParent`;
 * - `getRange`: a handle on cells, no data (the read or write made through it is counted);
 *   likewise `SpreadsheetApp.getActiveSpreadsheet`/`getActive`, the handle on the document the
 *   script is bound to (the active *range*, the user's selection, is a read and is counted);
 * - calls on value objects that a counted read returned whole (`ConditionalFormatRule`,
 *   `BooleanCondition`, `GradientCondition`, `DataValidation`: `getConditionalFormatRules` and
 *   `getDataValidation(s)` are counted; the rules' and validations' own getters only look at
 *   what that read brought back, like `getRow` on a range in hand);
 * - `SpreadsheetApp.flush`: it commits writes that are already counted, carrying no data
 *   of its own (it is in `spreadsheetTotal`; `withDocumentLock` calls it once);
 * - builders (`newChart`, `newDataValidation`, `newConditionalFormatRule` and every call on
 *   a `...Builder`): they assemble a description in the script; the call that applies it
 *   (`insertChart`, `setDataValidation`, `setConditionalFormatRules`) is counted.
 * Other services (Properties, Lock, Session, Utilities, Html...) are not the document:
 * they are reported in `otherServices`, never hidden.
 */
export interface ServiceCallCount {
  /** The budget figure: Spreadsheet-service reads and writes. */
  counted: number;
  /** Every Spreadsheet-service call, free getters, `getRange` and `flush` included. */
  spreadsheetTotal: number;
  /** Every call the script made, all services. */
  total: number;
  /** `counted`, by `Class.method`. */
  countedByMethod: Record<string, number>;
  /** Calls to services other than Spreadsheet, by `Class.method`. */
  otherServices: Record<string, number>;
}

/** Classes of the Spreadsheet service, as the emulator names them in its call log. */
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DataValidation', 'DataValidationBuilder', 'Protection',
  'ConditionalFormatRule', 'ConditionalFormatRuleBuilder', 'BooleanCondition', 'GradientCondition', 'EmbeddedChart', 'EmbeddedChartBuilder', 'ContainerInfo', 'ChartOptions',
]);

/** Getters Apps Script answers from the object in hand. */
export const FREE_GETTERS: ReadonlySet<string> = new Set(['getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getA1Notation', 'getSheet', 'getSheetId', 'getName', 'getParent']);

/** Methods that are not reads or writes of the document themselves. */
const NOT_COUNTED: ReadonlySet<string> = new Set(['getRange', 'flush', 'getActiveSpreadsheet', 'getActive']);

/** Snapshots returned whole by a counted read: calls on them do not reach the document. */
const VALUE_CLASSES: ReadonlySet<string> = new Set(['ConditionalFormatRule', 'BooleanCondition', 'GradientCondition', 'DataValidation']);

const BUILDER_FACTORIES: ReadonlySet<string> = new Set(['newChart', 'newDataValidation', 'newConditionalFormatRule']);

export function isCountedCall(method: string): boolean {
  const [cls, name] = method.split('.');
  if (cls.endsWith('Builder') || BUILDER_FACTORIES.has(name)) return false;
  return SPREADSHEET_CLASSES.has(cls) && !VALUE_CLASSES.has(cls) && !FREE_GETTERS.has(name) && !NOT_COUNTED.has(name);
}

export function serviceCalls(calls: CallLog): ServiceCallCount {
  const countedByMethod: Record<string, number> = {};
  const otherServices: Record<string, number> = {};
  let counted = 0;
  let spreadsheetTotal = 0;
  let total = 0;
  for (const [method, n] of Object.entries(calls.byMethod())) {
    total += n;
    if (!SPREADSHEET_CLASSES.has(method.split('.')[0])) {
      otherServices[method] = n;
      continue;
    }
    spreadsheetTotal += n;
    if (isCountedCall(method)) {
      counted += n;
      countedByMethod[method] = n;
    }
  }
  return { counted, spreadsheetTotal, total, countedByMethod, otherServices };
}

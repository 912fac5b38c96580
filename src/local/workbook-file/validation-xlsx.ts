/**
 * Data validation rules as xlsx list validations. The exact model travels in the
 * metadata; this is what Excel and LibreOffice show, and what a plain xlsx gives us.
 */
import type ExcelJS from 'exceljs';
import type { ValidationModel } from '../emulator/model';

/** exceljs has `Worksheet.dataValidations` (keyed by address or range) but leaves it out of its typings. */
export function dataValidations(worksheet: ExcelJS.Worksheet): {
  model: Record<string, ExcelJS.DataValidation | undefined>;
} {
  return (worksheet as unknown as { dataValidations: ReturnType<typeof dataValidations> }).dataValidations;
}

/** Excel rejects an inline list longer than this, and an input message longer than this. */
const MAX_INLINE_LIST = 255;
const MAX_PROMPT = 255;
/** Excel's last row: Sheets' open-ended `A2:A` becomes `$A$2:$A$1048576`. */
const LAST_ROW = 1048576;

/** A list validation as xlsx spells it. */
export interface XlsxValidation {
  /** `"a,b,c"` or a range reference, without `=`. */
  formula: string;
  /** Whether Excel shows the in-cell dropdown (xlsx's `showDropDown` attribute means the opposite). */
  showDropdown: boolean;
  /** Rejects other input with Excel's "stop" error. */
  reject: boolean;
  prompt: string;
}

function inlineList(values: unknown[]): string | null {
  const items = values.map(String);
  // An inline xlsx list has no way to escape a comma inside an item.
  if (items.length === 0 || items.some((item) => item.includes(','))) return null;
  const list = items.join(',');
  if (list.length > MAX_INLINE_LIST) return null;
  return `"${list.replace(/"/g, '""')}"`;
}

/**
 * A validation formula is relative to the first cell of the range it applies to, so the
 * list's range must be absolute: `'Pipeline Settings'!A2:A9` on G2:G1000 would otherwise
 * slide down one row per cell.
 */
export function absoluteReference(reference: string): string | null {
  const text = reference.replace(/^=/, '').trim();
  const bang = text.lastIndexOf('!');
  let sheet = bang >= 0 ? text.slice(0, bang) : '';
  const cells = bang >= 0 ? text.slice(bang + 1) : text;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d*)(?::\$?([A-Za-z]{1,3})\$?(\d*))?$/.exec(cells);
  if (!match) return null;
  const [, firstColumn, firstRow, lastColumn, lastRow] = match;
  if (!firstRow && lastColumn === undefined) return null;
  if (sheet && !/^'.*'$/.test(sheet) && /[^A-Za-z0-9_.]/.test(sheet)) sheet = `'${sheet.replace(/'/g, "''")}'`;
  const start = firstRow ? `$${firstColumn.toUpperCase()}$${firstRow}` : `$${firstColumn.toUpperCase()}`;
  let end = '';
  if (lastColumn !== undefined) {
    // `A2:A` (open-ended) ends at the last row; `A:A` stays a whole column.
    const row = lastRow || (firstRow ? String(LAST_ROW) : '');
    end = `:$${lastColumn.toUpperCase()}${row ? `$${row}` : ''}`;
  }
  return `${sheet ? `${sheet}!` : ''}${start}${end}`;
}

function listFormula(rule: ValidationModel): string | null {
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(rule.args[0]) ? inlineList(rule.args[0] as unknown[]) : null;
    case 'VALUE_IN_RANGE':
      return typeof rule.args[0] === 'string' ? absoluteReference(rule.args[0]) : null;
    case 'CHECKBOX':
      return rule.args.length >= 2 ? inlineList(rule.args.slice(0, 2)) : '"TRUE,FALSE"';
    default:
      return null;
  }
}

/** null when xlsx cannot express the rule (the metadata still keeps it). */
export function toXlsxValidation(rule: ValidationModel): XlsxValidation | null {
  const formula = listFormula(rule);
  if (formula === null) return null;
  // Sheets draws a checkbox, not a dropdown; a list takes `[values, showDropdown]`.
  const showDropdown = rule.criteria === 'CHECKBOX' ? true : rule.args[1] !== false;
  return { formula, showDropdown, reject: !rule.allowInvalid, prompt: (rule.helpText ?? '').slice(0, MAX_PROMPT) };
}

function parseInlineList(formula: string): string[] | null {
  const match = /^"(.*)"$/s.exec(formula);
  return match ? match[1].replace(/""/g, '"').split(',') : null;
}

/** The model rule for an xlsx validation, or null for kinds the emulator does not know. */
export function fromXlsxValidation(validation: ExcelJS.DataValidation): ValidationModel | null {
  if (validation.type !== 'list' || !validation.formulae?.length) return null;
  const formula = String(validation.formulae[0]);
  const allowInvalid = validation.showErrorMessage !== true;
  const helpText = validation.prompt ?? '';
  const list = parseInlineList(formula);
  // exceljs reads `showDropDown="1"` (xlsx for "hide the arrow") as `showDropDown: true`.
  const showDropdown = (validation as { showDropDown?: boolean }).showDropDown !== true;
  if (list === null) return { criteria: 'VALUE_IN_RANGE', args: [`=${formula.replace(/\$/g, '')}`, showDropdown], allowInvalid, helpText };
  if (list.length === 2 && list[0].toUpperCase() === 'TRUE' && list[1].toUpperCase() === 'FALSE') {
    return { criteria: 'CHECKBOX', args: [], allowInvalid, helpText };
  }
  return { criteria: 'VALUE_IN_LIST', args: [list, showDropdown], allowInvalid, helpText };
}

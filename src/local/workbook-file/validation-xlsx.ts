/**
 * Data validation rules as xlsx list validations. The exact model travels in the
 * metadata; this is what Excel and LibreOffice show, and what a plain xlsx gives us.
 */
import type ExcelJS from 'exceljs';
import type { ValidationModel } from '../emulator/model';

/** exceljs has `Worksheet.dataValidations` (keyed by address or range) but leaves it out of its typings. */
export function dataValidations(worksheet: ExcelJS.Worksheet): {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
} {
  return (worksheet as unknown as { dataValidations: ReturnType<typeof dataValidations> }).dataValidations;
}

/** Excel rejects an inline list longer than this. */
const MAX_INLINE_LIST = 255;

function inlineList(values: unknown[]): string | null {
  const items = values.map(String);
  // An inline xlsx list has no way to escape a comma inside an item.
  if (items.some((item) => item.includes(','))) return null;
  const list = items.join(',');
  if (list.length > MAX_INLINE_LIST) return null;
  return `"${list.replace(/"/g, '""')}"`;
}

function listFormula(rule: ValidationModel): string | null {
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(rule.args[0]) ? inlineList(rule.args[0] as unknown[]) : null;
    case 'VALUE_IN_RANGE':
      return typeof rule.args[0] === 'string' ? rule.args[0].replace(/^=/, '') : null;
    case 'CHECKBOX':
      return rule.args.length >= 2 ? inlineList(rule.args.slice(0, 2)) : '"TRUE,FALSE"';
    default:
      return null;
  }
}

/** null when xlsx cannot express the rule (the metadata still keeps it). */
export function toXlsxValidation(rule: ValidationModel): ExcelJS.DataValidation | null {
  const formula = listFormula(rule);
  if (formula === null) return null;
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
  };
  if (rule.helpText) {
    validation.showInputMessage = true;
    validation.prompt = rule.helpText;
  }
  return validation;
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
  if (list === null) return { criteria: 'VALUE_IN_RANGE', args: [`=${formula}`, true], allowInvalid, helpText };
  if (list.length === 2 && list[0].toUpperCase() === 'TRUE' && list[1].toUpperCase() === 'FALSE') {
    return { criteria: 'CHECKBOX', args: [], allowInvalid, helpText };
  }
  return { criteria: 'VALUE_IN_LIST', args: [list, true], allowInvalid, helpText };
}

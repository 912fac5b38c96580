/**
 * The local workbook as a real `.xlsx` file: what `npm start` saves after every change
 * and loads on restart, and what import/export hands to Excel, LibreOffice or Sheets.
 * Every function takes the language its errors (`WorkbookFileError`) are worded in: the
 * command line's or the preview page's; English by default.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../../core/i18n/language';
import type { WorkbookModel } from '../emulator/model';
import { fileText } from '../i18n/file-strings';
import { cannotReadWorkbook, cannotWriteWorkbook, reasonOf } from './errors';
import { checkZipSignature, readFileChecked, replaceFile } from './file-io';
import { readPackage, UnsupportedPackage } from './read-package';
import { assembleModel, xlsxToModel } from './read-xlsx';
import { modelToXlsx } from './write-xlsx';

export { WorkbookFileError } from './errors';
export { METADATA_SHEET } from './metadata';

/** `label` names the destination in error messages. */
async function encode(model: WorkbookModel, label: string, language: Language): Promise<Buffer> {
  try {
    return modelToXlsx(model);
  } catch (error) {
    throw cannotWriteWorkbook(label, reasonOf(error, language), language);
  }
}

export async function workbookToBuffer(model: WorkbookModel, language: Language = 'en'): Promise<Buffer> {
  return encode(model, model.name, language);
}

/** Our own files (and files that kept our metadata) the fast way; null when exceljs must read it. */
function readOwnPackage(data: Buffer, label: string, language: Language): WorkbookModel | null {
  try {
    return assembleModel(readPackage(data), label, language);
  } catch (error) {
    if (error instanceof UnsupportedPackage) return null;
    throw error;
  }
}

/** `label` names the data in error messages (usually its file path). */
export async function workbookFromBuffer(data: Buffer, label: string, language: Language = 'en'): Promise<WorkbookModel> {
  checkZipSignature(data, label, language);
  const own = readOwnPackage(data, label, language);
  if (own) return own;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw cannotReadWorkbook(label, fileText(language, 'reason.notXlsx', { detail: reasonOf(error, language) }), language);
  }
  return xlsxToModel(workbook, label, language);
}

export async function readWorkbookFile(file: string, language: Language = 'en'): Promise<WorkbookModel> {
  return workbookFromBuffer(await readFileChecked(file, language), file, language);
}

/** Serialises first, so a model that cannot be saved leaves the previous file untouched. */
export async function writeWorkbookFile(file: string, model: WorkbookModel, language: Language = 'en'): Promise<void> {
  await replaceFile(file, await encode(model, file, language), language);
}

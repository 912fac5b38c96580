/**
 * The local workbook as a real `.xlsx` file: what `npm start` saves after every change
 * and loads on restart, and what import/export hands to Excel, LibreOffice or Sheets.
 */
import ExcelJS from 'exceljs';
import type { WorkbookModel } from '../emulator/model';
import { WorkbookFileError, reasonOf } from './errors';
import { checkZipSignature, readFileChecked, replaceFile } from './file-io';
import { readPackage, UnsupportedPackage } from './read-package';
import { assembleModel, xlsxToModel } from './read-xlsx';
import { modelToXlsx } from './write-xlsx';

export { WorkbookFileError } from './errors';
export { METADATA_SHEET } from './metadata';

/** `label` names the destination in error messages. */
async function encode(model: WorkbookModel, label: string): Promise<Buffer> {
  try {
    return modelToXlsx(model);
  } catch (error) {
    throw new WorkbookFileError(`Cannot write workbook "${label}": ${reasonOf(error)}`);
  }
}

export async function workbookToBuffer(model: WorkbookModel): Promise<Buffer> {
  return encode(model, model.name);
}

/** Our own files (and files that kept our metadata) the fast way; null when exceljs must read it. */
function readOwnPackage(data: Buffer, label: string): WorkbookModel | null {
  try {
    return assembleModel(readPackage(data), label);
  } catch (error) {
    if (error instanceof UnsupportedPackage) return null;
    throw error;
  }
}

/** `label` names the data in error messages (usually its file path). */
export async function workbookFromBuffer(data: Buffer, label: string): Promise<WorkbookModel> {
  checkZipSignature(data, label);
  const own = readOwnPackage(data, label);
  if (own) return own;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookFileError(`Cannot read workbook "${label}": not a valid .xlsx file (${reasonOf(error)})`);
  }
  return xlsxToModel(workbook, label);
}

export async function readWorkbookFile(file: string): Promise<WorkbookModel> {
  return workbookFromBuffer(await readFileChecked(file), file);
}

/** Serialises first, so a model that cannot be saved leaves the previous file untouched. */
export async function writeWorkbookFile(file: string, model: WorkbookModel): Promise<void> {
  await replaceFile(file, await encode(model, file));
}

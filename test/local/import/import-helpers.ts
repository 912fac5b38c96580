import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../../src/core/i18n/language';
import type { CellValue, SheetModel, WorkbookModel } from '../../../src/local/emulator/model';
import { importLeadsFile, type ImportResult } from '../../../src/local/import';
import { readDist } from '../../helpers/built';

let code: string | undefined;

/** Imports a file with the built add-on, in Paris time unless told; errors in `messageLanguage` (English by default). */
export function importFile(file: string, language: Language = 'en', timeZone = 'Europe/Paris', messageLanguage?: Language): Promise<ImportResult> {
  code ??= readDist('Code.js');
  return importLeadsFile(file, { language, timeZone, code, messageLanguage });
}

/** A fresh folder for the files a test writes; removed by `cleanUp`. */
export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sheets-pipeline-import-'));
}

export function writeFile(folder: string, name: string, content: string | Buffer): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

export function sheetNamed(workbook: WorkbookModel, name: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${workbook.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** The Pipeline sheet's column under `header` (data rows only). */
export function pipelineColumn(result: ImportResult, header: string): CellValue[] {
  const sheet = sheetNamed(result.workbook, result.setup.sheet);
  const index = sheet.values[result.setup.headerRow - 1].indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" in ${sheet.values[result.setup.headerRow - 1].join(', ')}`);
  return sheet.values.slice(result.setup.headerRow).map((row) => row[index] ?? '');
}

/** Rows of a CSV written as a spreadsheet would: fields quoted when they need it. */
export function csv(rows: readonly (readonly string[])[], delimiter = ',', newline = '\r\n'): string {
  const quote = (field: string) => (field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}

/**
 * A file dropped on the preview (or named by `npm start -- --data FILE`) becomes the
 * workbook: the same import as `sheets-pipeline report` (src/local/import), run on the
 * built add-on, then opened in place of the current workbook.
 */
import path from 'node:path';
import { importCounts, importSource, readSourceData, spreadsheetLocale, type ImportResult } from '../import';
import { localText } from '../i18n/local-strings';
import { HttpError } from './http';

export interface UploadOptions {
  language: 'en' | 'fr';
  /** The built Apps Script project the import sets up and reports with. */
  code: string;
  timeZone?: string;
}

/** What the page is told about an import. */
export interface ImportAnswer {
  file: string;
  deals: number;
  problems: number;
  sheets: string[];
  /** Where the workbook it replaced was copied, if there was one. */
  backup: string | null;
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Etc/UTC';
}

/** Imports the bytes of a `.csv`/`.tsv`/`.txt`/`.xlsx` file named `fileName`; errors (`ImportError`, `HttpError`) in `options.language`. */
export async function importUpload(data: Buffer, fileName: string, options: UploadOptions): Promise<ImportResult> {
  const name = path.basename(fileName);
  const extension = path.extname(name).toLowerCase();
  if (!extension) throw new HttpError(400, localText(options.language, 'preview.noExtension', { file: name }));
  const timeZone = options.timeZone ?? localTimeZone();
  // The page speaks the preview's language: so do the errors it shows in its import toast.
  const messageLanguage = options.language;
  const source = await readSourceData(data, name, extension, { locale: spreadsheetLocale(options.language), timeZone, messageLanguage });
  return importSource(source, { language: options.language, timeZone, code: options.code, messageLanguage });
}

export function importAnswer(result: ImportResult, file: string, backup: string | null): ImportAnswer {
  return {
    file: path.basename(file),
    ...importCounts(result),
    sheets: result.workbook.sheets.map((sheet) => sheet.name),
    backup,
  };
}

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ImportError, importLeadsFile } from '../import';
import { ScriptCallError } from '../runtime';
import type { Language } from '../../core/i18n/language';
import { localText } from '../i18n/local-strings';
import { HttpError, readBytesBody, readJsonBody, sendHtml, sendJson } from './http';
import { importAnswer, importUpload, localTimeZone, type ImportAnswer } from './workbook-upload';
import { cellToJson, chartsToJson, type WorkbookJson } from './workbook-json';
import { WorkbookSession } from './workbook-session';

export interface PreviewOptions {
  port: number;
  /** Loopback only by default: the preview has no authentication. */
  host?: string;
  workbookPath: string;
  /** The user's language: the menus, the sidebar and the page (`<html lang>`), and the demo data's. */
  locale: 'en' | 'fr';
  /** The language of the errors `startPreview` (and `close`) throws for the command line to print (default: `locale`); the page's are in `locale`. */
  messageLanguage?: Language;
  /** The build output: `Code.js`, `Sidebar.html`, `local/preview.html`, `local/bridge.js`. */
  distDir: string;
  now?: Date;
  /** A leads file (.csv, .tsv, .txt, .xlsx) to import as the workbook (`--data FILE`); the workbook it replaces is kept as a copy. */
  dataPath?: string;
}

export interface Preview {
  url: string;
  /** The workbook open now (an upload replaces it). */
  readonly session: WorkbookSession;
  /** What `dataPath` imported, when it was given. */
  imported: ImportAnswer | null;
  close(): Promise<void>;
}

/** Thrown when the preview cannot start; the CLI prints the message as one line. */
export class PreviewStartError extends Error {}

function readBuilt(distDir: string, file: string, language: Language): string {
  const full = path.join(distDir, file);
  if (!fs.existsSync(full)) throw new PreviewStartError(localText(language, 'cli.notBuilt', { file: full }));
  return fs.readFileSync(full, 'utf8');
}

/**
 * The page in the preview's language: `<html lang>` says it, and the page's script reads it
 * to speak that language (src/local/preview/page/page-language.ts).
 */
export function pageInLanguage(pageHtml: string, language: Language): string {
  const tag = /<html lang="[^"]*">/;
  if (!tag.test(pageHtml)) throw new Error('local/preview.html has no <html lang="..."> to set the language in');
  return pageHtml.replace(tag, () => `<html lang="${language}">`);
}

/**
 * Starts the local preview: the workbook as an editable grid, the real sidebar beside it,
 * and the JSON API both use. Every change is saved to the workbook file before the API answers.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const host = options.host ?? '127.0.0.1';
  const messages = options.messageLanguage ?? options.locale;
  const code = readBuilt(options.distDir, 'Code.js', messages);
  const sidebarHtml = readBuilt(options.distDir, 'Sidebar.html', messages);
  const pageHtml = pageInLanguage(readBuilt(options.distDir, 'local/preview.html', messages), options.locale);
  const bridgeJs = readBuilt(options.distDir, 'local/bridge.js', messages);
  const sessionOptions = { workbookPath: options.workbookPath, code, sidebarHtml, locale: options.locale };
  let session: WorkbookSession;
  let imported: ImportAnswer | null = null;
  if (options.dataPath !== undefined) {
    let result;
    try {
      result = await importLeadsFile(options.dataPath, { language: options.locale, timeZone: localTimeZone(), code, messageLanguage: messages });
    } catch (error) {
      throw error instanceof ImportError ? new PreviewStartError(error.message) : error;
    }
    const replaced = await WorkbookSession.replacing(result.workbook, { ...sessionOptions, messageLanguage: messages });
    session = replaced.session;
    imported = importAnswer(result, options.dataPath, replaced.backup);
  } else {
    session = await WorkbookSession.open({ ...sessionOptions, messageLanguage: messages, now: options.now });
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof ScriptCallError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, status, { error: message });
      else response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://preview.local');
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /') return sendHtml(response, pageHtml);
    if (route === 'GET /sidebar') return sendHtml(response, withBridge(sidebarHtml, bridgeJs));
    if (route === 'GET /api/workbook') return sendJson(response, 200, workbookJson(session));
    if (route === 'GET /api/download') {
      // The workbook as it is now: once saved, the file on disk is exactly that .xlsx.
      await session.save();
      const data = await fs.promises.readFile(session.path);
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${path.basename(session.path).replace(/[^\w.-]/g, '_')}"`,
        'content-length': data.length,
        'cache-control': 'no-store',
      });
      response.end(data);
      return;
    }
    if (route === 'POST /api/upload') {
      // A leads file from the page: imported like `sheets-pipeline report` does, then opened in place of this workbook.
      const name = url.searchParams.get('name');
      if (!name) throw new HttpError(400, 'Expected the file name as ?name=FILE');
      const data = await readBytesBody(request, localText(options.locale, 'preview.fileTooLarge'));
      let result;
      try {
        result = await importUpload(data, name, { language: options.locale, code });
      } catch (error) {
        throw error instanceof ImportError ? new HttpError(400, error.message) : error;
      }
      await session.save();
      const replaced = await WorkbookSession.replacing(result.workbook, sessionOptions);
      session = replaced.session;
      return sendJson(response, 200, importAnswer(result, name, replaced.backup));
    }
    if (route === 'POST /api/edit') {
      const body = await readJsonBody(request);
      const { sheet, row, column, values } = body;
      if (typeof sheet !== 'string' || typeof row !== 'number' || typeof column !== 'number' || !Array.isArray(values)) {
        throw new HttpError(400, 'Expected { sheet: string, row: number, column: number, values: any[][] }');
      }
      const result = session.runtime.userEdit(sheet, row, column, values as unknown[][]);
      await session.save();
      return sendJson(response, 200, result);
    }
    if (route === 'POST /api/select') {
      // A person clicking a cell: the selection the sidebar follows (Spreadsheet.getActiveRange).
      const { sheet, row, column } = await readJsonBody(request);
      const target = typeof sheet === 'string' ? session.emulator.spreadsheet.getSheetByName(sheet) : null;
      if (!target || !Number.isInteger(row) || !Number.isInteger(column) || (row as number) < 1 || (column as number) < 1) {
        throw new HttpError(400, 'Expected { sheet: an existing sheet name, row: number, column: number }');
      }
      if ((row as number) > target.getMaxRows() || (column as number) > target.getMaxColumns()) throw new HttpError(400, 'The cell is outside the sheet');
      session.emulator.spreadsheet.setActiveSheet(target);
      session.emulator.spreadsheet.setActiveRange(target.getRange(row as number, column as number));
      return sendJson(response, 200, { selected: true });
    }
    const run = /^POST \/api\/run\/([^/]+)$/.exec(route);
    if (run) {
      const body = await readJsonBody(request);
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, 'args must be an array');
      try {
        const result = session.runtime.run(decodeURIComponent(run[1]), args);
        return sendJson(response, 200, { result: result.value ?? null, toasts: result.ui.toasts });
      } finally {
        await session.save();
      }
    }
    if (request.method !== 'GET' && request.method !== 'POST') throw new HttpError(405, `Method ${request.method} is not allowed`);
    throw new HttpError(404, `Not found: ${url.pathname}`);
  }

  await listen(server, options.port, host, messages);
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/`,
    get session() {
      return session;
    },
    imported,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }).then(() => session.save(messages)),
  };
}

function listen(server: http.Server, port: number, host: string, language: Language): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new PreviewStartError(localText(language, 'preview.portInUse', { port })));
      else if (error.code === 'EACCES') reject(new PreviewStartError(localText(language, 'preview.portNeedsPrivileges', { port })));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

/** The sidebar as Apps Script serves it, plus the script that bridges `google.script.run` to the API. */
function withBridge(sidebarHtml: string, bridgeJs: string): string {
  return sidebarHtml.replace(/<head>/i, () => `<head><script>${bridgeJs}</script>`);
}

function activeCellOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookJson['activeCell'] {
  const range = spreadsheet.getActiveRange();
  return range ? { row: range.getRow(), column: range.getColumn() } : null;
}

function workbookJson(session: WorkbookSession): WorkbookJson {
  const spreadsheet = session.emulator.spreadsheet;
  return {
    name: spreadsheet.getName(),
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    activeSheet: spreadsheet.getActiveSheet().getName(),
    activeCell: activeCellOf(spreadsheet),
    sheets: spreadsheet.getSheets().map((sheet) => {
      const range = sheet.getDataRange();
      return {
        name: sheet.getName(),
        hidden: sheet.isSheetHidden(),
        frozenRows: sheet.getFrozenRows(),
        values: range.getValues().map((row) => row.map(cellToJson)),
        formulas: range.getFormulas(),
        displayValues: range.getDisplayValues(),
        charts: chartsToJson(sheet),
      };
    }),
  };
}

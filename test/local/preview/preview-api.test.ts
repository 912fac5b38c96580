import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { SidebarState } from '../../../src/core/sidebar/sidebar-state';
import { pageInLanguage, startPreview, PreviewStartError, type Preview } from '../../../src/local/preview/server';
import type { WorkbookJson } from '../../../src/local/preview/workbook-json';
import { readWorkbookFile, WorkbookFileError } from '../../../src/local/workbook-file';
import { DIST } from '../../helpers/built';

const NOW = new Date('2026-11-20T10:00:00Z');
let dir: string;
let preview: Preview | null = null;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'));
});
afterEach(async () => {
  await preview?.close();
  preview = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(workbook = path.join(dir, 'pipeline.xlsx'), locale: 'en' | 'fr' = 'en'): Promise<Preview> {
  preview = await startPreview({ port: 0, workbookPath: workbook, locale, distDir: DIST, now: NOW });
  return preview;
}

async function api<T>(method: 'GET' | 'POST', route: string, body?: unknown, raw?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(route, preview!.url), {
    method,
    headers: body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {},
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const stageColumn = (sheet: WorkbookJson['sheets'][number]) => sheet.values[0].indexOf('Stage') + 1;

const NBSP = '\u00a0';

/** Uploads `content` as the file `name`, as the page's Import button does. */
async function upload(name: string, content: string): Promise<{ status: number; body: { error?: string } }> {
  const response = await fetch(new URL(`/api/upload?name=${encodeURIComponent(name)}`, preview!.url), { method: 'POST', body: content });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

describe('preview API', () => {
  it('serves a new workbook seeded with the demo pipeline, saved as .xlsx, dates as ISO strings', async () => {
    await open();
    expect(fs.existsSync(path.join(dir, 'pipeline.xlsx'))).toBe(true);
    const { status, body } = await api<WorkbookJson>('GET', '/api/workbook');
    expect(status).toBe(200);
    const names = body.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Pipeline', 'Stage History']));
    const pipeline = body.sheets.find((s) => s.name === 'Pipeline')!;
    expect(pipeline.values.length).toBeGreaterThan(60);
    expect(pipeline.formulas.length).toBe(pipeline.values.length);
    const created = pipeline.values[1][pipeline.values[0].indexOf('Created')];
    expect(created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('runs server functions: getSidebarState counts the demo deals', async () => {
    await open();
    const { body } = await api<{ result: SidebarState }>('POST', '/api/run/getSidebarState', { args: [] });
    const counts = body.result.counts!;
    expect(counts.total).toBeGreaterThanOrEqual(60);
    expect(counts.unrecognised).toEqual([]);
    for (const stage of counts.stages) expect(stage.count).toBeGreaterThan(0);
  });

  it('applies a user edit, saves it, and keeps it across a restart', async () => {
    const file = path.join(dir, 'pipeline.xlsx');
    await open(file);
    const sheet = (await api<WorkbookJson>('GET', '/api/workbook')).body.sheets.find((s) => s.name === 'Pipeline')!;
    const edit = await api<{ accepted: boolean }>('POST', '/api/edit', { sheet: 'Pipeline', row: 2, column: stageColumn(sheet), values: [['Onboarding']] });
    expect(edit.body.accepted).toBe(true);
    const saved = await readWorkbookFile(file);
    expect(saved.sheets.find((s) => s.name === 'Pipeline')!.values[1][stageColumn(sheet) - 1]).toBe('Onboarding');
    await preview!.close();
    preview = null;
    await open(file);
    const again = (await api<WorkbookJson>('GET', '/api/workbook')).body.sheets.find((s) => s.name === 'Pipeline')!;
    expect(again.values[1][stageColumn(sheet) - 1]).toBe('Onboarding');
  });

  it('rejects a stage the dropdown does not allow, changing nothing', async () => {
    const file = path.join(dir, 'pipeline.xlsx');
    await open(file);
    const sheet = (await api<WorkbookJson>('GET', '/api/workbook')).body.sheets.find((s) => s.name === 'Pipeline')!;
    const before = fs.readFileSync(file);
    const edit = await api<{ accepted: boolean; reason: string }>('POST', '/api/edit', { sheet: 'Pipeline', row: 2, column: stageColumn(sheet), values: [['Banana']] });
    expect(edit.body.accepted).toBe(false);
    expect(edit.body.reason).toBeTruthy();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('answers bad requests with a one-line error and a 4xx status', async () => {
    await open();
    const unknown = await api<{ error: string }>('POST', '/api/run/noSuchFunction', { args: [] });
    expect(unknown).toEqual({ status: 404, body: { error: 'Script function not found: noSuchFunction' } });
    expect((await api<{ error: string }>('POST', '/api/run/secret_', { args: [] })).status).toBe(403);
    expect(await api('POST', '/api/run/getSidebarState', undefined, '{not json')).toEqual({ status: 400, body: { error: 'Request body is not valid JSON' } });
    expect((await api('POST', '/api/run/getSidebarState', { args: 'x' })).status).toBe(400);
    expect((await api('POST', '/api/edit', { sheet: 'Pipeline' })).status).toBe(400);
    expect((await api('POST', '/api/edit', { sheet: 'Nope', row: 1, column: 1, values: [['x']] })).status).toBe(400);
    expect((await api('GET', '/api/nothing')).status).toBe(404);
    for (const answer of [unknown]) expect(answer.body.error).not.toContain('\n');
  });

  it('serves the page and the sidebar with google.script.run bridged', async () => {
    await open();
    const page = await (await fetch(preview!.url)).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('src="/sidebar"');
    const sidebar = await (await fetch(new URL('/sidebar', preview!.url))).text();
    expect(sidebar).toContain('/api/run/');
    expect(sidebar).toContain('<div id="app"></div>');
  });
});

describe('the preview in French (--locale fr)', () => {
  it('serves the page with <html lang="fr">, which the page speaks', async () => {
    await open(path.join(dir, 'pipeline.xlsx'), 'fr');
    const page = await (await fetch(preview!.url)).text();
    expect(page).toMatch(/^<!DOCTYPE html>\s*<html lang="fr">/);
    expect(page).not.toContain('<html lang="en">');
  });

  it('refuses an upload without an extension in French', async () => {
    await open(path.join(dir, 'pipeline.xlsx'), 'fr');
    const response = await fetch(new URL('/api/upload?name=leads', preview!.url), { method: 'POST', body: 'Deal,Stage\nA,Won\n' });
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({
      error: 'Impossible d’importer «\u00a0leads\u00a0»\u00a0: le nom du fichier n’a pas d’extension (.csv, .tsv, .txt ou .xlsx)',
    });
  });
});

describe('uploads that cannot be imported: the toast text in the page’s language', () => {
  const BAD_FILES: [string, string, string, string][] = [
    ['vide.csv', '', 'Cannot import "vide.csv": the file is empty', `Impossible d’importer «${NBSP}vide.csv${NBSP}»${NBSP}: le fichier est vide`],
    [
      'contacts.csv',
      'Name,Email\nAnn,ann@example.com\n',
      'Cannot import "contacts.csv": no Stage column (a header such as Stage, Deal stage, StageName or Étape in the first 10 rows); headers found: "Name", "Email"',
      `Impossible d’importer «${NBSP}contacts.csv${NBSP}»${NBSP}: aucune colonne Étape (un en-tête comme Étape, Stage, Deal stage ou StageName dans les 10 premières lignes)` +
        `${NBSP}; en-têtes trouvés${NBSP}: «${NBSP}Name${NBSP}», «${NBSP}Email${NBSP}»`,
    ],
    [
      'leads.pdf',
      'Deal,Stage\nA,Won\n',
      'Cannot import "leads.pdf": unsupported file type ".pdf" (supported: .csv, .tsv, .txt, .xlsx, .xlsm)',
      `Impossible d’importer «${NBSP}leads.pdf${NBSP}»${NBSP}: type de fichier non pris en charge «${NBSP}.pdf${NBSP}» (pris en charge${NBSP}: .csv, .tsv, .txt, .xlsx, .xlsm)`,
    ],
    [
      'notes.xlsx',
      'Deal,Stage\nA,Won\n',
      'Cannot read workbook "notes.xlsx": not a valid .xlsx file (zip signature missing)',
      `Impossible de lire le classeur «${NBSP}notes.xlsx${NBSP}»${NBSP}: ce n’est pas un fichier .xlsx valide (signature zip absente)`,
    ],
  ];

  it('answers 400 with the reason in English, and keeps the workbook open', async () => {
    await open(path.join(dir, 'pipeline.xlsx'), 'en');
    for (const [name, content, english] of BAD_FILES) expect(await upload(name, content)).toEqual({ status: 400, body: { error: english } });
    expect((await api<WorkbookJson>('GET', '/api/workbook')).body.sheets.map((s) => s.name)).toContain('Pipeline');
  });

  it('answers in French in a French preview (--locale fr)', async () => {
    await open(path.join(dir, 'pipeline.xlsx'), 'fr');
    for (const [name, content, , french] of BAD_FILES) expect(await upload(name, content)).toEqual({ status: 400, body: { error: french } });
  });
});

describe('pageInLanguage', () => {
  it('sets <html lang>, and refuses a page without one', () => {
    expect(pageInLanguage('<!DOCTYPE html>\n<html lang="en">\n<body></body></html>', 'fr')).toBe('<!DOCTYPE html>\n<html lang="fr">\n<body></body></html>');
    expect(() => pageInLanguage('<html><body></body></html>', 'fr')).toThrow('<html lang');
  });
});

describe('preview start-up errors', () => {
  it('refuses a malformed workbook with one clear line, and leaves the file as it was', async () => {
    const file = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(file, 'this is not a spreadsheet');
    await expect(open(file)).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(open(file)).rejects.toThrow(/broken\.xlsx/);
    expect(fs.readFileSync(file, 'utf8')).toBe('this is not a spreadsheet');
  });

  it('says why the workbook or the --data file cannot be read, in the command line’s language', async () => {
    const file = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(file, 'this is not a spreadsheet');
    const options = { port: 0, workbookPath: file, locale: 'en' as const, distDir: DIST, now: NOW };
    await expect(startPreview(options)).rejects.toThrow(`Cannot read workbook "${file}": not a valid .xlsx file (zip signature missing)`);
    await expect(startPreview({ ...options, messageLanguage: 'fr' })).rejects.toThrow(
      `Impossible de lire le classeur «${NBSP}${file}${NBSP}»${NBSP}: ce n’est pas un fichier .xlsx valide (signature zip absente)`,
    );
    const missing = path.join(dir, 'absent.csv');
    const data = { ...options, workbookPath: path.join(dir, 'p.xlsx'), dataPath: missing };
    await expect(startPreview(data)).rejects.toThrow(new PreviewStartError(`Cannot import "${missing}": file not found`));
    await expect(startPreview({ ...data, messageLanguage: 'fr' })).rejects.toThrow(new PreviewStartError(`Impossible d’importer «${NBSP}${missing}${NBSP}»${NBSP}: fichier introuvable`));
    // Without a message language, the preview's.
    await expect(startPreview({ ...data, locale: 'fr' })).rejects.toThrow(`Impossible d’importer «${NBSP}${missing}${NBSP}»${NBSP}: fichier introuvable`);
    expect(fs.existsSync(path.join(dir, 'p.xlsx'))).toBe(false);
  });

  it('says which port is in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const attempt = startPreview({ port, workbookPath: path.join(dir, 'p.xlsx'), locale: 'en', distDir: DIST, now: NOW });
      await expect(attempt).rejects.toBeInstanceOf(PreviewStartError);
      await expect(startPreview({ port, workbookPath: path.join(dir, 'p.xlsx'), locale: 'en', distDir: DIST, now: NOW })).rejects.toThrow(
        `Port ${port} is already in use`,
      );
      // In the command line's language, which may differ from the workbook's (LANG=fr_FR.UTF-8, no --locale).
      await expect(startPreview({ port, workbookPath: path.join(dir, 'p.xlsx'), locale: 'en', messageLanguage: 'fr', distDir: DIST, now: NOW })).rejects.toThrow(
        `Le port ${port} est déjà utilisé\u00a0: arrêtez l’autre programme ou choisissez un autre port avec --port N`,
      );
    } finally {
      blocker.close();
    }
  });

  it('says a build file is missing in the language asked', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-dist-'));
    try {
      const options = { port: 0, workbookPath: path.join(dir, 'p.xlsx'), distDir: empty, now: NOW };
      await expect(startPreview({ ...options, locale: 'en' })).rejects.toThrow(`${path.join(empty, 'Code.js')} is missing: run "npm run build" first`);
      await expect(startPreview({ ...options, locale: 'fr' })).rejects.toThrow(`${path.join(empty, 'Code.js')} est introuvable\u00a0: lancez d’abord «\u00a0npm run build\u00a0»`);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

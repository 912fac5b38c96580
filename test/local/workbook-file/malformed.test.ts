import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readWorkbookFile, workbookFromBuffer, WorkbookFileError, workbookToBuffer, writeWorkbookFile } from '../../../src/local/workbook-file';
import { richModel } from './round-trip.test';

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'workbook-file-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const NBSP = '\u00a0';

async function expectReadError(file: string, message: RegExp | string, language?: 'en' | 'fr') {
  const error = await readWorkbookFile(file, language).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookFileError);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toContain('\n');
}

describe('malformed workbook files', () => {
  it('names a missing file', async () => {
    await expectReadError(path.join(folder, 'none.xlsx'), /^Cannot read workbook ".*none\.xlsx": file not found$/);
  });

  it('rejects an empty file', async () => {
    const file = path.join(folder, 'empty.xlsx');
    await fs.writeFile(file, '');
    await expectReadError(file, /"[^"]*empty\.xlsx": the file is empty$/);
  });

  it('rejects a text file renamed .xlsx', async () => {
    const file = path.join(folder, 'notes.xlsx');
    await fs.writeFile(file, 'Deal,Amount\nAcme,100\n');
    await expectReadError(file, /not a valid \.xlsx file \(zip signature missing\)$/);
  });

  it('rejects a truncated zip', async () => {
    const file = path.join(folder, 'cut.xlsx');
    const data = await workbookToBuffer(richModel());
    await fs.writeFile(file, data.subarray(0, Math.floor(data.length / 2)));
    await expectReadError(file, /"[^"]*cut\.xlsx": not a valid \.xlsx file \(/);
  });

  it('rejects a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    const error = await workbookFromBuffer(data, 'other.zip').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toMatch(/^Cannot read workbook "other\.zip": /);
  });

  it('refuses metadata with broken JSON rather than guessing', async () => {
    const zip = await JSZip.loadAsync(await workbookToBuffer(richModel()));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    await zip.file('xl/sharedStrings.xml', strings.replace('{&quot;format&quot;:', '{&quot;format&quot;'));
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    const error = await workbookFromBuffer(data, 'broken.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toMatch(/^Cannot read workbook "broken\.xlsx": its __sheets_pipeline__ sheet is damaged \(invalid JSON/);
  });
});

describe('malformed workbook files, in French when asked', () => {
  it('a missing file, an empty one, and a text file renamed .xlsx', async () => {
    const missing = path.join(folder, 'absent.xlsx');
    await expectReadError(missing, `Impossible de lire le classeur «${NBSP}${missing}${NBSP}»${NBSP}: fichier introuvable`, 'fr');
    const empty = path.join(folder, 'vide.xlsx');
    await fs.writeFile(empty, '');
    await expectReadError(empty, `Impossible de lire le classeur «${NBSP}${empty}${NBSP}»${NBSP}: le fichier est vide`, 'fr');
    const notes = path.join(folder, 'notes.xlsx');
    await fs.writeFile(notes, 'Deal,Amount\nAcme,100\n');
    await expectReadError(notes, `Impossible de lire le classeur «${NBSP}${notes}${NBSP}»${NBSP}: ce n’est pas un fichier .xlsx valide (signature zip absente)`, 'fr');
  });

  it('a folder given as the workbook', async () => {
    await expectReadError(folder, /^Cannot read workbook ".*": it is a folder$/);
    await expectReadError(folder, /\u00a0: c’est un dossier$/, 'fr');
  });

  it('a truncated zip, and a zip that is not a workbook: the reader’s own reason is kept', async () => {
    const data = await workbookToBuffer(richModel());
    const cut = path.join(folder, 'coupe.xlsx');
    await fs.writeFile(cut, data.subarray(0, Math.floor(data.length / 2)));
    await expectReadError(cut, /coupe\.xlsx\u00a0»\u00a0: ce n’est pas un fichier \.xlsx valide \(.+\)$/, 'fr');
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const error = await workbookFromBuffer(await zip.generateAsync({ type: 'nodebuffer' }), 'autre.zip', 'fr').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toMatch(/^Impossible de lire le classeur «\u00a0autre\.zip\u00a0»\u00a0: /);
  });

  it('damaged metadata', async () => {
    const zip = await JSZip.loadAsync(await workbookToBuffer(richModel()));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    await zip.file('xl/sharedStrings.xml', strings.replace('{&quot;format&quot;:', '{&quot;format&quot;'));
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    const error = await workbookFromBuffer(data, 'abime.xlsx', 'fr').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toMatch(/^Impossible de lire le classeur «\u00a0abime\.xlsx\u00a0»\u00a0: sa feuille «\u00a0__sheets_pipeline__\u00a0» est endommagée \(JSON non valide\u00a0: /);
  });

  it('metadata of another version, or missing a piece', async () => {
    const zip = await JSZip.loadAsync(await workbookToBuffer(richModel()));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    const damage = async (from: string, to: string) => {
      expect(strings).toContain(from);
      await zip.file('xl/sharedStrings.xml', strings.replace(from, to));
      return zip.generateAsync({ type: 'nodebuffer' });
    };
    const version = await damage('&quot;version&quot;:1', '&quot;version&quot;:7');
    await expect(workbookFromBuffer(version, 'v.xlsx')).rejects.toThrow(/^Cannot read workbook "v\.xlsx": its __sheets_pipeline__ sheet is damaged \(unsupported version 7\)$/);
    await expect(workbookFromBuffer(version, 'v.xlsx', 'fr')).rejects.toThrow(/est endommagée \(version 7 non prise en charge\)$/);
    const timeZone = await damage('&quot;timeZone&quot;:', '&quot;zone&quot;:');
    await expect(workbookFromBuffer(timeZone, 'z.xlsx')).rejects.toThrow(/sheet is damaged \("timeZone" missing\)$/);
    await expect(workbookFromBuffer(timeZone, 'z.xlsx', 'fr')).rejects.toThrow(/est endommagée \(«\u00a0timeZone\u00a0» manquant\)$/);
  });

  it('a model that cannot be written, and a folder that does not exist', async () => {
    const bad = richModel();
    bad.sheets[0].name = '__sheets_pipeline__';
    const file = path.join(folder, 'classeur.xlsx');
    await expect(writeWorkbookFile(file, bad, 'fr')).rejects.toThrow(
      `Impossible d’écrire le classeur «${NBSP}${file}${NBSP}»${NBSP}: une feuille ne peut pas s’appeler «${NBSP}__sheets_pipeline__${NBSP}» (nom réservé aux métadonnées du classeur)`,
    );
    await expect(workbookToBuffer(bad, 'fr')).rejects.toMatchObject({ reason: `une feuille ne peut pas s’appeler «${NBSP}__sheets_pipeline__${NBSP}» (nom réservé aux métadonnées du classeur)` });
    const missing = path.join(folder, 'manquant', 'classeur.xlsx');
    await expect(writeWorkbookFile(missing, richModel())).rejects.toThrow(`Cannot write workbook "${missing}": folder "${path.dirname(missing)}" not found`);
    await expect(writeWorkbookFile(missing, richModel(), 'fr')).rejects.toThrow(
      `Impossible d’écrire le classeur «${NBSP}${missing}${NBSP}»${NBSP}: dossier «${NBSP}${path.dirname(missing)}${NBSP}» introuvable`,
    );
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

describe('atomic write', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const file = path.join(folder, 'book.xlsx');
    await writeWorkbookFile(file, richModel());
    const model = richModel();
    model.name = 'second';
    await writeWorkbookFile(file, model);
    expect((await readWorkbookFile(file)).name).toBe('second');
    expect(await fs.readdir(folder)).toEqual(['book.xlsx']);
  });

  it('leaves the previous file intact when the model cannot be written', async () => {
    const file = path.join(folder, 'book.xlsx');
    await writeWorkbookFile(file, richModel());
    const before = await fs.readFile(file);
    const bad = richModel();
    bad.sheets[0].name = '__sheets_pipeline__';
    await expect(writeWorkbookFile(file, bad)).rejects.toThrow(/^Cannot write workbook ".*book\.xlsx": a sheet may not be named/);
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect(await fs.readdir(folder)).toEqual(['book.xlsx']);
  });

  it('reports a folder that does not exist without creating anything', async () => {
    const file = path.join(folder, 'missing', 'book.xlsx');
    await expect(writeWorkbookFile(file, richModel())).rejects.toBeInstanceOf(WorkbookFileError);
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

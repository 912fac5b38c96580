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

async function expectReadError(file: string, message: RegExp) {
  const error = await readWorkbookFile(file).catch((e: unknown) => e);
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

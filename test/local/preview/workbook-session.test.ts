import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkbookSession } from '../../../src/local/preview/workbook-session';
import { readWorkbookFile } from '../../../src/local/workbook-file';
import { readDist } from '../../helpers/built';

describe('WorkbookSession saves', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'session-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('a save that fails (its folder gone) fails alone: the change is kept and the next save writes it', async () => {
    const folder = path.join(root, 'work');
    fs.mkdirSync(folder);
    const workbookPath = path.join(folder, 'pipeline.xlsx');
    const session = await WorkbookSession.open({ workbookPath, code: readDist('Code.js'), sidebarHtml: readDist('Sidebar.html'), locale: 'en', now: new Date(Date.UTC(2025, 0, 15)) });
    const sheet = session.emulator.spreadsheet.getSheets()[0];
    sheet.getRange('A1').setValue('changed once');
    fs.rmSync(folder, { recursive: true });
    await expect(session.save()).rejects.toThrow(/Cannot write workbook/);
    fs.mkdirSync(folder);
    await expect(session.save()).resolves.toBeUndefined();
    const saved = await readWorkbookFile(workbookPath);
    expect(saved.sheets[0].values[0][0]).toBe('changed once');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from '../../../src/local/import';
import { importFile, tempFolder, writeFile } from './import-helpers';

let folder: string;
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The one-line error importing `file` gives. */
async function failure(file: string): Promise<string> {
  try {
    await importFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error(`${file} was imported`);
}

describe('files that cannot be imported say why, on one line naming the file', () => {
  it('a missing file, or a folder', async () => {
    const missing = path.join(folder, 'nope.csv');
    expect(await failure(missing)).toBe(`Cannot import "${missing}": file not found`);
    const dir = path.join(folder, 'leads.csv');
    fs.mkdirSync(dir);
    expect(await failure(dir)).toBe(`Cannot import "${dir}": it is a folder`);
  });

  it('an empty file, or one of blank lines', async () => {
    const empty = writeFile(folder, 'empty.csv', '');
    expect(await failure(empty)).toBe(`Cannot import "${empty}": the file is empty`);
    expect(await failure(writeFile(folder, 'blank.csv', '\ufeff\r\n , \r\n'))).toMatch(/: the file is empty$/);
    expect(await failure(writeFile(folder, 'empty.xlsx', ''))).toMatch(/empty\.xlsx": the file is empty$/);
  });

  it('a header and no deals', async () => {
    const file = writeFile(folder, 'header.csv', 'Deal,Stage,Amount\r\n\r\n');
    expect(await failure(file)).toBe(`Cannot import "${file}": it has a header row but no deals under it`);
  });

  it('no Stage column: the headers found are named', async () => {
    const file = writeFile(folder, 'contacts.csv', 'Name,Email,Phone\nAnn,ann@example.com,123\n');
    expect(await failure(file)).toBe(
      `Cannot import "${file}": no Stage column (a header such as Stage, Deal stage, StageName or Étape in the first 10 rows); headers found: "Name", "Email", "Phone"`,
    );
  });

  it('binary garbage named .csv', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect(await failure(writeFile(folder, 'garbage.csv', bytes))).toMatch(/garbage\.csv": it holds binary data, not delimited text \(\.csv\)$/);
  });

  it('a malformed .xlsx, and an .xlsx renamed .csv', async () => {
    expect(await failure(writeFile(folder, 'bad.xlsx', 'not a zip at all'))).toMatch(/bad\.xlsx.*not a valid \.xlsx file/);
    expect(await failure(writeFile(folder, 'trunc.xlsx', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 3])))).toMatch(/trunc\.xlsx.*not a valid \.xlsx file/);
    expect(await failure(writeFile(folder, 'zip.csv', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 3])))).toMatch(/zip\.csv": it is a zip file .*\.xlsx extension$/);
  });

  it('an unsupported extension, and old .xls workbooks', async () => {
    const json = writeFile(folder, 'deals.json', '[]');
    expect(await failure(json)).toBe(`Cannot import "${json}": unsupported file type ".json" (supported: .csv, .tsv, .txt, .xlsx, .xlsm)`);
    expect(await failure(writeFile(folder, 'old.xls', 'x'))).toMatch(/old \.xls workbooks are not supported: save it as \.xlsx or \.csv first$/);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../src/core/i18n/language';
import type { SheetModel, WorkbookModel } from '../../../src/local/emulator/model';
import { ImportError } from '../../../src/local/import';
import { workbookToBuffer } from '../../../src/local/workbook-file';
import { importFile, tempFolder, writeFile } from './import-helpers';

let folder: string;
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const NBSP = '\u00a0';
/** `« name »`, as French quotes a file name. */
const quoted = (name: string) => `«${NBSP}${name}${NBSP}»`;

/** The one-line error importing `file` gives, in `messages` (English unless told). */
async function failure(file: string, messages?: Language, language: Language = 'en'): Promise<string> {
  try {
    await importFile(file, language, 'Europe/Paris', messages);
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
    expect(await failure(path.join(folder, 'leads'))).toMatch(/"[^"]*leads": unsupported file type "\(none\)"/);
  });

  it('no Stage column in a wide file: the first twelve headers are named, and how many more', async () => {
    const headers = Array.from({ length: 14 }, (_, i) => `Field ${i + 1}`);
    const file = writeFile(folder, 'wide.csv', `${headers.join(',')}\n${headers.map(() => 'x').join(',')}\n`);
    expect(await failure(file)).toMatch(/; headers found: "Field 1", "Field 2", .*"Field 12", and 2 more$/);
    expect(await failure(file, 'fr')).toMatch(new RegExp(`${NBSP}; en-têtes trouvés${NBSP}: «${NBSP}Field 1${NBSP}», .*«${NBSP}Field 12${NBSP}» et 2 autres$`));
  });
});

describe('in French when the messages are (--locale fr, or a French command line or page)', () => {
  it('a missing file, or a folder', async () => {
    const missing = path.join(folder, 'absent.csv');
    expect(await failure(missing, 'fr')).toBe(`Impossible d’importer ${quoted(missing)}${NBSP}: fichier introuvable`);
    const dir = path.join(folder, 'dossier.csv');
    fs.mkdirSync(dir);
    expect(await failure(dir, 'fr')).toBe(`Impossible d’importer ${quoted(dir)}${NBSP}: c’est un dossier`);
  });

  it('an empty file, .csv or .xlsx, or one of blank lines', async () => {
    const empty = writeFile(folder, 'vide.csv', '');
    expect(await failure(empty, 'fr')).toBe(`Impossible d’importer ${quoted(empty)}${NBSP}: le fichier est vide`);
    expect(await failure(writeFile(folder, 'blanc.csv', '\ufeff\r\n , \r\n'), 'fr')).toMatch(/\u00a0: le fichier est vide$/);
    const xlsx = writeFile(folder, 'vide.xlsx', '');
    expect(await failure(xlsx, 'fr')).toBe(`Impossible d’importer ${quoted(xlsx)}${NBSP}: le fichier est vide`);
  });

  it('a header and no deals', async () => {
    const file = writeFile(folder, 'entete.csv', 'Affaire;Étape;Montant\r\n\r\n');
    expect(await failure(file, 'fr', 'fr')).toBe(`Impossible d’importer ${quoted(file)}${NBSP}: il a une ligne d’en-tête mais aucune affaire en dessous`);
  });

  it('no Stage column, naming the headers found, whatever the workbook’s language', async () => {
    const file = writeFile(folder, 'contacts-fr.csv', 'Nom,Email,Téléphone\nAnn,ann@example.com,123\n');
    const expected =
      `Impossible d’importer ${quoted(file)}${NBSP}: aucune colonne Étape (un en-tête comme Étape, Stage, Deal stage ou StageName dans les 10 premières lignes)` +
      `${NBSP}; en-têtes trouvés${NBSP}: ${quoted('Nom')}, ${quoted('Email')}, ${quoted('Téléphone')}`;
    expect(await failure(file, 'fr')).toBe(expected);
    expect(await failure(file, 'fr', 'fr')).toBe(expected);
    // The workbook's language alone does not make the messages French.
    expect(await failure(file, undefined, 'fr')).toMatch(/^Cannot import ".*contacts-fr\.csv": no Stage column /);
  });

  it('binary data, a zip named .csv, and a text file named .xlsx', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect(await failure(writeFile(folder, 'binaire.csv', bytes), 'fr')).toMatch(/«\u00a0[^»]*binaire\.csv\u00a0»\u00a0: il contient des données binaires, pas du texte délimité \(\.csv\)$/);
    expect(await failure(writeFile(folder, 'archive.csv', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 3])), 'fr')).toMatch(
      /archive\.csv\u00a0»\u00a0: c’est un fichier zip \(un classeur \.xlsx\u00a0\?\), pas du texte délimité\u00a0: donnez-lui l’extension \.xlsx$/,
    );
    const text = writeFile(folder, 'texte.xlsx', 'Deal,Stage\nA,Won\n');
    expect(await failure(text, 'fr')).toBe(`Impossible de lire le classeur ${quoted(text)}${NBSP}: ce n’est pas un fichier .xlsx valide (signature zip absente)`);
    expect(await failure(text)).toBe(`Cannot read workbook "${text}": not a valid .xlsx file (zip signature missing)`);
  });

  it('an unsupported extension, no extension, and old .xls workbooks', async () => {
    const json = writeFile(folder, 'affaires.json', '[]');
    expect(await failure(json, 'fr')).toBe(`Impossible d’importer ${quoted(json)}${NBSP}: type de fichier non pris en charge ${quoted('.json')} (pris en charge${NBSP}: .csv, .tsv, .txt, .xlsx, .xlsm)`);
    expect(await failure(path.join(folder, 'prospects'), 'fr')).toMatch(/type de fichier non pris en charge «\u00a0\(aucune\)\u00a0»/);
    expect(await failure(writeFile(folder, 'ancien.xls', 'x'), 'fr')).toMatch(
      /ancien\.xls\u00a0»\u00a0: les anciens classeurs \.xls ne sont pas pris en charge\u00a0: enregistrez-le d’abord en \.xlsx ou en \.csv$/,
    );
  });

  it('an .xlsx whose sheets have no Stage column, or nothing at all', async () => {
    const sheet = (name: string, id: number, values: string[][]): SheetModel => ({
      name, id, hidden: false, maxRows: 1000, maxColumns: 26, frozenRows: 0, frozenColumns: 0, values,
      formulas: [], notes: [], formats: [], validations: [], protections: [], conditionalFormats: [], charts: [], columnWidths: [],
    });
    const model = (sheets: SheetModel[]): WorkbookModel => ({
      id: 'x', name: 'x', locale: 'en_US', timeZone: 'Etc/UTC', activeSheet: sheets[0].name, sheets, properties: { document: {}, script: {}, user: {} },
    });
    const two = writeFile(folder, 'deux.xlsx', await workbookToBuffer(model([sheet('A', 0, [['Nom', 'Ville'], ['Ann', 'Lyon']]), sheet('B', 1, [['x']])])));
    expect(await failure(two)).toMatch(/deux\.xlsx": no Stage column in any sheet \(a header such as .*\); headers found: "Nom", "Ville"$/);
    expect(await failure(two, 'fr')).toMatch(/deux\.xlsx\u00a0»\u00a0: aucune feuille n’a de colonne Étape \(un en-tête comme .*\)\u00a0; en-têtes trouvés\u00a0: «\u00a0Nom\u00a0», «\u00a0Ville\u00a0»$/);
    const blank = writeFile(folder, 'blanc.xlsx', await workbookToBuffer(model([sheet('A', 0, [])])));
    expect(await failure(blank)).toMatch(/blanc\.xlsx": the workbook is empty$/);
    expect(await failure(blank, 'fr')).toMatch(/blanc\.xlsx\u00a0»\u00a0: le classeur est vide$/);
  });
});

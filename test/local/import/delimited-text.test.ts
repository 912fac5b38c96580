import { parseDelimited, sniffDelimiter } from '../../../src/local/import/delimited-text';
import { decodeTextFile } from '../../../src/local/import/text-decoding';
import { ImportError } from '../../../src/local/import/errors';

const records = (text: string, delimiter = ',') => parseDelimited(text, delimiter).records;

describe('parseDelimited', () => {
  it('splits records on LF, CRLF and CR alike', () => {
    expect(records('a,b\nc,d\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(records('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(records('a,b\rc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields, exactly as written', () => {
    const text = 'id,note\r\n1,"Acme, Inc. said ""yes""\r\nthen left"\r\n2,"a;b|c\tz"\n3,  spaced  \n';
    expect(records(text)).toEqual([
      ['id', 'note'],
      ['1', 'Acme, Inc. said "yes"\r\nthen left'],
      ['2', 'a;b|c\tz'],
      ['3', '  spaced  '],
    ]);
  });

  it('reads empty fields, a trailing delimiter, quoted empties and blank lines between records', () => {
    expect(records('a,,c,\n"",x\n\nlast')).toEqual([['a', '', 'c', ''], ['', 'x'], [''], ['last']]);
  });

  it('drops blank records at the end only', () => {
    expect(records('a\n\n\n')).toEqual([['a']]);
    expect(records('a\n \nb\n\n')).toEqual([['a'], [' '], ['b']]);
  });

  it('is lenient like spreadsheets: text after a closing quote is kept, a stray quote is a character', () => {
    expect(records('"ab"c,d\n5" screen,x')).toEqual([['abc', 'd'], ['5" screen', 'x']]);
  });

  it('reports a quote never closed, with the line it opened on, and keeps the rest of the text in that cell', () => {
    const parsed = parseDelimited('a,b\n1,"x\n2,y\n3,z\n', ',');
    expect(parsed.records).toEqual([['a', 'b'], ['1', 'x\n2,y\n3,z\n']]);
    expect(parsed.unclosedQuote).toEqual({ record: 2, line: 2 });
  });

  it('counts lines inside quoted fields for the line it reports', () => {
    const parsed = parseDelimited('a\n"1\n2"\n"3', ',');
    expect(parsed.unclosedQuote).toEqual({ record: 3, line: 4 });
  });

  it('handles every delimiter', () => {
    for (const d of [',', ';', '\t', '|']) expect(records(`a${d}b\n"x${d}y"${d}z`, d)).toEqual([['a', 'b'], [`x${d}y`, 'z']]);
  });
});

describe('sniffDelimiter', () => {
  it('finds comma, semicolon, tab and pipe files', () => {
    expect(sniffDelimiter('Deal,Stage,Amount\nA,Won,1\nB,Lost,2\n').delimiter).toBe(',');
    expect(sniffDelimiter('Deal;Stage;Amount\nA;Won;1,5\nB;Lost;2,25\n').delimiter).toBe(';');
    expect(sniffDelimiter('Deal\tStage\tAmount\nA, Inc.\tWon\t1,5\n').delimiter).toBe('\t');
    expect(sniffDelimiter('Deal|Stage|Amount\nA|Won|1,000.50\n').delimiter).toBe('|');
  });

  it('ignores delimiters inside quotes', () => {
    expect(sniffDelimiter('Deal;Stage\n"Acme, Inc.";Won\n"Beta, Ltd, UK";Lost\n').delimiter).toBe(';');
  });

  it('is not fooled by a title line above the header', () => {
    expect(sniffDelimiter('Opportunities report\nDeal;Stage;Amount\nA;Won;1\nB;Lost;2\n').delimiter).toBe(';');
  });

  it("obeys Excel's sep= line and drops it", () => {
    expect(sniffDelimiter('sep=;\r\nDeal;Stage\r\nA;Won\r\n')).toEqual({ delimiter: ';', body: 'Deal;Stage\r\nA;Won\r\n' });
  });
});

describe('decodeTextFile', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeTextFile(bytes([0xef, 0xbb, 0xbf], 'Étape\nGagné'), 'f.csv')).toBe('Étape\nGagné');
  });

  it('reads UTF-16 with a byte order mark, little- and big-endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Étape\tMontant', 'utf16le')]);
    expect(decodeTextFile(le, 'f.txt')).toBe('Étape\tMontant');
    const be = Buffer.from(Buffer.from('Stage\tX', 'utf16le')).swap16();
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f.txt')).toBe('Stage\tX');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeTextFile(Buffer.from([0xc9, 0x74, 0x61, 0x70, 0x65, 0x3b, 0x80]), 'f.csv')).toBe('Étape;€');
  });

  it('refuses empty, binary and zip files with one line naming the file', () => {
    expect(() => decodeTextFile(Buffer.alloc(0), 'e.csv')).toThrow(new ImportError('Cannot import "e.csv": the file is empty'));
    expect(() => decodeTextFile(bytes([0xef, 0xbb, 0xbf], ' \r\n\n'), 'e.csv')).toThrow('the file is empty');
    expect(() => decodeTextFile(Buffer.from([1, 2, 3, 0, 255, 254, 7, 8]), 'g.csv')).toThrow('Cannot import "g.csv": it holds binary data');
    expect(() => decodeTextFile(Buffer.from([0x50, 0x4b, 3, 4, 1, 2]), 'z.csv')).toThrow(/zip file .*\.xlsx/);
  });

  it('refuses them in French when asked', () => {
    const NBSP = '\u00a0';
    expect(() => decodeTextFile(Buffer.alloc(0), 'e.csv', 'fr')).toThrow(new ImportError(`Impossible d’importer «${NBSP}e.csv${NBSP}»${NBSP}: le fichier est vide`));
    expect(() => decodeTextFile(bytes([0xef, 0xbb, 0xbf], ' \r\n\n'), 'e.csv', 'fr')).toThrow(`${NBSP}: le fichier est vide`);
    expect(() => decodeTextFile(Buffer.from([1, 2, 3, 0, 255, 254, 7, 8]), 'g.csv', 'fr')).toThrow(`«${NBSP}g.csv${NBSP}»${NBSP}: il contient des données binaires`);
    expect(() => decodeTextFile(Buffer.from([0x50, 0x4b, 3, 4, 1, 2]), 'z.csv', 'fr')).toThrow(/c’est un fichier zip .*l’extension \.xlsx$/);
  });
});

import { gzipSync } from 'node:zlib';
import { setup } from './helpers';

const FRENCH = 'Paramètres du pipeline — « »';

describe('Utilities.newBlob and Blob', () => {
  it('holds a string as UTF-8 bytes, signed like Java, and reads it back', () => {
    const { g } = setup();
    const blob = g.Utilities.newBlob('é€');
    expect(blob.getBytes()).toEqual([-61, -87, -30, -126, -84]);
    expect(blob.getDataAsString()).toBe('é€');
    expect(blob.getDataAsString('UTF-8')).toBe('é€');
    expect(blob.getContentType()).toBeNull();
    expect(blob.getName()).toBeNull();
  });

  it('decodes text from base64Decode bytes, whatever their sign', () => {
    const { g } = setup();
    const bytes = g.Utilities.base64Decode(Buffer.from(FRENCH, 'utf8').toString('base64'));
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(g.Utilities.newBlob(bytes).getDataAsString('UTF-8')).toBe(FRENCH);
    expect(g.Utilities.newBlob(bytes.map((b) => b & 255)).getDataAsString()).toBe(FRENCH);
  });

  it('takes a content type and a name, sets them, and copies independently', () => {
    const { g } = setup();
    const blob = g.Utilities.newBlob([104, 105], 'text/plain', 'hi.txt');
    expect([blob.getContentType(), blob.getName(), blob.getDataAsString()]).toEqual(['text/plain', 'hi.txt', 'hi']);
    const copy = blob.copyBlob().setName('copy.txt').setContentType('text/csv').setDataFromString(FRENCH);
    expect([copy.getName(), copy.getContentType(), copy.getDataAsString()]).toEqual(['copy.txt', 'text/csv', FRENCH]);
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual(['hi.txt', 'text/plain', 'hi']);
    expect(blob.setBytes([-61, -87]).getDataAsString()).toBe('é');
    expect(blob.getDataAsString('ISO-8859-1')).toBe('Ã©');
    expect(blob.getBlob().getDataAsString()).toBe('é');
    expect(blob.isGoogleType()).toBe(false);
  });

  it('fails loudly on what the emulator does not implement, and on wrong arguments', () => {
    const { g } = setup();
    const blob = g.Utilities.newBlob('x');
    expect(() => blob.getDataAsString('windows-1252')).toThrow('Not implemented in the local emulator: Blob.getDataAsString(charset windows-1252)');
    expect(() => blob.getAs('application/pdf')).toThrow('Not implemented in the local emulator: Blob.getAs');
    expect(() => g.Utilities.newBlob(42 as unknown as string)).toThrow("The parameters (number) don't match the method signature for Utilities.newBlob.");
  });

  it('feeds HtmlService as a BlobSource', () => {
    const { g } = setup();
    expect(g.HtmlService.createHtmlOutput(g.Utilities.newBlob('<b>Étape</b>')).getContent()).toBe('<b>Étape</b>');
  });
});

describe('Utilities.gzip and Utilities.ungzip', () => {
  it('round-trip a blob through gzip, in a blob of type application/x-gzip', () => {
    const { g } = setup();
    const text = FRENCH.repeat(20);
    const gz = g.Utilities.gzip(g.Utilities.newBlob(text), 'tables.json.gz');
    expect(gz.getContentType()).toBe('application/x-gzip');
    expect(gz.getName()).toBe('tables.json.gz');
    expect(gz.getBytes().slice(0, 2)).toEqual([31, -117]);
    expect(gz.getBytes().length).toBeLessThan(Buffer.byteLength(text));
    const back = g.Utilities.ungzip(gz);
    expect(back.getDataAsString()).toBe(text);
    expect(back.getName()).toBe('tables.json');
    expect(g.Utilities.gzip(g.Utilities.newBlob('x')).getName()).toBeNull();
  });

  it('decodes a payload gzipped by Node, as dist/Code.js decodes its strings tables', () => {
    const { g, emu } = setup();
    const payload = gzipSync(Buffer.from(JSON.stringify([{ k: ['Settings', FRENCH] }]), 'utf8'), { level: 9 }).toString('base64');
    const blob = g.Utilities.newBlob(g.Utilities.base64Decode(payload), 'application/x-gzip');
    expect(JSON.parse(g.Utilities.ungzip(blob).getDataAsString('UTF-8'))).toEqual([{ k: ['Settings', FRENCH] }]);
    expect(emu.calls.count('Utilities.ungzip')).toBe(1);
  });

  it('refuses data that is not gzip, like Apps Script', () => {
    const { g } = setup();
    expect(() => g.Utilities.ungzip(g.Utilities.newBlob('plain text'))).toThrow('Could not decompress gzip.');
    expect(() => g.Utilities.ungzip('plain text' as unknown as GoogleAppsScript.Base.Blob)).toThrow("don't match the method signature for Utilities.ungzip");
  });
});

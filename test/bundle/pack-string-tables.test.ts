import vm from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { packStringTables } from '../../scripts/pack-string-tables';

/** A webpack bundle in miniature: one bootstrap IIFE, tables built by `bilingual`. */
function bundle(body: string): string {
  return `/******/ (() => { // webpackBootstrap
function bilingual(pairs) {
  let split;
  const table = () => split || (split = Object.fromEntries(['en', 'fr'].map((l, i) => [l, Object.fromEntries(Object.entries(typeof pairs === 'function' ? pairs() : pairs).map(([k, p]) => [k, p[i]]))])));
  return { get en() { return table().en; }, get fr() { return table().fr; } };
}
const FREQUENT_STRINGS = bilingual({
  '~0': [
    'Pipeline Settings',
    'Paramètres du pipeline',
  ],
});
${body}
/******/ })()
;`;
}

const TABLES = `
const BASE = bilingual({
  '~1': [
    'Help',
    'Aide',
  ],
  'validate.kind.unknown-stage': ['Unknown stage', 'Étape inconnue'],
});
const REPORT_STRINGS = bilingual({ '~2': ['Win rate: ' + 'won ÷ closed', 'Taux de réussite « » — ’'] });
globalThis.run = (table, language, key) => ({ BASE, REPORT_STRINGS, FREQUENT_STRINGS })[table][language][key];
`;

/** Runs packed code with a Utilities that counts its decodes, as Apps Script's would decode. */
function load(code: string): { run: (table: string, language: string, key: string) => string; decodes: () => number } {
  let decodes = 0;
  const Utilities = {
    base64Decode: (text: string) => [...Buffer.from(text, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    newBlob: (bytes: number[], contentType: string) => ({ bytes, contentType }),
    ungzip: (blob: { bytes: number[]; contentType: string }) => {
      decodes += 1;
      expect(blob.contentType).toBe('application/x-gzip');
      const text = gunzipSync(Buffer.from(blob.bytes.map((b) => b & 255))).toString('utf8');
      return { getDataAsString: (charset: string) => (charset === 'UTF-8' ? text : '') };
    },
  };
  const context: Record<string, unknown> = { Utilities };
  vm.createContext(context);
  vm.runInContext(code, context);
  return { run: context.run as (table: string, language: string, key: string) => string, decodes: () => decodes };
}

describe('packStringTables', () => {
  it('moves every table but FREQUENT_STRINGS into one gzipped payload, decoded once on first use', () => {
    const result = packStringTables(bundle(TABLES));
    expect(result.plain).toEqual([{ '~0': ['Pipeline Settings', 'Paramètres du pipeline'] }]);
    expect(result.packed).toEqual([
      { '~1': ['Help', 'Aide'], 'validate.kind.unknown-stage': ['Unknown stage', 'Étape inconnue'] },
      { '~2': ['Win rate: won ÷ closed', 'Taux de réussite « » — ’'] },
    ]);
    expect(JSON.parse(gunzipSync(Buffer.from(result.payload, 'base64')).toString('utf8'))).toEqual(result.packed);
    expect(result.code).not.toContain('Aide');
    expect(result.code).toContain('Paramètres du pipeline');

    const script = load(result.code);
    expect(script.run('FREQUENT_STRINGS', 'fr', '~0')).toBe('Paramètres du pipeline');
    expect(script.decodes()).toBe(0);
    expect(script.run('REPORT_STRINGS', 'fr', '~2')).toBe('Taux de réussite « » — ’');
    expect(script.run('BASE', 'en', 'validate.kind.unknown-stage')).toBe('Unknown stage');
    expect(script.run('BASE', 'fr', '~1')).toBe('Aide');
    expect(script.decodes()).toBe(1);
  });

  it('declares the decoder after the bootstrap function\'s directives', () => {
    const { code } = packStringTables(bundle(TABLES).replace('// webpackBootstrap\n', '// webpackBootstrap\n"use strict";\n'));
    expect(code).toMatch(/^\/\*\*\*\*\*\*\/ \(\(\) => \{ \/\/ webpackBootstrap\n"use strict";\n+var packedStringTablesCache;/);
    expect(load(code).run('BASE', 'fr', '~1')).toBe('Aide');
  });

  it('fails the build rather than ship tables it cannot pack', () => {
    expect(() => packStringTables(bundle(''))).toThrow('no bilingual({...}) strings table found');
    expect(() => packStringTables(bundle(TABLES).replace('FREQUENT_STRINGS = ', 'OTHER = '))).toThrow('expected the FREQUENT_STRINGS table once, found it 0 times');
    expect(() => packStringTables(bundle('const T = bilingual(pairs);'))).toThrow('expected one object literal argument');
    expect(() => packStringTables(bundle("const T = bilingual({ '~1': ['Help', name] });"))).toThrow('expected a string literal');
    expect(() => packStringTables(bundle("const T = bilingual({ '~0': ['Again', 'Encore'] });"))).toThrow('the key "~0" is in two tables');
    expect(() => packStringTables(`${bundle(TABLES)}\nvar stray = 1;`)).toThrow('not one webpack bootstrap IIFE');
    expect(() => packStringTables(bundle(`${TABLES}\nglobalThis.x = () => translate('~9');`))).toThrow('keys used but in no table: ~9');
  });
});

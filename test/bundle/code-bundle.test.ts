import fs from 'node:fs';
import path from 'node:path';
import { loadBuiltAddon, readDist } from '../helpers/built';

/** Every global of src/server/index.ts: the complete Apps Script surface. */
const CUSTOM_FUNCTIONS = [
  'DEAL_SCORE', 'PIPELINE_FORECAST', 'SALES_CYCLE', 'SALES_VELOCITY', 'STAGE_CONVERSION', 'STALE_DEALS', 'TIME_IN_STAGE', 'WEIGHTED_PIPELINE', 'WIN_RATE',
];
const GLOBALS = [
  ...CUSTOM_FUNCTIONS,
  'activateDeal', 'addDeal', 'getSettings', 'getSidebarState', 'moveDeal', 'normaliseStageNames', 'onEdit', 'onInstall', 'onOpen', 'refreshReports', 'saveSettings',
  'setNextStep', 'setupPipeline', 'showHelp', 'showSidebar', 'validateAllRows',
];

/** The JSDoc block directly above `function name(...)` in the bundle, and its parameter list. */
function declaration(code: string, name: string): { jsdoc: string; params: string[] } | null {
  const match = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
  if (!match) return null;
  return { jsdoc: match[1], params: match[2].split(',').map((p) => p.trim()).filter(Boolean) };
}

describe('dist/Code.js', () => {
  const code = readDist('Code.js');

  it('declares exactly the globals of src/server/index.ts as top-level functions', () => {
    const { runtime } = loadBuiltAddon();
    expect(runtime.functionNames).toEqual(GLOBALS);
  });

  it('puts a JSDoc block with the parameter names directly above every global', () => {
    for (const name of GLOBALS) {
      const found = declaration(code, name);
      expect(found).not.toBeNull();
      for (const param of found!.params) expect(found!.jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} ${param}\\b`));
    }
    expect(declaration(code, 'onEdit')!.params).toEqual(['e']);
  });

  it('documents every custom function with @customfunction, a @param with an example per parameter and @return', () => {
    const custom = [...code.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*@customfunction(?:(?!\*\/)[\s\S])*\*\/)\s*\nfunction (\w+)\(([^)]*)\)/g)];
    expect(custom.map((m) => m[2]).sort()).toEqual(CUSTOM_FUNCTIONS);
    for (const [, jsdoc, , params] of custom) {
      expect(jsdoc.match(/@param \{[^}]+\} \w+ .*e\.g\. /g)?.length).toBe(params.split(',').length);
      const names = params.split(',').map((p) => p.trim()).filter(Boolean);
      expect(jsdoc.match(/@param/g)?.length ?? 0).toBe(names.length);
      expect(jsdoc).toMatch(/@return/);
    }
  });

  it('uses no Node-only constructs and loads in a bare vm context without calling any service', () => {
    for (const nodeOnly of [/\brequire\(/, /\bprocess\./, /\bmodule\.exports\b/, /__dirname/, /\bBuffer\./, /\bsetTimeout\(/, /\bsetInterval\(/]) {
      expect(code).not.toMatch(nodeOnly);
    }
    const { emulator } = loadBuiltAddon();
    expect(emulator.calls.count()).toBe(0);
  });

  it('keeps the @OnlyCurrentDoc annotation and stays under 150 KB', () => {
    expect(code).toContain('@OnlyCurrentDoc');
    expect(Buffer.byteLength(code)).toBeLessThan(150 * 1024);
  });
});

describe('dist/Sidebar.html', () => {
  const html = readDist('Sidebar.html');

  it('is one self-contained file: no external script, stylesheet, font or image', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
    expect(html).not.toMatch(/src=["']https?:/i);
    expect((html.match(/<script>/g) ?? []).length).toBe(1);
  });

  it('stays under 150 KB', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
  });
});

describe('dist/appsscript.json and .clasp.json', () => {
  it('asks for exactly the two narrow scopes, on V8, with a time zone', () => {
    const manifest = JSON.parse(readDist('appsscript.json'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('pushes only dist/, with a documented placeholder script id', () => {
    const clasp = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
    expect(clasp.scriptId).toBe('REPLACE_WITH_YOUR_SCRIPT_ID');
    expect(fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')).toContain('REPLACE_WITH_YOUR_SCRIPT_ID');
  });
});

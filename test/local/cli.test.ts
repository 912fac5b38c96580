import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePreviewArgs, UsageError } from '../../src/local/cli-args';
import { DIST } from '../helpers/built';
import { cliEnvironment } from '../helpers/cli-env';

const NBSP = '\u00a0';

describe('parsePreviewArgs', () => {
  it('defaults to $PORT or 8080, ./pipeline.xlsx and English', () => {
    expect(parsePreviewArgs([], {})).toEqual({ port: 8080, workbookPath: 'pipeline.xlsx', locale: 'en' });
    expect(parsePreviewArgs([], { PORT: '3000' }).port).toBe(3000);
  });
  it('reads --port, --workbook and --locale, with or without =', () => {
    expect(parsePreviewArgs(['--port', '9000', '--workbook=x.xlsx', '--locale', 'fr'], {})).toEqual({ port: 9000, workbookPath: 'x.xlsx', locale: 'fr' });
  });
  it('reads --data: the workbook is named after the leads file unless --workbook says otherwise', () => {
    expect(parsePreviewArgs(['--data', 'exports/leads.csv'], {})).toEqual({ port: 8080, workbookPath: 'leads.pipeline.xlsx', locale: 'en', dataPath: 'exports/leads.csv' });
    expect(parsePreviewArgs(['--data=leads.xlsx', '--workbook', 'mine.xlsx'], {}).workbookPath).toBe('mine.xlsx');
    expect(() => parsePreviewArgs(['--data', 'leads.xlsx', '--workbook', './leads.xlsx'], {})).toThrow('would overwrite the --data file');
    expect(() => parsePreviewArgs(['--data'], {})).toThrow('--data needs a value');
  });
  it('refuses bad values with a clear message', () => {
    expect(() => parsePreviewArgs(['--port', 'abc'], {})).toThrow(new UsageError('--port must be a port number from 0 to 65535, not "abc"'));
    expect(() => parsePreviewArgs(['--locale', 'de'], {})).toThrow('--locale must be en or fr');
    expect(() => parsePreviewArgs(['--bogus'], {})).toThrow('Unknown option "--bogus"');
    expect(() => parsePreviewArgs(['--workbook'], {})).toThrow('--workbook needs a value');
  });
  it('refuses them in French with --locale fr, or with a French environment and no --locale', () => {
    expect(() => parsePreviewArgs(['--bogus', '--locale', 'fr'], {})).toThrow(new UsageError(`Option inconnue «${NBSP}--bogus${NBSP}»`));
    expect(() => parsePreviewArgs(['--port', 'abc'], { LANG: 'fr_FR.UTF-8' })).toThrow(
      new UsageError(`--port doit être un numéro de port de 0 à 65535, pas «${NBSP}abc${NBSP}»`),
    );
    expect(() => parsePreviewArgs(['--locale', 'de'], { LC_MESSAGES: 'fr_CA' })).toThrow(`--locale doit valoir en ou fr, pas «${NBSP}de${NBSP}»`);
    expect(() => parsePreviewArgs(['--workbook'], { LANG: 'fr_FR.UTF-8' })).toThrow('--workbook attend une valeur');
    // --locale en wins over the environment; LC_ALL=C over LANG.
    expect(() => parsePreviewArgs(['--bogus', '--locale=en'], { LANG: 'fr_FR.UTF-8' })).toThrow('Unknown option "--bogus"');
    expect(() => parsePreviewArgs(['--bogus'], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toThrow('Unknown option "--bogus"');
  });
});

describe('sheets-pipeline command', () => {
  const cli = path.join(DIST, 'local/cli.js');

  it('exits non-zero with one line for a malformed workbook, changing nothing on disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    const file = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(file, 'garbage');
    const run = spawnSync(process.execPath, [cli, 'preview', '--port', '0', '--workbook', file], { encoding: 'utf8', timeout: 20000, env: cliEnvironment() });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^sheets-pipeline: .*bad\.xlsx/);
    expect(fs.readFileSync(file, 'utf8')).toBe('garbage');
    expect(fs.readdirSync(dir)).toEqual(['bad.xlsx']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 2 on a bad option', () => {
    const run = spawnSync(process.execPath, [cli, 'preview', '--port', 'x'], { encoding: 'utf8', timeout: 20000, env: cliEnvironment() });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('sheets-pipeline: --port must be a port number from 0 to 65535, not "x"');
  });

  it('says it in French with --locale fr, or with LANG=fr_FR.UTF-8, on one line with the same exit code', () => {
    const french = `sheets-pipeline: --port doit être un numéro de port de 0 à 65535, pas «${NBSP}x${NBSP}»`;
    const withOption = spawnSync(process.execPath, [cli, 'preview', '--port', 'x', '--locale', 'fr'], { encoding: 'utf8', timeout: 20000, env: cliEnvironment() });
    expect([withOption.status, withOption.stderr]).toEqual([2, `${french}\n`]);
    const withLang = spawnSync(process.execPath, [cli, 'preview', '--port', 'x'], { encoding: 'utf8', timeout: 20000, env: cliEnvironment({ LANG: 'fr_FR.UTF-8' }) });
    expect([withLang.status, withLang.stderr]).toEqual([2, `${french}\n`]);
    const english = spawnSync(process.execPath, [cli, 'preview', '--port', 'x', '--locale', 'en'], { encoding: 'utf8', timeout: 20000, env: cliEnvironment({ LANG: 'fr_FR.UTF-8' }) });
    expect(english.stderr).toBe('sheets-pipeline: --port must be a port number from 0 to 65535, not "x"\n');
  });
});

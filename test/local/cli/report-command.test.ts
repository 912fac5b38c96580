import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseReportArgs, UsageError } from '../../../src/local/cli-args';
import { crmExportCsv } from '../../../src/local/bench/import-bench';
import type { WorkbookModel } from '../../../src/local/emulator/model';
import { workbookFromBuffer } from '../../../src/local/workbook-file';
import { DIST } from '../../helpers/built';
import { cliEnvironment } from '../../helpers/cli-env';
import { crmDataFolder, NO_DATA_REASON } from '../../helpers/shared-data';

const CLI = path.join(DIST, 'local/cli.js');
const BIN = path.resolve(__dirname, '../../../bin/sheets-pipeline.js');

let folder: string;
beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sheets-pipeline-cli-'));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const NBSP = '\u00a0';

/** Runs the command in `folder`; its language is English unless `env` or `--locale` says otherwise. */
function run(args: string[], script = CLI, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000, cwd: folder, env: cliEnvironment({ TZ: 'Europe/Paris', ...env }) });
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

async function readOutput(file: string): Promise<WorkbookModel> {
  return workbookFromBuffer(fs.readFileSync(file), file);
}

const SALESFORCE = [
  'Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Probability (%),Close Date',
  '0065g001,"Acme, Inc. - 10 seats","Acme, Inc.",Prospecting,"1,200.00",10%,24/03/2024',
  '0065g002,Beta,Beta,Qualification,800,20%,15/04/2024',
  '0065g003,Gamma,Gamma,Proposal/Price Quote,"2,500.50",75%,30/04/2024',
  '0065g004,Delta,Delta,Negotiation/Review,4000,90%,10/05/2024',
  '0065g005,Epsilon,Epsilon,Closed Won,"3,000.00",100%,12/03/2024',
  '0065g006,Zeta,Zeta,Closed Won,1500,100%,13/03/2024',
  '0065g007,Eta,Eta,Closed Lost,900,0%,14/03/2024',
  ',Theta,Theta,Value Proposition,700,50%,20/05/2024',
  '0065g008,Iota,Iota,Closed Lost,300,0%,21/03/2024',
].join('\r\n');

describe('parseReportArgs', () => {
  it('reads the input, -o/--output, --locale, --time-zone and --quiet', () => {
    expect(parseReportArgs(['leads.csv', '-o', 'out.xlsx'])).toEqual({ input: 'leads.csv', output: 'out.xlsx', locale: 'en', timeZone: null, quiet: false });
    expect(parseReportArgs(['--output=out.xlsx', '--locale', 'fr', 'leads.xlsx', '--time-zone', 'Europe/Paris', '-q'])).toEqual({
      input: 'leads.xlsx', output: 'out.xlsx', locale: 'fr', timeZone: 'Europe/Paris', quiet: true,
    });
  });

  it('refuses incomplete or wrong command lines with a clear message', () => {
    expect(() => parseReportArgs(['-o', 'out.xlsx'])).toThrow(new UsageError('report needs an input file: sheets-pipeline report INPUT -o OUTPUT.xlsx'));
    expect(() => parseReportArgs(['leads.csv'])).toThrow('report needs an output workbook: -o OUTPUT.xlsx');
    expect(() => parseReportArgs(['leads.csv', '-o', 'out.csv'])).toThrow('the output must be an .xlsx workbook, not "out.csv"');
    expect(() => parseReportArgs(['a.xlsx', '-o', './a.xlsx'])).toThrow('would overwrite the input');
    expect(() => parseReportArgs(['a.csv', 'b.csv', '-o', 'x.xlsx'])).toThrow('One input file only');
    expect(() => parseReportArgs(['a.csv', '-o', 'x.xlsx', '--locale', 'de'])).toThrow('--locale must be en or fr, not "de"');
    expect(() => parseReportArgs(['a.csv', '-o', 'x.xlsx', '--time-zone', 'Mars/Olympus'])).toThrow(/--time-zone must be an IANA time zone/);
    expect(() => parseReportArgs(['a.csv', '-o', 'x.xlsx', '--fast'])).toThrow('Unknown option "--fast"');
  });

  it('refuses them in French with --locale fr, or in a French environment without --locale', () => {
    expect(() => parseReportArgs(['-o', 'out.xlsx', '--locale', 'fr'])).toThrow(
      new UsageError(`report attend un fichier d’entrée${NBSP}: sheets-pipeline report ENTRÉE -o SORTIE.xlsx`),
    );
    expect(() => parseReportArgs(['leads.csv'], { LANG: 'fr_FR.UTF-8' })).toThrow(`report attend un classeur de sortie${NBSP}: -o SORTIE.xlsx`);
    expect(() => parseReportArgs(['leads.csv', '-o', 'out.csv'], { LC_ALL: 'fr_FR.UTF-8' })).toThrow(`la sortie doit être un classeur .xlsx, pas «${NBSP}out.csv${NBSP}»`);
    expect(() => parseReportArgs(['a.csv', '-o', 'x.xlsx', '--time-zone', 'Mars/Olympus', '--locale=fr'])).toThrow(/^--time-zone doit être un fuseau horaire IANA/);
    expect(() => parseReportArgs(['a.csv', 'b.csv', '-o', 'x.xlsx'], { LANG: 'fr' })).toThrow(`Un seul fichier d’entrée (reçu «${NBSP}a.csv${NBSP}» et «${NBSP}b.csv${NBSP}»)`);
    // Without an environment, or with an English one, English.
    expect(() => parseReportArgs(['leads.csv'], { LANG: 'en_GB.UTF-8' })).toThrow('report needs an output workbook: -o OUTPUT.xlsx');
  });
});

describe('sheets-pipeline report', () => {
  it('writes the workbook, prints the summary on stdout and nothing on stderr', async () => {
    const input = write('salesforce.csv', SALESFORCE);
    const result = run(['report', input, '-o', 'out.xlsx']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'Wrote out.xlsx: Pipeline, Pipeline Settings, Stage History, Conversion, Forecast, Import report.',
      'Deals: 9 (won: 2, lost: 2, open: 4).',
      'Deals without a known stage: 1 (kept, not counted in the figures).',
      'Win rate: 50.00% (won / (won + lost)).',
      'Weighted pipeline: €5,755.38 (sum over open deals of Amount × probability: the deal’s Probability if set, else its stage’s).',
      'Stage History rows via import (one per deal with a known stage): 8.',
      'Problems: 3, listed in the "Import report" sheet.',
    ]);
    const model = await readOutput(path.join(folder, 'out.xlsx'));
    expect(model.sheets.map((s) => s.name)).toEqual(['Pipeline', 'Pipeline Settings', 'Stage History', 'Conversion', 'Forecast', 'Import report']);
    const pipeline = model.sheets[0];
    expect(pipeline.values[1].slice(0, 5)).toEqual(['0065g001', 'Acme, Inc. - 10 seats', 'Acme, Inc.', 'Prospecting', 1200]);
    const dropdown = pipeline.validations.find((v) => v.range.column === 4 && v.range.row === 2);
    expect(dropdown?.rule.criteria).toMatch(/VALUE_IN_(LIST|RANGE)/);
    expect(model.sheets[5].values.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['8–10', 'Stage', 2],
      [9, 'Opportunity ID', 'D-000001'],
      [9, 'Stage', 'Value Proposition'],
    ]);
  });

  it('works in French through the package bin, as npx sheets-pipeline does', async () => {
    const input = write('pipedrive.csv', 'Deal - Title;Deal - Stage;Deal - Value;Deal - Probability\r\nAudit;Proposal Made;€1.234,50;40\r\nCRM;Won;€2.000,00;100\r\nSite;Lost;€500,00;0\r\n');
    const result = run(['report', input, '-o', 'sortie.xlsx', '--locale', 'fr'], BIN);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // French typography: Intl puts (narrow) no-break spaces before % and €.
    const lines = result.stdout.replace(/[\u202f\u00a0]/g, ' ').trim().split('\n');
    expect(lines[0]).toBe("sortie.xlsx écrit : Pipeline, Paramètres du pipeline, Historique des étapes, Conversion, Prévisions, Rapport d'import.");
    // A count after its label: no plural to get wrong ("1 gagnées").
    expect(lines).toContain('Affaires : 3 (gagnées : 1, perdues : 1, ouvertes : 1).');
    expect(lines).toContain('Taux de réussite : 50,00 % (gagnées / (gagnées + perdues)).');
    expect(lines.find((line) => line.startsWith('Pipeline pondéré : '))).toMatch(/^Pipeline pondéré : 493,80 € /);
    const model = await readOutput(path.join(folder, 'sortie.xlsx'));
    expect(model.sheets.map((s) => s.name)).toContain("Rapport d'import");
  });

  const data = crmDataFolder();
  (data ? it : it.skip)(`gives the published win rate of CRM Sales Opportunities${data ? '' : ` (${NO_DATA_REASON})`}`, () => {
    const result = run(['report', path.join(data ?? '', 'sales_pipeline_mdy.csv'), '-o', 'crm.xlsx']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Deals: 8,800 (won: 4,238, lost: 2,473, open: 2,089).');
    expect(result.stdout).toContain('Win rate: 63.15% (won / (won + lost)).');
    expect(result.stdout).toContain('Stage History rows via import (one per deal with a known stage): 8,800.');
    // The data set has no loss reasons, which Closed lost requires: one line of the Import report says so.
    expect(result.stdout).toContain('Problems: 1, listed in the "Import report" sheet.');
  });

  it('shows plain progress lines on a non-terminal stderr for a large file, and keeps stdout clean', () => {
    const input = write('large.csv', crmExportCsv(4000));
    expect(fs.statSync(input).size).toBeGreaterThan(1024 * 1024);
    const result = run(['report', input, '-o', 'large.xlsx']);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/[\r\x1b]/);
    expect(result.stderr.trim().split('\n')).toEqual([
      'sheets-pipeline: [1/5] Reading large.csv…',
      'sheets-pipeline: [2/5] Setting up 4,000 deals…',
      'sheets-pipeline: [3/5] Building the Conversion and Forecast tabs…',
      'sheets-pipeline: [4/5] Listing problems…',
      'sheets-pipeline: [5/5] Writing large.xlsx…',
    ]);
    expect(result.stdout.split('\n')[0]).toBe('Wrote large.xlsx: Pipeline, Pipeline Settings, Stage History, Conversion, Forecast, Import report.');
    expect(run(['report', input, '-o', 'quiet.xlsx', '--quiet']).stderr).toBe('');
  });

  describe('fails with one line on stderr and a non-zero exit, writing nothing', () => {
    function fails(args: string[], status: number, env: Record<string, string> = {}): string {
      const before = fs.readdirSync(folder).sort();
      const result = run(args, CLI, env);
      expect(result.status).toBe(status);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(fs.readdirSync(folder).sort()).toEqual(before);
      return lines[0];
    }

    it('a missing file', () => {
      expect(fails(['report', 'missing.csv', '-o', 'x.xlsx'], 1)).toBe('sheets-pipeline: Cannot import "missing.csv": file not found');
    });

    it('an empty file', () => {
      write('empty.csv', '');
      expect(fails(['report', 'empty.csv', '-o', 'x.xlsx'], 1)).toBe('sheets-pipeline: Cannot import "empty.csv": the file is empty');
    });

    it('an unsupported extension', () => {
      write('deals.pdf', '%PDF-1.4');
      expect(fails(['report', 'deals.pdf', '-o', 'x.xlsx'], 1)).toBe(
        'sheets-pipeline: Cannot import "deals.pdf": unsupported file type ".pdf" (supported: .csv, .tsv, .txt, .xlsx, .xlsm)',
      );
    });

    it('no recognisable stage column, naming the headers found', () => {
      write('contacts.csv', 'Name;Email;City\nAnn;ann@example.com;Lyon\n');
      expect(fails(['report', 'contacts.csv', '-o', 'x.xlsx'], 1)).toBe(
        'sheets-pipeline: Cannot import "contacts.csv": no Stage column (a header such as Stage, Deal stage, StageName or Étape in the first 10 rows); headers found: "Name", "Email", "City"',
      );
    });

    it('a malformed .xlsx', () => {
      write('broken.xlsx', 'garbage');
      expect(fails(['report', 'broken.xlsx', '-o', 'x.xlsx'], 1)).toMatch(/^sheets-pipeline: .*broken\.xlsx.*not a valid \.xlsx file/);
    });

    it('an output folder that does not exist', () => {
      write('ok.csv', 'Deal,Stage\nA,Won\n');
      expect(fails(['report', 'ok.csv', '-o', 'no/such/folder/x.xlsx'], 1)).toMatch(/^sheets-pipeline: Cannot write "no\/such\/folder\/x\.xlsx": folder ".*" not found$/);
    });

    describe('in French with --locale fr or LANG=fr_FR.UTF-8, in English otherwise', () => {
      const q = (name: string) => `«${NBSP}${name}${NBSP}»`;
      beforeAll(() => {
        write('vide.csv', '');
        write('contacts-fr.csv', 'Name;Email;City\nAnn;ann@example.com;Lyon\n');
        write('notes.xlsx', 'Deal,Stage\nA,Won\n');
      });

      it.each([
        ['a missing file', 'absent.csv', `Impossible d’importer ${q('absent.csv')}${NBSP}: fichier introuvable`, 'Cannot import "absent.csv": file not found'],
        ['an empty file', 'vide.csv', `Impossible d’importer ${q('vide.csv')}${NBSP}: le fichier est vide`, 'Cannot import "vide.csv": the file is empty'],
        [
          'no stage column',
          'contacts-fr.csv',
          `Impossible d’importer ${q('contacts-fr.csv')}${NBSP}: aucune colonne Étape (un en-tête comme Étape, Stage, Deal stage ou StageName dans les 10 premières lignes)` +
            `${NBSP}; en-têtes trouvés${NBSP}: ${q('Name')}, ${q('Email')}, ${q('City')}`,
          'Cannot import "contacts-fr.csv": no Stage column (a header such as Stage, Deal stage, StageName or Étape in the first 10 rows); headers found: "Name", "Email", "City"',
        ],
        [
          'a text file named .xlsx',
          'notes.xlsx',
          `Impossible de lire le classeur ${q('notes.xlsx')}${NBSP}: ce n’est pas un fichier .xlsx valide (signature zip absente)`,
          'Cannot read workbook "notes.xlsx": not a valid .xlsx file (zip signature missing)',
        ],
      ])('%s', (_case, input, french, english) => {
        const args = ['report', input, '-o', 'x.xlsx'];
        expect(fails([...args, '--locale', 'fr'], 1)).toBe(`sheets-pipeline: ${french}`);
        expect(fails(args, 1, { LANG: 'fr_FR.UTF-8' })).toBe(`sheets-pipeline: ${french}`);
        expect(fails(args, 1)).toBe(`sheets-pipeline: ${english}`);
        // LC_ALL=C wins over LANG, and --locale en over the environment.
        expect(fails(args, 1, { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe(`sheets-pipeline: ${english}`);
        expect(fails([...args, '--locale', 'en'], 1, { LANG: 'fr_FR.UTF-8' })).toBe(`sheets-pipeline: ${english}`);
      });

      it('an output folder that does not exist', () => {
        write('ok-fr.csv', 'Deal,Stage\nA,Won\n');
        expect(fails(['report', 'ok-fr.csv', '-o', 'pas/de/dossier/x.xlsx'], 1, { LANG: 'fr_FR.UTF-8' })).toMatch(
          new RegExp(`^sheets-pipeline: Impossible d’écrire «${NBSP}pas/de/dossier/x\\.xlsx${NBSP}»${NBSP}: dossier «${NBSP}.*/pas/de/dossier${NBSP}» introuvable$`),
        );
      });
    });

    it('a bad command line (exit 2)', () => {
      expect(fails(['report', 'ok.csv'], 2)).toBe('sheets-pipeline: report needs an output workbook: -o OUTPUT.xlsx');
      expect(fails(['report', 'ok.csv', '-o', 'x.xlsx', '--locale', 'es'], 2)).toBe('sheets-pipeline: --locale must be en or fr, not "es"');
      expect(fails(['export'], 2)).toBe('sheets-pipeline: Unknown command "export" (commands: preview, report; see sheets-pipeline --help)');
    });

    it('a bad command line, in French with --locale fr or LANG=fr_FR.UTF-8 (exit 2)', () => {
      expect(fails(['report', 'ok.csv', '--locale', 'fr'], 2)).toBe(`sheets-pipeline: report attend un classeur de sortie${NBSP}: -o SORTIE.xlsx`);
      expect(fails(['report', 'ok.csv'], 2, { LANG: 'fr_FR.UTF-8' })).toBe(`sheets-pipeline: report attend un classeur de sortie${NBSP}: -o SORTIE.xlsx`);
      expect(fails(['report', 'ok.csv', '-o', 'x.xlsx', '--locale', 'es'], 2, { LANG: 'fr_FR.UTF-8' })).toBe(
        `sheets-pipeline: --locale doit valoir en ou fr, pas «${NBSP}es${NBSP}»`,
      );
      expect(fails(['export'], 2, { LANG: 'fr_FR.UTF-8' })).toBe(
        `sheets-pipeline: Commande inconnue «${NBSP}export${NBSP}» (commandes${NBSP}: preview, report${NBSP}; voir sheets-pipeline --help)`,
      );
      // LC_ALL=C overrides LANG, as for any command.
      expect(fails(['export'], 2, { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('sheets-pipeline: Unknown command "export" (commands: preview, report; see sheets-pipeline --help)');
    });
  });

  it('prints the usage with both commands, for --help after a command too', () => {
    for (const args of [['report', '--help'], ['preview', '-h'], ['report', 'leads.csv', '--help']]) {
      const asked = run(args);
      expect(asked.status).toBe(0);
      expect(asked.stdout).toMatch(/^Usage:\n/);
    }
    expect(run(['report', '--help', '--locale', 'fr']).stdout).toMatch(/^Utilisation\u00a0:\n/);
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage:\n/);
    expect(result.stdout).toContain('sheets-pipeline preview [--port N]');
    expect(result.stdout).toContain('sheets-pipeline report INPUT -o OUTPUT.xlsx [--locale en|fr]');
  });

  it('prints the usage in French with a French environment, or --locale fr', () => {
    for (const result of [run(['--help'], CLI, { LANG: 'fr_FR.UTF-8' }), run(['help', '--locale', 'fr'])]) {
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Utilisation\u00a0:\n/);
      expect(result.stdout).toContain('sheets-pipeline preview [--port N] [--workbook FICHIER]');
      expect(result.stdout).toContain('sheets-pipeline report ENTRÉE -o SORTIE.xlsx [--locale en|fr]');
      expect(result.stdout).toContain('Transforme un fichier de prospects');
    }
  });
});

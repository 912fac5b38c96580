import path from 'node:path';

/** Command-line options of `sheets-pipeline preview` (`npm start -- ...`) and `sheets-pipeline report`. */
export interface PreviewArgs {
  port: number;
  workbookPath: string;
  locale: 'en' | 'fr';
  /** `--data FILE`: a leads file imported as the workbook. */
  dataPath?: string;
}

export interface ReportArgs {
  /** The leads file: .csv (.tsv, .txt) or .xlsx. */
  input: string;
  /** The workbook to write, .xlsx. */
  output: string;
  locale: 'en' | 'fr';
  /** Spreadsheet time zone (IANA); `null` for this computer's. */
  timeZone: string | null;
  /** No progress on stderr. */
  quiet: boolean;
}

/** A bad command line; the CLI prints the message as one line and exits 2. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  sheets-pipeline preview [--port N] [--workbook FILE] [--locale en|fr] [--data LEADS]
      Opens the local preview (default port: $PORT or 8080; workbook: ./pipeline.xlsx).
      --data imports a leads file (.csv, .tsv, .txt, .xlsx) as the workbook, saved as
      LEADS-NAME.pipeline.xlsx unless --workbook says otherwise; a workbook already there is
      first copied to NAME.before-import-TIME.xlsx.
  sheets-pipeline report INPUT -o OUTPUT.xlsx [--locale en|fr] [--time-zone ZONE] [--quiet]
      Turns a leads file (.csv from Sheets, Excel, Salesforce, HubSpot, Pipedrive..., or .xlsx)
      into a pipeline workbook: Pipeline (with its Stage dropdown), Pipeline Settings, Stage
      History, Conversion, Forecast and an Import report listing every problem found; prints
      the deals, win rate and weighted pipeline. --locale sets the language and the
      spreadsheet locale (en: en_US, fr: fr_FR) used to read numbers and dates; --time-zone
      the spreadsheet's time zone (default: this computer's); --quiet hides progress.`;

type Flag = { name: string; value: () => string };

/** Walks `argv`, handing each flag (with `--name=value` or `--name value`) or bare argument to `take`. */
function eachFlag(argv: readonly string[], take: (flag: Flag, raw: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const [name, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    take({ name, value }, raw);
  }
}

function parseLocale(locale: string): 'en' | 'fr' {
  if (locale !== 'en' && locale !== 'fr') throw new UsageError(`--locale must be en or fr, not "${locale}"`);
  return locale;
}

export function parsePreviewArgs(argv: readonly string[], env: Record<string, string | undefined>): PreviewArgs {
  const args: PreviewArgs = { port: parsePort(env.PORT ?? '8080', 'PORT'), workbookPath: 'pipeline.xlsx', locale: 'en' };
  let workbookGiven = false;
  eachFlag(argv, ({ name, value }, raw) => {
    if (name === '--port') args.port = parsePort(value(), '--port');
    else if (name === '--workbook') {
      args.workbookPath = value();
      workbookGiven = true;
    } else if (name === '--locale') args.locale = parseLocale(value());
    else if (name === '--data') args.dataPath = value();
    else throw new UsageError(`Unknown option "${raw}"`);
  });
  if (args.dataPath !== undefined) {
    if (!workbookGiven) args.workbookPath = `${path.basename(args.dataPath, path.extname(args.dataPath))}.pipeline.xlsx`;
    if (samePath(args.dataPath, args.workbookPath)) throw new UsageError(`--workbook "${args.workbookPath}" would overwrite the --data file: choose another file name`);
  }
  return args;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let input: string | undefined;
  let output: string | undefined;
  const args: Omit<ReportArgs, 'input' | 'output'> = { locale: 'en', timeZone: null, quiet: false };
  eachFlag(argv, ({ name, value }, raw) => {
    if (name === '-o' || name === '--output') output = value();
    else if (name === '--locale') args.locale = parseLocale(value());
    else if (name === '--time-zone' || name === '--timezone') args.timeZone = parseTimeZone(value());
    else if (name === '--quiet' || name === '-q') args.quiet = true;
    else if (raw.startsWith('-') && raw !== '-') throw new UsageError(`Unknown option "${raw}"`);
    else if (input === undefined) input = raw;
    else throw new UsageError(`One input file only (got "${input}" and "${raw}")`);
  });
  if (input === undefined) throw new UsageError('report needs an input file: sheets-pipeline report INPUT -o OUTPUT.xlsx');
  if (output === undefined) throw new UsageError('report needs an output workbook: -o OUTPUT.xlsx');
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`the output must be an .xlsx workbook, not "${output}"`);
  if (samePath(input, output)) throw new UsageError(`the output "${output}" would overwrite the input: choose another file name`);
  return { input, output, ...args };
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function parseTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new UsageError(`--time-zone must be an IANA time zone such as Europe/Paris or America/New_York, not "${zone}"`);
  }
  return zone;
}

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 0 || port > 65535) throw new UsageError(`${source} must be a port number from 0 to 65535, not "${text}"`);
  return port;
}

import path from 'node:path';
import type { Language } from '../core/i18n/language';
import { cliLanguage, type Environment } from './i18n/cli-language';
import { localText } from './i18n/local-strings';

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

/** The `--help` text in `language`. */
export function usage(language: Language): string {
  return localText(language, 'cli.usage');
}

type Flag = { name: string; value: () => string };

/** Walks `argv`, handing each flag (with `--name=value` or `--name value`) or bare argument to `take`. */
function eachFlag(argv: readonly string[], language: Language, take: (flag: Flag, raw: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const [name, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(localText(language, 'cli.needsValue', { option: name }));
      return v;
    };
    take({ name, value }, raw);
  }
}

function parseLocale(locale: string, language: Language): 'en' | 'fr' {
  if (locale !== 'en' && locale !== 'fr') throw new UsageError(localText(language, 'cli.badLocale', { value: locale }));
  return locale;
}

/**
 * `sheets-pipeline preview` options. `env` gives `$PORT`, and the language of the errors
 * when `--locale` does not (see `cliLanguage`).
 */
export function parsePreviewArgs(argv: readonly string[], env: Environment): PreviewArgs {
  const language = cliLanguage(argv, env);
  const args: PreviewArgs = { port: parsePort(env.PORT ?? '8080', 'PORT', language), workbookPath: 'pipeline.xlsx', locale: 'en' };
  let workbookGiven = false;
  eachFlag(argv, language, ({ name, value }, raw) => {
    if (name === '--port') args.port = parsePort(value(), '--port', language);
    else if (name === '--workbook') {
      args.workbookPath = value();
      workbookGiven = true;
    } else if (name === '--locale') args.locale = parseLocale(value(), language);
    else if (name === '--data') args.dataPath = value();
    else throw new UsageError(localText(language, 'cli.unknownOption', { option: raw }));
  });
  if (args.dataPath !== undefined) {
    if (!workbookGiven) args.workbookPath = `${path.basename(args.dataPath, path.extname(args.dataPath))}.pipeline.xlsx`;
    if (samePath(args.dataPath, args.workbookPath)) throw new UsageError(localText(language, 'cli.dataOverwritten', { file: args.workbookPath }));
  }
  return args;
}

/**
 * `sheets-pipeline report` options. `env` gives the language of the errors when `--locale`
 * does not (see `cliLanguage`); without it they are in English.
 */
export function parseReportArgs(argv: readonly string[], env: Environment = {}): ReportArgs {
  const language = cliLanguage(argv, env);
  let input: string | undefined;
  let output: string | undefined;
  const args: Omit<ReportArgs, 'input' | 'output'> = { locale: 'en', timeZone: null, quiet: false };
  eachFlag(argv, language, ({ name, value }, raw) => {
    if (name === '-o' || name === '--output') output = value();
    else if (name === '--locale') args.locale = parseLocale(value(), language);
    else if (name === '--time-zone' || name === '--timezone') args.timeZone = parseTimeZone(value(), language);
    else if (name === '--quiet' || name === '-q') args.quiet = true;
    else if (raw.startsWith('-') && raw !== '-') throw new UsageError(localText(language, 'cli.unknownOption', { option: raw }));
    else if (input === undefined) input = raw;
    else throw new UsageError(localText(language, 'cli.oneInput', { first: input, second: raw }));
  });
  if (input === undefined) throw new UsageError(localText(language, 'cli.noInput'));
  if (output === undefined) throw new UsageError(localText(language, 'cli.noOutput'));
  if (!/\.xlsx$/i.test(output)) throw new UsageError(localText(language, 'cli.outputNotXlsx', { file: output }));
  if (samePath(input, output)) throw new UsageError(localText(language, 'cli.outputIsInput', { file: output }));
  return { input, output, ...args };
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function parseTimeZone(zone: string, language: Language): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new UsageError(localText(language, 'cli.badTimeZone', { value: zone }));
  }
  return zone;
}

function parsePort(text: string, source: string, language: Language): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 0 || port > 65535) throw new UsageError(localText(language, 'cli.badPort', { source, value: text }));
  return port;
}

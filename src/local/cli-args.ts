/** Command-line options of `sheets-pipeline preview` (`npm start -- ...`). */
export interface PreviewArgs {
  port: number;
  workbookPath: string;
  locale: 'en' | 'fr';
}

/** A bad command line; the CLI prints the message as one line and exits 2. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  sheets-pipeline preview [--port N] [--workbook FILE] [--locale en|fr]
      Opens the local preview (default port: $PORT or 8080; workbook: ./pipeline.xlsx).`;

export function parsePreviewArgs(argv: readonly string[], env: Record<string, string | undefined>): PreviewArgs {
  const args: PreviewArgs = { port: parsePort(env.PORT ?? '8080', 'PORT'), workbookPath: 'pipeline.xlsx', locale: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--port') args.port = parsePort(value(), '--port');
    else if (name === '--workbook') args.workbookPath = value();
    else if (name === '--locale') {
      const locale = value();
      if (locale !== 'en' && locale !== 'fr') throw new UsageError(`--locale must be en or fr, not "${locale}"`);
      args.locale = locale;
    } else throw new UsageError(`Unknown option "${flag}"`);
  }
  return args;
}

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 0 || port > 65535) throw new UsageError(`${source} must be a port number from 0 to 65535, not "${text}"`);
  return port;
}

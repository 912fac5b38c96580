/**
 * The `sheets-pipeline` command line (also `npm start`, which runs `preview`).
 * Errors are one line on stderr and a non-zero exit code: 2 for a bad command line, 1 for
 * anything else (a file that cannot be read, imported or written). The command speaks the
 * language of `--locale`, else of the environment (`cliLanguage`), errors about files
 * included; a report's summary and progress are in its workbook's language (`--locale`,
 * default English).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../core/i18n/language';
import { parsePreviewArgs, parseReportArgs, usage, UsageError, type ReportArgs } from './cli-args';
import { cliLanguage } from './i18n/cli-language';
import { localText } from './i18n/local-strings';
import { importLeadsFile, type ImportPhase } from './import';
import { Progress, progressMode } from './import/progress';
import { importSummary, formatCount } from './import/summary-text';
import { writeOutputFile } from './import/output-file';
import { translate } from '../core/i18n/strings';
import { startPreview } from './preview/server';
import { workbookToBuffer, WorkbookFileError } from './workbook-file';
import { localTimeZone } from './preview/workbook-upload';

/** This file is dist/local/cli.js: the Apps Script build is one folder up. */
const DIST = path.resolve(__dirname, '..');

async function preview(argv: string[], language: Language): Promise<void> {
  const args = parsePreviewArgs(argv, process.env);
  const server = await startPreview({
    port: args.port,
    workbookPath: path.resolve(args.workbookPath),
    locale: args.locale,
    messageLanguage: language,
    distDir: DIST,
    dataPath: args.dataPath === undefined ? undefined : path.resolve(args.dataPath),
  });
  if (server.imported) {
    const { file, deals, problems, backup } = server.imported;
    // The report sheet is named in the workbook's language, which may not be the messages'.
    const sheet = translate(args.locale, 'sheet.importReport');
    console.log(
      localText(language, 'preview.imported', {
        file,
        deals: localText(language, 'preview.deals', { count: formatCount(deals, language) }),
        problems: localText(language, 'preview.problems', { count: formatCount(problems, language), sheet }),
      }),
    );
    if (backup) console.log(localText(language, 'preview.backup', { file: backup }));
  }
  console.log(localText(language, 'preview.started', { url: server.url, file: server.session.path }));
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`sheets-pipeline: ${localText(language, 'cli.saveOnExitFailed', { reason: error.message.split('\n')[0] })}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const STEP: Record<ImportPhase, number> = { read: 1, setup: 2, reports: 3, problems: 4 };
const STEPS = 5;

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** `report INPUT -o OUTPUT.xlsx`: import, set up, refresh the reports, write the workbook, print the summary. */
async function report(args: ReportArgs, messages: Language): Promise<void> {
  const codeFile = path.join(DIST, 'Code.js');
  if (!fs.existsSync(codeFile)) throw new Error(localText(messages, 'cli.notBuilt', { file: codeFile }));
  const language = args.locale;
  const timeZone = args.timeZone ?? localTimeZone();
  const progress = new Progress(process.stderr, progressMode(process.stderr, fileSize(args.input), args.quiet), STEPS);
  const label = (phase: ImportPhase, rows: number | undefined): string => {
    const count = formatCount(Math.max(0, (rows ?? 1) - 1), language);
    if (phase === 'read') return translate(language, 'import.progress.read', { file: path.basename(args.input) });
    if (phase === 'setup') return translate(language, 'import.progress.setup', { count });
    if (phase === 'reports') return translate(language, 'import.progress.reports');
    return translate(language, 'import.progress.problems');
  };
  try {
    const result = await importLeadsFile(args.input, {
      language,
      timeZone,
      code: fs.readFileSync(codeFile, 'utf8'),
      messageLanguage: messages,
      onPhase: (event) => {
        if (event.state === 'start') progress.begin(STEP[event.phase], label(event.phase, event.rows));
      },
    });
    progress.begin(STEPS, translate(language, 'import.progress.write', { file: path.basename(args.output) }));
    let data: Buffer;
    try {
      data = await workbookToBuffer(result.workbook, messages);
    } catch (error) {
      // The error names the workbook by its model's name: say the output file instead.
      const reason = error instanceof WorkbookFileError ? error.reason : (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new Error(localText(messages, 'cli.cannotWrite', { file: args.output, reason }));
    }
    await writeOutputFile(args.output, data, messages);
    progress.finish();
    console.log(importSummary(result, args.output, language));
  } finally {
    progress.finish();
  }
}

async function main(argv: string[], language: Language): Promise<void> {
  const [command, ...rest] = argv;
  const help = (arg: string) => arg === '--help' || arg === '-h';
  // `report --help` too: help anywhere on the line prints the usage, which covers both commands.
  if (command === undefined || command === 'help' || argv.some(help)) {
    console.log(usage(language));
    return;
  }
  if (command === 'preview') return preview(rest, language);
  if (command === 'report') return report(parseReportArgs(rest, process.env), language);
  throw new UsageError(localText(language, 'cli.unknownCommand', { command }));
}

const argv = process.argv.slice(2);

main(argv, cliLanguage(argv, process.env)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // One line: the first line of the message, so a stack or a dump never floods the terminal.
  console.error(`sheets-pipeline: ${message.split('\n')[0]}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});

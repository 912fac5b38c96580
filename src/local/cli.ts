/**
 * The `sheets-pipeline` command line (also `npm start`, which runs `preview`).
 * Errors are one line on stderr and a non-zero exit code: 2 for a bad command line, 1 for
 * anything else (a file that cannot be read, imported or written).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePreviewArgs, parseReportArgs, USAGE, UsageError, type ReportArgs } from './cli-args';
import { importLeadsFile, type ImportPhase } from './import';
import { Progress, progressMode } from './import/progress';
import { importSummary, formatCount } from './import/summary-text';
import { writeOutputFile } from './import/output-file';
import { translate } from '../core/i18n/strings';
import { startPreview } from './preview/server';
import { workbookToBuffer } from './workbook-file';

/** This file is dist/local/cli.js: the Apps Script build is one folder up. */
const DIST = path.resolve(__dirname, '..');

async function preview(argv: string[]): Promise<void> {
  const args = parsePreviewArgs(argv, process.env);
  const server = await startPreview({
    port: args.port,
    workbookPath: path.resolve(args.workbookPath),
    locale: args.locale,
    distDir: DIST,
    dataPath: args.dataPath === undefined ? undefined : path.resolve(args.dataPath),
  });
  if (server.imported) {
    const { file, deals, problems, backup } = server.imported;
    console.log(`Imported ${file}: ${deals} deals, ${problems} problem${problems === 1 ? '' : 's'} listed in the Import report.`);
    if (backup) console.log(`The workbook that was at that path is kept as ${backup}.`);
  }
  console.log(`Sheets Pipeline preview: ${server.url}  (workbook: ${server.session.path}; Ctrl+C to stop)`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`sheets-pipeline: could not save on exit: ${error.message}`);
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
async function report(args: ReportArgs): Promise<void> {
  const codeFile = path.join(DIST, 'Code.js');
  if (!fs.existsSync(codeFile)) throw new Error(`${codeFile} is missing: run "npm run build" first`);
  const language = args.locale;
  const timeZone = args.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'Etc/UTC';
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
      onPhase: (event) => {
        if (event.state === 'start') progress.begin(STEP[event.phase], label(event.phase, event.rows));
      },
    });
    progress.begin(STEPS, translate(language, 'import.progress.write', { file: path.basename(args.output) }));
    let data: Buffer;
    try {
      data = await workbookToBuffer(result.workbook);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/^Cannot write workbook "[^"]*": /, '');
      throw new Error(`Cannot write "${args.output}": ${reason}`);
    }
    await writeOutputFile(args.output, data);
    progress.finish();
    console.log(importSummary(result, args.output, language));
  } finally {
    progress.finish();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return;
  }
  if (command === 'preview') return preview(rest);
  if (command === 'report') return report(parseReportArgs(rest));
  throw new UsageError(`Unknown command "${command}" (commands: preview, report; see sheets-pipeline --help)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // One line: the first line of the message, so a stack or a dump never floods the terminal.
  console.error(`sheets-pipeline: ${message.split('\n')[0]}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});

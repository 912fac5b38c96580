/**
 * The `sheets-pipeline` command line (also `npm start`, which runs `preview`).
 * Errors are one line on stderr and a non-zero exit code.
 */
import path from 'node:path';
import { parsePreviewArgs, USAGE, UsageError } from './cli-args';
import { startPreview } from './preview/server';

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    console.log(USAGE);
    return;
  }
  if (command !== 'preview') throw new UsageError(`Unknown command "${command}"\n${USAGE}`);
  const args = parsePreviewArgs(rest, process.env);
  const preview = await startPreview({
    port: args.port,
    workbookPath: path.resolve(args.workbookPath),
    locale: args.locale,
    // This file is dist/local/cli.js: the Apps Script build is one folder up.
    distDir: path.resolve(__dirname, '..'),
  });
  console.log(`Sheets Pipeline preview: ${preview.url}  (workbook: ${preview.session.path}; Ctrl+C to stop)`);
  const stop = () => {
    preview.close().then(
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

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`sheets-pipeline: ${message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});

/**
 * `npm run bench`: SPEC §8 compute and size budgets, measured and printed as a report.
 * Exits 0 when a budget fails (FAIL is printed): it is a measurement, not a gate.
 */
import path from 'node:path';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import { parseBenchArgs } from './bench-args';
import { formatBenchReport } from './bench-report';
import { bundleSizes } from './bundle-sizes';
import { measureSize, warmUpTemplate, type SizeResult } from './measure-size';
import { elapsedMs } from './timing';

function main(argv: readonly string[]): void {
  const args = parseBenchArgs(argv);
  const definition = defaultPipeline();
  const started = process.hrtime.bigint();
  const results: SizeResult[] = [];
  warmUpTemplate(definition);
  for (const deals of args.sizes) {
    const scope = deals <= args.fullTemplateLimit ? 'all' : 'deal-totals';
    process.stderr.write(`measuring ${deals.toLocaleString('en-US')} deals (template: ${scope === 'all' ? 'every figure' : 'deal totals'})…\n`);
    results.push(measureSize(deals, definition, scope));
  }
  // This file is dist/local/bench.js: the Apps Script build is one folder up.
  const sizes = bundleSizes(path.resolve(__dirname, '..'));
  console.log(formatBenchReport(results, sizes));
  console.log(`\nbench took ${(elapsedMs(started) / 1000).toFixed(0)} s (node ${process.version}).`);
}

try {
  main(process.argv.slice(2));
} catch (error: unknown) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

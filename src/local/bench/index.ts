/**
 * `npm run bench`: SPEC §8 compute, size and service-call budgets, measured and printed as a report.
 * Exits 0 when a budget fails (FAIL is printed): it is a measurement, not a gate.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultPipeline } from '../../core/stages/default-pipeline';
import { BENCH_USAGE, parseBenchArgs } from './bench-args';
import { formatBenchReport } from './bench-report';
import { bundleSizes } from './bundle-sizes';
import { measureSize, timeSize, warmUpTemplate, type SizeResult } from './measure-size';
import { serviceCallBench } from './service-call-bench';
import { formatSidebarReport, sidebarBench } from './sidebar-bench';
import { runImportSection } from './import-bench';
import { formatServiceCallReport } from './service-call-report';
import { elapsedMs } from './timing';

async function main(argv: readonly string[]): Promise<void> {
  const args = parseBenchArgs(argv);
  if (args.help) {
    console.log(BENCH_USAGE);
    return;
  }
  const definition = defaultPipeline();
  const started = process.hrtime.bigint();
  // This file is dist/local/bench.js: the Apps Script build is one folder up.
  const dist = path.resolve(__dirname, '..');
  if (args.sections.includes('compute')) {
    const results: SizeResult[] = [];
    // Every size is timed before any formula template runs: the formula engine leaves hundreds of
    // megabytes for the garbage collector, which would then slow the timed runs that follow.
    const timings = args.sizes.map((deals) => {
      process.stderr.write(`timing ${deals.toLocaleString('en-US')} deals…\n`);
      return timeSize(deals, definition);
    });
    warmUpTemplate(definition);
    args.sizes.forEach((deals, index) => {
      const scope = deals <= args.fullTemplateLimit ? 'all' : 'deal-totals';
      process.stderr.write(`template for ${deals.toLocaleString('en-US')} deals (${scope === 'all' ? 'every figure' : 'deal totals'})…\n`);
      results.push(measureSize(deals, definition, scope, timings[index]));
    });
    const sizes = bundleSizes(dist);
    console.log(formatBenchReport(results, sizes));
  }
  if (args.sections.includes('service-calls')) {
    const code = path.join(dist, 'Code.js');
    if (!fs.existsSync(code)) throw new Error(`${code} is missing: run "npm run build" first`);
    const sidebar = path.join(dist, 'Sidebar.html');
    const results = serviceCallBench(
      args.sizes,
      {
        code: fs.readFileSync(code, 'utf8'),
        sidebarHtml: fs.existsSync(sidebar) ? fs.readFileSync(sidebar, 'utf8') : undefined,
        naiveRunLimit: args.naiveRunLimit,
      },
      (line) => process.stderr.write(`${line}\n`),
    );
    if (args.sections.includes('compute')) console.log('');
    console.log(formatServiceCallReport(results));
  }
  if (args.sections.includes('sidebar')) {
    const code = path.join(dist, 'Code.js');
    const sidebarPath = path.join(dist, 'Sidebar.html');
    if (!fs.existsSync(code) || !fs.existsSync(sidebarPath)) throw new Error(`${code} and ${sidebarPath} are needed: run "npm run build" first`);
    const result = await sidebarBench({ code: fs.readFileSync(code, 'utf8'), sidebarPath }, args.sidebarLoads, (line) => process.stderr.write(`${line}\n`));
    console.log(`\n${formatSidebarReport(result, fs.statSync(sidebarPath).size)}`);
  }
  if (args.sections.includes('import')) {
    const code = path.join(dist, 'Code.js');
    if (!fs.existsSync(code)) throw new Error(`${code} is missing: run "npm run build" first`);
    if (args.sections.length > 1) console.log('');
    await runImportSection(args.importSize, fs.readFileSync(code, 'utf8'), (line) => process.stderr.write(`${line}\n`));
  }
  console.log(`\nbench took ${(elapsedMs(started) / 1000).toFixed(0)} s (node ${process.version}).`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});

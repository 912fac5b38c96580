export const DEFAULT_SIZES = [1_000, 10_000, 100_000];

/** Above this many deals the template computes the deal totals only (see TemplateScope). */
export const DEFAULT_FULL_TEMPLATE_LIMIT = 10_000;

export type BenchSection = 'compute' | 'service-calls' | 'sidebar' | 'import';
export const BENCH_SECTIONS: readonly BenchSection[] = ['compute', 'service-calls', 'sidebar', 'import'];

/** Deals in the CRM export the import section reads, sets up, reports and writes. */
export const DEFAULT_IMPORT_SIZE = 100_000;

/** Page loads measured for the sidebar's interactive time. */
export const DEFAULT_SIDEBAR_LOADS = 10;

/** Above this many deals the naive per-row implementation's service calls are fitted, not run. */
export const DEFAULT_NAIVE_RUN_LIMIT = 100_000;

export interface BenchArgs {
  sizes: number[];
  fullTemplateLimit: number;
  /** The report sections to measure (all by default). */
  sections: BenchSection[];
  naiveRunLimit: number;
  sidebarLoads: number;
  importSize: number;
  /** `--help` (or `-h`): print BENCH_USAGE and measure nothing. */
  help: boolean;
}

export const BENCH_USAGE = `Usage: node dist/local/bench.js [--sizes 1000,10000,100000] [--full-template-up-to 10000]
                                [--only compute|service-calls|sidebar|import] [--naive-run-up-to 100000]
                                [--sidebar-loads 10] [--import-size 100000]
  --sizes                deal counts to measure (5 history rows per deal)
  --full-template-up-to  largest size at which the formula template computes every figure;
                         above it, the deal totals only (the whole template takes many minutes)
  --only                 measure one section: compute (metrics, template), service-calls, or
                         sidebar (Sidebar.html size and interactive time in headless Chromium)
  --naive-run-up-to      largest size at which the naive per-row implementation is run for its
                         service calls; above it, its counts are fitted from two smaller runs
  --sidebar-loads        page loads of the sidebar measured (best and median reported)
  --import-size          deals in the CRM export of the import section (sheets-pipeline report:
                         read, set up, reports, .xlsx written), timed against one plain CSV pass`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    sizes: DEFAULT_SIZES,
    fullTemplateLimit: DEFAULT_FULL_TEMPLATE_LIMIT,
    sections: [...BENCH_SECTIONS],
    naiveRunLimit: DEFAULT_NAIVE_RUN_LIMIT,
    sidebarLoads: DEFAULT_SIDEBAR_LOADS,
    importSize: DEFAULT_IMPORT_SIZE,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const text = inline ?? argv[++i];
      if (text === undefined) throw new Error(`${flag} needs a value\n${BENCH_USAGE}`);
      return text;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--sizes') args.sizes = value().split(',').map((text) => positiveInteger(text, flag));
    else if (flag === '--full-template-up-to') args.fullTemplateLimit = positiveInteger(value(), flag);
    else if (flag === '--naive-run-up-to') args.naiveRunLimit = positiveInteger(value(), flag);
    else if (flag === '--sidebar-loads') args.sidebarLoads = positiveInteger(value(), flag);
    else if (flag === '--import-size') args.importSize = positiveInteger(value(), flag);
    else if (flag === '--only') args.sections = [section(value())];
    else throw new Error(`Unknown option "${argv[i]}"\n${BENCH_USAGE}`);
  }
  return args;
}

function section(text: string): BenchSection {
  const found = BENCH_SECTIONS.find((name) => name === text.trim());
  if (!found) throw new Error(`--only: "${text}" is not one of ${BENCH_SECTIONS.join(', ')}\n${BENCH_USAGE}`);
  return found;
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text.replace(/_/g, '').trim());
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag}: "${text}" is not a positive whole number`);
  return value;
}

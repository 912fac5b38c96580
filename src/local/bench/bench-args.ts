export const DEFAULT_SIZES = [1_000, 10_000, 100_000];

/** Above this many deals the template computes the deal totals only (see TemplateScope). */
export const DEFAULT_FULL_TEMPLATE_LIMIT = 10_000;

export interface BenchArgs {
  sizes: number[];
  fullTemplateLimit: number;
}

export const BENCH_USAGE = `Usage: node dist/local/bench.js [--sizes 1000,10000,100000] [--full-template-up-to 10000]
  --sizes                deal counts to measure (5 history rows per deal)
  --full-template-up-to  largest size at which the formula template computes every figure;
                         above it, the deal totals only (the whole template takes many minutes)`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { sizes: DEFAULT_SIZES, fullTemplateLimit: DEFAULT_FULL_TEMPLATE_LIMIT };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const text = inline ?? argv[++i];
      if (text === undefined) throw new Error(`${flag} needs a value\n${BENCH_USAGE}`);
      return text;
    };
    if (flag === '--sizes') args.sizes = value().split(',').map((text) => positiveInteger(text, flag));
    else if (flag === '--full-template-up-to') args.fullTemplateLimit = positiveInteger(value(), flag);
    else throw new Error(`Unknown option "${argv[i]}"\n${BENCH_USAGE}`);
  }
  return args;
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text.replace(/_/g, '').trim());
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag}: "${text}" is not a positive whole number`);
  return value;
}

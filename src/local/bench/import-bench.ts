/**
 * The import section of `npm run bench`: a CRM export of N deals (a Salesforce-shaped CSV,
 * 25 columns, quoted commas and line breaks, month-first dates, percent probabilities)
 * imported as `sheets-pipeline report` does it: read and typed, set up by the built
 * add-on, reports refreshed, problems listed, then written as .xlsx. Each phase is timed
 * against the floor, one plain pass splitting the same text into fields, with the memory
 * after it (RSS, V8 heap) and the peak RSS of the whole run.
 *
 * Run in a child process of its own (see `runImportSection`): the peak RSS of a process
 * only grows, so measured after the other sections it would be theirs.
 */
import { spawn } from 'node:child_process';
import v8 from 'node:v8';
import { COMPANIES, FIRST_NAMES, LAST_NAMES } from '../demo/people';
import { Random } from '../demo/random';
import { parseDelimited } from '../import/delimited-text';
import { importSource, type ImportPhase, type ImportResult } from '../import/import-leads';
import { readSourceData } from '../import/source-table';
import { decodeTextFile } from '../import/text-decoding';
import { workbookToBuffer } from '../workbook-file';
import { formatTable } from './table';
import { bestOf, elapsedMs } from './timing';

/** Set in the child process that measures the import. */
const CHILD_ENV = 'SHEETS_PIPELINE_IMPORT_BENCH_CHILD';

const HEADER = [
  'Opportunity ID', 'Opportunity Name', 'Account Name', 'Account ID', 'Stage', 'Amount', 'Probability (%)', 'Expected Revenue',
  'Close Date', 'Created Date', 'Opportunity Owner', 'Lead Source', 'Type', 'Next Step', 'Fiscal Period', 'Age', 'Last Activity',
  'Last Modified Date', 'Forecast Category', 'Billing City', 'Billing Country', 'Industry', 'Primary Contact', 'Loss Reason', 'Description',
];

/** Salesforce's default stages with their default probabilities; one it calls Value Proposition, which no alias names. */
const STAGES: Record<string, [number, number]> = {
  Prospecting: [10, 14],
  Qualification: [20, 12],
  'Needs Analysis': [20, 8],
  'Value Proposition': [50, 1],
  'Proposal/Price Quote': [75, 10],
  'Negotiation/Review': [90, 8],
  'Closed Won': [100, 27],
  'Closed Lost': [0, 20],
};
const STAGE_WEIGHTS = Object.fromEntries(Object.entries(STAGES).map(([stage, [, weight]]) => [stage, weight])) as Record<string, number>;
const SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show', 'Word of mouth'];
const TYPES = ['New Customer', 'Existing Customer - Upgrade', 'Existing Customer - Replacement'];
const CITIES: [string, string][] = [['Lyon', 'France'], ['Paris', 'France'], ['Austin', 'USA'], ['Boston', 'USA'], ['Leeds', 'UK'], ['Munich', 'Germany']];
const INDUSTRIES = ['Manufacturing', 'Technology', 'Retail', 'Healthcare', 'Finance, Banking & Insurance'];
const LOSS = ['Price', 'Competitor', 'No Budget', 'No Decision', 'Timing'];
const DAY = 86_400_000;

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function usDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

/**
 * A Salesforce "Opportunities with details" export of `deals` rows, deterministic. About
 * 0.1 % of the IDs are blank and 0.05 % repeated, 1 % of the stages unknown to the default
 * pipeline, 2 % of the descriptions span two lines: the Import report has some of everything.
 */
export function crmExportCsv(deals: number, seed = 20_240_601): string {
  const random = new Random(seed);
  const lines: string[] = [HEADER.map(quote).join(',')];
  const start = Date.UTC(2023, 0, 2);
  for (let i = 0; i < deals; i++) {
    const stage = random.weighted(STAGE_WEIGHTS);
    const probability = STAGES[stage][0];
    const amount = random.int(5, 2000) * 50 + (random.chance(0.3) ? random.int(1, 99) / 100 : 0);
    const created = start + random.int(0, 700) * DAY;
    const close = created + random.int(5, 150) * DAY;
    const company = `${random.pick(COMPANIES)}${random.chance(0.2) ? ', Inc.' : ''}`;
    const [city, country] = random.pick(CITIES);
    const contact = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const id = random.chance(0.001) ? '' : random.chance(0.0005) && i > 0 ? `0065g0000${String(i - 1).padStart(6, '0')}AAA` : `0065g0000${String(i).padStart(6, '0')}AAA`;
    const description = random.chance(0.02) ? `Renewal of "${company}" licences.\nCall before the board meeting.` : random.chance(0.5) ? `Interested in ${random.int(2, 40)} seats` : '';
    const fields = [
      id,
      `${company} - ${random.int(1, 9)} seats`,
      company,
      `0015g0000${String(random.int(0, 99_999)).padStart(6, '0')}AAA`,
      stage,
      amount.toFixed(2),
      String(probability),
      ((amount * probability) / 100).toFixed(2),
      usDate(close),
      usDate(created),
      `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      random.pick(SOURCES),
      random.pick(TYPES),
      random.chance(0.5) ? 'Send proposal' : '',
      `Q${Math.floor(new Date(close).getUTCMonth() / 3) + 1}-${new Date(close).getUTCFullYear()}`,
      String(random.int(1, 400)),
      usDate(created + random.int(0, 60) * DAY),
      usDate(created + random.int(0, 90) * DAY),
      stage === 'Closed Won' ? 'Closed' : stage === 'Closed Lost' ? 'Omitted' : random.pick(['Pipeline', 'Best Case', 'Commit']),
      city,
      country,
      random.pick(INDUSTRIES),
      contact,
      stage === 'Closed Lost' ? random.pick(LOSS) : '',
      description,
    ];
    lines.push(fields.map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface MemoryPoint {
  rssMb: number;
  heapUsedMb: number;
}

export interface PhaseResult {
  name: string;
  ms: number;
  memory: MemoryPoint;
}

export interface ImportBenchResult {
  deals: number;
  columns: number;
  csvMb: number;
  floorMs: number;
  phases: PhaseResult[];
  importMs: number;
  xlsx: { ms: number; mb: number; peakRssMb: number } | { error: string };
  peakRssMb: number;
  serviceCalls: number;
  historyRows: number;
  problems: number;
  winRate: number | null;
}

const MB = 1024 * 1024;

function memory(): MemoryPoint {
  return { rssMb: process.memoryUsage().rss / MB, heapUsedMb: v8.getHeapStatistics().used_heap_size / MB };
}

/** The highest RSS of this process so far (Linux and macOS report it; elsewhere the current RSS). */
function peakRssMb(): number {
  const max = process.resourceUsage().maxRSS;
  return max > 0 ? max / 1024 : process.memoryUsage().rss / MB;
}

/** Best of `runs` plain passes: decode the bytes and split them into fields, nothing else. */
function floorMs(data: Buffer, runs = 3): number {
  if (parseDelimited(decodeTextFile(data, 'bench.csv'), ',').records.length === 0) throw new Error('the generated CSV has no records');
  return bestOf(() => parseDelimited(decodeTextFile(data, 'bench.csv'), ',').records.length, runs, 0);
}

export async function importBench(deals: number, code: string, log: (line: string) => void): Promise<ImportBenchResult> {
  log(`import: generating a ${deals.toLocaleString('en-US')}-deal CRM export…`);
  const data = Buffer.from(crmExportCsv(deals), 'utf8');
  const floor = floorMs(data);
  const phases: PhaseResult[] = [];
  const phaseNames: Record<ImportPhase, string> = {
    read: 'read: decode, sniff, split, type the cells',
    setup: 'setup: emulator + setupPipeline (dist/Code.js)',
    reports: 'reports: refreshReports (Conversion, Forecast)',
    problems: 'problems: Import report',
  };

  log('import: reading, setting up, refreshing the reports…');
  let started = process.hrtime.bigint();
  const options = { locale: 'en_US', timeZone: 'America/New_York' };
  const source = await readSourceData(data, 'bench.csv', '.csv', options);
  phases.push({ name: phaseNames.read, ms: elapsedMs(started), memory: memory() });
  let result: ImportResult;
  let serviceCalls = 0;
  {
    const onPhase = (event: { phase: ImportPhase; state: 'start' | 'end'; ms?: number }) => {
      if (event.state === 'end') phases.push({ name: phaseNames[event.phase], ms: event.ms ?? 0, memory: memory() });
    };
    result = importSource(source, { language: 'en', timeZone: options.timeZone, code, onPhase });
    serviceCalls = result.serviceCalls.setup + result.serviceCalls.reports;
  }
  const importMs = phases.reduce((sum, phase) => sum + phase.ms, 0);
  const peakBeforeXlsx = peakRssMb();

  log('import: writing the .xlsx (workbookToBuffer)…');
  let xlsx: ImportBenchResult['xlsx'];
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss / MB)), 100);
  started = process.hrtime.bigint();
  try {
    const buffer = await workbookToBuffer(result.workbook);
    xlsx = { ms: elapsedMs(started), mb: buffer.length / MB, peakRssMb: Math.max(sampled, process.memoryUsage().rss / MB) };
  } catch (error) {
    xlsx = { error: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
  } finally {
    clearInterval(sampler);
  }
  return {
    deals,
    columns: HEADER.length,
    csvMb: data.length / MB,
    floorMs: floor,
    phases,
    importMs,
    xlsx,
    peakRssMb: Math.max(peakBeforeXlsx, peakRssMb()),
    serviceCalls,
    historyRows: result.refresh.historyRows,
    problems: result.problems.length,
    winRate: result.figures.winRate,
  };
}

const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value).toLocaleString('en-US')} ms`);
const mb = (value: number): string => `${Math.round(value).toLocaleString('en-US')} MB`;
const ratio = (value: number): string => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')}×`;

export function formatImportBenchReport(result: ImportBenchResult): string {
  const rows = result.phases.map((phase) => [phase.name, ms(phase.ms), ratio(phase.ms / result.floorMs), mb(phase.memory.rssMb), mb(phase.memory.heapUsedMb)]);
  rows.push(['import total (what the CLI does before writing)', ms(result.importMs), ratio(result.importMs / result.floorMs), '', '']);
  if ('error' in result.xlsx) rows.push(['write .xlsx (workbookToBuffer)', `failed: ${result.xlsx.error}`, '', '', '']);
  else rows.push([`write .xlsx (workbookToBuffer, ${result.xlsx.mb.toFixed(1)} MB)`, ms(result.xlsx.ms), ratio(result.xlsx.ms / result.floorMs), mb(result.xlsx.peakRssMb), '']);
  const table = formatTable(
    [{ title: 'phase', align: 'left' }, { title: 'time' }, { title: '÷ floor' }, { title: 'RSS after' }, { title: 'heap after' }],
    rows,
  );
  const winRate = result.winRate === null ? 'none' : `${(result.winRate * 100).toFixed(2)} %`;
  return [
    `Import (sheets-pipeline report): ${result.deals.toLocaleString('en-US')} deals × ${result.columns} columns, a ${result.csvMb.toFixed(1)} MB Salesforce-shaped CSV`,
    `floor: one plain pass decoding and splitting the text into fields, ${ms(result.floorMs)} (best of 3)`,
    '',
    table,
    '',
    `peak RSS of the run: ${mb(result.peakRssMb)}; spreadsheet service calls for setup + refresh: ${result.serviceCalls} (fixed, whatever the size)`,
    `result: ${result.historyRows.toLocaleString('en-US')} Stage History rows via import, ${result.problems.toLocaleString('en-US')} problems in the Import report, win rate ${winRate}`,
  ].join('\n');
}

/**
 * Runs the import section in a child process (this same bench script with `--only import`),
 * so its peak memory is its own; in that child, measures and prints the report.
 */
export async function runImportSection(deals: number, code: string, log: (line: string) => void): Promise<void> {
  if (process.env[CHILD_ENV] === '1') {
    console.log(formatImportBenchReport(await importBench(deals, code, log)));
    return;
  }
  const script = process.argv[1];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--only', 'import', '--import-size', String(deals)], {
      stdio: 'inherit',
      env: { ...process.env, [CHILD_ENV]: '1' },
    });
    child.on('error', reject);
    child.on('exit', (status) => (status === 0 ? resolve() : reject(new Error(`the import section exited with status ${status}`))));
  });
}

import { crmExportCsv, formatImportBenchReport, importBench } from '../../../src/local/bench/import-bench';
import { parseDelimited } from '../../../src/local/import/delimited-text';
import { readDist } from '../../helpers/built';

describe('the import section of the bench', () => {
  it('generates a deterministic Salesforce-shaped export with quoted commas and line breaks', () => {
    const text = crmExportCsv(200);
    expect(crmExportCsv(200)).toBe(text);
    const { records, unclosedQuote } = parseDelimited(text, ',');
    expect(unclosedQuote).toBeNull();
    expect(records).toHaveLength(201);
    expect(records.every((record) => record.length === 25)).toBe(true);
    expect(records[0].slice(0, 6)).toEqual(['Opportunity ID', 'Opportunity Name', 'Account Name', 'Account ID', 'Stage', 'Amount']);
    expect(records.some((record) => record[24].includes('\n'))).toBe(true);
  });

  it('times every phase against the floor and reports memory, calls and the result', async () => {
    const result = await importBench(300, readDist('Code.js'), () => undefined);
    expect(result.phases.map((p) => p.name.split(':')[0])).toEqual(['read', 'setup', 'reports', 'problems']);
    expect(result.floorMs).toBeGreaterThan(0);
    expect('ms' in result.xlsx).toBe(true);
    expect(result.historyRows).toBeGreaterThan(250);
    const report = formatImportBenchReport(result);
    expect(report).toContain('Import (sheets-pipeline report): 300 deals × 25 columns');
    expect(report).toMatch(/write \.xlsx \(workbookToBuffer, [\d.]+ MB\)/);
    expect(report).toMatch(/peak RSS of the run: [\d,]+ MB/);
  });
});

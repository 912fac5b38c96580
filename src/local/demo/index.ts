/**
 * Demo data for a new local workbook: a realistic, seeded pipeline so the preview opens
 * on something worth looking at, and tests get the same workbook every time.
 */
import type { WorkbookModel } from '../emulator/model';
import { demoDeals, historyRows } from './demo-pipeline';
import { DemoLocale, WORDS } from './labels';
import { Random } from './random';
import { historySheet, pipelineSheet } from './sheets';

export { STALE_DAYS } from './demo-pipeline';
export type { DemoLocale } from './labels';

const DEFAULT_SEED = 20240601;

export function createDemoWorkbook(options: { now: Date; locale: DemoLocale; seed?: number }): WorkbookModel {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const deals = demoDeals(random, options.now);
  const pipeline = pipelineSheet(deals, options.locale);
  return {
    id: 'local-demo',
    name: 'Sheets Pipeline demo',
    locale: options.locale === 'fr' ? 'fr_FR' : 'en_US',
    timeZone: 'Europe/Paris',
    activeSheet: WORDS[options.locale].sheets.pipeline,
    sheets: [pipeline, historySheet(historyRows(deals), options.locale)],
    properties: { document: {}, script: {}, user: {} },
  };
}

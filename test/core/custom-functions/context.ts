import type { FunctionContext } from '../../../src/core/custom-functions/context';
import { defaultPipeline } from '../../../src/core/stages/default-pipeline';

/** A custom-function context as a US-English spreadsheet in UTC would give it. */
export function testContext(overrides: Partial<FunctionContext> = {}): FunctionContext {
  return {
    definition: defaultPipeline(),
    language: 'en',
    locale: 'en_US',
    timeZone: 'Etc/UTC',
    monthOf: (date) => date.toISOString().slice(0, 7),
    now: new Date('2024-06-15T12:00:00Z'),
    ...overrides,
  };
}

/** A list as a one-column range, the way Sheets passes `B2:B`. */
export const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

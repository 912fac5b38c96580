import type { Emulator } from '../../../src/local/emulator';
import { serviceCalls } from '../../../src/local/bench/service-calls';

/** Spreadsheet-service reads and writes, by the one counting rule of SPEC §8 (src/local/bench/service-calls.ts). */
export function countedCalls(emulator: Emulator): { counted: number; byMethod: Record<string, number> } {
  const { counted, countedByMethod } = serviceCalls(emulator.calls);
  return { counted, byMethod: countedByMethod };
}

import type { Language } from '../i18n/language';
import { readStatusCell } from '../parse/parse-status';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition } from '../stages/stage';
import { statusStager } from '../stages/status-stage';
import { isBlankRow } from './blank-row';

export interface StageCount {
  key: string;
  label: string;
  count: number;
}

export interface StageCounts {
  /** One entry per stage of the definition, in pipeline order (zero counts included). */
  stages: StageCount[];
  /** Rows with an empty Stage cell among the deal rows. */
  blank: number;
  /** Stage texts that match no stage, with how many rows hold each, most frequent first. */
  unrecognised: { value: string; count: number }[];
  /** Every deal row counted: stages + blank + unrecognised. */
  total: number;
}

/**
 * Counts deals per stage. `rows` are the deal rows under the header; `stageColumn` is the
 * 0-based index of the Stage column, `statusColumn` the Status column's when the sheet has
 * one: a won or lost Status counts the deal at its closed stage (see `statusStager`), and
 * deleted deals are not counted at all. Blank rows (see `isBlankRow`), trailing or in
 * between, are not deals; a row with content but no stage is counted as `blank`.
 */
export function countByStage(
  rows: readonly (readonly unknown[])[],
  stageColumn: number,
  definition: PipelineDefinition,
  language: Language,
  statusColumn?: number,
): StageCounts {
  const match = stageMatcher(definition);
  const stager = statusStager(definition);
  const counts = new Map<string, number>(definition.stages.map((s) => [s.key, 0]));
  const unrecognised = new Map<string, number>();
  let blank = 0;
  let total = 0;
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const status = statusColumn === undefined ? null : readStatusCell(row[statusColumn]);
    if (status === 'deleted') continue;
    total++;
    const value = row[stageColumn];
    const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
    const stage = stager(text === '' ? undefined : match(text), status);
    if (text === '' && stage === undefined) {
      blank++;
      continue;
    }
    if (stage) counts.set(stage.key, (counts.get(stage.key) ?? 0) + 1);
    else unrecognised.set(text, (unrecognised.get(text) ?? 0) + 1);
  }
  return {
    stages: definition.stages.map((s) => ({ key: s.key, label: s.labels[language], count: counts.get(s.key) ?? 0 })),
    blank,
    unrecognised: [...unrecognised]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    total,
  };
}

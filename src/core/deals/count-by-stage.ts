import type { Language } from '../i18n/language';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition } from '../stages/stage';
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
 * 0-based index of the Stage column. Blank rows (see `isBlankRow`), trailing or in
 * between, are not deals; a row with content but no stage is counted as `blank`.
 */
export function countByStage(
  rows: readonly (readonly unknown[])[],
  stageColumn: number,
  definition: PipelineDefinition,
  language: Language,
): StageCounts {
  const match = stageMatcher(definition);
  const counts = new Map<string, number>(definition.stages.map((s) => [s.key, 0]));
  const unrecognised = new Map<string, number>();
  let blank = 0;
  let total = 0;
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    total++;
    const value = row[stageColumn];
    const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
    if (text === '') {
      blank++;
      continue;
    }
    const stage = match(text);
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

import { foldLabel } from '../text/fold';
import type { PipelineDefinition, Stage } from './stage';

/** Finds stages by any of their names: English or French label, key, or alias, folded. */
export type StageMatcher = (text: unknown) => Stage | undefined;

/** Sheets often number their stages (`1. Prospecting`, `05 - Proposal`); the number is not part of the name. */
const NUMBER_PREFIX = /^\s*\d{1,3}\s*(?:[-.):]\s*|\s+)(?=\D)/;

/** Distinct stage texts in a column are few; past this many the cache stops growing so garbage cannot fill memory. */
const CACHE_LIMIT = 10000;

export function stageMatcher(definition: PipelineDefinition): StageMatcher {
  const byFolded = new Map<string, Stage>();
  for (const stage of definition.stages) {
    for (const name of [stage.labels.en, stage.labels.fr, stage.key, ...stage.aliases]) {
      const folded = foldLabel(name);
      // The first stage to claim a spelling keeps it: the pipeline order decides ties.
      if (folded && !byFolded.has(folded)) byFolded.set(folded, stage);
    }
  }
  const find = (text: unknown): Stage | undefined => {
    const exact = byFolded.get(foldLabel(text));
    if (exact !== undefined || typeof text !== 'string') return exact;
    const unnumbered = text.replace(NUMBER_PREFIX, '');
    return unnumbered === text ? undefined : byFolded.get(foldLabel(unnumbered));
  };
  // Folding normalises Unicode, the slow part of matching 100 000 cells that repeat a few texts.
  const cache = new Map<string, Stage | undefined>();
  return (text) => {
    if (typeof text !== 'string') return find(text);
    if (cache.has(text)) return cache.get(text);
    const stage = find(text);
    if (cache.size < CACHE_LIMIT) cache.set(text, stage);
    return stage;
  };
}

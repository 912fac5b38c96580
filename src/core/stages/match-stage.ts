import { foldLabel } from '../text/fold';
import type { PipelineDefinition, Stage } from './stage';

/** Finds stages by any of their names: English or French label, key, or alias, folded. */
export type StageMatcher = (text: unknown) => Stage | undefined;

export function stageMatcher(definition: PipelineDefinition): StageMatcher {
  const byFolded = new Map<string, Stage>();
  for (const stage of definition.stages) {
    for (const name of [stage.labels.en, stage.labels.fr, stage.key, ...stage.aliases]) {
      const folded = foldLabel(name);
      // The first stage to claim a spelling keeps it: the pipeline order decides ties.
      if (folded && !byFolded.has(folded)) byFolded.set(folded, stage);
    }
  }
  return (text) => byFolded.get(foldLabel(text));
}

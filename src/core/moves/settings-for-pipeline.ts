import type { Language } from '../i18n/language';
import { parseSettings } from '../settings/parse-settings';
import type { SettingsError } from '../settings/settings-error';
import { defaultPipeline } from '../stages/default-pipeline';
import type { PipelineDefinition } from '../stages/stage';
import { foldLabel } from '../text/fold';

export type PipelineSettingsReading = { definition: PipelineDefinition; error: null } | { definition: null; error: SettingsError };

/**
 * The pipeline a sheet follows, from the values of Pipeline Settings (`null`: no such
 * sheet, the defaults): its own block, else the first block. A mistake in that block is
 * returned, not worked around, since judging moves by rules nobody wrote would be worse
 * than not judging them; a mistake in another pipeline's block does not stop this one.
 */
export function settingsForPipeline(values: readonly (readonly unknown[])[] | null, language: Language, block: string): PipelineSettingsReading {
  if (values === null) return { definition: defaultPipeline(), error: null };
  const { definitions, errors } = parseSettings(values, language);
  const wanted = foldLabel(block);
  const own = Object.keys(definitions).find((name) => foldLabel(name) === wanted);
  if (own !== undefined) return { definition: definitions[own], error: null };
  const ownError = errors.find((error) => foldLabel(error.pipeline) === wanted);
  if (ownError) return { definition: null, error: ownError };
  const first = Object.values(definitions)[0];
  if (first) return { definition: first, error: null };
  return errors.length > 0 ? { definition: null, error: errors[0] } : { definition: defaultPipeline(), error: null };
}

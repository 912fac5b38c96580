import type { Language } from '../i18n/language';
import type { StageCounts } from '../deals/count-by-stage';

/**
 * Everything the sidebar needs to render, returned by one server call (`getSidebarState`).
 * Plain JSON: `google.script.run` cannot carry `Date` objects.
 */
export interface SidebarState {
  language: Language;
  /** Name of the pipeline sheet read, or `null` when the spreadsheet has none. */
  pipelineSheet: string | null;
  /** `null` when there is no pipeline sheet or it has no Stage column. */
  counts: StageCounts | null;
}

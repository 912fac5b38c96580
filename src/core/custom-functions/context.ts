import type { Language } from '../i18n/language';
import type { MonthOf } from '../metrics/period';
import type { PipelineDefinition } from '../stages/stage';

/**
 * What a custom function knows besides its arguments: the pipeline (from Pipeline
 * Settings, or the defaults), the spreadsheet's locale and time zone, and the clock.
 * The sheet layer builds it; the functions themselves stay pure.
 */
export interface FunctionContext {
  definition: PipelineDefinition;
  /** Language of messages and table headers (the spreadsheet's locale). */
  language: Language;
  /** Spreadsheet locale, e.g. `en_US`, for reading numbers and dates typed as text. */
  locale: string;
  timeZone: string;
  /** Calendar month `yyyy-MM` of a date in the spreadsheet's time zone. */
  monthOf: MonthOf;
  now: Date;
}

import type { RequirableField } from '../columns/required-fields';

export type MoveProblemCode = 'unknown-stage' | 'skip-not-allowed' | 'backward-not-allowed' | 'reopen-not-allowed' | 'missing-field';

/** One reason a stage change is refused. */
export interface MoveProblem {
  code: MoveProblemCode;
  /** Says what is wrong, in the user's language. */
  message: string;
  /** For `missing-field`: the English column name. */
  field?: RequirableField;
  /** For `skip-not-allowed`: keys of the stages that would be skipped, in pipeline order. */
  skipped?: string[];
  /** For `unknown-stage`: the text that names no stage. */
  text?: string;
}

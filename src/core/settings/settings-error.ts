export type SettingsErrorCode =
  | 'unknown-kind'
  | 'duplicate-name'
  | 'bad-probability'
  | 'missing-probability'
  | 'bad-stale-days'
  | 'unknown-field'
  | 'no-won-stage'
  | 'no-lost-stage'
  | 'missing-stage-name'
  | 'bad-rule-value'
  | 'bad-currency'
  | 'duplicate-pipeline'
  | 'no-stages'
  | 'unrecognised-row';

/** A cell of the Pipeline Settings sheet that cannot be used, and why. Row and column are 1-based. */
export interface SettingsError {
  /** Name of the pipeline block the cell belongs to. */
  pipeline: string;
  /** The cell in A1 notation, e.g. `C5`. */
  cell: string;
  row: number;
  column: number;
  code: SettingsErrorCode;
  /** What is wrong, in the user's language. */
  message: string;
}

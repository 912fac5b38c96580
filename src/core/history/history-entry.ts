/** How a stage change was made (SPEC §3). */
export type Via = 'sidebar' | 'edit' | 'paste' | 'import' | 'setup' | 'normalise';

/** One row of the Stage History sheet: an accepted stage change. Keyed by Deal ID, never by row. */
export interface HistoryEntry {
  at: Date;
  dealId: string;
  /** Stage key before the change; `null` when the deal entered the pipeline. */
  from: string | null;
  /** Stage key after the change. */
  to: string;
  user: string;
  via: Via;
  amount: number | null;
}

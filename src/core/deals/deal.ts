/**
 * One deal as the engine sees it, parsed from a row of the pipeline sheet (or an export).
 * Text is trimmed; missing values are `null` (numbers, dates) or `''` (text).
 */
export type ForecastCategory = 'pipeline' | 'best-case' | 'commit' | 'closed' | 'omitted';

/** A CRM's deal status (Pipedrive's Status column): `won` and `lost` close the deal whatever its Stage says. */
export type DealStatus = 'open' | 'won' | 'lost' | 'deleted';

export interface Deal {
  /** 0-based index of the deal among the data rows, for messages ("row 12"). */
  index: number;
  id: string;
  name: string;
  company: string;
  contact: string;
  email: string;
  owner: string;
  /** The Stage cell as written. */
  stageText: string;
  /**
   * Key of the deal's stage in the pipeline definition, or `null` when unknown or blank: the
   * stage the Stage cell names, unless a Status of won or lost closes the deal (see `stageWithStatus`).
   */
  stage: string | null;
  /** The Status cell, when the sheet has that column and the cell names a status. */
  status: DealStatus | null;
  amount: number | null;
  /** Per-deal override, 0–1. */
  probability: number | null;
  /** For a closed deal, when it closed (CRM exports call this the close date). */
  expectedClose: Date | null;
  created: Date | null;
  stageEntered: Date | null;
  lastActivity: Date | null;
  nextStep: string;
  nextStepDue: Date | null;
  lostReason: string;
  /** Key of the stage the deal was lost at, when known. */
  lostAtStage: string | null;
  forecastCategory: ForecastCategory | null;
  leadSource: string;
  need: boolean;
  budget: boolean;
  authority: boolean;
  timing: boolean;
  score: number | null;
  notes: string;
}

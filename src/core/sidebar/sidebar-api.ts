import type { DealColumn } from '../columns/deal-columns';
import type { StageCounts } from '../deals/count-by-stage';
import type { Via } from '../history/history-entry';
import type { Language } from '../i18n/language';
import type { PipelineRules, StageKind } from '../stages/stage';

/**
 * The contract between the sidebar and the server (issue 5): every type crossing
 * `google.script.run`, plain JSON (dates as ISO `yyyy-mm-dd` or full ISO timestamps,
 * because google.script.run cannot carry `Date` objects).
 */

/** A stage as the forms need it. */
export interface StageInfo {
  key: string;
  /** Label in the user's language. */
  label: string;
  kind: StageKind;
  probability: number;
  staleDays: number | null;
  /** Fields that must be filled to enter this stage: English column name and label in the user's language. */
  requiredFields: { field: DealColumn; label: string }[];
}

/** A deal in a list (stale deals, next steps due). */
export interface DealSummary {
  id: string;
  /** 1-based sheet row, as last read. */
  row: number;
  name: string;
  company: string;
  owner: string;
  /** Stage key, `null` when blank or unknown. */
  stage: string | null;
  /** The Stage cell as shown (label, or the unknown text). */
  stageLabel: string;
  amount: number | null;
  /** Whole days since the deal entered its stage, when known. */
  daysInStage: number | null;
  nextStep: string;
  /** `yyyy-mm-dd` in the spreadsheet's time zone. */
  nextStepDue: string | null;
}

export interface PathStep {
  key: string;
  label: string;
  /** passed: entered before; skipped: passed over (counts as passed); current; future. */
  status: 'passed' | 'skipped' | 'current' | 'future';
}

export interface HistoryItem {
  /** Full ISO timestamp. */
  at: string;
  /** Stage labels in the user's language (`''` when the deal entered the pipeline). */
  from: string;
  to: string;
  user: string;
  via: Via;
}

/** The deal on the active row, in full. */
export interface DealDetail extends DealSummary {
  contact: string;
  email: string;
  probability: number | null;
  expectedClose: string | null;
  lostReason: string;
  lostAtStage: string | null;
  notes: string;
  /** Open and won stages in order, with where the deal is. */
  path: PathStep[];
  /** Its Stage History, oldest first. */
  history: HistoryItem[];
  /** The next stage and what entering it still needs; `null` for a closed deal or the last stage. */
  nextStage: { key: string; label: string; missing: { field: DealColumn; label: string }[] } | null;
}

/** The pipeline definition as the settings editor edits it. */
export interface SettingsData {
  stages: {
    key: string;
    labels: Record<Language, string>;
    kind: StageKind;
    probability: number;
    staleDays: number | null;
    requiredFields: DealColumn[];
    aliases: string[];
  }[];
  rules: PipelineRules;
  lostReasons: Record<Language, string[]>;
  currency: string;
}

/** Everything the sidebar renders, in one call. */
export interface SidebarState {
  language: Language;
  /** Name of the pipeline sheet, or `null` when the spreadsheet has none (set up first). */
  pipelineSheet: string | null;
  counts: StageCounts | null;
  stages: StageInfo[];
  /** Lost reasons in the user's language. */
  lostReasons: string[];
  currency: string;
  /** The deal on the active row of the pipeline sheet, if any. */
  selected: DealDetail | null;
  stale: DealSummary[];
  /** Open deals whose next step is due today or overdue, earliest first. */
  due: DealSummary[];
  settings: SettingsData;
  /** Today, `yyyy-mm-dd`, in the spreadsheet's time zone. */
  today: string;
}

/**
 * A form's values keyed by English column name (`Deal`, `Company`, `Amount`, `Expected close`,
 * `Lost reason`, ...): text as typed, numbers, `yyyy-mm-dd` dates, booleans for checkboxes.
 */
export type DealFields = Partial<Record<DealColumn, string | number | boolean | null>>;

/** An error next to a form field (`field` = English column name), or about the form as a whole (`field: ''`). */
export interface FieldError {
  field: string;
  message: string;
}

/** What every command answers: refused with errors (nothing written), or accepted with the new state. */
export type CommandResult<T extends object = object> = ({ ok: true; state: SidebarState } & T) | { ok: false; errors: FieldError[] };

/** The server functions the sidebar calls (globals in src/server/index.ts). */
export interface SidebarApi {
  getSidebarState(): SidebarState;
  addDeal(fields: DealFields): CommandResult<{ dealId: string }>;
  moveDeal(dealId: string, toStage: string, fields: DealFields): CommandResult;
  setNextStep(dealId: string, text: string, dueIsoDate: string): CommandResult;
  activateDeal(dealId: string): CommandResult;
  getSettings(): SettingsData;
  /** `selectedDealId`: the deal the sidebar shows (null: none), shown again in the answer; left out, the active row's. */
  saveSettings(settings: SettingsData, selectedDealId?: string | null): CommandResult<{ settings: SettingsData }>;
  /** The menu's summary (src/sheet/reports/refresh-reports.ts); a failure reaches the failure handler. */
  refreshReports(): { tabs: { name: string }[]; deals: number; refreshedAt: string };
}

import { isFieldFilled, isRequirableField, type RequiredFieldValues } from '../columns/required-fields';
import type { HistoryEntry, Via } from '../history/history-entry';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import { cellText } from '../parse/cell-text';
import { formatDealId } from '../setup/deal-ids';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition, Stage } from '../stages/stage';
import { foldLabel } from '../text/fold';
import type { ChangeProblem } from './change-problem';
import { validateMove } from './validate-move';

/** One attempted change of a deal's stage: a typed cell, a row of a paste, a sidebar command. */
export interface StageChangeAttempt {
  /** 1-based sheet row: names the deal in messages until it has an ID, and keys the result. */
  row: number;
  /** The Deal ID cell, `''` when blank. */
  dealId: string;
  /**
   * The stage before the change: a stage text (label, alias) or key, `null` when the deal
   * had none or none is known (a paste over a deal the history has never seen).
   */
  previous: string | null;
  /** The stage text after the change; `''` when the Stage cell was cleared. */
  next: string;
  /** What the user entered, quoted when the change is refused, when it is not `next` (a Status cell: `won`). */
  shown?: string;
  /** The deal's fields at the time: required fields are checked on them, Amount is logged. */
  deal: RequiredFieldValues;
  /** Whether the row holds anything besides its Stage cell: a deal must keep a stage, an emptied row need not. */
  rowHasContent: boolean;
  /** What the Stage cell goes back to if the change is refused; by default the previous stage's label, or blank. */
  revertTo?: string;
}

export interface PlanOptions {
  definition: PipelineDefinition;
  /** Language of the messages. */
  language: Language;
  /** Language of the stage names the add-on writes in the sheet (reverted cells, Lost at stage). */
  labelLanguage?: Language;
  via: Via;
  user: string;
  now: Date;
  /**
   * The highest Deal ID number ever issued or seen (`D-000042` → 42); asked for once, and
   * only when a new deal needs an ID: new IDs follow it, so none is ever issued twice.
   */
  highestDealId: () => number;
  /** Refuse every change with this problem (settings unreadable, lock held): nothing is judged or logged. */
  refuseAll?: ChangeProblem;
}

/** Cells the add-on maintains for an accepted change (absent: left as they are). */
export interface MaintainedCells {
  stageEntered: Date;
  /** The stage label to put in Lost at stage, or `''` to clear it. */
  lostAtStage?: string;
  /** A generated Deal ID for a deal that had none. */
  dealId?: string;
}

export interface AcceptedStageChange {
  outcome: 'accepted';
  row: number;
  /** The deal's ID, generated when it had none. */
  dealId: string;
  newDealId: boolean;
  /** Stage keys; `from` is `null` when the deal entered the pipeline. */
  from: string | null;
  to: string;
  entry: HistoryEntry;
  cells: MaintainedCells;
}

export interface RejectedStageChange {
  outcome: 'rejected';
  row: number;
  dealId: string;
  /** The refused text (of the Stage cell, or the Status cell that stood for the stage), kept so it can be recovered (`''` for a cleared cell). */
  text: string;
  /** What the Stage cell goes back to. */
  revertTo: string;
  problems: ChangeProblem[];
}

/** Not a stage change: the same stage however spelt, a blank cell left blank, a whole row emptied. */
export interface UnchangedStage {
  outcome: 'unchanged';
  row: number;
  dealId: string;
}

export type PlannedStageChange = AcceptedStageChange | RejectedStageChange | UnchangedStage;

export interface StageChangePlan {
  /** One per attempt, in the same order. */
  changes: PlannedStageChange[];
  accepted: AcceptedStageChange[];
  rejected: RejectedStageChange[];
  /** The Stage History rows to append, one per accepted change, in attempt order. */
  history: HistoryEntry[];
}

/**
 * Decides every attempted stage change of one batch (SPEC §3): accepted with the history
 * row to append and the cells to maintain, or refused with every reason and the value the
 * cell goes back to. Pure: the sheet layer reads, calls this once, and writes the result.
 *
 * - The same stage, however spelt (`proposal`, `Proposition`, `Quote`), is no change.
 * - A cleared Stage cell on a row that is still a deal is refused; a fully emptied row is
 *   not a stage change (the deal was removed, not moved).
 * - A deal without an ID gets one (`D-000043` after the highest `D-` ID ever issued) once
 *   its change is accepted: the history is keyed by Deal ID, never by row.
 * - Lost at stage: the open stage a deal was lost from; cleared when a lost deal is reopened.
 */
export function planStageChanges(attempts: readonly StageChangeAttempt[], options: PlanOptions): StageChangePlan {
  const { definition, language, via, user, now } = options;
  const labelLanguage = options.labelLanguage ?? language;
  const match = stageMatcher(definition);
  const label = (stage: Stage) => stage.labels[labelLanguage];
  let nextIdNumber: number | null = null;
  const newDealId = (): string => {
    nextIdNumber = (nextIdNumber ?? options.highestDealId()) + 1;
    return formatDealId(nextIdNumber);
  };

  // A paste repeats a few moves over many rows: judge each distinct move, with the same
  // required fields filled or not, once.
  const judged = new Map<string, ChangeProblem[]>();
  const judge = (deal: RequiredFieldValues, from: string | null, to: string, target: Stage | undefined): ChangeProblem[] => {
    const filled = (target?.requiredFields ?? []).map((field) => (isRequirableField(field) && isFieldFilled(deal, field) ? '1' : '0')).join('');
    const key = `${from ?? ''}\u0000${to}\u0000${filled}`;
    let problems = judged.get(key);
    if (problems === undefined) judged.set(key, (problems = validateMove(deal, from, to, definition, language)));
    return problems;
  };

  const changes = attempts.map((attempt): PlannedStageChange => {
    const dealId = attempt.dealId.trim();
    const previousText = cellText(attempt.previous);
    const nextText = cellText(attempt.next);
    const previous = previousText === '' ? undefined : match(previousText);
    const revertTo = attempt.revertTo ?? (previous ? label(previous) : previousText);
    const refuse = (problems: ChangeProblem[]): RejectedStageChange => ({ outcome: 'rejected', row: attempt.row, dealId, text: attempt.shown ?? nextText, revertTo, problems });
    const unchanged: UnchangedStage = { outcome: 'unchanged', row: attempt.row, dealId };

    if (nextText === '') {
      if (previousText === '' || !attempt.rowHasContent) return unchanged;
      return refuse([{ code: 'stage-required', message: translate(language, 'enforce.stageRequired') }]);
    }
    const target = match(nextText);
    if (previousText !== '' && (foldLabel(previousText) === foldLabel(nextText) || (target !== undefined && previous?.key === target.key))) return unchanged;
    if (options.refuseAll) return refuse([options.refuseAll]);
    const problems = judge(attempt.deal, previousText === '' ? null : previousText, nextText, target);
    if (problems.length > 0 || target === undefined) return refuse([...problems]);

    const from = previous ?? null;
    const cells: MaintainedCells = { stageEntered: now };
    if (target.kind === 'lost' && from?.kind === 'open') cells.lostAtStage = label(from);
    if (from?.kind === 'lost' && target.kind !== 'lost') cells.lostAtStage = '';
    const id = dealId === '' ? newDealId() : dealId;
    if (id !== dealId) cells.dealId = id;
    const entry: HistoryEntry = { at: now, dealId: id, from: from?.key ?? null, to: target.key, user, via, amount: attempt.deal.amount };
    return { outcome: 'accepted', row: attempt.row, dealId: id, newDealId: id !== dealId, from: entry.from, to: target.key, entry, cells };
  });

  const accepted = changes.filter((c): c is AcceptedStageChange => c.outcome === 'accepted');
  const rejected = changes.filter((c): c is RejectedStageChange => c.outcome === 'rejected');
  return { changes, accepted, rejected, history: accepted.map((c) => c.entry) };
}

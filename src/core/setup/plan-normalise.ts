import type { ColumnMap } from '../columns/find-columns';
import { isBlankRow } from '../deals/blank-row';
import type { HistoryEntry } from '../history/history-entry';
import type { Language } from '../i18n/language';
import { cellText } from '../parse/cell-text';
import { localeConventions } from '../parse/locale-conventions';
import { readNumberCell } from '../parse/parse-number';
import { readStatusCell } from '../parse/parse-status';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition } from '../stages/stage';
import { statusStager } from '../stages/status-stage';
import { columnWrite, type ColumnWrite } from './column-write';
import { StageFindings, stageSpelling, type StageFinding } from './stage-spelling';

export interface NormaliseInput {
  /** The sheet's used area (`values[0]` is sheet row 1). */
  values: readonly (readonly unknown[])[];
  /** Formulas of the Stage column's data rows (`''` for plain cells), by data-row offset. */
  stageFormulas: readonly string[] | null;
  /** 1-based header row. */
  headerRow: number;
  columns: ColumnMap;
  definition: PipelineDefinition;
  language: Language;
  locale: string;
  now: Date;
  user: string;
  /** The stage each deal's history ends in, by Deal ID. */
  lastStages: ReadonlyMap<string, string>;
}

/** What normalising does and finds (JSON-safe). */
export interface NormaliseFacts {
  /** Stage cells rewritten to their label. */
  changed: number;
  /** The spellings rewritten, each with its label and rows. */
  rewritten: StageFinding[];
  unrecognisedStages: StageFinding[];
  /** Differently spelt stages left alone because their row has no Deal ID (history is keyed by it). */
  withoutId: StageFinding[];
  /** Differently spelt stages left alone because a formula computes them. */
  formulas: StageFinding[];
}

export interface NormalisePlan {
  write: ColumnWrite | null;
  history: HistoryEntry[];
  facts: NormaliseFacts;
}

/**
 * Rewrites each Stage cell that names a stage another way (alias, case, other language) to
 * the stage's label in the user's language. Each rewritten row gets one history row with
 * via `normalise`: from = the stage the history last knew for the deal (usually the same
 * stage: the spelling changes, the stage does not; metrics read consecutive entries into one
 * stage as one stay), to = the stage. Unrecognised stages, formula cells and rows without a
 * Deal ID are left as they are and listed. On a sheet with a Status column the history row
 * names the stage the deal is at (a lost deal's Stage cell is where it was lost: see
 * `statusStager`), and a deleted deal gets none.
 */
export function planNormalise(input: NormaliseInput): NormalisePlan {
  const { values, headerRow, columns, definition, language, now } = input;
  const facts: NormaliseFacts = { changed: 0, rewritten: [], unrecognisedStages: [], withoutId: [], formulas: [] };
  const stageIndex = columns.Stage;
  if (stageIndex === undefined) return { write: null, history: [], facts };
  const idIndex = columns['Deal ID'];
  const amountIndex = columns.Amount;
  const dataRows = values.slice(headerRow);
  const match = stageMatcher(definition);
  const stager = statusStager(definition);
  const statusIndex = columns.Status;
  const { decimalSeparator } = localeConventions(input.locale);
  const rewritten = new StageFindings();
  const unrecognised = new StageFindings();
  const withoutId = new StageFindings();
  const formulas = new StageFindings();
  const updates = new Map<number, unknown>();
  const history: HistoryEntry[] = [];

  for (let r = 0; r < dataRows.length; r++) {
    const row = dataRows[r];
    if (isBlankRow(row)) continue;
    const sheetRow = headerRow + 1 + r;
    const value = row[stageIndex];
    const spelling = stageSpelling(value, match, language);
    if (spelling.kind === 'unrecognised') unrecognised.add(spelling.text, null, sheetRow);
    if (spelling.kind !== 'different') continue;
    const text = typeof value === 'string' ? value : cellText(value);
    if ((input.stageFormulas?.[r] ?? '') !== '') {
      formulas.add(text, spelling.canonical, sheetRow);
      continue;
    }
    const id = idIndex === undefined ? '' : cellText(row[idIndex]);
    if (id === '') {
      withoutId.add(text, spelling.canonical, sheetRow);
      continue;
    }
    updates.set(r, spelling.canonical);
    rewritten.add(text, spelling.canonical, sheetRow);
    const status = statusIndex === undefined ? null : readStatusCell(row[statusIndex]);
    if (status === 'deleted') continue;
    const stage = stager(spelling.stage, status) ?? spelling.stage;
    const amount = amountIndex === undefined ? null : readNumberCell(row[amountIndex], decimalSeparator);
    history.push({
      at: now,
      dealId: id,
      from: input.lastStages.get(id) ?? stage.key,
      to: stage.key,
      user: input.user,
      via: 'normalise',
      amount: typeof amount === 'number' ? amount : null,
    });
  }
  facts.changed = updates.size;
  facts.rewritten = rewritten.list();
  facts.unrecognisedStages = unrecognised.list();
  facts.withoutId = withoutId.list();
  facts.formulas = formulas.list();
  const existing = dataRows.map((row) => row[stageIndex]);
  return { write: columnWrite(stageIndex + 1, headerRow + 1, existing, input.stageFormulas, updates), history, facts };
}

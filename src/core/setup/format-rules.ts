import { columnLetters } from '../columns/a1-notation';
import { STATUS_SPELLINGS } from '../parse/parse-status';
import type { PipelineDefinition, Stage } from '../stages/stage';

/**
 * The add-on's conditional-format rules on a pipeline sheet: stale deals and overdue next
 * steps. Sheets' conditional-format formulas cannot read another sheet, so the stage →
 * stale-days mapping of Pipeline Settings is written into the formula itself, and the rules
 * are rebuilt whenever the settings change. Each formula carries a marker
 * (`ISTEXT("sheets-pipeline:stale")`, always true) by which the add-on finds its own rules
 * among the user's and replaces only those.
 *
 * Stage cells are compared with every name of the stage (labels in both languages, key,
 * aliases, and the same without accents); Sheets compares text ignoring case, and TRIM
 * drops stray spaces. Stale follows SPEC §4 like the metrics: days since Stage entered
 * (fractional, from NOW()) above the stage's stale days, unless Next step due is later than
 * now; open stages only. Overdue: Next step due before today on an open deal. A deal whose
 * Status (Pipedrive's column) is won, lost or deleted is neither, whatever its Stage cell says.
 */
export const FORMAT_MARKER = 'sheets-pipeline:';

export type FormatRuleKind = 'stale' | 'overdue';

export interface FormatRule {
  kind: FormatRuleKind;
  formula: string;
  /** `row`: the deal's row across the pipeline's columns; `next-step-due`: the Next step due cells. */
  scope: 'row' | 'next-step-due';
  background: string;
  fontColor: string | null;
}

/** 1-based sheet columns of the cells the formulas read, and the first data row. */
export interface FormatColumns {
  firstRow: number;
  stage: number;
  stageEntered?: number;
  nextStepDue?: number;
  /** The Status column, when the sheet has one. */
  status?: number;
}

const STALE_BACKGROUND = '#fff2cc';
const OVERDUE_BACKGROUND = '#f4cccc';
const OVERDUE_FONT = '#990000';

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Every spelling the formula recognises for `stage`, once each ignoring case (as Sheets compares). */
export function stageSpellings(stage: Stage): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of [stage.labels.en, stage.labels.fr, stage.key, ...stage.aliases]) {
    for (const spelling of [name.trim(), withoutAccents(name.trim())]) {
      const folded = spelling.toLowerCase();
      if (spelling === '' || seen.has(folded)) continue;
      seen.add(folded);
      names.push(spelling);
    }
  }
  return names;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `OR(TRIM($C2)="Proposal",TRIM($C2)="Quote",...)` for a set of stages (or names). */
function stageIs(stageCell: string, stages: readonly (Stage | string)[]): string {
  const spellings: string[] = [];
  const seen = new Set<string>();
  for (const stage of stages) {
    for (const spelling of typeof stage === 'string' ? [stage, withoutAccents(stage)] : stageSpellings(stage)) {
      if (seen.has(spelling.toLowerCase())) continue;
      seen.add(spelling.toLowerCase());
      spellings.push(`TRIM(${stageCell})=${quoted(spelling)}`);
    }
  }
  return `OR(${spellings.join(',')})`;
}

function marker(kind: FormatRuleKind): string {
  return `ISTEXT(${quoted(FORMAT_MARKER + kind)})`;
}

/** The rules for a sheet laid out as `columns` under `definition` (none when the columns they read are missing). */
export function formatRules(definition: PipelineDefinition, columns: FormatColumns): FormatRule[] {
  const cellOf = (column: number) => `$${columnLetters(column)}${columns.firstRow}`;
  const stage = cellOf(columns.stage);
  const open = definition.stages.filter((s) => s.kind === 'open');
  // Open by its Stage cell, and no Status closing or deleting it.
  const { won, lost, deleted } = STATUS_SPELLINGS;
  const notClosed = columns.status === undefined ? [] : [`NOT(${stageIs(cellOf(columns.status), [...won, ...lost, ...deleted])})`];
  const rules: FormatRule[] = [];

  if (columns.nextStepDue !== undefined && open.length > 0) {
    const due = cellOf(columns.nextStepDue);
    rules.push({
      kind: 'overdue',
      formula: `=AND(${[marker('overdue'), `ISNUMBER(${due})`, `${due}<TODAY()`, stageIs(stage, open), ...notClosed].join(',')})`,
      scope: 'next-step-due',
      background: OVERDUE_BACKGROUND,
      fontColor: OVERDUE_FONT,
    });
  }

  const byDays = new Map<number, Stage[]>();
  for (const s of open) {
    if (s.staleDays === null) continue;
    byDays.set(s.staleDays, [...(byDays.get(s.staleDays) ?? []), s]);
  }
  if (columns.stageEntered !== undefined && byDays.size > 0) {
    const entered = cellOf(columns.stageEntered);
    const limits = [...byDays].map(([days, stages]) => `AND(${stageIs(stage, stages)},NOW()-${entered}>${days})`);
    const parts = [marker('stale'), `ISNUMBER(${entered})`, `OR(${limits.join(',')})`, ...notClosed];
    if (columns.nextStepDue !== undefined) {
      const due = cellOf(columns.nextStepDue);
      parts.push(`NOT(AND(ISNUMBER(${due}),${due}>NOW()))`);
    }
    rules.push({ kind: 'stale', formula: `=AND(${parts.join(',')})`, scope: 'row', background: STALE_BACKGROUND, fontColor: null });
  }
  return rules;
}

/** Whether a conditional-format formula is one of the add-on's (the user's rules never carry the marker). */
export function isOwnFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`"${FORMAT_MARKER}`);
}

import type { ColumnMap } from '../core/columns/find-columns';
import { formatRules, isOwnFormula, type FormatRule } from '../core/setup/format-rules';
import type { PipelineDefinition } from '../core/stages/stage';
import { rangeToBottom } from './range-to-bottom';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Where a pipeline sheet's deals are, as the formatting needs it. */
export interface FormatLayout {
  /** 1-based header row; deals are below it. */
  headerRow: number;
  /** 0-based index of each recognised column. */
  columns: ColumnMap;
  /** Columns the pipeline spans (the stale highlight covers the deal's row this wide). */
  width: number;
}

/** The formula of a rule's custom-formula condition (undefined for other rules). */
function formulaOf(rule: Rule): unknown {
  return rule.getBooleanCondition()?.getCriteriaValues()[0];
}

function isOwnRule(rule: Rule): boolean {
  return isOwnFormula(formulaOf(rule));
}

function buildRule(sheet: Sheet, spec: FormatRule, layout: FormatLayout, firstRow: number, maxRows: number | undefined): Rule | null {
  const due = layout.columns['Next step due'];
  const range =
    spec.scope === 'row' ? rangeToBottom(sheet, firstRow, 1, Math.max(1, layout.width), maxRows) : due === undefined ? null : rangeToBottom(sheet, firstRow, due + 1, 1, maxRows);
  if (range === null) return null;
  const builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(spec.formula).setBackground(spec.background).setRanges([range]);
  if (spec.fontColor !== null) builder.setFontColor(spec.fontColor);
  return builder.build();
}

/** The add-on's rules for a pipeline sheet laid out as `layout` (none without a Stage column), see formatRules. */
export function pipelineFormatRules(layout: Pick<FormatLayout, 'headerRow' | 'columns'>, definition: PipelineDefinition): FormatRule[] {
  const { columns } = layout;
  if (columns.Stage === undefined) return [];
  const at = (column: number | undefined) => (column === undefined ? undefined : column + 1);
  return formatRules(definition, {
    firstRow: layout.headerRow + 1,
    stage: columns.Stage + 1,
    stageEntered: at(columns['Stage entered']),
    nextStepDue: at(columns['Next step due']),
    status: at(columns.Status),
  });
}

/** The formulas of the add-on's own rules among `rules`, in order. */
export function ownFormulas(rules: readonly Rule[]): unknown[] {
  return rules.map(formulaOf).filter(isOwnFormula);
}

/**
 * Puts the stale-deal and overdue-next-step rules on a pipeline sheet, merged with the
 * sheet's other rules: `setConditionalFormatRules` replaces them all, so the user's rules
 * are read and written back in their order, and only the add-on's own (recognised by the
 * marker in their formula) are replaced, in place, or appended after the user's so that
 * the user's rules keep precedence. Returns how many rules of the add-on's the sheet has.
 * The rules run to the bottom of the sheet (see rangeToBottom for `maxRows`); `existing`:
 * the sheet's rules, when already read.
 */
export function applyPipelineFormats(
  sheet: Sheet,
  layout: FormatLayout,
  definition: PipelineDefinition,
  maxRows?: number,
  existing: Rule[] = sheet.getConditionalFormatRules(),
): number {
  const firstRow = layout.headerRow + 1;
  const specs = maxRows !== undefined && maxRows < firstRow ? [] : pipelineFormatRules(layout, definition);
  const ours = specs.map((spec) => buildRule(sheet, spec, layout, firstRow, maxRows)).filter((rule): rule is Rule => rule !== null);

  const merged: Rule[] = [];
  let placed = false;
  for (const rule of existing) {
    if (!isOwnRule(rule)) {
      merged.push(rule);
    } else if (!placed) {
      merged.push(...ours);
      placed = true;
    }
  }
  if (!placed) merged.push(...ours);
  sheet.setConditionalFormatRules(merged);
  return ours.length;
}

/**
 * Brings the add-on's rules on a pipeline sheet in line with `definition` after its settings
 * changed (by hand or from the sidebar), only where the sheet still has some: rules the user
 * removed stay removed (only setting the sheet up again puts them back), and rules that
 * already say the same are not rewritten. `existing`: the sheet's rules, when already read.
 * True when the rules were rewritten.
 */
export function followPipelineFormats(
  sheet: Sheet,
  layout: FormatLayout,
  definition: PipelineDefinition,
  maxRows?: number,
  existing: Rule[] = sheet.getConditionalFormatRules(),
): boolean {
  const present = ownFormulas(existing);
  if (present.length === 0) return false;
  if (present.join('\u0000') === pipelineFormatRules(layout, definition).map((rule) => rule.formula).join('\u0000')) return false;
  applyPipelineFormats(sheet, layout, definition, maxRows, existing);
  return true;
}

import { columnLabel } from '../columns/column-label';
import { isFieldFilled, isRequirableField, type RequiredFieldValues } from '../columns/required-fields';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import { stageMatcher } from '../stages/match-stage';
import type { PipelineDefinition, Stage } from '../stages/stage';
import { classifyMove } from './classify-move';
import type { MoveProblem } from './move-problem';

/**
 * Every reason moving `deal` from stage `from` to stage `to` is refused (SPEC §3); an empty
 * list means the move is valid. `from` and `to` are stage texts or keys, matched like the
 * Stage column (labels, aliases, folded). A blank `from` is a deal entering the pipeline,
 * and so is a `from` that names no stage: the old text was never a stage, so there is no
 * transition to judge, and refusing would keep a bad cell from being fixed. Moving to the
 * same stage is not a move. All reasons are returned at once, so the user fixes them in
 * one go rather than one refusal at a time.
 */
export function validateMove(
  deal: RequiredFieldValues,
  from: string | null,
  to: string,
  definition: PipelineDefinition,
  language: Language,
): MoveProblem[] {
  const match = stageMatcher(definition);
  const target = match(to);
  if (target === undefined) {
    const text = String(to).trim();
    return [{ code: 'unknown-stage', text, message: translate(language, 'stage.unknown', { value: text }) }];
  }
  const source = from === null ? null : (match(from) ?? null);
  const shape = classifyMove(definition, source, target);
  if (shape.kind === 'same') return [];
  const label = (stage: Stage) => stage.labels[language];
  const problems: MoveProblem[] = [];
  const { rules } = definition;
  if (shape.kind === 'reopen' && !rules.allowReopen && source !== null) {
    problems.push({ code: 'reopen-not-allowed', message: translate(language, 'move.reopenNotAllowed', { from: label(source), to: label(target) }) });
  }
  if (shape.kind === 'backward' && !rules.allowBackward && source !== null) {
    problems.push({ code: 'backward-not-allowed', message: translate(language, 'move.backwardNotAllowed', { from: label(source), to: label(target) }) });
  }
  if (shape.kind === 'forward' && shape.skipped.length > 0 && !rules.allowSkipForward) {
    problems.push({
      code: 'skip-not-allowed',
      skipped: shape.skipped.map((s) => s.key),
      message: translate(language, 'move.skipNotAllowed', { stages: shape.skipped.map(label).join(', ') }),
    });
  }
  for (const field of target.requiredFields) {
    if (!isRequirableField(field) || isFieldFilled(deal, field)) continue;
    problems.push({
      code: 'missing-field',
      field,
      message: translate(language, 'move.missingField', { field: columnLabel(field, language), stage: label(target) }),
    });
  }
  return problems;
}

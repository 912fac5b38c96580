import { cellText } from '../parse/cell-text';
import { localeConventions } from '../parse/locale-conventions';
import { readBooleanCell } from '../parse/parse-boolean';
import { readNumberCell } from '../parse/parse-number';
import { isPercentColumn, readProbabilityCell } from '../parse/parse-probability';
import { planDateColumn, readDateCell } from '../parse/read-date-column';
import { isBlankValue, type Reading } from '../parse/reading';
import { stageMatcher } from '../stages/match-stage';
import type { FunctionContext } from './context';
import { fail } from './function-error';
import type { StringKey } from '../i18n/strings';

/**
 * Reads a list cell by cell; a cell that cannot be read fails the function with a message
 * naming the argument, the position and the value (never guessed).
 */
function readAll<T>(
  list: readonly unknown[],
  name: string,
  context: FunctionContext,
  errorKey: StringKey,
  read: (value: unknown) => Reading<T>,
): (T | null)[] {
  const out = new Array<T | null>(list.length);
  for (let i = 0; i < list.length; i++) {
    const reading = read(list[i]);
    if (reading === undefined) fail(context.language, errorKey, { name, position: i + 1, value: cellText(list[i]) });
    out[i] = reading;
  }
  return out;
}

/** Every stage name the pipeline knows, for messages. */
export function knownStages(context: FunctionContext): string {
  return context.definition.stages.map((stage) => stage.labels[context.language]).join(', ');
}

/**
 * Stage keys of a stage column; `null` for a blank cell; an unknown stage fails, and so does
 * a stage not of `kind` when one is given (Lost at stage names the open stage a deal left).
 */
export function readStageKeys(list: readonly unknown[], name: string, context: FunctionContext, kind?: 'open'): (string | null)[] {
  const match = stageMatcher(context.definition);
  const out = new Array<string | null>(list.length);
  for (let i = 0; i < list.length; i++) {
    if (isBlankValue(list[i])) {
      out[i] = null;
      continue;
    }
    const stage = match(list[i]);
    if (!stage) fail(context.language, 'fn.error.unknownStage', { value: cellText(list[i]), name, position: i + 1, known: knownStages(context) });
    if (kind !== undefined && stage.kind !== kind) fail(context.language, 'fn.error.lostAtNotOpen', { value: cellText(list[i]), name, position: i + 1 });
    out[i] = stage.key;
  }
  return out;
}

/** The key of one stage named by a single-value argument (`from`, `to`, `stage`). */
export function readStageArgument(value: unknown, name: string, context: FunctionContext): string {
  const stage = stageMatcher(context.definition)(value);
  if (!stage) fail(context.language, 'fn.error.unknownStageArgument', { value: cellText(value), name, known: knownStages(context) });
  return stage.key;
}

export function readNumbers(list: readonly unknown[], name: string, context: FunctionContext): (number | null)[] {
  const { decimalSeparator } = localeConventions(context.locale);
  return readAll(list, name, context, 'fn.error.notNumber', (value) => readNumberCell(value, decimalSeparator));
}

/** Probabilities as 0–1; a column whose values exceed 1 is percent (SPEC §4). */
export function readProbabilities(list: readonly unknown[], name: string, context: FunctionContext): (number | null)[] {
  const { decimalSeparator } = localeConventions(context.locale);
  const percent = isPercentColumn(list, decimalSeparator);
  return readAll(list, name, context, 'fn.error.notProbability', (value) => readProbabilityCell(value, percent, decimalSeparator));
}

/** Dates as Sheets gives them, or as text (ISO; day/month order detected for the whole column). */
export function readDates(list: readonly unknown[], name: string, context: FunctionContext): (Date | null)[] {
  const plan = planDateColumn(list, localeConventions(context.locale).dateOrder);
  if (plan.order === null) {
    fail(context.language, 'fn.error.mixedDateOrder', { name, dayFirst: plan.dayFirst?.text ?? '', monthFirst: plan.monthFirst?.text ?? '' });
  }
  return readAll(list, name, context, 'fn.error.notDate', (value) => readDateCell(value, plan, context.timeZone));
}

/** One date argument (`start`, `end`, `as_of`), or `null` when left out. */
export function readDateArgument(value: unknown, name: string, context: FunctionContext): Date | null {
  if (isBlankValue(value)) return null;
  const [date] = readDates([value], name, context);
  if (date === null) fail(context.language, 'fn.error.badDate', { name });
  return date;
}

export function readBooleans(list: readonly unknown[], name: string, context: FunctionContext): boolean[] {
  return readAll(list, name, context, 'fn.error.notBoolean', readBooleanCell).map((value) => value === true);
}

export function readTexts(list: readonly unknown[]): string[] {
  return list.map(cellText);
}

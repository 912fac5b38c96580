import type { DealColumn } from '../columns/deal-columns';
import type { Deal } from '../deals/deal';
import type { Language } from '../i18n/language';
import { translate, type StringKey } from '../i18n/strings';
import type { StageMatcher } from '../stages/match-stage';
import { cellText } from './cell-text';
import type { DateOrder } from './locale-conventions';
import { readBooleanCell } from './parse-boolean';
import { forecastCategoryOf } from './parse-forecast-category';
import { readNumberCell } from './parse-number';
import { readStatusCell } from './parse-status';
import { isPercentColumn, readProbabilityCell } from './parse-probability';
import { planDateColumn, readDateCell, type DateColumnPlan } from './read-date-column';
import { isBlankValue, type Reading } from './reading';

export interface ReadContext {
  language: Language;
  decimalSeparator: '.' | ',';
  dateOrder: DateOrder;
  timeZone: string;
  match: StageMatcher;
}

/** Reads one cell into the deal; returns what is wrong, in the user's language, when the cell cannot be read. */
export type FieldReader = (deal: Deal, value: unknown) => string | undefined;

export interface ColumnReading {
  read: FieldReader;
  /** Set when the column as a whole cannot be read (day/month dates in both orders). */
  dateOrderConflict: DateColumnPlan | null;
}

/** The `Deal` properties whose type is exactly `T`, so one reader can fill any of them. */
type PropertyOfType<T> = { [K in keyof Deal]: [Deal[K]] extends [T] ? ([T] extends [Deal[K]] ? K : never) : never }[keyof Deal];

const TEXT_PROPERTY: Partial<Record<DealColumn, PropertyOfType<string>>> = {
  'Deal ID': 'id', Deal: 'name', Company: 'company', Contact: 'contact', Email: 'email', Owner: 'owner',
  'Next step': 'nextStep', 'Lost reason': 'lostReason', 'Lead source': 'leadSource', Notes: 'notes',
};
const NUMBER_PROPERTY: Partial<Record<DealColumn, PropertyOfType<number | null>>> = { Amount: 'amount', Score: 'score' };
const DATE_PROPERTY: Partial<Record<DealColumn, PropertyOfType<Date | null>>> = {
  'Expected close': 'expectedClose', Created: 'created', 'Stage entered': 'stageEntered',
  'Last activity': 'lastActivity', 'Next step due': 'nextStepDue',
};
const BOOLEAN_PROPERTY: Partial<Record<DealColumn, PropertyOfType<boolean>>> = { Need: 'need', Budget: 'budget', Authority: 'authority', Timing: 'timing' };

/**
 * A reader that stores what `readCell` makes of a cell in `property`, or returns the
 * message for an unreadable cell. Built once per column: 100 000 rows must not mean
 * 100 000 closures.
 */
function readInto<K extends keyof Deal>(property: K, readCell: (value: unknown) => Deal[K] | undefined, key: StringKey, language: Language): FieldReader {
  return (deal, value) => {
    const reading = readCell(value);
    if (reading === undefined) return translate(language, key, { value: cellText(value) });
    deal[property] = reading;
    return undefined;
  };
}

function noConflict(read: FieldReader): ColumnReading {
  return { read, dateOrderConflict: null };
}

/**
 * The reader for one deal column. `columnValues` gives the column's data cells, for the
 * columns whose reading depends on the whole column (day/month order, percent scale).
 * `undefined` for columns a `Deal` does not hold (Phone).
 */
export function columnReading(column: DealColumn, columnValues: () => readonly unknown[], context: ReadContext): ColumnReading | undefined {
  const { language, decimalSeparator, match } = context;
  const text = TEXT_PROPERTY[column];
  if (text !== undefined) return noConflict((deal, value) => void (deal[text] = cellText(value)));
  const number = NUMBER_PROPERTY[column];
  if (number !== undefined) return noConflict(readInto(number, (value) => readNumberCell(value, decimalSeparator), 'parse.badNumber', language));
  const date = DATE_PROPERTY[column];
  if (date !== undefined) {
    const plan = planDateColumn(columnValues(), context.dateOrder);
    const read = readInto(date, (value) => readDateCell(value, plan, context.timeZone), 'parse.badDate', language);
    return { read, dateOrderConflict: plan.order === null ? plan : null };
  }
  const flag = BOOLEAN_PROPERTY[column];
  if (flag !== undefined) {
    // A blank checkbox is an unticked one.
    return noConflict(readInto(flag, blankAsUnticked, 'parse.badBoolean', language));
  }
  switch (column) {
    case 'Probability': {
      const percent = isPercentColumn(columnValues(), decimalSeparator);
      return noConflict(readInto('probability', (value) => readProbabilityCell(value, percent, decimalSeparator), 'parse.badProbability', language));
    }
    case 'Stage': {
      const readKey = readInto('stage', (value) => readStage(value, match), 'stage.unknown', language);
      return noConflict((deal, value) => {
        deal.stageText = cellText(value);
        return readKey(deal, value);
      });
    }
    case 'Status':
      return noConflict(readInto('status', readStatusCell, 'parse.badStatus', language));
    case 'Lost at stage':
      return noConflict(readInto('lostAtStage', (value) => readStage(value, match), 'stage.unknown', language));
    case 'Forecast category':
      return noConflict(readInto('forecastCategory', (value) => (isBlankValue(value) ? null : forecastCategoryOf(value)), 'parse.unknownForecastCategory', language));
    default:
      return undefined;
  }
}

function blankAsUnticked(value: unknown): boolean | undefined {
  const ticked = readBooleanCell(value);
  return ticked === null ? false : ticked;
}

function readStage(value: unknown, match: StageMatcher): Reading<string> {
  if (isBlankValue(value)) return null;
  return match(typeof value === 'string' ? value : cellText(value))?.key;
}

/**
 * Pure formatting and parsing for the local SpreadsheetApp emulator: Apps Script's
 * `Utilities.formatDate`/`parseDate`, Sheets serial dates, `Range.getDisplayValue()` and
 * what Sheets stores when a person types into a cell. No Apps Script globals; `Intl`
 * formatters and compiled formats are cached by key, so these are cheap to call per cell.
 */
export { formatDate, parseDate } from './date-pattern';
export { toSerialNumber, fromSerialNumber } from './serial-date';
export { formatDisplayValue } from './display-value';
export { parseUserInput, inferNumberFormat, type UserInput } from './user-input';
export { getLocale, type LocaleInfo } from './locale';
export { getZone, type Zone } from './time-zone';

/**
 * `Range.getDisplayValue()`: a cell value rendered with its number format, the
 * spreadsheet locale and (for dates) the spreadsheet time zone.
 */
import type { CellValue } from '../model';
import { formatGeneral } from './decimal';
import { getLocale } from './locale';
import { compileFormat, formatNumberWith, formatTextWith } from './number-format';
import { toSerialNumber } from './serial-date';

/** `undefined` for General (no format, `''` or `General`), otherwise the format code. */
function customFormat(numberFormat: string | undefined): string | undefined {
  return numberFormat === undefined || numberFormat === '' || numberFormat.toLowerCase() === 'general' ? undefined : numberFormat;
}

export function formatDisplayValue(value: CellValue, numberFormat: string | undefined, locale: string, timeZone: string): string {
  const format = customFormat(numberFormat);
  if (typeof value === 'string') {
    return format === undefined || value === '' ? value : formatTextWith(compileFormat(format), value);
  }
  const info = getLocale(locale);
  if (typeof value === 'boolean') return value ? info.trueWord : info.falseWord;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const serial = toSerialNumber(value, timeZone);
    // A date in a General or text cell still shows as a date-time, as Sheets auto-formats dates.
    const dateFormat = format === undefined || format.trim() === '@' ? info.defaultDateTimeFormat : format;
    return formatNumberWith(compileFormat(dateFormat), serial, info);
  }
  if (typeof value === 'number') {
    return format === undefined ? formatGeneral(value, info.decimal) : formatNumberWith(compileFormat(format), value, info);
  }
  return String(value);
}

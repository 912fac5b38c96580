import { columnForHeader } from '../columns/find-columns';
import { isRequirableField } from '../columns/required-fields';
import type { StringKey } from '../i18n/strings';
import { cellText } from '../parse/cell-text';
import { parseNumberText } from '../parse/parse-number';
import { isPercentColumn, readProbabilityCell } from '../parse/parse-probability';
import { isBlankValue } from '../parse/reading';
import { stageKeyFromLabel } from '../stages/stage-key';
import type { Stage, StageKind } from '../stages/stage';
import type { SettingsErrorCode } from './settings-error';
import { stageKindOf, type StageColumnRole } from './settings-layout';

/** Reports a problem in a column (0-based) of the row being read. */
export type ReportCell = (column: number, code: SettingsErrorCode, key: StringKey, params?: Record<string, string>) => void;

export type StageColumns = Partial<Record<StageColumnRole, number>>;

export interface StageRow {
  stage: Stage;
  /** Every name the stage claims (key, labels, aliases) with its 0-based column, to report names two stages claim. */
  names: { name: string; column: number }[];
  /** False when the Kind cell was unreadable, so "no won stage" is not claimed on top of it. */
  kindKnown: boolean;
}

const LIST_SEPARATOR = /\s*,\s*/;

function list(value: unknown, separator: RegExp): string[] {
  return cellText(value).split(separator).map((item) => item.trim()).filter((item) => item !== '');
}

/** Reads one row of a stage table (see `settings-layout.ts`). Problems go to `report`; the stage comes back regardless, for the block-wide checks. */
export function parseStageRow(row: readonly unknown[], columns: StageColumns, decimalSeparator: '.' | ',', report: ReportCell): StageRow {
  const at = (role: StageColumnRole) => (columns[role] === undefined ? '' : row[columns[role] as number]);
  const columnOf = (role: StageColumnRole) => columns[role] ?? columns.labelEn ?? columns.labelFr ?? 0;
  let en = cellText(at('labelEn'));
  let fr = cellText(at('labelFr'));
  if (en === '' && fr === '') report(columnOf('labelEn'), 'missing-stage-name', 'settings.error.missingStageName');
  en = en || fr;
  fr = fr || en;
  const key = cellText(at('key')) || stageKeyFromLabel(en);

  const kindText = cellText(at('kind'));
  const readKind = kindText === '' ? 'open' : stageKindOf(kindText);
  if (readKind === undefined) report(columnOf('kind'), 'unknown-kind', 'settings.error.unknownKind', { value: kindText });
  const kind: StageKind = readKind ?? 'open';

  const probabilityCell = at('probability');
  let probability = kind === 'won' ? 1 : 0;
  if (isBlankValue(probabilityCell)) {
    if (kind === 'open') report(columnOf('probability'), 'missing-probability', 'settings.error.missingProbability');
  } else {
    const read = readProbabilityCell(probabilityCell, isPercentColumn([probabilityCell], decimalSeparator), decimalSeparator);
    if (read === undefined || read === null) {
      report(columnOf('probability'), 'bad-probability', 'settings.error.badProbability', { value: cellText(probabilityCell) });
    } else probability = read;
  }

  const staleCell = at('staleDays');
  let staleDays: number | null = null;
  if (!isBlankValue(staleCell)) {
    const days = typeof staleCell === 'number' ? staleCell : typeof staleCell === 'string' ? parseNumberText(staleCell, decimalSeparator) : undefined;
    if (days === undefined || !Number.isInteger(days) || days < 0) {
      report(columnOf('staleDays'), 'bad-stale-days', 'settings.error.badStaleDays', { value: cellText(staleCell) });
    } else staleDays = days;
  }

  const requiredFields: string[] = [];
  for (const name of list(at('requiredFields'), /\s*[,;]\s*/)) {
    const column = columnForHeader(name);
    if (column === undefined || !isRequirableField(column)) {
      report(columnOf('requiredFields'), 'unknown-field', 'settings.error.unknownField', { value: name });
    } else if (!requiredFields.includes(column)) requiredFields.push(column);
  }

  const aliases = list(at('aliases'), LIST_SEPARATOR);
  const names = [
    { name: key, column: columnOf('key') },
    { name: en, column: columnOf('labelEn') },
    { name: fr, column: columnOf('labelFr') },
    ...aliases.map((name) => ({ name, column: columnOf('aliases') })),
  ];
  return {
    stage: { key, labels: { en, fr }, kind, probability, staleDays, requiredFields, aliases },
    names,
    kindKnown: readKind !== undefined,
  };
}

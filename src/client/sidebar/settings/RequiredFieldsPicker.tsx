import { columnLabel } from '../../../core/columns/column-label';
import type { DealColumn } from '../../../core/columns/deal-columns';
import { REQUIRED_FIELD_PROPERTY } from '../../../core/columns/required-fields';
import { LazyDetails } from '../LazyDetails';
import { useLanguage, useTranslate } from '../translate';

interface Props {
  /** Prefix for the checkbox ids. */
  id: string;
  selected: DealColumn[];
  onChange: (fields: DealColumn[]) => void;
}

/** Only the columns a move can be checked against are offered, so no setting can require what the rules cannot see. */
const REQUIRABLE = Object.keys(REQUIRED_FIELD_PROPERTY) as DealColumn[];

/** The columns a stage requires, as a checkbox list folded away behind its count (22 boxes per stage would swamp 300 px). */
export function RequiredFieldsPicker({ id, selected, onChange }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const toggle = (column: DealColumn, on: boolean) => {
    // Kept in column order, whatever order they were ticked in.
    onChange(REQUIRABLE.filter((c) => (c === column ? on : selected.includes(c))));
  };
  return (
    <LazyDetails class="required-fields" summary={t('sidebar.settings.requiredCount', { count: selected.length })}>
      {() => (
      <fieldset>
        <legend class="sr-only">{t('settings.column.requiredFields')}</legend>
        <div class="checkbox-grid">
          {REQUIRABLE.map((column) => {
            const boxId = `${id}-${column.replace(/\W+/g, '-').toLowerCase()}`;
            return (
              <div class="field inline" key={column}>
                <input type="checkbox" id={boxId} checked={selected.includes(column)} onChange={(e) => toggle(column, (e.currentTarget as HTMLInputElement).checked)} />
                <label for={boxId}>{columnLabel(column, language)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      )}
    </LazyDetails>
  );
}

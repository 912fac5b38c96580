import type { StageCounts as Counts } from '../../core/deals/count-by-stage';
import type { Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';

interface Props {
  counts: Counts;
  sheet: string;
  language: Language;
}

/** The deals-by-stage table: one row per stage with a bar, then blanks, unknown stages and the total. */
export function StageCounts({ counts, sheet, language }: Props) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const max = Math.max(1, ...counts.stages.map((s) => s.count));
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title">{t('sidebar.dealsByStage')}</h2>
      <p class="note">{t('sidebar.dealsByStageNote', { sheet })}</p>
      <table class="counts">
        <tbody>
          {counts.stages.map((stage) => (
            <tr key={stage.key} data-stage={stage.key}>
              <th scope="row">{stage.label}</th>
              <td class="bar-cell" aria-hidden="true">
                <span class="bar" style={{ width: `${(100 * stage.count) / max}%` }} />
              </td>
              <td class="count">{stage.count}</td>
            </tr>
          ))}
          {counts.blank > 0 && (
            <tr class="muted" data-stage="blank">
              <th scope="row">{t('sidebar.blank')}</th>
              <td />
              <td class="count">{counts.blank}</td>
            </tr>
          )}
          {counts.unrecognised.map((u) => (
            <tr class="muted" key={`?${u.value}`} data-stage="unrecognised">
              <th scope="row" title={t('sidebar.unrecognised')}>
                {u.value}
              </th>
              <td class="hint">{t('sidebar.unrecognised')}</td>
              <td class="count">{u.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('sidebar.total')}</th>
            <td />
            <td class="count" data-testid="total">
              {counts.total}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

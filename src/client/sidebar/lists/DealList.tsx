import type { DealSummary } from '../../../core/sidebar/sidebar-api';
import { useTranslate } from '../translate';

interface Props {
  /** Distinguishes the lists' ids and test hooks (`stale`, `due`). */
  id: string;
  title: string;
  empty: string;
  deals: DealSummary[];
  /** The second line of an item: why it is in this list. */
  describe: (deal: DealSummary) => string;
  busy: boolean;
  onSelect: (deal: DealSummary) => void;
}

/** A list of deals (stale, next steps due); each item is a button that selects the deal's row in the sheet. */
export function DealList({ id, title, empty, deals, describe, busy, onSelect }: Props) {
  const t = useTranslate();
  return (
    <section class="deal-list-section" aria-labelledby={`${id}-title`} data-list={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {deals.length === 0 ? (
        <p class="note">{empty}</p>
      ) : (
        <>
          <p class="sr-only" id={`${id}-hint`}>
            {t('sidebar.list.hint')}
          </p>
          <ul class="deal-list">
            {deals.map((deal) => (
              <li key={deal.id}>
                <button type="button" class="deal-item" disabled={busy} aria-describedby={`${id}-hint`} data-deal={deal.id} onClick={() => onSelect(deal)}>
                  <span class="item-name">{deal.name || t('sidebar.deal.noName')}</span>
                  <span class="item-meta">{[deal.company, describe(deal)].filter(Boolean).join(' · ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

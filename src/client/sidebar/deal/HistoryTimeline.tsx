import type { HistoryItem } from '../../../core/sidebar/sidebar-api';
import { formatMoment } from '../format';
import { LazyDetails } from '../LazyDetails';
import { useLanguage, useTranslate } from '../translate';

interface Props {
  history: HistoryItem[];
}

/** The deal's Stage History, newest first: the latest move is what a rep wants to see. */
export function HistoryTimeline({ history }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const items = [...history].reverse();
  return (
    <LazyDetails class="history" summary={t('sidebar.history.title', { count: history.length })}>
      {() => items.length === 0 ? (
        <p class="note">{t('sidebar.history.empty')}</p>
      ) : (
        <ol class="timeline">
          {items.map((item, index) => (
            <li key={`${item.at}-${index}`}>
              <time dateTime={item.at}>{formatMoment(item.at, language)}</time>
              <span class="move">{item.from ? t('sidebar.history.moved', { from: item.from, to: item.to }) : t('sidebar.history.entered', { to: item.to })}</span>
              <span class="note">{item.user ? t('sidebar.history.byVia', { user: item.user, via: t(`sidebar.via.${item.via}`) }) : t(`sidebar.via.${item.via}`)}</span>
            </li>
          ))}
        </ol>
      )}
    </LazyDetails>
  );
}

import { useState } from 'preact/hooks';
import { callServer } from '../rpc';
import { formatTime } from './format';
import { useLanguage, useTranslate } from './translate';

type Progress = { status: 'idle' } | { status: 'busy' } | { status: 'done'; message: string } | { status: 'failed'; message: string };

/** Rebuilds the Conversion and Forecast tabs; a long call, so it shows progress and then what was refreshed. */
export function RefreshReports() {
  const t = useTranslate();
  const language = useLanguage();
  const [progress, setProgress] = useState<Progress>({ status: 'idle' });
  const refresh = () => {
    setProgress({ status: 'busy' });
    callServer('refreshReports').then(
      (result) =>
        setProgress({
          status: 'done',
          message: t('sidebar.refresh.done', { tabs: result.tabs.map((tab) => tab.name).join(', '), deals: result.deals, time: formatTime(result.refreshedAt, language) }),
        }),
      (error: Error) => setProgress({ status: 'failed', message: t('sidebar.refresh.failed', { message: error.message }) }),
    );
  };
  const busy = progress.status === 'busy';
  return (
    <section class="refresh" aria-labelledby="refresh-title" aria-busy={busy ? 'true' : 'false'}>
      <h2 id="refresh-title">{t('sidebar.refresh.title')}</h2>
      {/* aria-disabled, not disabled: the button keeps focus while the reports are rebuilt. */}
      <button type="button" id="refresh-reports" aria-disabled={busy ? 'true' : undefined} aria-describedby="refresh-status" onClick={busy ? undefined : refresh}>
        {busy ? t('sidebar.refresh.busy') : t('sidebar.refresh.button')}
      </button>
      <div id="refresh-status" role="status" class={progress.status === 'failed' ? 'error' : 'note'}>
        {busy && <progress class="progress" aria-label={t('sidebar.refresh.busy')} />}
        {(progress.status === 'done' || progress.status === 'failed') && progress.message}
      </div>
    </section>
  );
}

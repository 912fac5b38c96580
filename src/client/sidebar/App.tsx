import { useEffect, useState } from 'preact/hooks';
import { languageOf, type Language } from '../../core/i18n/language';
import { translate } from '../../core/i18n/strings';
import type { SidebarState } from '../../core/sidebar/sidebar-state';
import { callServer } from '../rpc';
import { StageCounts } from './StageCounts';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; state: SidebarState };

/** The sidebar: one server call for its whole state, then render. */
export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const fetchState = () => {
    setLoad({ status: 'loading' });
    callServer('getSidebarState').then(
      (state) => setLoad({ status: 'ready', state }),
      (error: Error) => setLoad({ status: 'error', message: error.message }),
    );
  };
  useEffect(fetchState, []);

  // Until the server answers, the browser's language is the best guess.
  const language: Language = load.status === 'ready' ? load.state.language : languageOf(navigator.language);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  document.documentElement.lang = language;

  if (load.status === 'loading') {
    return (
      <main aria-busy="true">
        <p class="loading" role="status">
          {t('sidebar.loading')}
        </p>
      </main>
    );
  }
  if (load.status === 'error') {
    return (
      <main>
        <p class="error" role="alert">
          {t('sidebar.error', { message: load.message })}
        </p>
        <button type="button" onClick={fetchState}>
          {t('sidebar.retry')}
        </button>
      </main>
    );
  }
  const { state } = load;
  return (
    <main data-ready="true">
      {state.pipelineSheet === null ? (
        <p class="empty">{t('sidebar.noPipeline')}</p>
      ) : state.counts === null ? (
        <p class="empty">{t('sidebar.noStageColumn', { sheet: state.pipelineSheet })}</p>
      ) : (
        <StageCounts counts={state.counts} sheet={state.pipelineSheet} language={language} />
      )}
    </main>
  );
}

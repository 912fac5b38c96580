import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { languageOf, type Language } from '../../core/i18n/language';
import type { SidebarState } from '../../core/sidebar/sidebar-api';
import { callServer } from '../rpc';
import type { RunCommand } from './commands';
import { PipelineSidebar } from './PipelineSidebar';
import { LanguageContext, translator } from './translate';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; state: SidebarState };

/** Coming back to the sidebar after clicking in the sheet re-reads the state, so the selected deal follows the active row; not more often than this. */
const REFETCH_AFTER_MS = 1500;

/**
 * The sidebar: one server call for its whole state, then one call per command, whose answer
 * carries the new state. Owns the status line every command reports to.
 */
export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  // Answers can cross (a re-read and a command); only the latest request may set the state.
  const sequence = useRef(0);
  const lastRead = useRef(0);
  const busyRef = useRef(false);

  const readState = (quiet: boolean) => {
    const ticket = ++sequence.current;
    lastRead.current = Date.now();
    if (!quiet) setLoad({ status: 'loading' });
    callServer('getSidebarState').then(
      (state) => {
        if (ticket === sequence.current) setLoad({ status: 'ready', state });
      },
      (error: Error) => {
        if (ticket === sequence.current && !quiet) setLoad({ status: 'error', message: error.message });
      },
    );
  };
  useEffect(() => readState(false), []);
  useEffect(() => {
    const onFocus = () => {
      if (!busyRef.current && Date.now() - lastRead.current > REFETCH_AFTER_MS) readState(true);
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  // Until the server answers, the browser's language is the best guess.
  const language: Language = load.status === 'ready' ? load.state.language : languageOf(navigator.language);
  const t = translator(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Layout effect: runs as soon as the state's DOM is committed (controls enabled), not a frame later.
  useLayoutEffect(() => {
    // The "interactive" moment the browser tests measure: first render of the state, controls enabled.
    if (load.status === 'ready' && performance.getEntriesByName('sidebar-interactive').length === 0) performance.mark('sidebar-interactive');
  }, [load.status]);

  const run: RunCommand = async (call, done) => {
    const ticket = ++sequence.current;
    busyRef.current = true;
    setBusy(true);
    setStatus(t('sidebar.working'));
    try {
      const result = await call();
      if (!result.ok) {
        setStatus(t('sidebar.error.fix'));
        return result.errors;
      }
      if (ticket === sequence.current) setLoad({ status: 'ready', state: result.state });
      setStatus(done(result));
      return [];
    } catch (error) {
      const message = t('sidebar.error.server', { message: error instanceof Error ? error.message : String(error) });
      setStatus(message);
      return [{ field: '', message }];
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  let body;
  if (load.status === 'loading') {
    body = <p class="loading">{t('sidebar.loading')}</p>;
  } else if (load.status === 'error') {
    body = (
      <>
        <p class="error" role="alert">
          {t('sidebar.error', { message: load.message })}
        </p>
        <button type="button" onClick={() => readState(false)}>
          {t('sidebar.retry')}
        </button>
      </>
    );
  } else {
    body = (
      <>
        <div class="toolbar">
          <button type="button" class="link" disabled={busy} onClick={() => readState(true)}>
            ↻ {t('sidebar.showActiveRow')}
          </button>
        </div>
        <PipelineSidebar state={load.state} run={run} busy={busy} />
      </>
    );
  }
  return (
    <LanguageContext.Provider value={language}>
      <main data-ready={load.status === 'ready' ? 'true' : undefined} aria-busy={load.status === 'loading' || busy ? 'true' : 'false'}>
        {/* Always in the page, so screen readers are listening before the first message arrives. */}
        <p class="status" role="status" aria-live="polite" data-testid="status">
          {status}
        </p>
        {body}
      </main>
    </LanguageContext.Provider>
  );
}

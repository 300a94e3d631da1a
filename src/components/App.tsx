/**
 * The page: header (lesson, import/export, view), the step toolbar, the network graph with its
 * details, and the side panels. Owns nothing but the wiring; each part reads the store itself.
 */
import { Suspense, useMemo, useRef, useState } from 'react';
import type { AppStore, LessonSync, StoreOptions } from '../store';
import { messages } from '../i18n';
import { NextStep, StepControls } from './controls/StepControls';
import { ScenarioControls } from './controls/ScenarioControls';
import { LessonSyncContext } from './persist/LessonSyncContext';
import { ShareControls } from './persist/ShareControls';
import { SettingsPanel } from './controls/SettingsPanel';
import { ErrorBanner } from './panels/ErrorBanner';
import { LossValue } from './panels/LossPanel';
import { SamplePanel } from './panels/SamplePanel';
import { NetworkEditor } from './data/NetworkEditor';
import { GraphArea, SelectionDetails } from './GraphArea';
import { LossChartPanel } from './LossChartPanel';
import { ExercisePanel } from './quiz/ExercisePanel';
import { LanguageSwitch } from './LanguageSwitch';
import { ViewSwitch } from './values/ViewSwitch';
import { useLanguage } from './hooks/useLanguage';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { usePlayer } from './hooks/usePlayer';
import { StoreProvider, useAppStore, useStoreApi } from './StoreContext';
import { LazyPanel, lazyNamed } from './LazyPanel';

const t = messages.common;

// Below the fold at first: their code (the boundary plot, CSV, gradient bars and check) loads after
// the first paint.
const DataPanel = lazyNamed(() => import('./data/DataPanel'), 'DataPanel');
const DiagnosisPanel = lazyNamed(() => import('./diagnosis/DiagnosisPanel'), 'DiagnosisPanel');
// Only while Predict first is on.
const QuizBar = lazyNamed(() => import('./quiz/QuizBar'), 'QuizBar');
// Only once ? is pressed.
const ShortcutsDialog = lazyNamed(() => import('./panels/ShortcutsDialog'), 'ShortcutsDialog');

/**
 * `VITE_BENCH_WITHOUT_DIAGNOSIS=1 vite build` leaves the diagnosis panel out (a constant, so any
 * other build keeps it and drops this test): bench:ui measures what the panel costs a click and a
 * frame of Play against that build.
 */
const withDiagnosis = import.meta.env.VITE_BENCH_WITHOUT_DIAGNOSIS !== '1';

function Layout() {
  const store = useStoreApi();
  const presentation = useAppStore((s) => s.ui.presentation);
  const setPresentation = useAppStore((s) => s.setPresentation);
  const panelsOpen = useAppStore((s) => s.ui.panelsOpen);
  const predictFirst = useAppStore((s) => s.ui.predictFirst);
  const hasSelection = useAppStore((s) => s.ui.selection !== null);
  const setPanelsOpen = useAppStore((s) => s.setPanelsOpen);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  usePlayer(store);
  const handlers = useMemo(
    () => ({
      togglePlay: () => store.getState().setPlaying(!store.getState().ui.playing),
      toggleHelp: () => setHelpOpen((open) => !open),
    }),
    [store],
  );
  useKeyboardShortcuts(store, handlers);

  return (
    <div
      className={[
        'app',
        presentation && 'presentation',
        presentation && panelsOpen && 'panels-open',
        hasSelection && 'has-selection',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <header className="app-header">
        {/* Two rows: the lesson and its files; then the status and the view. Presentation mode folds
            the file actions away (Panels brings them back) so the header is one row. */}
        <div className="header-lesson">
          <h1>{t.appTitle}</h1>
          <ScenarioControls />
          <ShareControls />
        </div>
        <div className="header-status">
          <NextStep />
          <LossValue />
          <div className="view-controls">
            <ViewSwitch />
            <label className="toggle">
              <input
                type="checkbox"
                checked={presentation}
                onChange={(e) => setPresentation(e.target.checked)}
              />
              {t.view.presentation}
            </label>
            {presentation && (
              <button
                type="button"
                aria-pressed={panelsOpen}
                onClick={() => setPanelsOpen(!panelsOpen)}
                title={t.view.panelsHint}
              >
                {t.view.panels}
              </button>
            )}
            <LanguageSwitch />
            <button
              ref={helpButton}
              type="button"
              onClick={() => setHelpOpen(true)}
              aria-label={t.view.shortcuts}
              title={`${t.view.shortcuts} (?)`}
            >
              ?
            </button>
          </div>
        </div>
      </header>
      {/* The step toolbar belongs to the lesson's main content: inside <main>, so it sits in a
          landmark a screen reader can jump to. */}
      <main className="app-main">
        <StepControls />
        {predictFirst && (
          <Suspense fallback={null}>
            <QuizBar />
          </Suspense>
        )}
        <ErrorBanner />
        <div className="workspace">
          <GraphArea />
          <aside className="side-panels">
            <SelectionDetails />
            <section className="panel loss" aria-labelledby="loss-heading">
              <h2 id="loss-heading">{t.loss.heading}</h2>
              <LossChartPanel />
            </section>
            {withDiagnosis && (
              <LazyPanel heading={messages.diagnosis.heading} className="diagnosis-panel">
                <DiagnosisPanel />
              </LazyPanel>
            )}
            <SamplePanel />
            <ExercisePanel />
            <SettingsPanel />
            <NetworkEditor />
            <LazyPanel heading={messages.data.heading} className="data">
              <DataPanel />
            </LazyPanel>
          </aside>
        </div>
      </main>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} fallback={() => helpButton.current} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * A language switch renders the page again from here, below the store: the lesson and its undo
 * history live in the store and stay; the components read the rewritten catalog as they mount.
 */
function Translated() {
  const language = useLanguage();
  return <Layout key={language} />;
}

export function App({
  options,
  store,
  sync,
}: {
  options?: StoreOptions;
  /** A store made outside (the restored lesson); else one from `options`. */
  store?: AppStore;
  sync?: LessonSync;
}) {
  return (
    <StoreProvider {...(options ? { options } : {})} {...(store ? { store } : {})}>
      <LessonSyncContext.Provider value={sync ?? null}>
        <Translated />
      </LessonSyncContext.Provider>
    </StoreProvider>
  );
}

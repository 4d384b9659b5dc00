// The page: title and summary, filters, view tabs, the selected view and its sources.
// Filters and tabs stay usable while the data loads or after it fails to.
import { memo, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { panelId, TabList, TabPanel, type TabItem } from '../components/ui/Tabs.tsx';
import { FilterBar, ViewFilters } from '../features/filters/index.ts';
import { Summary } from '../features/summary/index.ts';
import { filterIndex, prepareFilterIndex } from '../lib/filter-index.ts';
import { collectionQueryOptions } from '../lib/get-bundle-index.ts';
import { useLinkCheck, useViewState } from '../lib/use-view-state.ts';
import { VIEW_COLLECTION, type ViewName } from '../lib/view-state.ts';
import type { CollectionName } from '../schema/bundle.ts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { IgnoredNotice } from './IgnoredNotice.tsx';
import { LoadError } from './LoadError.tsx';
import { MainView } from './MainView.tsx';
import { preloadView, useViewModule } from './view-modules.ts';
import { SourcesFooter } from './SourcesFooter.tsx';
import { useDashboardData } from './use-dashboard-data.ts';
import { ViewSkeleton } from './ViewSkeleton.tsx';

const TABS: readonly TabItem<ViewName>[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'positions', label: 'Positions' },
  { id: 'claims', label: 'Claims' },
  { id: 'articles', label: 'Articles' },
];

// Skipped when their props are unchanged, as they are while only the filter controls update.
const MemoSummary = memo(Summary);
const MemoViewFilters = memo(ViewFilters);
const MemoMainView = memo(MainView);

/** Start loading a view and its data before its tab is chosen; a failure retries when it opens. */
function preloadOnIntent(queryClient: QueryClient, id: ViewName) {
  preloadView(id).catch(() => {});
  const collection = VIEW_COLLECTION[id];
  if (collection) void queryClient.prefetchQuery(collectionQueryOptions(collection));
}

export function App() {
  const queryClient = useQueryClient();
  const controls = useViewState();
  const { view, setView, ignored, dismissIgnored } = controls;
  const data = useDashboardData(view.view);
  const { index } = data;
  useLinkCheck(controls, index, data.loaded);
  // The controls follow each change at once; the filtered views catch up in a render React
  // can interrupt, so on a large corpus a click never waits for every view to redraw.
  const shown = useDeferredValue(view);
  const { from, to, actors, topics, metrics, status } = shown;

  // The view a link opens on is already loading: view-modules.ts starts it as the script runs.
  // Date orders for filtering are built when the page is idle, not on the first click.
  useEffect(() => {
    if (!index || typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => prepareFilterIndex(index));
    return () => window.cancelIdleCallback(handle);
  }, [index]);
  const filtered = useMemo(
    () => (index ? filterIndex(index, { from, to, actors, topics, metrics, status }) : undefined),
    [index, from, to, actors, topics, metrics, status],
  );

  // The view under the tabs waits for its own collection; a failure there leaves the rest usable.
  const shownReady = data.readyFor(shown.view);
  // A view's filter panel arrives with the view's own chunk, and is drawn with it: drawn
  // earlier, above the stand-in, it would push the stand-in down as the page loads.
  const viewLoaded = useViewModule(view.view).module !== null;
  const shownLoaded = useViewModule(shown.view).module !== null;
  const failure = data.failureFor(view.view);

  // Names each history entry after its view, so Back and Forward menus read sensibly.
  const viewLabel = TABS.find((tab) => tab.id === view.view)?.label;
  useEffect(() => {
    document.title = `${viewLabel} · Peace Talks Tracker`;
  }, [viewLabel]);

  // A "Show source" button disappears with the view it was in; keep the keyboard in the
  // new view rather than dropping it back to the top of the page.
  // Keyed to the view actually drawn, which follows the chosen tab one deferred render later.
  const shownView = useRef(shown.view);
  useEffect(() => {
    if (shownView.current === shown.view) return;
    shownView.current = shown.view;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      document.getElementById(panelId('view'))?.focus({ preventScroll: true });
    }
  }, [shown.view]);

  return (
    <div className="mx-auto flex min-h-screen max-w-6xl flex-col px-3 sm:px-6">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to the dashboard
      </a>
      <header className="pb-3 pt-5">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Peace Talks Tracker</h1>
        <p className="mt-1 text-slate-700">
          The Russia–Ukraine talks hosted by Türkiye, as reported in the news: what happened, who said what, and the
          figures each side claims.
        </p>
        <div className="mt-2">
          <MemoSummary index={index} filtered={filtered} shown={shownReady ? ((VIEW_COLLECTION[shown.view] as Exclude<CollectionName, 'disagreements'> | null) ?? 'articles') : null} failed={data.indexFailed} />
        </div>
      </header>
      <main id="main" className="flex-1 space-y-3">
        {ignored.length > 0 && <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />}
        <FilterBar index={index} view={view} setView={setView} />
        <TabList
          label="Views"
          idPrefix="view"
          items={TABS}
          selected={view.view}
          onSelect={(id) => setView({ view: id })}
          onIntent={(id) => preloadOnIntent(queryClient, id)}
        />
        <TabPanel idPrefix="view" selected={view.view}>
          {failure ? (
            <LoadError error={failure.error} onRetry={failure.retry} retrying={failure.retrying} />
          ) : index && filtered && shownReady ? (
            <>
              {viewLoaded && <MemoViewFilters index={index} view={view} setView={setView} />}
              <MemoMainView index={index} filtered={filtered} view={shown} setView={setView} loaded={shownLoaded} />
            </>
          ) : (
            <ViewSkeleton />
          )}
        </TabPanel>
      </main>
      <SourcesFooter index={index} />
    </div>
  );
}

// The stack's floor: what any dashboard built on this stack pays before drawing anything of
// its own. React 19, TanStack Query and the app's own loaders and zod schemas fetch and check
// the index and the timeline's events, as the first view does, then render one line.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { bundleIndexQueryOptions, collectionQueryOptions } from '../../src/lib/get-bundle-index.ts';

function StackFloorPage() {
  const index = useQuery(bundleIndexQueryOptions);
  const events = useQuery(collectionQueryOptions('events'));
  const ready = index.data !== undefined && events.data !== undefined;
  useEffect(() => {
    if (ready) performance.mark('view-ready:stack');
  }, [ready]);
  return <h1>{ready ? `${index.data.articles.length} articles, ${events.data.length} events` : 'Loading'}</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <StackFloorPage />
    </QueryClientProvider>
  </StrictMode>,
);

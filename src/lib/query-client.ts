// One client for the page. The bundle is a static file built ahead of time, so nothing
// goes stale while the page is open and a refocus never needs to refetch it.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

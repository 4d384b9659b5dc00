// Renders the whole page as a reader would get it: a fresh QueryClient without retries,
// the address bar set to `url`, and fetch answering from the test fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { Providers } from '../../src/app/Providers.tsx';
import type { ArticlePayload, BundleIndex } from '../../src/schema/bundle.ts';

// Other suites share two cores with these: give the first render time to arrive.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

// Tests run from the project root; under jsdom, import.meta.url is not a file URL.
const ROOT = process.cwd();

export const fixtureIndex: BundleIndex = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/bundle-index.json'), 'utf8'),
);

/** Article payloads built from the seed files, so the reader shows real text. */
function articlePayload(id: string): ArticlePayload | null {
  try {
    const text = readFileSync(join(ROOT, 'seeds', `${id}.txt`), 'utf8').replace(/^\uFEFF/, '');
    return { schemaVersion: 1, id, text, boilerplate: [], mentions: [] };
  } catch {
    return null;
  }
}

export type Responder = (url: string) => Response | Promise<Response>;

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const serveFixture: Responder = (url) => {
  if (url.endsWith('/data/bundle/index.json')) return jsonResponse(fixtureIndex);
  const article = /\/data\/bundle\/articles\/([^/]+)\.json$/.exec(url);
  const payload = article?.[1] ? articlePayload(decodeURIComponent(article[1])) : null;
  return payload ? jsonResponse(payload) : new Response('Not found', { status: 404, statusText: 'Not Found' });
};

export function renderApp({ url = '/', respond = serveFixture }: { url?: string; respond?: Responder } = {}) {
  window.history.replaceState(null, '', url);
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return respond(target);
  });
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const user = userEvent.setup();
  const result = render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
  return { ...result, user, client, fetchMock };
}

/** The address bar's query, as the reader would copy it. */
export const currentSearch = () => window.location.search;

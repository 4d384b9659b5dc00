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
import type { ArticlePayload, BundleIndex, Quote } from '../../src/schema/bundle.ts';

// Other suites share two cores with these: give the first render time to arrive.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

// Tests run from the project root; under jsdom, import.meta.url is not a file URL.
const ROOT = process.cwd();

/** The test collection: the index, every collection, and the quotes (which the app reads per article). */
export const fixtureIndex: BundleIndex & { quotes: Quote[] } = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/bundle-index.json'), 'utf8'),
);

/** The files the pipeline would write for the fixture, by name under `data/bundle/`. */
export const fixtureFiles: Record<string, unknown> = {
  index: {
    schemaVersion: fixtureIndex.schemaVersion,
    articles: fixtureIndex.articles,
    actors: fixtureIndex.actors,
    topics: fixtureIndex.topics,
    metrics: fixtureIndex.metrics,
  },
  events: { schemaVersion: fixtureIndex.schemaVersion, events: fixtureIndex.events },
  positions: { schemaVersion: fixtureIndex.schemaVersion, positions: fixtureIndex.positions },
  claims: { schemaVersion: fixtureIndex.schemaVersion, claims: fixtureIndex.claims },
  disagreements: { schemaVersion: fixtureIndex.schemaVersion, disagreements: fixtureIndex.disagreements },
};

/** Article payloads built from the seed files, so the reader shows real text, with the fixture's items. */
function articlePayload(id: string): ArticlePayload | null {
  try {
    const text = readFileSync(join(ROOT, 'seeds', `${id}.txt`), 'utf8').replace(/^\uFEFF/, '');
    const here = <T extends { evidence: { articleId: string }[] }>(items: T[]) => items.filter((item) => item.evidence.some((e) => e.articleId === id));
    return {
      schemaVersion: fixtureIndex.schemaVersion,
      id,
      text,
      boilerplate: [],
      mentions: [],
      events: here(fixtureIndex.events),
      positions: here(fixtureIndex.positions),
      claims: here(fixtureIndex.claims),
      quotes: here(fixtureIndex.quotes),
    };
  } catch {
    return null;
  }
}

export type Responder = (url: string) => Response | Promise<Response>;

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const serveFixture: Responder = (url) => {
  const file = /\/data\/bundle\/(\w+)\.json$/.exec(url)?.[1];
  if (file && file in fixtureFiles) return jsonResponse(fixtureFiles[file]);
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

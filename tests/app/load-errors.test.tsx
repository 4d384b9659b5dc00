import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, fixtureIndex, jsonResponse, renderApp, serveFixture, type Responder } from './render-app.tsx';

const indexFile = fixtureFiles.index as { articles: (typeof fixtureIndex.articles)[number][] };

/** Answers badly the first time `file` is asked for, then serves the real fixture, as after a fixed deploy. */
function failingOnce(bad: () => Response, file = 'index'): Responder {
  let calls = 0;
  return (url) => (url.endsWith(`/${file}.json`) && calls++ === 0 ? bad() : serveFixture(url));
}

describe('when the data cannot be loaded', () => {
  it.each([
    { what: 'a missing file', bad: () => new Response('Not found', { status: 404, statusText: 'Not Found' }), message: /HTTP 404 Not Found/ },
    { what: 'a file that is not JSON', bad: () => new Response('<!doctype html><p>Oops</p>', { status: 200 }), message: /is not valid JSON/ },
    { what: 'a newer bundle version', bad: () => jsonResponse({ ...indexFile, schemaVersion: 4 }), message: /This bundle is version 4; this dashboard reads version 3\./ },
    {
      what: 'an index that breaks the schema',
      bad: () => jsonResponse({ ...indexFile, articles: [{ ...indexFile.articles[0], publishedAt: '10 March 2022' }] }),
      message: /articles\.0\.publishedAt: expected YYYY-MM-DD/,
    },
    {
      what: 'an events file that breaks the schema',
      file: 'events',
      bad: () => jsonResponse({ schemaVersion: 3, events: [{ ...fixtureIndex.events[0], date: '10 March 2022' }] }),
      message: /events\.0\.date: expected YYYY-MM-DD/,
    },
    { what: 'a missing events file', file: 'events', bad: () => new Response('Not found', { status: 404, statusText: 'Not Found' }), message: /HTTP 404 Not Found for \/data\/bundle\/events\.json/ },
  ])('explains $what and recovers on Retry', async ({ bad, message, file }) => {
    const { user } = renderApp({ respond: failingOnce(bad, file) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data could not be loaded');
    expect(alert).toHaveTextContent(message);
    // Filters and tabs stay usable while the data is missing.
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '2025 talks' })).toBeEnabled();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Round of Mar 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows placeholders of fixed size while loading', async () => {
    let release: (response: Response) => void = () => {};
    renderApp({ respond: (url) => (url.endsWith('/index.json') ? new Promise((resolve) => (release = resolve)) : serveFixture(url)) });
    expect(screen.getByRole('status', { name: 'Loading the data' })).toBeInTheDocument();
    release(jsonResponse(indexFile));
    expect(await screen.findByRole('region', { name: 'Round of Mar 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading the data' })).not.toBeInTheDocument();
  });
});

// Failure drills: the data file the app starts from is missing, cut short, not JSON, from a
// future format, or breaks the schema. The page must say so plainly, offer Retry, and recover
// once the data is back. A broken article payload must only affect the reader.
import { describe } from 'vitest';
import type { Route } from 'playwright-core';
import { expect, test } from './support/fixture.ts';
import { ARTICLE_ROUTE, INDEX_ROUTE, builtIndex, collectionRoute, builtIndexFile, builtIndexText } from './support/bundle.ts';
import { loadError, mainHeading, retryButton, viewTab } from './support/app-page.ts';

interface Drill {
  name: string;
  serve: (route: Route) => Promise<void>;
  /** What the message must say about this failure in particular. */
  says: RegExp;
  /** The browser's own console line for this failure, when it writes one. */
  consoleError?: RegExp;
}

const json = (body: string) => ({ status: 200, contentType: 'application/json', body });

const DRILLS: Drill[] = [
  { name: 'missing (404)', serve: (route) => route.fulfill({ status: 404, body: 'Not found' }), says: /404/, consoleError: /status of 404/ },
  { name: 'server error (500)', serve: (route) => route.fulfill({ status: 500, body: 'oops' }), says: /500/, consoleError: /status of 500/ },
  { name: 'network failure', serve: (route) => route.abort('failed'), says: /reach|connection/i, consoleError: /net::ERR_FAILED/ },
  { name: 'truncated JSON', serve: (route) => route.fulfill(json(builtIndexText().slice(0, 500))), says: /not valid JSON/ },
  { name: 'not JSON (an HTML page)', serve: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Gateway says hello</p>' }), says: /not valid JSON/ },
  { name: 'schemaVersion 4', serve: (route) => route.fulfill(json(JSON.stringify({ ...builtIndexFile(), schemaVersion: 4 }))), says: /version 4/ },
  { name: 'schema-invalid (actors not a list)', serve: (route) => route.fulfill(json(JSON.stringify({ ...builtIndexFile(), actors: 'many' }))), says: /actors/ },
  { name: 'empty body', serve: (route) => route.fulfill(json('')), says: /not valid JSON/ },
];

describe('the bundle index fails to load', () => {
  test.for(DRILLS)('$name → clear message and Retry, which recovers once the data is back', async (drill, { app }) => {
    if (drill.consoleError) app.expectConsoleError(drill.consoleError, `the drill serves "${drill.name}" on purpose`);
    const page = await app.newPage();
    await page.route(INDEX_ROUTE, drill.serve);
    await page.goto(app.url('?view=claims'));

    await expect.poll(() => loadError(page).isVisible(), { timeout: 10_000 }).toBe(true);
    const message = (await loadError(page).textContent()) ?? '';
    expect(message).toMatch(/could not be loaded/i);
    expect(message).toMatch(drill.says);
    expect(message).not.toMatch(/undefined|\[object Object\]|SyntaxError: Unexpected/);
    expect(await retryButton(page).isVisible()).toBe(true);
    expect(await mainHeading(page).isVisible()).toBe(true);

    await page.unroute(INDEX_ROUTE);
    await retryButton(page).click();
    await expect.poll(() => viewTab(page, 'claims').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => loadError(page).isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => retryButton(page).count(), { timeout: 10_000 }).toBe(0);
  });
});

describe("a view's own collection fails to load", () => {
  test('that view says so and recovers on Retry; the other views keep working', async ({ app }) => {
    app.expectConsoleError(/status of 500/, 'the drill fails claims.json with a 500 on purpose');
    const page = await app.newPage();
    await page.route(collectionRoute('claims'), (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(app.url('?view=claims'));

    await expect.poll(() => loadError(page).isVisible(), { timeout: 10_000 }).toBe(true);
    expect((await loadError(page).textContent()) ?? '').toMatch(/HTTP 500.*claims\.json/);
    await viewTab(page, 'timeline').click();
    await expect.poll(() => loadError(page).count(), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => page.getByRole('img', { name: /Events over the whole period/ }).isVisible(), { timeout: 10_000 }).toBe(true);

    await page.unroute(collectionRoute('claims'));
    await viewTab(page, 'claims').click();
    // Coming back may already refetch the failed file; Retry is there if it has not.
    if ((await retryButton(page).count()) > 0) await retryButton(page).click().catch(() => undefined);
    await expect.poll(() => loadError(page).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByRole('table').first().isVisible(), { timeout: 10_000 }).toBe(true);
  });
});

describe('an article payload fails to load', () => {
  test('only the reader shows the error; the rest of the page keeps working', async ({ app }) => {
    app.expectConsoleError(/status of 500/, 'the drill fails every article payload with a 500 on purpose');
    const article = builtIndex().articles[0]!;
    const page = await app.newPage();
    await page.route(ARTICLE_ROUTE, (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(app.url(`?view=articles&article=${article.id}`));

    const reader = page.getByRole('region', { name: /reader|article/i }).first();
    await expect.poll(() => reader.getByRole('alert').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(1);
    for (const view of ['timeline', 'positions', 'claims', 'articles'] as const) {
      expect(await viewTab(page, view).isVisible()).toBe(true);
    }
    await viewTab(page, 'timeline').click();
    expect(await viewTab(page, 'timeline').getAttribute('aria-selected')).toBe('true');
    // The view below the tabs follows a deferred copy of the state, so it may lag a frame.
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 5_000 }).toBe(0);
    // The timeline still fetches its own collection, so it may show the loading state first.
    await expect.poll(() => page.getByRole('img', { name: /Events over the whole period/ }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('tabpanel').textContent()).toMatch(/\w/);
  });
});

// Hundreds of broken and hostile share links, each loaded as a real page: the page must
// render, run none of the payloads, stay on its origin and say what it ignored.
import { describe } from 'vitest';
import { expect, test } from './support/fixture.ts';
import { builtIndex } from './support/bundle.ts';
import { SENTINEL, generateLinks } from './support/link-fuzz.ts';
import type { Page } from 'playwright-core';
import { ignoredNotice, mainHeading, summaryLine } from './support/app-page.ts';

/**
 * 60 links from a fixed seed by default: what only a page can show (it renders, runs no payload,
 * stays on its origin, quotes what it ignored). The parser itself meets thousands of these links,
 * and fast-check's, in src/lib/url-state.fuzz.test.ts. E2E_FUZZ_LINKS=2000 E2E_FUZZ_SEED=7 for a
 * longer, different soak.
 */
export const LINK_COUNT = Number(process.env.E2E_FUZZ_LINKS) || 60;
const SEED = Number(process.env.E2E_FUZZ_SEED) || 20261123;
const BATCH = 30;

const links = generateLinks(LINK_COUNT, SEED, builtIndex().actors.map((actor) => actor.id));
const batches = Array.from({ length: Math.ceil(links.length / BATCH) }, (_, n) => links.slice(n * BATCH, (n + 1) * BATCH));

/** The expected params the notice does not (yet) quote, after waiting up to 5 s; null if there is no notice. */
async function noticeMissing(page: Page, expected: string[]): Promise<string[] | null> {
  await summaryLine(page).waitFor({ timeout: 10_000 }).catch(() => undefined);
  let missing: string[] | null = null;
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    const notice = ignoredNotice(page);
    const text = (await notice.isVisible()) ? ((await notice.textContent()) ?? '') : null;
    missing = text === null ? null : expected.filter((param) => !text.includes(`${param}=`));
    if (missing?.length === 0) break;
  }
  return missing;
}

describe(`${LINK_COUNT} generated links (seed ${SEED})`, () => {
  test.for(batches.map((batch, n) => [n * BATCH + 1, n * BATCH + batch.length, batch] as const))(
    'links %i–%i render, run no payload and list what they ignored',
    { timeout: 120_000 },
    async ([, , batch], { app }) => {
      const page = await app.newPage();
      const failures: string[] = [];
      for (const link of batch) {
        const problemsBefore = app.problems.length;
        const fail = (why: string) => failures.push(`${why}\n    link: ${link.search.slice(0, 300)}`);
        await page.goto(app.url(link.search));
        await mainHeading(page).waitFor({ timeout: 10_000 }).catch(() => fail('no main heading'));
        if (new URL(page.url()).origin !== app.origin) fail(`left the site for ${page.url()}`);
        if (await page.evaluate((name) => name in window, SENTINEL)) fail('a payload ran');
        const expected = [...link.badParams, ...link.unknownParams];
        if (expected.length > 0) {
          // Ids are checked against the data once it loads, so the notice may grow for a moment.
          // It quotes each ignored part as `param=value`.
          const missing = await noticeMissing(page, expected);
          if (missing === null) fail('no notice of ignored link parts');
          else for (const param of missing) fail(`notice does not mention "${param}="`);
        }
        for (const problem of app.problems.slice(problemsBefore)) fail(problem);
      }
      expect(failures).toEqual([]);
    },
  );
});

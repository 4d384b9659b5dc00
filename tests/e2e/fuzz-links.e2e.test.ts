// Hundreds of broken and hostile share links, each loaded as a real page: the page must
// render, run none of the payloads, stay on its origin and say what it ignored.
import { describe } from 'vitest';
import { expect, test } from './support/fixture.ts';
import { builtIndex } from './support/bundle.ts';
import { SENTINEL, generateLinks } from './support/link-fuzz.ts';
import { ignoredNotice, mainHeading } from './support/app-page.ts';

export const LINK_COUNT = 300;
const SEED = 20261123;
const BATCH = 50;

const links = generateLinks(LINK_COUNT, SEED, builtIndex().actors.map((actor) => actor.id));
const batches = Array.from({ length: Math.ceil(links.length / BATCH) }, (_, n) => links.slice(n * BATCH, (n + 1) * BATCH));

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
          const notice = ignoredNotice(page);
          const text = (await notice.isVisible()) ? ((await notice.textContent()) ?? '') : '';
          if (text === '') fail('no notice of ignored link parts');
          // The notice quotes each ignored part as `param=value`.
          for (const param of expected) {
            if (!text.includes(`${param}=`)) fail(`notice does not mention "${param}=": ${text.slice(0, 200)}`);
          }
        }
        for (const problem of app.problems.slice(problemsBefore)) fail(problem);
      }
      expect(failures).toEqual([]);
    },
  );
});

// A link is the way to share a view: Copy link must put the current address on the clipboard,
// and that address opened elsewhere must show the same view with the same rows. A link with
// broken parts must still open, and say what it left out.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { expect, test } from './support/fixture.ts';
import { VIEW_NAMES, ignoredNotice, mainHeading, searchParams, summaryLine, viewPanel, viewReady } from './support/app-page.ts';

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** What a reader sees of the data: the summary line and the selected view's text. */
async function visibleRows(page: Page): Promise<{ summary: string; panel: string }> {
  return { summary: await summaryLine(page).innerText(), panel: await viewPanel(page).innerText() };
}

describe('sharing a view', () => {
  test.for(VIEW_NAMES)('Copy link in the %s view reopens the same view with the same rows', async (view, { app }) => {
    const page = await app.open(`?view=${view}`, CLIPBOARD);
    await viewReady(page, view);
    await page.getByRole('button', { name: '2025 talks' }).click();
    await page.waitForURL(/from=2025-01-01/);
    const before = await visibleRows(page);
    await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await page.getByRole('button', { name: /Copy link/ }).first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The timeline is the default view, so its links leave `view` out.
    expect(searchParams(copied)).toEqual({ ...(view === 'timeline' ? {} : { view }), from: '2025-01-01', to: '2025-12-31' });

    const fresh = await app.open(new URL(copied).search);
    await viewReady(fresh, view);
    expect(await visibleRows(fresh)).toEqual(before);
  });

  test('a link with bad values opens the page and lists what was ignored', async ({ app }) => {
    const page = await app.open('?view=positions&from=2025-02-30&actors=ukraine~nobody-at-all&colour=red&status=verified');
    await viewReady(page, 'positions');
    expect(await mainHeading(page).isVisible()).toBe(true);
    const notice = await ignoredNotice(page).innerText();
    for (const part of ['from=2025-02-30', 'nobody-at-all', 'colour=red', 'status=verified']) expect(notice).toContain(part);
    expect(notice).not.toContain('ukraine');
    expect(notice).not.toContain('view=');

    await page.getByRole('button', { name: /Dismiss/ }).click();
    expect(await ignoredNotice(page).count()).toBe(0);
  });
});

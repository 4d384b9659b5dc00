// Each view opens from its link, shows its own content, and is captured at desktop and phone width.
import { describe } from 'vitest';
import { expect, test } from './support/fixture.ts';
import { VIEW_NAMES, mainHeading, viewPanel, viewReady, viewTab } from './support/app-page.ts';

describe('views', () => {
  test.for(VIEW_NAMES)('%s opens from its link and renders at 1280 px and 375 px', async (view, { app }) => {
    const page = await app.open(`?view=${view}`);
    await viewReady(page, view);
    expect(await mainHeading(page).textContent()).toMatch(/Peace Talks Tracker/);
    expect(await viewTab(page, view).getAttribute('aria-selected')).toBe('true');
    expect((await viewPanel(page).innerText()).trim().length).toBeGreaterThan(20);
    await app.screenshot(page, view);

    await page.setViewportSize({ width: 375, height: 800 });
    await viewReady(page, view);
    // Nothing should force the phone layout to scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await app.screenshot(page, `${view}-375`);
  });

  test('clicking the tabs switches view and writes it into the URL', async ({ app }) => {
    const page = await app.open();
    await viewReady(page, 'timeline');
    for (const view of ['positions', 'claims', 'articles', 'timeline'] as const) {
      await viewTab(page, view).click();
      await viewReady(page, view);
      const param = new URL(page.url()).searchParams.get('view');
      expect(param).toBe(view === 'timeline' ? null : view);
    }
  });
});

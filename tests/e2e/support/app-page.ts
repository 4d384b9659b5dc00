// How tests find the dashboard's parts: by role and accessible name, as a user would.
import type { Page } from 'playwright-core';

export const VIEW_NAMES = ['timeline', 'positions', 'claims', 'articles'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const mainHeading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

export const viewTab = (page: Page, view: ViewName) => page.getByRole('tab', { name: new RegExp(view, 'i') });

/** The note that lists link parts the page could not use. */
export const ignoredNotice = (page: Page) => page.getByRole('status').filter({ hasText: /ignored/i }).first();

export const retryButton = (page: Page) => page.getByRole('button', { name: /retry/i });

export const loadError = (page: Page) => page.getByRole('alert').first();

export const viewPanel = (page: Page) => page.getByRole('tabpanel');

/** The line under the title: "2 of 5 articles · 3 events · … in view". */
export const summaryLine = (page: Page) => page.getByTestId('summary');

/** The articles the filters leave in the articles view, as listed. */
export const articleListItems = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem');

/** Waits until the selected view has rendered with its data (not a skeleton). */
export async function viewReady(page: Page, view: ViewName): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${view}$`, 'i'), selected: true }).waitFor();
  await summaryLine(page).waitFor();
  // The app marks each view once it is on screen with its data.
  await page.waitForFunction((name) => performance.getEntriesByName(`view-ready:${name}`).length > 0, view);
  // Charts load on demand; a reader waits for the "Loading…" placeholders to go.
  await page.waitForFunction(() => {
    const panel = document.querySelector('[role="tabpanel"]');
    return panel !== null && !panel.querySelector('[aria-busy="true"]') && !/Loading/.test(panel.textContent ?? '');
  });
}

/** The query string as a plain object, for comparing links. */
export function searchParams(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

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

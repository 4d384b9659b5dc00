// Filters a reader would use: a date preset, typed dates, and an actor picked by typing.
// Each must change what is listed and be written into the link; back and forward undo and redo.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { expect, test } from './support/fixture.ts';
import { builtIndex } from './support/bundle.ts';
import { articleListItems, searchParams, summaryLine, viewReady } from './support/app-page.ts';
import { axeViolations } from './support/axe.ts';

const articlesBetween = (from: string, to: string) =>
  builtIndex().articles.filter((article) => article.publishedAt >= from && article.publishedAt <= to).length;

async function listedArticles(page: Page, expected: number): Promise<void> {
  await expect.poll(() => articleListItems(page).count()).toBe(expected);
  expect(await summaryLine(page).innerText()).toMatch(new RegExp(`^${expected} of ${builtIndex().articles.length} articles`));
}

describe('filters', () => {
  test('a date preset narrows the list, goes into the URL, and back/forward undo and redo it', async ({ app }) => {
    const total = builtIndex().articles.length;
    const page = await app.open('?view=articles');
    await viewReady(page, 'articles');
    await listedArticles(page, total);

    await page.getByRole('button', { name: '2022 talks' }).click();
    await page.waitForURL(/from=2022-02-24/);
    expect(searchParams(page.url())).toMatchObject({ view: 'articles', from: '2022-02-24', to: '2022-12-31' });
    const in2022 = articlesBetween('2022-02-24', '2022-12-31');
    expect(in2022).toBeLessThan(total);
    await listedArticles(page, in2022);
    expect(await page.getByRole('button', { name: '2022 talks' }).getAttribute('aria-pressed')).toBe('true');

    await page.goBack();
    await expect.poll(() => searchParams(page.url()).from).toBeUndefined();
    await listedArticles(page, total);
    await page.goForward();
    await expect.poll(() => searchParams(page.url()).from).toBe('2022-02-24');
    await listedArticles(page, in2022);
  });

  test('typed dates narrow the list and go into the URL', async ({ app }) => {
    const page = await app.open('?view=articles');
    await viewReady(page, 'articles');
    await page.getByRole('textbox', { name: 'From' }).fill('2025-05-12');
    await page.waitForURL(/from=2025-05-12/);
    await listedArticles(page, articlesBetween('2025-05-12', '9999-12-31'));
    await page.getByRole('textbox', { name: 'To' }).fill('2025-05-31');
    await page.waitForURL(/to=2025-05-31/);
    expect(searchParams(page.url())).toMatchObject({ from: '2025-05-12', to: '2025-05-31' });
    await listedArticles(page, articlesBetween('2025-05-12', '2025-05-31'));
  });

  test('a date typed key by key, month first, is kept until whole; retyping a year keeps the filter', async ({ app }) => {
    // en-US orders Chromium's date parts month, day, year; each key of the year reports a whole value.
    const page = await app.open('?view=articles', { locale: 'en-US' });
    await viewReady(page, 'articles');
    const fromField = page.getByRole('textbox', { name: 'From' });
    await fromField.focus();
    await page.keyboard.type('05012025');
    await page.waitForURL(/from=2025-05-01/);
    expect(await fromField.inputValue()).toBe('2025-05-01');
    await listedArticles(page, articlesBetween('2025-05-01', '9999-12-31'));

    await page.keyboard.press('Backspace');
    await page.keyboard.type('20');
    expect(searchParams(page.url()).from).toBe('2025-05-01');
    await page.keyboard.type('22');
    await page.waitForURL(/from=2022-05-01/);
    expect(await fromField.inputValue()).toBe('2022-05-01');
  });

  test('an actor picked by typing narrows the list and goes into the URL', async ({ app }) => {
    const index = builtIndex();
    const kuleba = index.actors.find((actor) => actor.name.includes('Kuleba'));
    expect(kuleba, 'the seeds name Dmytro Kuleba').toBeDefined();
    const mentioning = index.articles.filter((article) => article.actors.includes(kuleba!.id)).length;
    expect(mentioning).toBeGreaterThan(0);
    expect(mentioning).toBeLessThan(index.articles.length);

    const page = await app.open('?view=articles');
    await viewReady(page, 'articles');
    const combobox = page.getByRole('combobox', { name: 'Actors' });
    await combobox.click();
    await combobox.pressSequentially('Kule');
    await expect.poll(() => page.getByRole('option', { name: /Kuleba/ }).isVisible()).toBe(true);
    await combobox.press('Enter');
    await page.waitForURL(new RegExp(`actors=${kuleba!.id}`));
    await listedArticles(page, mentioning);
    expect(await page.getByRole('button', { name: /Remove Dmytro Kuleba/ }).isVisible()).toBe(true);
  });

  test('Tab from the actor field, with its list open, moves to the next control', async ({ app }) => {
    // Chromium makes a scrolling list a Tab stop; the list hides on blur, which left focus on the body.
    const page = await app.open('?view=articles');
    await viewReady(page, 'articles');
    const combobox = page.getByRole('combobox', { name: 'Actors' });
    await combobox.click();
    await combobox.pressSequentially('a');
    await expect.poll(() => page.getByRole('listbox', { name: 'Actors' }).isVisible()).toBe(true);
    // The open list is no Tab stop, and still meets axe's rules (the field drives it, as a combobox does).
    expect(await axeViolations(page)).toEqual([]);
    await combobox.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? `${element.tagName} ${element.textContent?.trim() ?? ''}` : 'none';
    });
    expect(focused).toMatch(/^BUTTON /);
  });
});

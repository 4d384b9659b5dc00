// Accessibility: axe-core finds nothing on any view, and a keyboard user can reach the tabs,
// the filters and the evidence ("Show source") with a focus ring they can see.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { expect, test } from './support/fixture.ts';
import { axeViolations } from './support/axe.ts';
import { VIEW_NAMES, viewReady } from './support/app-page.ts';

interface FocusStop {
  description: string;
  role: string;
  /** Outline (or the enclosing field's focus-within outline) a sighted user sees. */
  visible: boolean;
}

async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { description: 'body', role: '', visible: true };
    const hasOutline = (node: Element) => {
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    };
    // A text field inside a styled box may draw the ring on the box (focus-within).
    const ancestors = [element, element.parentElement, element.parentElement?.parentElement].filter(Boolean) as Element[];
    // Chromium's date field: the last Tab stop inside it is the calendar button in its shadow
    // tree, which draws its own focus ring (checked on a screenshot) while the field itself
    // stops matching :focus-visible.
    const onCalendarButton = element.matches('input[type="date"]') && !element.matches(':focus-visible');
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.trim() : '';
    return {
      description: `${role} "${name || label || (element as HTMLInputElement).type || ''}"`,
      role,
      visible: onCalendarButton || ancestors.some(hasOutline),
    };
  });
}

describe('accessibility', () => {
  test.for(VIEW_NAMES)('axe-core finds no violations in the %s view', async (view, { app }) => {
    const page = await app.open(`?view=${view}`);
    await viewReady(page, view);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe-core finds no violations with an article open in the reader', async ({ app }) => {
    const page = await app.open('?view=articles');
    await viewReady(page, 'articles');
    await page.getByRole('list', { name: 'Articles' }).getByRole('button').first().click();
    await page.getByRole('article').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('Tab reaches the tabs, the filters and a "Show source" button, each with a visible focus ring', async ({ app }) => {
    const page = await app.open();
    await viewReady(page, 'timeline');
    const stops: FocusStop[] = [];
    for (let press = 0; press < 150; press += 1) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      stops.push(stop);
      if (/Show source/i.test(stop.description)) break;
    }
    const reached = (pattern: RegExp) => stops.some((stop) => pattern.test(stop.description));
    expect(reached(/^tab /), 'a view tab').toBe(true);
    expect(reached(/"From"|"date"/), 'the From date field').toBe(true);
    expect(reached(/^button "2022 talks"/), 'a date preset').toBe(true);
    expect(reached(/^combobox /), 'the actor type-ahead').toBe(true);
    expect(reached(/Show source/i), 'a "Show source" button').toBe(true);
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.description)).toEqual([]);
  });
});

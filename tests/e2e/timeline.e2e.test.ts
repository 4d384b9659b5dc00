// The timeline's overview strip in a real browser: dragging across it writes the dates into
// the link, its handles answer the keyboard, and the view fits a phone and passes axe.
import { mkdirSync } from 'node:fs';
import { describe } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { builtIndex } from './support/bundle.ts';
import { parseCsv } from './support/csv.ts';
import { decodePng } from './support/png.ts';
import { expect, test } from './support/fixture.ts';
import { viewReady } from './support/app-page.ts';

const SHOTS = process.env.TIMELINE_SHOTS ?? 'test-results/screenshots';

const stripOf = (page: Page) => page.getByRole('img', { name: /Events over the whole period/ });

describe('timeline strip', () => {
  test('brushing the strip writes the dates into the link and narrows the list', async ({ app }) => {
    const page = await app.open();
    await viewReady(page, 'timeline');
    const box = (await stripOf(page).boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    // The 2022 round sits at the left edge of the period: drag over the first tenth, starting
    // clear of the start handle (pressing on a handle drags that end instead).
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 40, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.05, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.1, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('to'));
    const params = new URL(page.url()).searchParams;
    expect(params.get('to')! < '2023-01-01').toBe(true);
    await expect.poll(() => page.getByRole('region', { name: /^Round of .*2025/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^Round of .*2022/ }).count()).toBe(1);
  });

  test('the handles move with the keyboard', async ({ app }) => {
    const page = await app.open();
    await viewReady(page, 'timeline');
    const start = page.getByRole('slider', { name: 'Start of the date range' });
    await start.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    expect(new URL(page.url()).searchParams.get('from')! > '2025-01-01').toBe(true);
  });

  test('fits 1280 px and 375 px without sideways scrolling, with no axe violations', async ({ app }) => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await app.open();
    await viewReady(page, 'timeline');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/timeline-1280.png`, fullPage: true });
    await page.locator('#timeline-heading').locator('..').screenshot({ path: `${SHOTS}/timeline-1280-top.png` }).catch(() => {});
    await page.screenshot({ path: `${SHOTS}/timeline-1280-fold.png` });
    await page.setViewportSize({ width: 375, height: 800 });
    await viewReady(page, 'timeline');
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(((await stripOf(page).boundingBox())?.width ?? 0) <= 375).toBe(true);
    await page.screenshot({ path: `${SHOTS}/timeline-375.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/timeline-375-fold.png` });
  });
});

async function download(page: Page, button: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await (file as Download).createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

describe('timeline downloads', () => {
  test('CSV and JSON hold the events in view, PNG and SVG the strip, each with the credit line', async ({ app }) => {
    const events = builtIndex().events.filter((event) => event.date >= '2025-01-01');
    const page = await app.open('?from=2025-01-01');
    await viewReady(page, 'timeline');

    const csv = await download(page, 'Events as CSV');
    expect(csv.name).toBe('peace-talks-timeline-2025-01-01_end.csv');
    const table = parseCsv(csv.text);
    expect(table.rows).toHaveLength(events.length);
    expect(table.header).toEqual(expect.arrayContaining(['id', 'date', 'status', 'outlets', 'quote', 'credit']));
    expect(table.rows[0]!.credit).toMatch(/Peace Talks Tracker dataset v3\..*from=2025-01-01/);

    const json = JSON.parse((await download(page, 'Events as JSON')).text);
    expect(json.events.map((event: { id: string }) => event.id).sort()).toEqual(events.map((event) => event.id).sort());

    const svg = await download(page, 'Strip as SVG');
    expect(svg.text).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg.text).toContain('Peace Talks Tracker dataset');
    expect(svg.text).not.toMatch(/<script|javascript:|\son[a-z]+=/i);

    const png = await download(page, 'Strip as PNG');
    expect(png.name).toMatch(/\.png$/);
    const image = decodePng(png.bytes);
    expect(image.width).toBeGreaterThan(600);
    expect(image.height).toBeGreaterThan(100);
  });
});

// The claims view as a reader meets it: one chart per question with every claimant's series
// and the talks rounds, a planted disagreement flagged and listed, no population or tariff
// figure, and a phone layout with nothing scrolling sideways.
import { mkdirSync } from 'node:fs';
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from './support/fixture.ts';
import { axeViolations } from './support/axe.ts';
import { builtIndex, collectionRoute } from './support/bundle.ts';
import { viewReady } from './support/app-page.ts';
import type { Claim, Disagreement } from '../../src/schema/bundle.ts';

const SHOTS = '/tmp/shots-claims';
const SUMMARY = 'Ukraine says 17,200; Russia says 1,351 — late March 2022';

/** The seeds' claims plus a planted counter-claim, a generated run of monthly claims, and the disagreement. */
async function plant(page: Page): Promise<{ claims: Claim[]; disagreement: Disagreement }> {
  const seeds = builtIndex().claims;
  const ukraine = seeds.find((claim) => claim.metric === 'killed')!;
  expect(ukraine, 'the seeds yield a killed claim').toBeDefined();
  const russia: Claim = { ...ukraine, id: 'planted-russia-killed', claimant: 'russia', value: 1351, date: '2022-03-25', verificationEvidence: null };
  const generated: Claim[] = Array.from({ length: 120 }, (_, i) => ({
    ...ukraine,
    id: `generated-${i}`,
    claimant: i % 2 ? 'russia' : 'ukraine',
    subject: i % 2 ? 'ukraine' : 'russia',
    metric: i % 3 ? 'killed' : 'wounded',
    value: 2000 + i * 150,
    date: new Date(Date.UTC(2022, 3 + Math.floor(i / 4), 1 + (i % 4) * 7)).toISOString().slice(0, 10),
    verificationEvidence: null,
  }));
  const claims = [...seeds, russia, ...generated];
  const disagreement: Disagreement = {
    id: 'planted-disagreement',
    kind: 'claim-figures',
    items: [ukraine.id, russia.id],
    metric: 'killed',
    subject: 'russia',
    from: '2022-03-25',
    to: ukraine.date,
    summary: SUMMARY,
  };
  await page.route(collectionRoute('claims'), (route) => route.fulfill({ json: { schemaVersion: 3, claims } }));
  await page.route(collectionRoute('disagreements'), (route) => route.fulfill({ json: { schemaVersion: 3, disagreements: [disagreement] } }));
  return { claims, disagreement };
}

/** The top of a section (heading, legend, chart and first rows), as the reader sees it on screen. */
async function shootTop(page: Page, section: Locator, path: string): Promise<void> {
  await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const box = (await section.boundingBox())!;
  const height = Math.min(box.height, page.viewportSize()!.height - box.y);
  await page.screenshot({ path, clip: { x: box.x, y: box.y, width: box.width, height } });
}

describe('claims view', () => {
  test('charts personnel losses by claimant with the rounds marked, flags and lists a disagreement, stays readable at 375 px', async ({ app }) => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await app.newPage();
    const { claims } = await plant(page);
    await page.goto(app.url('?view=claims'));
    await viewReady(page, 'claims');

    const personnel = page.getByRole('region', { name: /Personnel losses/ });
    await personnel.locator('g[data-marker-date]').first().waitFor();
    const colours = await personnel.locator('g[data-point-id] path:last-child').evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('stroke')))]);
    expect(colours.length).toBeGreaterThanOrEqual(2);
    expect(await personnel.locator('g[data-marker-date]').count()).toBeGreaterThanOrEqual(1);
    expect(await personnel.locator('g[data-point-id]').count()).toBeLessThanOrEqual(150);

    // The planted disagreement: flagged on the row and the mark, listed by the filter.
    const disputedRow = page.locator('tr[data-claim-id="planted-russia-killed"]');
    await expect.poll(() => disputedRow.innerText()).toContain(`Disputed: ${SUMMARY}`);
    expect(await page.locator('g[data-point-id="planted-russia-killed"]').getAttribute('data-flagged')).toBe('true');

    // Nothing that is not a loss or humanitarian figure.
    // (The metric filter lists what the index names; the charts and ledgers are what must not show them.)
    const view = page.getByRole('region', { name: 'Claimed losses and humanitarian figures' });
    expect(await view.innerText()).not.toMatch(/population|tariff/i);
    for (const claim of claims.filter((c) => c.metric === 'population' || c.metric === 'tariff-percent')) {
      expect(await page.locator(`tr[data-claim-id="${claim.id}"]`).count()).toBe(0);
    }

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/claims-1280.png`, fullPage: true });
    await shootTop(page, personnel, `${SHOTS}/personnel-1280.png`);
    await shootTop(page, page.getByRole('region', { name: /Equipment/ }), `${SHOTS}/equipment-1280.png`);

    // Keyboard: the chart takes focus with a visible outline, arrows read a point, Enter opens its sentence.
    const chart = personnel.getByRole('img');
    await chart.focus();
    expect(await chart.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => personnel.locator('[aria-live="polite"]').innerText()).toMatch(/\(1 of \d+\)/);

    await page.getByRole('button', { name: 'Disagreements (1)' }).click();
    const list = page.getByRole('list', { name: 'Disagreements' });
    expect(await list.innerText()).toContain(SUMMARY);
    expect(await page.locator('tr[data-claim-id]').count()).toBe(2);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('button', { name: /^All claims/ }).click();
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const tablesOverflow = await page.locator('table').evaluateAll((tables) => tables.map((t) => t.scrollWidth - t.clientWidth));
    for (const extra of tablesOverflow) expect(extra).toBeLessThanOrEqual(1);
    const verification = disputedRow.getByText('Verification', { exact: true });
    expect(await verification.isVisible()).toBe(true);
    const box = await disputedRow.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(376);
    await page.screenshot({ path: `${SHOTS}/claims-375.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/claims-375-top.png` });
    await disputedRow.screenshot({ path: `${SHOTS}/ledger-card-375.png` });
    await shootTop(page, personnel, `${SHOTS}/personnel-375.png`);

    await chart.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('articles');
  });
});

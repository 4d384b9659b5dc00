// The positions matrix in a real browser: every proposition in view at 1280 px with nothing
// scrolling sideways, a card per proposition at 375 px, and the rounds preset showing a move.
import { describe } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { expect, test } from './support/fixture.ts';
import { viewReady } from './support/app-page.ts';
import { parseCsv } from './support/csv.ts';
import { decodePng } from './support/png.ts';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await (file as Download).createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('positions matrix', () => {
  test('fits every proposition at 1280 px and at 375 px without sideways scrolling', async ({ app }) => {
    const page = await app.open('?view=positions');
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await viewReady(page, 'positions');
      const layout = await page.evaluate(() => {
        const table = document.querySelector('table')!;
        const right = Math.max(...[...table.querySelectorAll('th, td')].map((cell) => cell.getBoundingClientRect().right));
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          tableOverflow: right - document.documentElement.clientWidth,
          rows: table.querySelectorAll('tbody th[scope="row"]').length,
        };
      });
      expect(layout.rows).toBeGreaterThan(5);
      expect(layout.overflow).toBeLessThanOrEqual(1);
      expect(layout.tableOverflow).toBeLessThanOrEqual(1);
    }
  });

  test('the rounds preset lists at least one move and writes the dates and the switch into the link', async ({ app }) => {
    const page = await app.open('?view=positions');
    await viewReady(page, 'positions');
    await page.getByRole('button', { name: /^Compare \d{4} with \d{4}$/ }).click();
    const moves = page.getByRole('list', { name: 'Changes of stance' });
    await moves.waitFor();
    expect(await moves.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await moves.innerText()).toMatch(/→/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toMatch(/^\d{4}-01-01$/);
    expect(params.get('to')).toMatch(/^\d{4}-12-31$/);
    expect(params.get('changes')).toBe('1');

    // The link opens on the same list of moves in a fresh page.
    const shared = await app.open(new URL(page.url()).search);
    await viewReady(shared, 'positions');
    expect(await shared.getByRole('list', { name: 'Changes of stance' }).innerText()).toBe(await moves.innerText());
  });

  test('downloads the matrix as a PNG and the statements in view as CSV', async ({ app }) => {
    const page = await app.open('?view=positions');
    await viewReady(page, 'positions');
    const png = await download(page, 'Download PNG');
    expect(png.name).toBe('peace-talks-positions.png');
    const image = decodePng(png.bytes);
    expect(image.width).toBeGreaterThan(300);
    expect(image.height).toBeGreaterThan(300);
    const csv = await download(page, 'Download CSV');
    const { header, rows } = parseCsv(csv.bytes.toString('utf8'));
    expect(header).toEqual(expect.arrayContaining(['proposition', 'party', 'stance', 'speaker', 'quote']));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => ['for', 'against', 'conditional'].includes(row.stance!))).toBe(true);
  });
});

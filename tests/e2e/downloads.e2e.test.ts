// Downloads from the claims view: a chart as a PNG someone can open, and the rows as a CSV
// that says who claims each figure, how it was verified and where it was read.
import { describe } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { expect, test } from './support/fixture.ts';
import { builtIndex } from './support/bundle.ts';
import { parseCsv } from './support/csv.ts';
import { decodePng } from './support/png.ts';
import { viewReady } from './support/app-page.ts';

async function bytesOf(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
}

describe('claims downloads', () => {
  test('Download PNG saves a whole image with a width and height', async ({ app }) => {
    expect(builtIndex().claims.length, 'the seeds yield claims to chart').toBeGreaterThan(0);
    const page = await app.open('?view=claims');
    await viewReady(page, 'claims');
    await page.getByRole('button', { name: 'Download PNG' }).first().waitFor();
    const { name, bytes } = await download(page, 'Download PNG');
    expect(name).toMatch(/\.png$/);
    const image = decodePng(bytes);
    expect(image.width).toBeGreaterThan(0);
    expect(image.height).toBeGreaterThan(0);
  });

  test('Download SVG saves a standalone SVG document', async ({ app }) => {
    const page = await app.open('?view=claims');
    await viewReady(page, 'claims');
    const { name, bytes } = await download(page, 'Download SVG');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    // The credit line: the dataset version and the link back to the view travel with the image.
    expect(svg).toMatch(/Peace Talks Tracker dataset v\d+\.\d+/);
    expect(svg).toContain('view=claims');
  });

  test('Download CSV has claimant, verification and source columns and one row per table row of its chart', async ({ app }) => {
    const index = builtIndex();
    const page = await app.open('?view=claims');
    await viewReady(page, 'claims');
    const { name, bytes } = await download(page, 'Download CSV');
    expect(name).toMatch(/\.csv$/);
    const { header, rows } = parseCsv(bytes.toString('utf8'));
    expect(header).toEqual(expect.arrayContaining(['claimant', 'claimant_name', 'verification', 'verification_label']));
    expect(header.some((column) => /source|article|outlet/.test(column)), `a source column in ${header.join(',')}`).toBe(true);

    // One set of downloads per chart: the first chart's CSV holds the rows of the first chart's table.
    const firstSection = page.getByRole('heading', { level: 3 }).first().locator('xpath=ancestor::section[1]');
    const tableIds = await firstSection.locator('tr[data-claim-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim-id')));
    expect(rows.map((row) => row.id).sort()).toEqual([...tableIds].sort());
    expect(rows.length).toBeGreaterThan(0);
    const claims = new Map(index.claims.map((claim) => [claim.id, claim]));
    for (const row of rows) {
      const claim = claims.get(row.id!);
      expect(row.claimant).toBe(claim?.claimant);
      expect(row.verification).toBe(claim?.verification);
    }
  });
});

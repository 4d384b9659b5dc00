// The static files a fresh clone serves from public/: an icon, a link preview image and
// robots.txt, referenced by the page. The generated bundle under public/data/ stays out of git.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path));
const html = () => read('index.html').toString('utf8');

describe('public/', () => {
  it('holds a favicon that the page links and that fetches nothing', () => {
    const svg = read('public/favicon.svg').toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|href=|url\(/i);
    expect(html()).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
  });

  it('holds a 1200 × 630 PNG link preview that the page names', () => {
    const png = read('public/social-preview.png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(150_000);
    expect(html()).toContain('<meta property="og:image" content="/social-preview.png" />');
    expect(html()).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it('holds robots.txt for every crawler', () => {
    expect(read('public/robots.txt').toString('utf8')).toMatch(/^User-agent: \*$/m);
  });

  it('keeps the generated bundle, and only it, out of git', () => {
    const ignored = read('.gitignore').toString('utf8').split('\n').map((line) => line.trim());
    expect(ignored).toContain('public/data/');
    expect(ignored.filter((line) => /^\/?public\/?\*?$/.test(line))).toEqual([]);
    expect(existsSync(join(ROOT, 'public/favicon.svg'))).toBe(true);
  });
});

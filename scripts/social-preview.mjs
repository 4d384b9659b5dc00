// Draws public/social-preview.png (1200 × 630, the size link previews use) from the favicon
// and the project's one-line description, in headless Chromium. Run it after changing either:
//   node scripts/social-preview.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const root = new URL('..', import.meta.url);
const icon = readFileSync(new URL('public/favicon.svg', root), 'utf8').replace('<svg ', '<svg width="120" height="120" ');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<body style="margin:0;width:1200px;height:630px;background:#0b3c5d;color:#fff;
  font-family:'Liberation Sans',Arial,sans-serif;display:flex;flex-direction:column;justify-content:center;
  padding:0 90px;box-sizing:border-box">
  <div style="width:120px;height:120px;margin-bottom:40px">${icon}</div>
  <div style="font-size:76px;font-weight:700;letter-spacing:-1px">Peace Talks Tracker</div>
  <div style="font-size:34px;line-height:1.35;margin-top:24px;color:#d6e6f2;max-width:1000px">Talks timeline, party
    positions and attributed loss claims from news articles, each traced to the sentence it came from.</div>
  <div style="height:6px;width:640px;margin-top:48px;background:#fff;border-radius:3px"></div>
</body>`);
await page.screenshot({ path: new URL('public/social-preview.png', root).pathname, type: 'png' });
await browser.close();
console.log('wrote public/social-preview.png');

// Every end-to-end test gets `app`: fresh browser contexts on the built site, each watched by a
// guard that fails the test on a request to another origin, an uncaught page error, a console
// error, a dialog, or a navigation off the site. Nothing is allowed by default; a test that
// injects a failure on purpose names the console line it expects and why.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, inject, test as base } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const SCREENSHOT_DIR = resolve('test-results/screenshots');

interface AllowedConsoleError {
  pattern: RegExp;
  reason: string;
}

export class AppSession {
  readonly baseURL = inject('baseURL');
  readonly origin = new URL(this.baseURL).origin;
  readonly problems: string[] = [];
  /** Every URL any page asked for, in order. */
  readonly requests: string[] = [];
  private readonly contexts: BrowserContext[] = [];
  private readonly allowed: AllowedConsoleError[] = [];

  constructor(private readonly browser: Browser) {}

  /** The site's address with a query string (`?view=claims`) or path appended. */
  url(suffix = ''): string {
    return new URL(suffix, this.baseURL).href;
  }

  /** For drills that break something on purpose: the browser's own report of that failure is expected. */
  expectConsoleError(pattern: RegExp, reason: string): void {
    this.allowed.push({ pattern, reason });
  }

  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    this.contexts.push(context);
    // A missing element should fail within seconds, not the 30 s default.
    context.setDefaultTimeout(15_000);
    context.on('request', (request) => {
      const url = request.url();
      this.requests.push(url);
      if (/^(data|blob):/.test(url)) return;
      if (new URL(url).origin !== this.origin) this.problems.push(`request to another origin: ${url}`);
    });
    context.on('page', (page) => this.watch(page));
    const page = await context.newPage();
    return page;
  }

  /** Opens the site in a fresh context and waits for the page's main heading. */
  async open(suffix = '', options: BrowserContextOptions = {}): Promise<Page> {
    const page = await this.newPage(options);
    await page.goto(this.url(suffix));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  }

  async screenshot(page: Page, name: string): Promise<string> {
    const path = resolve(SCREENSHOT_DIR, `${name}.png`);
    mkdirSync(dirname(path), { recursive: true });
    await page.screenshot({ path, fullPage: true });
    return path;
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close().catch(() => undefined)));
  }

  private watch(page: Page): void {
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (this.allowed.some(({ pattern }) => pattern.test(text))) return;
      this.problems.push(`console error: ${text}`);
    });
    page.on('dialog', (dialog) => {
      this.problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = frame.url();
      if (url !== 'about:blank' && new URL(url).origin !== this.origin) this.problems.push(`navigated away to ${url}`);
    });
  }
}

export const test = base.extend<{ browser: Browser; app: AppSession }>({
  browser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.connect(inject('wsEndpoint'));
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  app: async ({ browser }, use) => {
    const session = new AppSession(browser);
    await use(session);
    await session.close();
    expect(session.problems, 'the page misbehaved (see list)').toEqual([]);
  },
});

export { expect };

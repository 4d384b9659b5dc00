// The built site may load scripts, styles, images and data only from its own origin,
// and the page itself carries no inline script a policy would have to allow.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, inject } from 'vitest';
import { expect, test } from './support/fixture.ts';

const DIST = inject('distDir');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Sources that reach no other origin: the page itself, or bytes the page made (canvas exports). */
const OWN_SOURCES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
};

function expectOwnOriginOnly(policy: string) {
  const parsed = directives(policy);
  for (const [name, allowed] of Object.entries(OWN_SOURCES)) {
    const sources = parsed.get(name) ?? parsed.get('default-src');
    expect(sources, `${name} is set`).toBeDefined();
    expect(sources, name).toContain("'self'");
    for (const source of sources!) expect(allowed, `${name} allows ${source}`).toContain(source);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

describe('content security policy', () => {
  test('the served page sends a policy header that allows only its own origin', async ({ app }) => {
    const page = await app.newPage();
    const response = await page.goto(app.url());
    const header = response?.headers()['content-security-policy'];
    expect(header).toBeTruthy();
    expectOwnOriginOnly(header!);
  });

  test('the built page carries the same policy in a meta tag, and no inline script or handler', () => {
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
      expect(meta, `${file} has a CSP meta tag`).not.toBeNull();
      expectOwnOriginOnly(meta![1]!);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, 'every script is loaded from a file').toMatch(/\bsrc=/);
        expect(body!.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
    }
  });

  test('an injected inline script is refused by the browser', async ({ app }) => {
    app.expectConsoleError(/Content Security Policy/, 'this test injects an inline script to prove the policy blocks it');
    const page = await app.open();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});

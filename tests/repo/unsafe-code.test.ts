// The app renders article text that came from the web, so nothing in src/ may turn strings
// into markup or code. Test files may name these patterns inside string literals (to test
// detectors like this one), so their literals and comments are blanked before scanning.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const FORBIDDEN: Array<[name: string, pattern: RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['innerHTML/outerHTML assignment', /\.(inner|outer)HTML\s*=/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Replaces comments and string/template literals with spaces, keeping line numbers. */
export function blankLiterals(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (match) =>
    match.replace(/[^\n]/g, ' '),
  );
}

export function findUnsafe(code: string, isTestFile: boolean): string[] {
  const scanned = isTestFile ? blankLiterals(code) : code;
  return FORBIDDEN.filter(([, pattern]) => pattern.test(scanned)).map(([name]) => name);
}

describe(findUnsafe, () => {
  it.each([
    ['<div dangerouslySetInnerHTML={{ __html: text }} />', false, ['dangerouslySetInnerHTML']],
    ['const run = eval(source);', false, ['eval(']],
    ['const f = new Function("return 1");', false, ['new Function']],
    ['node.innerHTML = html;', false, ['innerHTML/outerHTML assignment']],
    ['const value = retrieval(x); page.evaluate(y);', false, []],
    ["expect(markup).not.toContain('dangerouslySetInnerHTML');", true, []],
    ["expect(markup).not.toContain('dangerouslySetInnerHTML');", false, ['dangerouslySetInnerHTML']],
  ])('%s (test file: %s) → %j', (code, isTestFile, expected) => {
    expect(findUnsafe(code, isTestFile)).toEqual(expected);
  });
});

describe('src/', () => {
  const files = sourceFiles(SRC);

  it('has source files to scan', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('never turns strings into markup or code', () => {
    const offences = files.flatMap((file) => {
      const isTestFile = /\.test\.(ts|tsx)$/.test(file);
      return findUnsafe(readFileSync(file, 'utf8'), isTestFile).map((name) => `${relative(SRC, file)}: ${name}`);
    });
    expect(offences).toEqual([]);
  });

  it('fetches only relative addresses on its own origin', () => {
    const absoluteFetches = files.filter((file) => /\bfetch\s*\(\s*['"`]https?:/.test(readFileSync(file, 'utf8')));
    expect(absoluteFetches.map((file) => relative(SRC, file))).toEqual([]);
  });
});

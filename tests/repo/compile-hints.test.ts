import { SourceMap } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, shiftSourceMapOneLine, withCompileHint } from '../../scripts/compile-hints.ts';

// "a.js" holds `f()` on its second line; the generated code puts it on the first, column 0.
const MAP = JSON.stringify({ version: 3, sources: ['a.js'], names: [], mappings: 'AACA' });

describe('compile hints', () => {
  it('puts the hint alone on the first line, once', () => {
    expect(withCompileHint('f();')).toBe(`${COMPILE_HINT}\nf();`);
    expect(withCompileHint(withCompileHint('f();'))).toBe(`${COMPILE_HINT}\nf();`);
  });

  it('moves the source map down a line with the code, so it still points at the source', () => {
    const shifted = new SourceMap(JSON.parse(shiftSourceMapOneLine(MAP)));
    expect(shifted.findEntry(1, 0)).toMatchObject({ originalSource: 'a.js', originalLine: 1, originalColumn: 0 });
    expect(shifted.findEntry(0, 0)).toEqual({});
  });

  it('hints every chunk of a build and shifts its map, leaving other files alone', () => {
    const bundle = {
      'assets/index.js': { type: 'chunk', fileName: 'assets/index.js', code: 'f();', map: null },
      'assets/index.js.map': { type: 'asset', fileName: 'assets/index.js.map', source: MAP },
      'assets/index.css': { type: 'asset', fileName: 'assets/index.css', source: 'p{}' },
    };
    const hook = compileHints().generateBundle as { handler: (options: unknown, bundle: unknown) => void };
    hook.handler({}, bundle);
    expect(bundle['assets/index.js'].code).toBe(`${COMPILE_HINT}\nf();`);
    expect(JSON.parse(bundle['assets/index.js.map'].source).mappings).toBe(';AACA');
    expect(bundle['assets/index.css'].source).toBe('p{}');
  });
});

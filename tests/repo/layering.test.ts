// The layering rules hold on the repository, and the checker catches each kind of breach
// when one is planted.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayering, importsOf } from './layering.ts';

const ROOT = path.join(import.meta.dirname, '../..');

/** Every TypeScript source under src/ that ships (tests are not app code), by repository path. */
function sources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(ROOT, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

const withFiles = (extra: Record<string, string>) => new Map([...sources(), ...Object.entries(extra)]);
const rulesBroken = (files: Map<string, string>) => checkLayering(files).map(({ rule, file }) => `${rule} ${file}`);

describe(checkLayering, () => {
  it('finds no breach in the repository', () => {
    const files = sources();
    expect(files.size).toBeGreaterThan(50);
    expect(checkLayering(files)).toEqual([]);
  });

  it('fails when a feature imports another feature', () => {
    const planted = withFiles({ 'src/features/claims/planted.ts': "import { TimelineView } from '../timeline/TimelineView.tsx';\n" });
    expect(rulesBroken(planted)).toEqual(['feature-imports-feature src/features/claims/planted.ts']);
  });

  it('fails when one extractor imports another, type-only imports included', () => {
    const planted = withFiles({ 'src/pipeline/extractors/positions/planted.ts': "import type { Quote } from '../quotes.ts';\nexport type Q = Quote;\n" });
    expect(rulesBroken(planted)).toEqual(['extractor-imports-extractor src/pipeline/extractors/positions/planted.ts']);
  });

  it('lets extractors share the helpers beside them and the reading', () => {
    const planted = withFiles({ 'src/pipeline/extractors/claims/planted.ts': "import { itemId } from '../ids.ts';\nimport { sentenceAt } from '../../reading/sentence-lookup.ts';\n" });
    expect(rulesBroken(planted)).toEqual([]);
  });

  it('fails when the reading imports extractor code', () => {
    const planted = withFiles({ 'src/pipeline/reading/planted.ts': "import { itemId } from '../extractors/ids.ts';\n" });
    expect(rulesBroken(planted)).toEqual(['reading-imports-extractor src/pipeline/reading/planted.ts']);
  });

  it('fails when app code imports the pipeline', () => {
    const planted = withFiles({ 'src/lib/planted.ts': "import type { BuildReport } from '../pipeline/build.ts';\n" });
    expect(rulesBroken(planted)).toEqual(['app-imports-pipeline src/lib/planted.ts']);
  });

  it.each(['node:fs', 'fs', 'path', 'node:child_process', 'fs/promises'])('fails when app code imports the Node module %s', (module) => {
    const planted = withFiles({ 'src/components/ui/planted.ts': `import x from '${module}';\nexport default x;\n` });
    expect(rulesBroken(planted)).toEqual(['app-imports-node src/components/ui/planted.ts']);
  });

  it('lets the pipeline use Node modules', () => {
    expect(rulesBroken(withFiles({ 'src/pipeline/planted.ts': "import { readFileSync } from 'node:fs';\n" }))).toEqual([]);
  });

  it('fails on an import cycle, and says which modules form it', () => {
    const planted = withFiles({
      'src/lib/planted-a.ts': "import { b } from './planted-b.ts';\nexport const a = () => b;\n",
      'src/lib/planted-b.ts': "export { a as b } from './planted-c.ts';\n",
      'src/lib/planted-c.ts': "import { a as first } from './planted-a.ts';\nexport const a = first;\n",
    });
    const found = checkLayering(planted);
    expect(found.map(({ rule }) => rule)).toEqual(['import-cycle']);
    expect(found[0]!.detail).toBe('import cycle: src/lib/planted-a.ts → src/lib/planted-b.ts → src/lib/planted-c.ts → src/lib/planted-a.ts');
  });
});

describe(importsOf, () => {
  it('reads static, type, re-export, side-effect and dynamic imports, not comments', () => {
    const source = [
      "import React from 'react';",
      "import type { A } from './a.ts';",
      "import {\n  b,\n  c,\n} from './b.ts';",
      "export * from './c.ts';",
      "import './style.css';",
      "const lazy = () => import('./d.tsx');",
      "type M = typeof import('./e.ts');",
      "// import { no } from 'node:fs';",
      "/* import no from 'path'; */",
    ].join('\n');
    expect(importsOf(source)).toEqual(['react', './a.ts', './b.ts', './c.ts', './style.css', './d.tsx', './e.ts']);
  });
});

describe('type-only imports', () => {
  it('do not make a cycle, since they are erased; a value import back does', () => {
    const typeBack = withFiles({
      'src/lib/planted-a.ts': "import { b } from './planted-b.ts';\nexport interface A { b: typeof b }\n",
      'src/lib/planted-b.ts': "import type { A } from './planted-a.ts';\nexport const b = (a: A) => a;\n",
    });
    expect(rulesBroken(typeBack)).toEqual([]);
    const valueBack = withFiles({
      'src/lib/planted-a.ts': "import { b } from './planted-b.ts';\nexport const a = b;\n",
      'src/lib/planted-b.ts': "import { a, type A } from './planted-a.ts';\nexport const b = () => a;\n",
    });
    expect(rulesBroken(valueBack)).toEqual(['import-cycle src/lib/planted-a.ts']);
  });

  it('still count as the app depending on the pipeline', () => {
    const planted = withFiles({ 'src/features/claims/planted.ts': "type R = typeof import('../../pipeline/build.ts');\n" });
    expect(rulesBroken(planted)).toEqual(['app-imports-pipeline src/features/claims/planted.ts']);
  });
});

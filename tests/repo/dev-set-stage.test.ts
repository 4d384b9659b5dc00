// `npm test` measures the pipeline on ../shared/devset when that folder is there, and says it
// skipped otherwise. Run on a copy of scripts/test.mjs with npx and npm stubbed, so only the
// staging is under test; the stub fails the eval stage when asked to.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'ptt-stage-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runTestScript(options: { devset: boolean; evalFails?: boolean }): { lines: string[]; code: number | null } {
  const base = mkdtempSync(path.join(work, 'case-'));
  mkdirSync(path.join(base, 'repo', 'scripts'), { recursive: true });
  mkdirSync(path.join(base, 'bin'));
  copyFileSync(path.join(ROOT, 'scripts', 'test.mjs'), path.join(base, 'repo', 'scripts', 'test.mjs'));
  if (options.devset) {
    mkdirSync(path.join(base, 'shared', 'devset'), { recursive: true });
    writeFileSync(path.join(base, 'shared', 'devset', 'truth.json'), '{}');
  }
  const failEval = options.evalFails ? 'case "$*" in *scripts/eval.ts*) exit 1;; esac\n' : '';
  for (const name of ['npx', 'npm']) {
    writeFileSync(path.join(base, 'bin', name), `#!/bin/sh\necho "ran $*"\n${failEval}exit 0\n`);
    chmodSync(path.join(base, 'bin', name), 0o755);
  }
  const result = spawnSync(process.execPath, ['scripts/test.mjs'], {
    cwd: path.join(base, 'repo'),
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.join(base, 'bin')}${path.delimiter}${process.env.PATH}` },
  });
  return { lines: result.stdout.trim().split('\n'), code: result.status };
}

describe('the dev-set stage of npm test', () => {
  it('says it skipped when ../shared/devset is not there, and still ends with the counts line', () => {
    const { lines, code } = runTestScript({ devset: false });
    expect(lines).toContain('=== dev-set figures (floors in tests/eval/floors.json): skipped: ../shared/devset not found');
    expect(lines.some((line) => line.startsWith('ran tsx scripts/eval.ts'))).toBe(false);
    expect(lines.at(-1)).toBe('0 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('runs the eval with the committed floors when the dev set is there', () => {
    const { lines } = runTestScript({ devset: true });
    expect(lines.find((line) => line.startsWith('ran tsx scripts/eval.ts'))).toMatch(/--set \S+devset --floors tests\/eval\/floors\.json$/);
  });

  it('fails the run, before the build, when a figure falls below its floor', () => {
    const { lines, code } = runTestScript({ devset: true, evalFails: true });
    expect(lines.find((line) => line.startsWith('FAILED'))).toMatch(/^FAILED at stage "dev-set figures \(floors in tests\/eval\/floors.json\)" \(exit code 1, /);
    expect(lines.some((line) => line === 'ran run build')).toBe(false);
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
    expect(code).toBe(1);
  });
});

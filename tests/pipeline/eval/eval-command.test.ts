// `npm run eval` as a newsroom would run it, on a tiny labelled set written for this test.
// Article t3 is labelled but not in the manifest, so some truth is always missed and the
// figures below 1 do not depend on how well the extractors read.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/run-cli.ts';

const SET = path.join(REPO, 'tests', 'pipeline', 'eval', 'tiny-set');
const SUMMARY = /^(FALLS SHORT \([a-z_,-]+\) )?claims \d+\/\d+=\d\.\d\d claims_attributed \d+\/\d+=\d\.\d\d claims_prec \d+\/\d+=\d\.\d\d actors \d+\/\d+=\d\.\d\d quotes \d+\/\d+=\d\.\d\d events \d+\/\d+=\d\.\d\d; spans \d+ bad 0; gross 0$/;

function evalCommand(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'eval.ts'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run eval', { timeout: 60_000 }, () => {
  it('prints the figures for a set and passes with no minimum', () => {
    const { code, stdout } = evalCommand('--set', SET);
    expect(stdout.trim().split('\n').at(-1)).toMatch(SUMMARY);
    expect(code).toBe(0);
  });

  it('fails, naming the kind, when a figure is below its minimum', () => {
    const { code, stdout } = evalCommand('--set', SET, '--min', 'claims=0.99', '--min', 'events=0');
    expect(stdout).toMatch(/^FALLS SHORT \(claims\) claims \d\/3=/m);
    expect(code).toBe(1);
  });

  it('lists the misses article by article with --verbose', () => {
    const { stdout } = evalCommand('--verbose', '--set', SET);
    expect(stdout).toContain('== articles/t3_not-in-manifest.txt\n  article missing from the bundle\n');
  });

  it('sums two sets', () => {
    const { stdout } = evalCommand('--set', SET, '--set', SET);
    expect(stdout).toMatch(/claims \d\/6=/);
  });

  it('says what is wrong with a folder that is not a labelled set, and exits 2', () => {
    const { code, stderr } = evalCommand('--set', path.join(REPO, 'tests'));
    expect(stderr).toContain('not a labelled set (no manifest.json and no truth.json)');
    expect(code).toBe(2);
  });
});

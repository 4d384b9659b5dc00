#!/usr/bin/env node
// `npm test`: type-check, unit and component tests, the pipeline's figures on the labelled dev
// set (when ../shared/devset exists; floors in tests/eval/floors.json), production build (which
// runs the pipeline on the seeds), then the end-to-end suite in headless Chromium against that build.
// Stops at the first failing stage. The last line is always `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = resolve(root, 'test-results');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Real articles with hand labels, kept outside the repository (third-party text).
const devset = resolve(root, '..', 'shared', 'devset');

const STAGES = [
  { name: 'type-check', command: npx, args: ['tsc', '-b', 'tsconfig.layers.json'] },
  {
    name: 'unit + component tests',
    command: npx,
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
    report: 'vitest.json',
  },
  {
    // A ratchet: a figure below its floor, a bad evidence span (or a gross error, once the
    // floors file turns that check on) fails the build.
    name: 'dev-set figures (floors in tests/eval/floors.json)',
    command: npx,
    args: ['tsx', 'scripts/eval.ts', '--set', devset, '--floors', 'tests/eval/floors.json'],
    skipUnless: () => existsSync(resolve(devset, 'truth.json')),
    skipped: 'skipped: ../shared/devset not found',
  },
  { name: 'build (pipeline on the seeds + app)', command: npm, args: ['run', 'build'] },
  {
    name: 'end-to-end tests in Chromium',
    command: npx,
    args: [
      'vitest', 'run', '--config', 'tests/e2e/vitest.config.ts',
      '--reporter=default', '--reporter=json', '--outputFile.json=test-results/e2e.json',
    ],
    report: 'e2e.json',
  },
];

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
  });
}

/** Counts from vitest's JSON report; null when the run died before writing one. */
function readCounts(file) {
  const path = resolve(resultsDir, file);
  if (!existsSync(path)) return null;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

const totals = { passed: 0, failed: 0 };
const timings = [];
mkdirSync(resultsDir, { recursive: true });

for (const stage of STAGES) {
  if (stage.skipUnless && !stage.skipUnless()) {
    console.log(`\n=== ${stage.name}: ${stage.skipped}`);
    timings.push(`${stage.name}: ${stage.skipped}`);
    continue;
  }
  if (stage.report) rmSync(resolve(resultsDir, stage.report), { force: true });
  console.log(`\n=== ${stage.name}: ${[stage.command, ...stage.args].join(' ')}`);
  const started = Date.now();
  const code = await run(stage.command, stage.args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = stage.report ? readCounts(stage.report) : null;
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  const countsNote = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : '';
  timings.push(`${stage.name}: ${seconds}s${countsNote}`);
  if (code !== 0) {
    // A stage that fails without failing a test (type errors, a broken build, a crash)
    // still counts once, so the summary never reads "0 failed" on a failing run.
    if (!counts || counts.failed === 0) totals.failed += 1;
    console.log(`\nFAILED at stage "${stage.name}" (exit code ${code}, ${seconds}s); later stages not run.`);
    console.log(timings.join('\n'));
    console.log(`${totals.passed} passed, ${totals.failed} failed`);
    process.exit(1);
  }
}

console.log(`\nAll stages passed.\n${timings.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);

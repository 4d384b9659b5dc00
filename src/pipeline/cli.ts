// `npm run data [-- --in DIR --out FILE]`: reads articles, builds the bundle, writes
// it. The only part of the pipeline that touches the file system. Input problems are
// printed one per line and the previous output is left untouched (exit code 1).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildWithReport } from './build.ts';
import { InputError, InputErrors } from './errors.ts';
import { readInput } from './read-input.ts';
import { writeOutputs } from './write-output.ts';
import { summary } from './summary.ts';

const DEFAULT_IN = 'seeds';
const DEFAULT_OUT = path.join('public', 'data', 'bundle.json');

function main(): number {
  const { values } = parseArgs({
    options: { in: { type: 'string', default: DEFAULT_IN }, out: { type: 'string', default: DEFAULT_OUT } },
  });
  const started = performance.now();
  try {
    const report = buildWithReport(readInput(values.in!));
    writeOutputs(values.out!, report.bundle);
    for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stderr.write(`${summary(report, values.out!, performance.now() - started)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputErrors || error instanceof InputError) {
      const problems = error instanceof InputErrors ? error.problems : [error];
      for (const problem of problems) process.stderr.write(`${problem.message}\n`);
      process.stderr.write(`${problems.length} input problem(s); nothing was written.\n`);
      return 1;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nNothing was written.\n`);
    return 1;
  }
}

process.exitCode = main();

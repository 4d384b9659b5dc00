// `npm run data [-- --in DIR --out FILE]`: reads articles, builds the bundle, writes
// it. The only part of the pipeline that touches the file system. Input problems are
// printed one per line and the previous output is left untouched (exit code 1).
// `--explain ITEM_ID` builds the same way but writes nothing: it prints that item, its
// evidence sentences and the rules that made it.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BundleCheckError } from './assemble/check-bundle.ts';
import { buildWithReport } from './build.ts';
import { explainItem } from './explain.ts';
import { InputError, InputErrors } from './errors.ts';
import { readInput } from './read-input.ts';
import { writeOutputs } from './write-output.ts';
import { summary } from './summary.ts';

const DEFAULT_IN = 'seeds';
const DEFAULT_OUT = path.join('public', 'data', 'bundle.json');

const USAGE = `usage: npm run data [-- --in DIR --out FILE | --explain ITEM_ID]  (defaults: --in ${DEFAULT_IN} --out ${DEFAULT_OUT})`;

function options(): { in: string; out: string; explain?: string } | null {
  try {
    const { values } = parseArgs({
      options: {
        in: { type: 'string', default: DEFAULT_IN },
        out: { type: 'string', default: DEFAULT_OUT },
        explain: { type: 'string' },
      },
    });
    return { in: values.in!, out: values.out!, explain: values.explain };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return null;
  }
}

function main(): number {
  const values = options();
  if (!values) return 2;
  const started = performance.now();
  try {
    const report = buildWithReport(readInput(values.in));
    if (values.explain !== undefined) return explain(report, values.explain, values.in);
    writeOutputs(values.out, report.bundle);
    for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stderr.write(`${summary(report, values.out, performance.now() - started)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputErrors || error instanceof InputError) {
      const problems = error instanceof InputErrors ? error.problems : [error];
      for (const problem of problems) process.stderr.write(`${problem.message}\n`);
      process.stderr.write(`${problems.length} input problem(s); nothing was written.\n`);
      return 1;
    }
    // Anything else is a bug in a pipeline step: the stack says where.
    const detail = error instanceof BundleCheckError ? error.message : error instanceof Error ? error.stack : String(error);
    process.stderr.write(`${detail}\nNothing was written.\n`);
    return 1;
  }
}

function explain(report: ReturnType<typeof buildWithReport>, id: string, dir: string): number {
  const lines = explainItem(report.bundle, report.rules, id);
  if (!lines) {
    process.stderr.write(`no item with id "${id}" in the bundle built from ${dir}\n`);
    return 1;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main();

// `npm run eval -- --set DIR [--set DIR2] [--min KIND=R ...] [--verbose]`: builds a bundle
// from each labelled set (articles/, manifest.json, truth.json) and prints how much of the
// hand-labelled truth it finds, the same figures as the dev set's score.py. Exit 1 when a
// figure is below its --min, when an evidence span is not exact, or on a gross error; 2 when
// the command or the set cannot be used.
import { InputError, InputErrors } from '../src/pipeline/errors.ts';
import { evaluate, parseEvalArgs, USAGE, type EvalOptions } from './eval/run.ts';

function main(): number {
  let options: EvalOptions;
  try {
    options = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  try {
    const { lines, ok } = evaluate(options);
    process.stdout.write(`${lines.join('\n')}\n`);
    return ok ? 0 : 1;
  } catch (error) {
    if (error instanceof InputErrors || error instanceof InputError) {
      const problems = error instanceof InputErrors ? error.problems : [error];
      for (const problem of problems) process.stderr.write(`${problem.message}\n`);
      process.stderr.write(`the pipeline refused the set: ${problems.length} input problem(s)\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main();

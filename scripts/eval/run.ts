// Runs the evaluation: parses the options, builds and scores every set, and says what to
// print and whether the figures pass. scripts/eval.ts is the command; CI calls it with floors.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSet } from './build-set.ts';
import { emptyScore, failures, report, scoreSet } from './score.ts';

export const USAGE = 'usage: npm run eval -- --set DIR [--set DIR2 ...] [--min KIND=R ...] [--verbose]';

export interface EvalOptions {
  sets: string[];
  mins: [string, number][];
  verbose: boolean;
  /** Whether a gross error fails the run (score.py: always). */
  grossFails?: boolean;
}

export function parseEvalArgs(args: string[]): EvalOptions {
  const { values } = parseArgs({
    args,
    options: {
      set: { type: 'string', multiple: true, default: [] },
      min: { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', default: false },
    },
  });
  const mins = values.min!.map((entry): [string, number] => {
    const [kind, value] = entry.split('=');
    const min = Number(value);
    if (!kind || value === undefined || value.trim() === '' || Number.isNaN(min)) throw new Error(`--min ${entry}: expected KIND=R, e.g. claims=0.9`);
    return [kind, min];
  });
  if (values.set!.length === 0) throw new Error('no --set given');
  for (const set of values.set!) {
    const missing = ['manifest.json', 'truth.json'].filter((file) => !existsSync(path.join(set, file)));
    if (missing.length > 0) throw new Error(`${set}: not a labelled set (no ${missing.join(' and no ')})`);
  }
  return { sets: values.set!, mins, verbose: values.verbose! };
}

/** Scores every set; returns the lines to print and whether the run passed. */
export function evaluate(options: EvalOptions): { lines: string[]; ok: boolean } {
  const score = emptyScore();
  const work = mkdtempSync(path.join(tmpdir(), 'ptt-eval-'));
  try {
    options.sets.forEach((set, index) => {
      const bundle = buildSet(set, path.join(work, String(index)));
      const truth = JSON.parse(readFileSync(path.join(set, 'truth.json'), 'utf8'));
      scoreSet(bundle, truth, score);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const fails = failures(score, options.mins, { gross: options.grossFails ?? true });
  const misses = options.verbose ? score.misses.flatMap(({ file, lines }) => [`== ${file}`, ...lines]) : [];
  return { lines: [...misses, ...report(score, fails)], ok: fails.length === 0 };
}

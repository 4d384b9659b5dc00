// Runs the evaluation: parses the options, builds and scores every set, and says what to
// print and whether the figures pass. scripts/eval.ts is the command; CI calls it with floors.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSet } from './build-set.ts';
import { emptyScore, failures, KINDS, report, scoreSet, type Kind } from './score.ts';

export const USAGE = 'usage: npm run eval -- --set DIR [--set DIR2 ...] [--min KIND=R ...] [--floors FILE] [--verbose]';

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
      floors: { type: 'string' },
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
  const floors = values.floors ? readFloors(values.floors) : null;
  return {
    sets: values.set!,
    mins: [...(floors?.mins ?? []), ...mins],
    verbose: values.verbose!,
    grossFails: floors?.failOnGrossErrors ?? true,
  };
}

/**
 * A floors file (tests/eval/floors.json): one minimum per kind, and whether a gross error
 * fails the run. CI raises the floors as the figures rise.
 */
export function readFloors(file: string): { mins: [string, number][]; failOnGrossErrors: boolean } {
  const problem = (what: string) => new Error(`${file}: ${what}`);
  let value: { floors?: Record<string, unknown>; failOnGrossErrors?: unknown };
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw problem(error instanceof Error ? error.message : String(error));
  }
  const floors = value.floors ?? {};
  const mins = Object.entries(floors).map(([kind, min]): [string, number] => {
    if (!KINDS.includes(kind as Kind)) throw problem(`floors.${kind}: not a kind (${KINDS.join(', ')})`);
    if (typeof min !== 'number' || min < 0 || min > 1) throw problem(`floors.${kind}: expected a number from 0 to 1`);
    return [kind, min];
  });
  if (typeof value.failOnGrossErrors !== 'boolean') throw problem('failOnGrossErrors: expected true or false');
  return { mins, failOnGrossErrors: value.failOnGrossErrors };
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

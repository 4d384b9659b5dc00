// The committed floors file that `npm test` measures the dev set against.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalArgs, readFloors } from '../../../scripts/eval/run.ts';
import { KINDS } from '../../../scripts/eval/score.ts';
import { REPO } from '../cli/run-cli.ts';

const FLOORS = path.join(REPO, 'tests', 'eval', 'floors.json');

describe(readFloors, () => {
  it('has one floor for every kind and says whether gross errors fail', () => {
    const { mins, failOnGrossErrors } = readFloors(FLOORS);
    expect(mins.map(([kind]) => kind).sort()).toEqual([...KINDS].sort());
    expect(typeof failOnGrossErrors).toBe('boolean');
  });

  it('turns the gross-error check off or on for the run', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ptt-floors-'));
    const file = (gross: boolean) => {
      const name = path.join(dir, `floors-${gross}.json`);
      writeFileSync(name, JSON.stringify({ floors: { claims: 0.5 }, failOnGrossErrors: gross }));
      return name;
    };
    const set = path.join(REPO, 'tests', 'pipeline', 'eval', 'tiny-set');
    expect(parseEvalArgs(['--set', set, '--floors', file(false), '--min', 'quotes=0.2'])).toMatchObject({
      mins: [['claims', 0.5], ['quotes', 0.2]],
      grossFails: false,
    });
    expect(parseEvalArgs(['--set', set, '--floors', file(true)]).grossFails).toBe(true);
    expect(parseEvalArgs(['--set', set]).grossFails).toBe(true);
  });

  it('refuses a floor for a kind that does not exist', () => {
    const name = path.join(mkdtempSync(path.join(tmpdir(), 'ptt-floors-')), 'floors.json');
    writeFileSync(name, JSON.stringify({ floors: { claim: 0.5 }, failOnGrossErrors: false }));
    expect(() => readFloors(name)).toThrow('floors.claim: not a kind');
  });
});

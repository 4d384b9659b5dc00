import { describe, expect, it } from 'vitest';
import { BundleCheckError, checkBundle } from '../../../src/pipeline/assemble/check-bundle.ts';
import { buildBundle } from '../../../src/pipeline/build.ts';
import { readInput } from '../../../src/pipeline/read-input.ts';
import { Bundle } from '../../../src/schema/bundle.ts';

const bundle = buildBundle(readInput('seeds'));
const copy = () => structuredClone(bundle) as Bundle;

function problemsOf(candidate: Bundle): string[] {
  try {
    checkBundle(candidate);
  } catch (error) {
    if (error instanceof BundleCheckError) return error.problems;
    throw error;
  }
  return [];
}

// The check runs the schema's compiled fast path: it must answer as the ordinary parser does.
describe(checkBundle, { timeout: 30_000 }, () => {
  it('returns what the schema parser returns: fresh objects, schema key order, unknown keys dropped', () => {
    const candidate = copy();
    const { id, ...rest } = candidate.events[0]!;
    candidate.events[0] = { ...rest, id, extra: 'dropped' } as unknown as Bundle['events'][number];
    const checked = checkBundle(candidate);
    expect(JSON.stringify(checked)).toBe(JSON.stringify(Bundle.parse(candidate)));
    expect(JSON.stringify(checked)).toBe(JSON.stringify(bundle));
    expect(checked.events[0]).not.toBe(candidate.events[0]);
  });

  it('rejects what the schema rejects, with its messages', () => {
    const candidate = copy();
    candidate.claims[0]!.evidence[0]!.start = -1;
    (candidate.events[0] as { kind: string }).kind = 'party';
    const expected = Bundle.safeParse(candidate).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(problemsOf(candidate)).toEqual(expected);
  });

  it('still checks evidence against the article text', () => {
    const candidate = copy();
    candidate.quotes[0]!.evidence[0]!.quote = 'not these words';
    expect(problemsOf(candidate).join('\n')).toContain('is not the quoted words');
  });
});

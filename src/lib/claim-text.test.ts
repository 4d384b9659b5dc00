import { describe, expect, it } from 'vitest';
import type { Claim } from '../schema/bundle.ts';
import { claimSentence, formatClaimValue } from './claim-text.ts';

const base: Claim = {
  id: 'c1',
  origin: 'extracted',
  evidence: [{ articleId: 'a', start: 0, end: 1, quote: 'x' }],
  metric: 'killed',
  value: 17200,
  valueHigh: null,
  qualifier: null,
  unit: 'soldiers',
  subject: 'russia',
  claimant: 'ukraine-army',
  date: '2022-03-29',
  verification: 'unverified',
  asOf: null, verificationEvidence: null,
};

describe(formatClaimValue, () => {
  it.each([
    [{ value: 17200, valueHigh: null, qualifier: null, unit: 'soldiers' }, '17,200'],
    [{ value: 2_000_000, valueHigh: null, qualifier: 'more than', unit: 'people' }, 'more than 2 million'],
    [{ value: 5, valueHigh: 7, qualifier: null, unit: 'ships' }, '5–7'],
    [{ value: 1000, valueHigh: 1200, qualifier: 'between', unit: 'prisoners' }, '1,000–1,200'],
    [{ value: 1000, valueHigh: 1200, qualifier: 'up to', unit: 'prisoners' }, 'up to 1,000–1,200'],
    [{ value: 500, valueHigh: null, qualifier: null, unit: '%' }, '500%'],
  ])('%o → %s', (claim, expected) => {
    expect(formatClaimValue(claim)).toBe(expected);
  });
});

describe(claimSentence, () => {
  it('names claimant, figure, status and date', () => {
    expect(claimSentence(base, { claimant: 'Ukrainian armed forces', subject: 'Russia' })).toBe(
      "According to Ukrainian armed forces: 17,200 soldiers killed on Russia's side (not independently verified) — 29 Mar 2022",
    );
  });

  it("leaves a claimant's loaded word for the dead out of our own label", () => {
    expect(claimSentence({ ...base, unit: 'occupiers' }, { claimant: 'Ukraine', subject: 'Russia' })).toBe(
      "According to Ukraine: 17,200 killed on Russia's side (not independently verified) — 29 Mar 2022",
    );
  });

  it('says plainly when no source is named', () => {
    const claim = { ...base, claimant: 'unattributed', metric: 'population' as const, value: 44_000_000, unit: 'people', verification: 'unknown' as const };
    expect(claimSentence(claim, { claimant: 'unattributed', subject: 'Ukraine' })).toBe(
      'No source named: 44 million people in Ukraine (verification not stated) — 29 Mar 2022',
    );
  });
});

// The scorer against small bundles written by hand, so every figure below can be checked on paper.
// The rules mirror the dev set's score.py; each case names the rule it pins.
import { describe, expect, it } from 'vitest';
import { checkSpans, emptyScore, failures, fixed2, report, scoreSet, type Score } from '../../../scripts/eval/score.ts';

const TEXT = '🕊 Ukraine said Russia lost 40 tanks. 3,000 refugees fled; 60 fuel tanks burned.';
const span = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return { articleId: 'a1', start, end: start + quote.length, quote };
};

function bundle(overrides: Record<string, unknown> = {}) {
  return {
    articles: [{ id: 'a1', file: 'a1_report.txt', text: TEXT }],
    actors: [{ id: 'olena-kovalenko', party: 'ukraine' }, { id: 'ukraine', party: null }],
    claims: [
      { metric: 'tanks', value: 40, claimant: 'olena-kovalenko', evidence: [span('Ukraine said Russia lost 40 tanks.')] },
      { metric: 'killed', value: 3000, claimant: 'ukraine', evidence: [span('3,000 refugees fled')] },
      { metric: 'tanks', value: 60, claimant: null, evidence: [span('60 fuel tanks burned')] },
    ],
    quotes: [{ speaker: 'olena-kovalenko', text: 'Russia lost 40 tanks', evidence: [span('Russia lost 40 tanks')] }],
    events: [{ date: '2025-06-01', endDate: '2025-06-04', participants: ['russia'], evidence: [span('Ukraine said')] }],
    positions: [],
    mentions: [],
    ...overrides,
  };
}

const truth = {
  articles: [
    {
      file: 'articles/a1_report.txt',
      actors: [
        { id: 'ukraine' }, { id: 'russia' },
        { id: 'o-kovalenko', country: 'ukraine' }, // same surname: counts
        { id: 'belarus', optional: true },
        { id: 'turkey' },
      ],
      numericClaims: [
        { value: 40, metric: 'tanks', claimant: 'ukraine', quote: 'lost 40 tanks' }, // a person of that side
        { value: 3000, metric: 'other', claimant: 'united-nations', quote: '3,000 refugees' }, // other matches any metric
        { value: 12, metric: 'drones', claimant: 'russia', quote: '12 drones' },
      ],
      quotes: [
        { speaker: 'olena-kovalenko', text: 'Russia lost 40 tanks!' }, // punctuation and case are ignored
        { speaker: 'ukraine', text: 'Russia lost 40' }, // found, wrong speaker
      ],
      events: [{ date: '2025-06-03' }, { date: '2025-06-05' }], // inside the range; after it
    },
    { file: 'articles/a2_absent.txt', actors: [{ id: 'ukraine' }], numericClaims: [{ value: 1, metric: 'killed' }], quotes: [], events: [] },
  ],
};

function scored(b = bundle()): Score {
  const score = emptyScore();
  scoreSet(b, truth, score);
  return score;
}

describe(scoreSet, () => {
  it('counts each kind as score.py does', () => {
    expect(scored().tally).toEqual({
      claims: [2, 4],
      claims_attributed: [1, 4],
      claims_prec: [2, 3],
      actors: [3, 5],
      quotes: [1, 2],
      events: [1, 2],
    });
  });

  it('flags a killed figure read from a sentence about people fleeing, and tanks from fuel tanks', () => {
    expect(scored().gross).toEqual([
      'articles/a1_report.txt: a killed figure from a sentence about people fleeing: 3000',
      "articles/a1_report.txt: tanks from 'fuel tanks': 60",
    ]);
  });

  it('lists every miss by article, in the words score.py prints', () => {
    expect(scored().misses).toEqual([
      {
        file: 'articles/a1_report.txt',
        lines: [
          "  claimant: 3000 other: truth united-nations, bundle ['ukraine']  | 3,000 refugees",
          '  claim missed: 12 drones (russia)  | 12 drones',
          '  claim not in truth: 60 tanks (None)  | 60 fuel tanks burned',
          '  actor missed: turkey',
          "  quote: ukraine, bundle speaker ['olena-kovalenko']  | Russia lost 40",
          '  event missed: 2025-06-05 None  | ',
        ],
      },
      { file: 'articles/a2_absent.txt', lines: ['  article missing from the bundle'] },
    ]);
  });

  it('counts a claim as precise when its value is the upper bound of a range', () => {
    const truthWithRange = { articles: [{ ...truth.articles[0], numericClaims: [{ value: 10, valueHigh: 60, metric: 'tanks' }] }] };
    const score = emptyScore();
    scoreSet(bundle(), truthWithRange, score);
    expect(score.tally.claims_prec).toEqual([1, 3]);
  });
});

describe(checkSpans, () => {
  it('checks offsets in UTF-16 code units (the dove before the text takes two)', () => {
    expect(checkSpans(bundle())).toEqual({ checked: 5, problems: [] });
  });

  it('reports a span that is off by one code unit', () => {
    const shifted = { articleId: 'a1', start: 1, end: 8, quote: 'Ukraine' };
    const { problems } = checkSpans(bundle({ quotes: [{ speaker: null, text: 'Ukraine', evidence: [shifted] }] }));
    expect(problems).toEqual(["quotes: span 1-8 of a1 != 'Ukraine'"]);
  });
});

describe(fixed2, () => {
  it.each([
    [[7, 8], '0.88'], [[5, 8], '0.62'], [[1, 8], '0.12'], [[3, 8], '0.38'], [[2, 3], '0.67'], [[0, 0], '0.00'], [[56, 112], '0.50'],
  ] as const)('%j prints as Python prints it: %s', (pair, text) => {
    expect(fixed2([...pair])).toBe(text);
  });
});

describe(failures, () => {
  it('fails a figure below its minimum, unknown kinds, bad spans and gross errors', () => {
    const score = scored();
    expect(failures(score, [['claims', 0.5], ['quotes', 0.6], ['nonsense', 0.1]])).toEqual(['quotes', 'nonsense', 'gross-errors']);
    expect(failures(score, [], { gross: false })).toEqual([]);
    expect(failures(emptyScore(), [])).toEqual(['evidence-spans']);
  });

  it('prints the summary line after the gross errors', () => {
    const score = scored();
    expect(report(score, failures(score, [])).at(-1)).toBe(
      'FALLS SHORT (gross-errors) claims 2/4=0.50 claims_attributed 1/4=0.25 claims_prec 2/3=0.67 actors 3/5=0.60 quotes 1/2=0.50 events 1/2=0.50; spans 5 bad 0; gross 2',
    );
  });
});

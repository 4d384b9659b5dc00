import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../src/pipeline/input/manifest.ts';

const entry = (file: unknown, publishedAt = '2025-05-15') => ({
  file, title: 'Talks', outlet: 'Test Wire', url: null, publishedAt, language: 'en', dateNote: '',
});

function problems(articles: unknown[]): string[] {
  const text = JSON.stringify({ articles }, null, 1);
  return checkManifest(JSON.parse(text), text).problems.map((problem) => problem.message);
}

describe(checkManifest, () => {
  it('names the file of the entry a problem is in, beside its index', () => {
    const articles = [0, 1, 2, 3, 4].map((n) => entry(`${n}.txt`)).concat(entry('sixth.txt', '2025-5-3'));
    expect(problems(articles)).toEqual([expect.stringMatching(/^manifest\.json: articles\[5\] \(sixth\.txt\)\.publishedAt: malformed date "2025-5-3"/)]);
  });

  it('names the file for a shape problem too', () => {
    expect(problems([entry('a.txt'), { ...entry('b.txt'), outlet: 7 }])).toEqual([
      expect.stringMatching(/^manifest\.json: articles\[1\] \(b\.txt\)\.outlet: wrong type \(expected string\)/),
    ]);
  });

  it('gives only the index when the entry has no usable file', () => {
    expect(problems([entry(42)])).toEqual([expect.stringMatching(/^manifest\.json: articles\[0\]\.file: wrong type/)]);
  });
});

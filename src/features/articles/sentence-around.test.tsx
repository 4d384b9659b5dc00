import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence-around.ts';

const TEXT =
  'Talks resumed today.\n\nThe army also claimed Russia has lost 597 tanks, 1,710 armoured vehicles and seven ships – but neither of these claims have been independently verified. The U.S. said “no comment.” Next line\nLast words';

function around(fragment: string) {
  const start = TEXT.indexOf(fragment);
  const range = sentenceAround(TEXT, start, start + fragment.length);
  return TEXT.slice(range.start, range.end);
}

describe(sentenceAround, () => {
  it.each([
    ['1,710 armoured vehicles', 'The army also claimed Russia has lost 597 tanks, 1,710 armoured vehicles and seven ships – but neither of these claims have been independently verified.'],
    ['Talks resumed today.', 'Talks resumed today.'],
    ['said', 'The U.S. said “no comment.”'],
    ['Next', 'Next line'],
    ['words', 'Last words'],
  ])('%s → %s', (fragment, sentence) => {
    expect(around(fragment)).toBe(sentence);
  });
});

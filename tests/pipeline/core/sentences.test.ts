import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/sentences.ts';
import { english } from '../../../src/pipeline/language/en/index.ts';

const texts = (text: string, boilerplate: { start: number; end: number }[] = []) =>
  splitSentences(text, boilerplate, english.sentences).map((s) => s.text);

describe(splitSentences, { timeout: 30_000 }, () => {
  it('keeps exact offsets for every sentence', () => {
    const text = 'First one.  Second “quoted” one!\n\n“A quote opens this,” he said. Last?';
    for (const sentence of splitSentences(text, [], english.sentences)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(texts(text)).toEqual(['First one.', 'Second “quoted” one!', '“A quote opens this,” he said.', 'Last?']);
  });

  it.each([
    ['He did it knowing that the U.S. President offered to meet Putin there.', 1],
    ['Mr. Smith met Dr. Jones at St. Paul’s. Then they left.', 2],
    ['The U.N. and the U.K. agreed. Gen. Fomin did not.', 2],
    ['Sen. Graham spoke. Rep. Doe replied.', 2],
  ])('does not break after abbreviations: %s', (text, count) => {
    expect(texts(text)).toHaveLength(count);
  });

  it('treats each line as its own paragraph and numbers paragraphs with sentences', () => {
    const sentences = splitSentences('Title line\n\nBody one. Body two.\nNext paragraph.', [], english.sentences);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Title line', 0],
      ['Body one.', 1],
      ['Body two.', 1],
      ['Next paragraph.', 2],
    ]);
  });

  it('keeps offsets exact with CRLF line endings', () => {
    const text = 'One here.\r\nTwo here.\r\n\r\nThree.';
    const sentences = splitSentences(text, [], english.sentences);
    expect(sentences.map((s) => s.text)).toEqual(['One here.', 'Two here.', 'Three.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.every((s) => !s.text.includes('\r'))).toBe(true);
  });

  it('trims non-breaking spaces from sentence ends but keeps them inside', () => {
    const text = 'Only a\u00a0delegation\u00a0came.\u00a0 \u00a0Then\u00a0more.\u00a0';
    const sentences = splitSentences(text, [], english.sentences);
    expect(sentences.map((s) => s.text)).toEqual(['Only a\u00a0delegation\u00a0came.', 'Then\u00a0more.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('yields nothing from boilerplate and cuts sentences at it', () => {
    const text = 'READ MORE: Xi loses patience\nTalks resumed [2][3]. Next sentence.';
    const readMore = { start: 0, end: text.indexOf('\n') };
    const markers = { start: text.indexOf('['), end: text.indexOf('.') };
    expect(texts(text, [readMore, markers])).toEqual(['Talks resumed', 'Next sentence.']);
  });

  it('cuts a huge paragraph into bounded pieces without losing text', () => {
    const sentence = 'Talks in Istanbul went on for an hour. ';
    const text = sentence.repeat(50_000);
    const started = performance.now();
    const sentences = splitSentences(text, [], english.sentences);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(sentences).toHaveLength(50_000);
    expect(sentences.every((s) => s.text === sentence.trim())).toBe(true);
  });

  it('cuts a huge paragraph with no spaces at all', () => {
    const text = 'x'.repeat(100_000);
    const sentences = splitSentences(text, [], english.sentences);
    expect(sentences.map((s) => s.text).join('')).toBe(text);
  });
});

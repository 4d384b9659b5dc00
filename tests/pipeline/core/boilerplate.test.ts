import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyRule, findBoilerplate, ruleNamesFor } from '../../../src/pipeline/boilerplate/index.ts';
import { LINE_RULES } from '../../../src/pipeline/boilerplate/line-rules.ts';

const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as {
  articles: { file: string; publishedAt: string }[];
};

function seed(prefix: string) {
  const entry = manifest.articles.find((article) => article.file.startsWith(prefix))!;
  const text = readFileSync(`seeds/${entry.file}`, 'utf8');
  return { text, ranges: findBoilerplate(text, { publishedAt: entry.publishedAt }) };
}

/** Share of the phrase's characters that fall inside boilerplate (1 = all, 0 = none). */
function covered(prefix: string, phrase: string): number {
  const { text, ranges } = seed(prefix);
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`test phrase not in seed ${prefix}: ${phrase}`);
  let inside = 0;
  for (let i = start; i < start + phrase.length; i++) {
    if (ranges.some((range) => range.start <= i && i < range.end)) inside++;
  }
  return inside / phrase.length;
}

describe('boilerplate in the seed articles', { timeout: 30_000 }, () => {
  it.each([
    ['000', 'We use your sign-up to provide content'],
    ['000', 'You can unsubscribe at any time. More info'],
    ['000', 'READ MORE:\u00a0Xi loses patience with Putin as China pulls plug on £380m deal'],
    ['000', 'DON’T MISS'],
    ['000', 'Turkey says Russia to cave on peace as Erdogan expecting ‘good news’\u00a0[INSIGHT]'],
    ['000', 'Putin allies: The 4 countries standing behind Russia\u00a0[ANALYSIS]'],
    ['000', 'Source: Read Full Article'],
    ['001', 'Shop on Amazon'],
    ['001', 'Previous Post Next Post'],
    ['001', 'نموذج الاتصال'],
    ['002', 'Discuss, Share, Chat, Mail, Print, Copy Link'],
    ['002', 'Sources: ntv.de, AFP'],
    ['002', '[2][3]'],
    ['002', '[1]'],
    ['003', 'Arah.my'],
    ['003', '–BLOOMBERG'],
    ['003', 'appeared first on The Malaysian Reserve.'],
    ['003', 'You may also like'],
    ['004', 'Sunday, March 3, 2024'],
    ['004', 'Must Read'],
    ['004', 'Source link'],
    ['004', 'Please enter your comment!'],
    ['004', 'Please enter your name here'],
    ['004', 'Latest News'],
    ['004', 'District Football Association Elections face minor delay'],
    ['004', 'More Articles Like This'],
  ])('seed %s: "%s" is boilerplate', (prefix, phrase) => {
    expect(covered(prefix, phrase)).toBe(1);
  });

  it.each([
    ['000', 'Peace talks have resumed between Ukraine and Russia today'],
    ['000', 'The army also claimed Russia has lost 597 tanks'],
    ['001', 'Putin criticized European powers for their "boorish manner"'],
    ['002', 'Insights:'],
    ['002', 'a commitment from Western leaders to block NATO expansion'],
    ['002', 'The U.S. has played a part in arranging these talks'],
    ['003', 'the sole remaining obstacle to peace is Russia’s lack of clear will to do it,” Zelenskiy said.'],
    ['003', 'TOP US and European diplomats are gathering in Antalya'],
    ['004', 'Top Russian, Ukrainian diplomats meet for first time since invasion'],
    ['004', 'later spoke to Ukrainian President Volodymyr Zelenskiy.'],
  ])('seed %s: "%s" is article text', (prefix, phrase) => {
    expect(covered(prefix, phrase)).toBe(0);
  });

  it('leaves a banner date alone when it is the publication date', () => {
    const text = 'Sunday, March 3, 2024\n\nTalks went on.';
    expect(findBoilerplate(text, { publishedAt: '2024-03-03' })).toEqual([]);
    expect(findBoilerplate(text, { publishedAt: '2022-03-10' })).toEqual([{ start: 0, end: 21 }]);
  });

  it('generalises to similar pages', () => {
    const text = [
      'example-news.com',
      'Read More: Another story entirely',
      'Share, Tweet, Email',
      'Leaders met in Geneva on Monday.',
      'The post Leaders meet appeared first on Example News.',
      '(Reporting by Jane Doe in Ankara; Editing by John Roe)',
      'Sign up for our daily newsletter',
      '© 2025 Example Media. All rights reserved.',
      'Tags: Ukraine, Russia, Turkey',
      'Updated: March 11, 2025 09:14 GMT',
    ].join('\n');
    const ranges = findBoilerplate(text);
    const coveredLines = ranges.map((r) => text.slice(r.start, r.end));
    expect(coveredLines).toEqual(text.split('\n').filter((line) => line !== 'Leaders met in Geneva on Monday.'));
  });

  it.each([
    ['a "Trending now" list', 'Trending now\nKyiv says 900 troops killed near the front\nMoscow says 40 drones downed overnight'],
    ['a "Related coverage" list', 'Related coverage\nTalks to resume in Geneva on Friday, envoy says'],
    ['a "More from Europe" list', 'More from Europe\nRussia says 700 soldiers killed in a day'],
    ['a prefixed teaser', 'Trending: Leaders to sign a deal in Washington on Friday'],
    ['an "Also read" teaser', 'Also read: Ukraine says 1,000 troops killed'],
    ['page chrome', 'Skip to main content'],
    ['an audio player label', 'Listen · 5:12'],
    ['a cookie banner', 'We value your privacy. We and our partners use cookies. Accept all | Reject all'],
  ])('marks %s, whose figures are other stories', (_, furniture) => {
    const text = `Officials met in Istanbul on Monday.\n\n${furniture}\n\nThe talks ended without a deal.`;
    const marked = findBoilerplate(text).map((range) => text.slice(range.start, range.end)).join('\n');
    expect(marked).toBe(furniture);
  });

  it.each([
    'Subscribers to the plan said it would fail.',
    'Copying the Minsk format was rejected, officials said.',
    'Tags on the shipments were checked at the border.',
    '(The talks resumed on Monday.)',
    'All sides reserved the right to leave the talks.',
    'Published reports in 2022 said the talks had stalled over Crimea and the Donbas region.',
  ])('keeps reporting that merely resembles furniture: %s', (line) => {
    expect(findBoilerplate(`Talks went on.\n${line}\nThey ended.`)).toEqual([]);
  });

  it('keeps Arabic lines in an Arabic article', () => {
    const text = 'نموذج الاتصال\nمحادثات في إسطنبول';
    expect(findBoilerplate(text, { language: 'en' })).toHaveLength(2);
    expect(findBoilerplate(text, { language: 'ar' })).toEqual([]);
  });

  it('runs in linear time on hostile input', () => {
    const hostile = `${'[1'.repeat(200_000)}\n${'– '.repeat(200_000)}\n${'Share, '.repeat(100_000)}x`;
    const started = performance.now();
    findBoilerplate(hostile);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('line rules tried together', () => {
  const eachRule = (line: string) => LINE_RULES.some((rule) => rule.pattern.test(line));
  const together = anyRule(LINE_RULES);

  it('fire on exactly the lines some rule fires on', () => {
    const lines = manifest.articles.flatMap(({ file }) => readFileSync(`seeds/${file}`, 'utf8').split(/\r\n|\r|\n/));
    const crafted = [
      '© 2024 Foo Media', 'Copyright 2025 Bar', '(c) 2023 Baz', 'Foo Media. All Rights Reserved.', `${'x'.repeat(160)}All rights reserved`,
      `${'x'.repeat(161)}All rights reserved`, 'All rights reserved, and more', 'SIGN UP TO OUR DAILY NEWSLETTER here', 'Follow us on Telegram',
      'نموذج الاتصال', 'www.example.com', 'Share, Tweet', '(Reporting by A; Editing by B)',
    ];
    for (const line of [...lines, ...crafted]) expect(together(line), line).toBe(eachRule(line));
    const pieces = ['©', 'Copyright', 'All ', 'Rights ', 'rights ', 'Reserved', '.', ' ', 'x', 'Share', ',', 'www.', 'a.com', 'READ MORE', ':', 'ights'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(together(line)).toBe(eachRule(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the copyright rule once whichever half matches', () => {
    expect(ruleNamesFor('© 2024 Foo Media. All Rights Reserved.')).toEqual(['copyright line']);
    expect(ruleNamesFor('Foo Media. All rights reserved')).toEqual(['copyright line']);
    expect(ruleNamesFor(`${'x'.repeat(161)}All rights reserved`)).toEqual([]);
  });

  it('refuses a rule whose meaning would change inside an alternation', () => {
    expect(() => anyRule([{ name: 'stateful', pattern: /x/g }])).toThrow();
    expect(() => anyRule([{ name: 'backreference', pattern: /(a)\1/ }])).toThrow();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_WORD, MAY_HOLD_DAY_WORD, resolveDates } from '../../../src/pipeline/reading/dates.ts';

// Publication dates: 2022-03-10 and 2025-05-15 are Thursdays, 2025-05-11 a Sunday.
describe(resolveDates, () => {
  it.each([
    ['Foreign ministers will meet in Turkey on Thursday.', '2022-03-10', 'on Thursday', '2022-03-10', null],
    ['Kuleba said in a video statement on Wednesday.', '2022-03-10', 'on Wednesday', '2022-03-09', null],
    ['Erdogan urged Putin to declare a ceasefire in a call on Sunday.', '2022-03-10', 'on Sunday', '2022-03-06', null],
    ['Putin proposed talks in Istanbul the following Thursday, but', '2025-05-11', 'the following Thursday', '2025-05-15', null],
    ['Russia must agree to a ceasefire starting Monday, or face sanctions.', '2025-05-11', 'Monday', '2025-05-12', null],
    ['Putin announced late Wednesday he would send a delegation.', '2025-05-15', 'late Wednesday', '2025-05-14', null],
    ['Rubio is due to join the envoys in Istanbul on Friday.', '2025-05-15', 'on Friday', '2025-05-16', null],
    ['The Kremlin confirmed preparations for the second round, set for Tuesday in Istanbul.', '2025-05-15', 'Tuesday', '2025-05-20', null],
    ['The swap is slated to proceed over the weekend.', '2025-05-15', 'over the weekend', '2025-05-17', '2025-05-18'],
    ['At the weekend, Turkey and Israel ramped up their push for mediation.', '2022-03-10', 'At the weekend', '2022-03-05', '2022-03-06'],
    ['Leaders issued an ultimatum last weekend.', '2025-05-15', 'last weekend', '2025-05-10', '2025-05-11'],
    ['They will meet at the weekend.', '2025-05-15', 'at the weekend', '2025-05-17', '2025-05-18'],
    ['Peace talks have resumed today, in Istanbul.', '2022-03-29', 'today', '2022-03-29', null],
    ['Russia was given until May 12 to agree.', '2025-05-15', 'May 12', '2025-05-12', null],
    ['The talks were held on 2 June 2025 in Istanbul.', '2025-06-05', 'on 2 June 2025', '2025-06-02', null],
    ['Putin said two days ago that he was ready.', '2022-03-12', 'two days ago', '2022-03-10', null],
    ['On 2 June, the sides met in Istanbul.', '2022-03-12', 'On 2 June', '2021-06-02', null],
    ['They met on Thursday, March 10, in Antalya.', '2022-03-12', 'on Thursday, March 10', '2022-03-10', null],
  ])('%s (published %s) → %s = %s', (sentence, publishedAt, phrase, date, endDate) => {
    const [found] = resolveDates(sentence, publishedAt);
    expect(found).toMatchObject({ date, endDate });
    expect(sentence.slice(found!.start, found!.end)).toBe(phrase);
    expect(found!.basis.phrase).toBe(phrase);
  });

  it('says how a relative date was resolved', () => {
    const [found] = resolveDates('Kuleba said in a video statement on Wednesday.', '2022-03-10');
    expect(found!.basis).toEqual({
      kind: 'relative',
      phrase: 'on Wednesday',
      note: 'the Wednesday on or before publication (2022-03-10), 2022-03-09',
    });
  });

  it('reads two dates in one sentence separately', () => {
    const found = resolveDates('An ultimatum last weekend gave Russia until May 12 to agree.', '2025-05-15');
    expect(found.map((d) => d.date)).toEqual(['2025-05-10', '2025-05-12']);
  });

  it('leaves out impossible and implausible dates', () => {
    expect(resolveDates('They met on 31 February.', '2025-05-15')).toEqual([]);
    expect(resolveDates('On 1 January 10000, the talks.', '2025-05-15')).toEqual([]);
  });
});

describe('MAY_HOLD_DAY_WORD', () => {
  // resolveDays skips the date parser for a sentence MAY_HOLD_DAY_WORD rejects: that is only
  // safe if no part of such a sentence (a phrase the parser might return) matches DAY_WORD.
  it('rejects only texts no part of which matches DAY_WORD', () => {
    const pieces = ['day', 'Days', 'week', 'weeks', 'to', 'night', 'tonight', 'TOMORROW', 'Jan', 'uary', 'Sept', 'mar', 'co', 'May', 'be', 'Dec', '7', ' ', ',', 'ago', 'now', 'noon', 'yester', 'Mon', 'd', 'a', 'y'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (MAY_HOLD_DAY_WORD.test(text)) return;
        for (let start = 0; start < text.length; start++) {
          for (let end = start + 1; end <= text.length; end++) expect(DAY_WORD.test(text.slice(start, end))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['The first swap in weeks since the war began.', false],
    ['Talks are planned for next week.', false],
    ['Talks resume on Monday.', true],
    ['Talks resume tomorrow.', true],
    ['Marco Rubio said so.', true],
    ['They freed 390 prisoners.', true],
  ])('%s → %s', (sentence, expected) => {
    expect(MAY_HOLD_DAY_WORD.test(sentence)).toBe(expected);
  });
});

// Leaving out the chrono parsers a sentence cannot wake must never change what chrono
// finds: every parser is accounted for, none that would find something is left out, and
// the trimmed configuration reads every sentence exactly as the full one does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoEn } from '../../../src/pipeline/reading/chrono.ts';
import { chronoFor, DIGIT_PARSERS, PARSER_WORDS, UNGATED_PARSERS } from '../../../src/pipeline/reading/chrono-gate.ts';
import { seedSentences } from './seed-sentences.ts';

const casual = chronoEn.casual;
const reference = { instant: new Date('2025-06-13T12:00:00Z'), timezone: 0 };

const PIECES = [
  ' ', ', ', '. ', 'on ', 'the ', 'of ', 'in ', 'at ', 'for ', 'within ', 'until ', 'to ', '-', '/', '+', 'and ', 'talks ', 'said ',
  'Monday ', 'tue ', 'Wed. ', 'thurs ', 'FRIDAY ', 'sat ', 'Sun, ', 'weekend ', 'weekday ', 'this ', 'last ', 'past ', 'next ', 'after ',
  'January ', 'feb. ', 'Mar ', 'april ', 'May ', 'June ', 'jul ', 'Aug. ', 'sept ', 'October ', 'nov ', 'DEC ',
  '2 ', '17th ', 'twenty-first ', 'third ', '2025 ', '2025-06-02 ', '6/2/2025 ', '06/2025 ', '10am ', '3:30 pm ', "o'clock ",
  'now ', 'today ', 'tonight ', 'tomorrow ', 'tmr ', 'yesterday ', 'last night ', 'morning ', 'afternoon ', 'evening ', 'midnight ',
  'midday ', 'noon ', 'end of the month ', 'last day of month ', 'three days ', 'a week ', 'two months ', 'ago ', 'before ', 'earlier ',
  'later ', 'from now ', 'henceforth ', 'forward ', 'out ', 'week ', 'month ', 'year ', 'hours ',
];
const dateLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

const name = (parser: object) => parser.constructor.name;
const read = (results: ReturnType<typeof casual.parse>) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

describe(chronoFor, () => {
  it('accounts for every parser of the configuration once', () => {
    const listed = [...Object.keys(PARSER_WORDS), ...DIGIT_PARSERS, ...UNGATED_PARSERS];
    expect([...listed].sort()).toEqual(casual.parsers.map(name).sort());
  });

  it('keeps every parser that would find something in the text', () => {
    const alone = casual.parsers.map((parser) => {
      const chrono = casual.clone();
      chrono.parsers = [parser];
      chrono.refiners = [];
      return chrono;
    });
    const leftOutFinders = (text: string) => {
      const kept = new Set(chronoFor(text).parsers);
      return casual.parsers.filter((parser, i) => !kept.has(parser) && alone[i]!.parse(text, reference).length > 0).map(name);
    };
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 80 })), (text) => {
        expect(leftOutFinders(text)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    expect(seedSentences().flatMap(leftOutFinders)).toEqual([]);
  });

  it('reads every sentence as the full configuration does', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        expect(read(chronoFor(text).parse(text, reference))).toEqual(read(casual.parse(text, reference)));
      }),
      { numRuns: 1500 },
    );
    for (const sentence of seedSentences()) expect(read(chronoFor(sentence).parse(sentence, reference))).toEqual(read(casual.parse(sentence, reference)));
  });

  it('leaves out the parsers a sentence cannot wake', () => {
    const kept = chronoFor('The talks resumed in Istanbul.').parsers.map(name);
    expect(kept).toEqual(expect.arrayContaining([...UNGATED_PARSERS]));
    expect(kept).not.toContain('ENMonthNameParser');
    expect(kept).not.toContain('ISOFormatParser');
    expect(chronoFor('Talks on 2 June, three days ago').parsers.map(name)).toEqual(
      expect.arrayContaining(['ENMonthNameLittleEndianParser', 'ISOFormatParser', 'ENTimeUnitAgoFormatParser']),
    );
  });
});

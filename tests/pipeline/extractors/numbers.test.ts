import { describe, expect, it } from 'vitest';
import { english } from '../../../src/pipeline/language/en/index.ts';
import { findQuantities } from '../../../src/pipeline/reading/numbers.ts';

describe(findQuantities, () => {
  it.each([
    ['17,200 troops', { value: 17200, kind: 'count', qualifier: null }],
    ['seven ships', { value: 7, kind: 'count' }],
    ['more than 2 million people', { value: 2_000_000, qualifier: 'more than', kind: 'count' }],
    ['up to 1.5bn people', { value: 1_500_000_000, qualifier: 'up to', kind: 'count' }],
    ['at least 40 drones', { value: 40, qualifier: 'at least' }],
    ['between 5 and 7 tanks', { value: 5, valueHigh: 7 }],
    ['5-7 drones', { value: 5, valueHigh: 7 }],
    ['a £380m deal', { value: 380_000_000, kind: 'money' }],
    ['a 500% tariff', { value: 500, kind: 'percent' }],
    ['12.53%', { value: 12.53, kind: 'percent' }],
    ['a 17th package', { value: 17, kind: 'ordinal' }],
    ['the 30-day ceasefire', { value: 30, kind: 'duration' }],
    ['three weeks', { value: 3, kind: 'duration' }],
    ['in 1994', { value: 1994, kind: 'year' }],
    ['soldiers under the age of 25', { value: 25, kind: 'age' }],
  ])('%s', (text, expected) => {
    expect(findQuantities(text, english.numbers)[0]).toMatchObject(expected);
  });

  it('gives offsets that cover the hedge and the number', () => {
    const text = 'It has uprooted more than 2 million people.';
    const [found] = findQuantities(text, english.numbers);
    expect(text.slice(found!.start, found!.end)).toBe('more than 2 million');
  });

  it('reads every number of a list', () => {
    const values = findQuantities('lost 597 tanks, 1,710 armoured vehicles, 127 jets, 129 helicopters and seven ships', english.numbers).map((q) => q.value);
    expect(values).toEqual([597, 1710, 127, 129, 7]);
  });
});

import { describe, expect, it } from 'vitest';
import { actorIdForName, findMentions, GAZETTEER } from '../../../src/pipeline/actors/index.ts';
import { splitSentences } from '../../../src/pipeline/sentences.ts';
import { english } from '../../../src/pipeline/language/en/index.ts';

function hits(text: string, date?: string, boilerplate: { start: number; end: number }[] = []) {
  return findMentions(text, splitSentences(text, boilerplate, english.sentences), english.actors, { date }).map((hit) => [hit.alias, hit.actor]);
}

describe(findMentions, () => {
  it.each([
    ['Volodymyr Zelensky', 'volodymyr-zelensky'],
    ['Zelenskyy', 'volodymyr-zelensky'],
    ['Zelenskiy', 'volodymyr-zelensky'],
    ['Tayyip Erdogan', 'recep-tayyip-erdogan'],
    ['Kremlin', 'russia'],
    ['Moscow', 'russia'],
    ['Kyiv', 'ukraine'],
    ['Ankara', 'turkey'],
    ['Türkiye', 'turkey'],
    ['White House', 'united-states'],
    ['Washington', 'united-states'],
    ['US State Department', 'united-states'],
    ['Ukrainian', 'ukraine'],
    ['European leaders', 'european-leaders'],
    ['Mr Zelensky', 'volodymyr-zelensky'],
    ['Kremlin aide Yuri Ushakov', 'yuri-ushakov'],
    ['the UN refugee agency', 'united-nations'],
  ])('reads "%s" as %s', (words, actor) => {
    expect(hits(`They met ${words} today.`).at(-1)).toEqual([words.replace(/^(?:Mr |Kremlin aide |the )/, ''), actor]);
  });

  it('reads an outlet named after a place as the outlet', () => {
    expect(hits('The Kyiv Independent and the Washington Post reported it.')).toEqual([
      ['Kyiv Independent', 'kyiv-independent'],
      ['Washington Post', 'washington-post'],
    ]);
  });

  it('strips titles: only the name is the mention', () => {
    expect(hits('Foreign Minister Dmytro Kuleba spoke.')).toEqual([['Dmytro Kuleba', 'dmytro-kuleba']]);
  });

  it('is case-sensitive, so "us" is not the US', () => {
    expect(hits('This may include adverts from us and 3rd parties.')).toEqual([]);
    expect(hits('The US and Europe.')).toEqual([['US', 'united-states']]);
  });

  it('reads the possessive as the person', () => {
    expect(hits('President Zelensky’s willingness.')).toEqual([['Zelensky', 'volodymyr-zelensky']]);
  });

  it('resolves a surname to a person only after the full name', () => {
    expect(hits('Graham spoke first.')).toEqual([]);
    expect(hits('Lindsey Graham arrived. Graham spoke.')).toEqual([
      ['Lindsey Graham', 'lindsey-graham'],
      ['Graham', 'lindsey-graham'],
    ]);
  });

  it('reads a distinctive surname that news copy uses alone as the official from the first line', () => {
    expect(hits('Peskov declined to comment. Medinsky and Umerov met for an hour.')).toEqual([
      ['Peskov', 'dmitry-peskov'],
      ['Medinsky', 'vladimir-medinsky'],
      ['Umerov', 'rustem-umerov'],
    ]);
  });

  it('reads "the Kremlin spokesperson" as the spokesman, however the title is written', () => {
    expect(hits('The Kremlin Spokesperson declined to comment.', '2025-05-20')).toEqual([['The Kremlin Spokesperson', 'dmitry-peskov']]);
  });

  it('reads the office as its holder at the date of writing, unless a name follows', () => {
    expect(hits('He knew the U.S. President offered to meet.', '2025-05-15')).toEqual([['the U.S. President', 'donald-trump']]);
    expect(hits('He knew the U.S. President offered to meet.', '2022-03-10')).toEqual([['the U.S. President', 'joe-biden']]);
    expect(hits('Over the weekend, the Ukrainian President Volodymyr Zelensky said.', '2022-03-29')).toEqual([
      ['Ukrainian', 'ukraine'],
      ['Volodymyr Zelensky', 'volodymyr-zelensky'],
    ]);
  });

  it('ignores names inside boilerplate', () => {
    const text = 'DON’T MISS\nTurkey says Russia to cave [INSIGHT]\n\nTalks went on.';
    expect(hits(text, undefined, [{ start: 0, end: text.indexOf('\n\n') }])).toEqual([]);
  });

  it('keeps every hit equal to the text at its offsets', () => {
    const text = 'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara.';
    for (const hit of findMentions(text, splitSentences(text, [], english.sentences), english.actors)) {
      expect(text.slice(hit.start, hit.end)).toBe(hit.alias);
    }
  });
});

describe(actorIdForName, () => {
  it.each([
    ['Foreign Minister Dmytro Kuleba', 'dmytro-kuleba'],
    ['Kuleba', 'dmytro-kuleba'],
    ['President Zelensky’s', 'volodymyr-zelensky'],
    ['NATO Secretary General Mark Rutte', 'mark-rutte'],
    ['Sybiha', 'andrii-sybiha'],
    ['Somebody Unknown', null],
  ])('%s → %s', (name, id) => {
    expect(actorIdForName(name)).toBe(id);
  });

  it('gives every person a party (or none, for commentators) and a role', () => {
    expect(GAZETTEER.get('mark-rutte')).toMatchObject({ party: 'nato', voice: 'party' });
    expect(GAZETTEER.get('marc-weller')).toMatchObject({ party: null, voice: 'commentary' });
    expect(GAZETTEER.get('bloomberg')).toMatchObject({ kind: 'organisation', voice: 'commentary' });
  });
});

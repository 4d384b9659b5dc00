// People the gazetteer does not know, read from the way news introduces them, and
// spelling variants of people it does know.
import { describe, expect, it } from 'vitest';
import { readActors } from '../../../src/pipeline/actors/index.ts';
import { foldName } from '../../../src/pipeline/actors/fold.ts';
import { splitSentences } from '../../../src/pipeline/sentences.ts';
import { english } from '../../../src/pipeline/language/en/index.ts';

function read(text: string) {
  return readActors(text, splitSentences(text, [], english.sentences), english.actors, { date: '2025-06-01' });
}
const person = (text: string, id: string) => read(text).people.find((p) => p.id === id);
const mentioned = (text: string) => read(text).mentions.map((hit) => [hit.alias, hit.actor]);

describe('people introduced by a title or an appositive', () => {
  it.each([
    ['Russian Deputy Interior Minister Pavel Orlovsky spoke to reporters.', 'pavel-orlovsky', 'russia'],
    ['The talks were hosted by UN deputy spokeswoman Elena Marsh on Monday.', 'elena-marsh', 'united-nations'],
    ["Poland's defence minister Tomasz Wrona said the border was calm.", 'tomasz-wrona', 'poland'],
    ['Jean-Luc Moreau, the UN envoy for the region, arrived late.', 'jean-luc-moreau', 'united-nations'],
    ["A senior adviser to Ukraine's president, Olena Hrytsenko, said little.", 'olena-hrytsenko', 'ukraine'],
    ['Mayor Ostap Levchuk reported no damage.', 'ostap-levchuk', null],
  ])('reads "%s" as %s of %s', (text, id, party) => {
    expect(person(text, id)).toMatchObject({ id, kind: 'person', party, voice: 'party' });
  });

  it('gives an analyst a commentary voice and no side', () => {
    expect(person('Russian analyst Gleb Tarasov doubted the plan.', 'gleb-tarasov')).toMatchObject({ voice: 'commentary', party: null });
  });

  it('finds the person again by surname and "Mr"', () => {
    const text = 'Turkish foreign ministry spokesman Oncu Keceli met them. Mr Keceli later said more. Keceli left.';
    expect(mentioned(text).filter(([, actor]) => actor === 'oncu-keceli').map(([alias]) => alias)).toEqual(['Oncu Keceli', 'Keceli', 'Keceli']);
  });

  it('makes no person of institutions, places or a photo credit', () => {
    expect(read('Deputy Head of the Joint Logistics Centre spoke. The Office of the Special Envoy for Refugees agreed.').people).toEqual([]);
    expect(read('Kremlin aide Yuri Ushakov Ivan Petrenko/Reuters').people).toEqual([]);
    expect(read('The talks opened in Istanbul. Nobody spoke.').people).toEqual([]);
  });
});

describe('spelling variants of known people', () => {
  it('folds transliterations and diacritics to one spelling', () => {
    expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenskiy'].map(foldName)).size).toBe(1);
    expect(new Set(['Umerov', 'Umierov', 'Umyerov'].map(foldName)).size).toBe(1);
    expect(foldName('Erdoğan')).toBe(foldName('Erdogan'));
  });

  it('reads a variant surname after a first name with the same initial as the known person', () => {
    expect(mentioned('Defence Minister Rustem Umyerov flew in. Umyerov spoke.')).toEqual([
      ['Rustem Umyerov', 'rustem-umerov'],
      ['Umyerov', 'rustem-umerov'],
    ]);
    expect(mentioned('The deputy minister Mykhailo Galuzin led the team.')).toEqual([['Mykhailo Galuzin', 'mikhail-galuzin']]);
    // A surname news copy uses alone is read as the person whatever first name comes with it.
    expect(mentioned('The aide Volodymyr Medinsky led the team.').map(([, actor]) => actor)).toEqual(['vladimir-medinsky']);
  });

  it('does not take another person with the same surname for the known one', () => {
    expect(mentioned('Speaker Mike Johnson met reporters.').map(([, actor]) => actor)).not.toContain('boris-johnson');
  });

  it('reads a surname with a role of the same side as the known person', () => {
    expect(mentioned('Medinsky, head of the Russian delegation, spoke first.')[0]).toEqual(['Medinsky', 'vladimir-medinsky']);
  });

  it("reads the office named by a country's possessive as the person named in the article", () => {
    expect(mentioned("Hakan Fidan hosted. Later Turkey's foreign minister said more.").map(([, actor]) => actor)).toContain('hakan-fidan');
    expect(mentioned("Ukraine's president spoke.")[0]).toEqual(["Ukraine's president", 'volodymyr-zelensky']);
  });
});

describe('the side a title gives', () => {
  it('takes no side from a region named like a country', () => {
    expect(person('Ivan Sorokin, head of the ministry\'s North America department, spoke.', 'ivan-sorokin')).toMatchObject({ party: null });
  });

  it("reads a known person's possessive as their side", () => {
    expect(person("Putin's spokesman Arkady Volin declined to comment.", 'arkady-volin')).toMatchObject({ party: 'russia' });
  });
});

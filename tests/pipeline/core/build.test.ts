import { describe, expect, it } from 'vitest';
import { dropBoilerplateItems } from '../../../src/pipeline/assemble/drop-boilerplate-items.ts';
import { buildBundle } from '../../../src/pipeline/build.ts';
import { readInput } from '../../../src/pipeline/read-input.ts';
import type { Bundle, Claim } from '../../../src/schema/bundle.ts';

const inputs = readInput('seeds');
const bundle = buildBundle(inputs);
const items = (b: Bundle) => [...b.events, ...b.positions, ...b.claims, ...b.quotes];

describe(buildBundle, { timeout: 30_000 }, () => {
  it('gives the same bundle for the same input', () => {
    expect(JSON.stringify(buildBundle(readInput('seeds')))).toBe(JSON.stringify(bundle));
  });

  it('takes nothing from boilerplate', () => {
    const boilerplate = new Map(bundle.articles.map((a) => [a.id, a.boilerplate]));
    for (const item of items(bundle)) {
      for (const piece of item.evidence) {
        const inside = boilerplate.get(piece.articleId)!.some((r) => piece.start < r.end && r.start < piece.end);
        expect(inside, `${item.id}: ${piece.quote}`).toBe(false);
      }
    }
    const everything = JSON.stringify(items(bundle));
    expect(everything).not.toContain('380m');
    expect(everything).not.toContain('Football');
    expect(everything).not.toContain('2024-03-03');
  });

  it('lists the actors the articles name, with the spellings seen', () => {
    const ids = bundle.actors.map((actor) => actor.id);
    expect(ids).toEqual([...ids].sort());
    expect(bundle.actors.find((a) => a.id === 'volodymyr-zelensky')!.aliases).toEqual(
      expect.arrayContaining(['Zelensky', 'Zelenskiy', 'Volodymyr Zelenskyy']),
    );
    expect(bundle.actors.find((a) => a.id === 'united-states')!.aliases).toContain('US State Department');
    expect(ids).not.toContain('xi-jinping'); // named only in a READ MORE teaser
    const texts = bundle.articles.map((a) => a.text).join('\n');
    for (const actor of bundle.actors) for (const alias of actor.aliases) expect(texts).toContain(alias);
  });

  it('applies the curated layer: every non-extracted item cites words from its article', () => {
    const curated = items(bundle).filter((item) => item.origin !== 'extracted');
    expect(curated.length).toBeGreaterThan(0);
    expect(bundle.claims.filter((c) => c.claimant === 'ukraine' && c.origin === 'confirmed').map((c) => c.metric).sort()).toEqual(
      ['aircraft', 'armoured-vehicles', 'helicopters', 'killed', 'ships', 'tanks'],
    );
  });
});

describe(dropBoilerplateItems, () => {
  it('drops evidence inside boilerplate, and the item if none is left', () => {
    const piece = (start: number, end: number) => ({ articleId: 'a', start, end, quote: '' });
    const claim = (id: string, evidence: ReturnType<typeof piece>[]) => ({ id, evidence }) as unknown as Claim;
    const result = dropBoilerplateItems(
      { events: [], positions: [], quotes: [], claims: [claim('in', [piece(5, 8)]), claim('mixed', [piece(0, 4), piece(9, 12)])] },
      new Map([['a', [{ start: 5, end: 10 }]]]),
    );
    expect(result.dropped).toBe(1);
    expect(result.items.claims.map((c) => [c.id, c.evidence.length])).toEqual([['mixed', 1]]);
  });
});

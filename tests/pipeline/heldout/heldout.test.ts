// The pipeline on articles it was never tuned on: it must build without errors, keep
// every piece of evidence exact and outside page furniture, and find at least as much
// as it did when the floors were set (a little below the measured scores), so a change
// that loses claims, events, quotes or actors fails here.
import { describe, expect, it } from 'vitest';
import type { Bundle, Evidence } from '../../../src/schema/bundle.ts';
import { buildFrom } from './build-heldout.ts';
import { evaluate } from './evaluate.ts';
import { HELDOUT_SETS } from './sets.ts';

function allEvidence(b: Bundle): { what: string; evidence: Evidence }[] {
  const items = [...b.claims, ...b.events, ...b.quotes, ...b.positions];
  const fromItems = items.flatMap((item) => item.evidence.map((evidence) => ({ what: item.id, evidence })));
  const fromClaims = b.claims.flatMap((c) => (c.verificationEvidence ? [{ what: `${c.id} verification`, evidence: c.verificationEvidence }] : []));
  const fromMentions = b.mentions.flatMap((m) => m.evidence.map((evidence) => ({ what: `mention ${m.actor}`, evidence })));
  return [...fromItems, ...fromClaims, ...fromMentions];
}

describe.each(HELDOUT_SETS)('held-out $name', ({ dir, expected, floors, furnitureItemsAllowed }) => {
  const bundle: Bundle = buildFrom(dir);
  const textOf = (id: string) => bundle.articles.find((a) => a.id === id)?.text ?? '';

  it('the expectations quote the articles word for word', () => {
    for (const article of expected) {
      const phrases = [
        ...article.claims.map((c) => c.sentence),
        ...article.events.map((e) => e.sentence),
        ...article.quotes.map((q) => q.startsWith),
        ...article.boilerplate,
      ];
      for (const phrase of phrases) expect(textOf(article.id).includes(phrase), `${article.id}: ${phrase}`).toBe(true);
    }
  });

  it('builds every article', () => {
    expect(bundle.articles.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
  });

  it('every piece of evidence is the exact text at its offsets', () => {
    for (const { what, evidence } of allEvidence(bundle)) {
      expect(textOf(evidence.articleId).slice(evidence.start, evidence.end), what).toBe(evidence.quote);
    }
  });

  it('no item comes from marked boilerplate, and no more than allowed from known furniture lines', () => {
    const items = [...bundle.claims, ...bundle.events, ...bundle.quotes, ...bundle.positions];
    const overlaps = (piece: Evidence, start: number, end: number) => piece.start < end && piece.end > start;
    const fromMarked = items.filter((item) =>
      item.evidence.some((piece) => bundle.articles.find((a) => a.id === piece.articleId)!.boilerplate.some((r) => overlaps(piece, r.start, r.end))),
    );
    expect(fromMarked.map((item) => item.evidence[0]!.quote)).toEqual([]);
    const fromFurniture = items.filter((item) =>
      item.evidence.some((piece) =>
        expected.find((a) => a.id === piece.articleId)!.boilerplate.some((line) => {
          const start = textOf(piece.articleId).indexOf(line);
          return overlaps(piece, start, start + line.length);
        }),
      ),
    );
    expect(fromFurniture.length, fromFurniture.map((item) => item.evidence[0]!.quote).join(' | ')).toBeLessThanOrEqual(furnitureItemsAllowed);
  });

  it('the scoring itself notices lost items (so the floors can fail)', () => {
    const emptied: Bundle = { ...bundle, claims: [], quotes: [], events: [], mentions: [] };
    const recall = Object.fromEntries(evaluate(emptied, expected).scores.map((s) => [s.kind, s.recall]));
    expect(recall).toMatchObject({ claims: 0, events: 0, quotes: 0, actors: 0 });
    const withSpeakerWrong: Bundle = { ...bundle, quotes: bundle.quotes.map((q) => ({ ...q, speaker: 'unattributed' })) };
    expect(evaluate(withSpeakerWrong, expected).scores.find((s) => s.kind === 'quotes')!.exactRecall).toBe(0);
  });

  it('finds at least as much as when the floors were set', () => {
    for (const score of evaluate(bundle, expected).scores) {
      const floor = floors[score.kind];
      expect(score.recall, `${score.kind} recall`).toBeGreaterThanOrEqual(floor.recall);
      expect(score.exactRecall, `${score.kind} exact recall`).toBeGreaterThanOrEqual(floor.exactRecall);
      expect(score.precision, `${score.kind} precision`).toBeGreaterThanOrEqual(floor.precision);
    }
  });
});

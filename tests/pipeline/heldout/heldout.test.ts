// The pipeline on articles it was never tuned on: it must build without errors, keep
// every piece of evidence exact and outside page furniture, and find at least as much
// as it did when these floors were set (a little below the measured scores), so a
// change that loses claims, events, quotes or actors fails here.
import { describe, expect, it } from 'vitest';
import type { Bundle, Evidence } from '../../../src/schema/bundle.ts';
import { buildHeldout } from './build-heldout.ts';
import { evaluate } from './evaluate.ts';
import { EXPECTED } from './expected.ts';
import { FLOORS } from './floors.ts';

const bundle: Bundle = buildHeldout();

function allEvidence(b: Bundle): { what: string; evidence: Evidence }[] {
  const items = [...b.claims, ...b.events, ...b.quotes, ...b.positions];
  const fromItems = items.flatMap((item) => item.evidence.map((evidence) => ({ what: item.id, evidence })));
  const fromClaims = b.claims.flatMap((c) => (c.verificationEvidence ? [{ what: `${c.id} verification`, evidence: c.verificationEvidence }] : []));
  const fromMentions = b.mentions.flatMap((m) => m.evidence.map((evidence) => ({ what: `mention ${m.actor}`, evidence })));
  return [...fromItems, ...fromClaims, ...fromMentions];
}

describe('held-out articles', () => {
  it('the expectations quote the articles word for word', () => {
    for (const article of EXPECTED) {
      const text = bundle.articles.find((a) => a.id === article.id)?.text;
      expect(text, article.id).toBeDefined();
      const phrases = [
        ...article.claims.map((c) => c.sentence),
        ...article.events.map((e) => e.sentence),
        ...article.quotes.map((q) => q.startsWith),
        ...article.boilerplate,
      ];
      for (const phrase of phrases) expect(text!.includes(phrase), `${article.id}: ${phrase}`).toBe(true);
    }
  });

  it('builds all six articles', () => {
    expect(bundle.articles.map((a) => a.id).sort()).toEqual(EXPECTED.map((a) => a.id).sort());
  });

  it('every piece of evidence is the exact text at its offsets', () => {
    const texts = new Map(bundle.articles.map((a) => [a.id, a.text]));
    for (const { what, evidence } of allEvidence(bundle)) {
      expect(texts.get(evidence.articleId)?.slice(evidence.start, evidence.end), what).toBe(evidence.quote);
    }
  });

  it('no item comes from page furniture: teasers, footers, notices', () => {
    const furniture = EXPECTED.flatMap((article) => {
      const text = bundle.articles.find((a) => a.id === article.id)!.text;
      return article.boilerplate.map((line) => ({ articleId: article.id, start: text.indexOf(line), end: text.indexOf(line) + line.length, line }));
    });
    const marked = bundle.articles.flatMap((a) => a.boilerplate.map((range) => ({ articleId: a.id, ...range, line: 'marked boilerplate' })));
    const items = [...bundle.claims, ...bundle.events, ...bundle.quotes, ...bundle.positions];
    for (const item of items) {
      for (const piece of item.evidence) {
        const inside = [...furniture, ...marked].find((f) => f.articleId === piece.articleId && piece.start < f.end && piece.end > f.start);
        expect(inside, `${item.id} "${piece.quote}"`).toBeUndefined();
      }
    }
  });

  it('the scoring itself notices lost items (so the floors can fail)', () => {
    const emptied: Bundle = { ...bundle, claims: [], quotes: [], events: [], mentions: [] };
    const recall = Object.fromEntries(evaluate(emptied, EXPECTED).scores.map((s) => [s.kind, s.recall]));
    expect(recall).toMatchObject({ claims: 0, events: 0, quotes: 0, actors: 0 });
    const withSpeakerWrong: Bundle = { ...bundle, quotes: bundle.quotes.map((q) => ({ ...q, speaker: 'unattributed' })) };
    const quotes = evaluate(withSpeakerWrong, EXPECTED).scores.find((s) => s.kind === 'quotes')!;
    expect(quotes.exactRecall).toBe(0);
  });

  it('finds at least as much as when the floors were set', () => {
    const { scores } = evaluate(bundle, EXPECTED);
    for (const score of scores) {
      const floor = FLOORS[score.kind];
      expect(score.recall, `${score.kind} recall`).toBeGreaterThanOrEqual(floor.recall);
      expect(score.exactRecall, `${score.kind} exact recall`).toBeGreaterThanOrEqual(floor.exactRecall);
      expect(score.precision, `${score.kind} precision`).toBeGreaterThanOrEqual(floor.precision);
    }
  });
});

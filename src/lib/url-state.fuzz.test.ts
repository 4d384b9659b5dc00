// The link parser under hostile and broken links, many thousands per run: here, without a
// browser, every case the browser drill (tests/e2e/fuzz-links.e2e.test.ts) loads as a page is
// checked at the parser, where it costs microseconds; the browser keeps a smaller sample to
// show that the page renders, runs no payload and quotes what was ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/bundle-index.json' with { type: 'json' };
import { BAD_DATES, PAYLOADS, PERCENT_GARBAGE, UNKNOWN_PARAMS, generateLinks } from '../../tests/e2e/support/link-fuzz.ts';
import { BundleIndex } from '../schema/bundle.ts';
import { MAX_VALUE_LENGTH, parseViewParams, toSearch, validateAgainstIndex } from './url-state.ts';
import { VIEWS, type ViewState } from './view-state.ts';

const index = BundleIndex.parse(fixture);
const loaded = new Set(['events', 'positions', 'claims', 'disagreements'] as const);
const knownActors = index.actors.map((actor) => actor.id);

/** What the page ends up with for a link: the parser's pass, then the check against the data. */
function openLink(search: string) {
  const parsed = parseViewParams(search);
  const checked = validateAgainstIndex(parsed.state, index, loaded);
  return { state: checked.state, ignored: [...parsed.ignored, ...checked.ignored] };
}

/** Nothing a link carries reaches the state unless it has the shape of an id, a date or a view. */
function isSafe(state: ViewState): boolean {
  const id = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
  const date = /^\d{4}-\d{2}-\d{2}$/;
  return (
    VIEWS.includes(state.view) &&
    [state.from, state.to].every((bound) => bound === null || date.test(bound)) &&
    [...state.actors, ...state.topics, ...state.metrics, ...state.status].every((value) => id.test(value)) &&
    [state.article, state.focus].every((value) => value === null || id.test(value))
  );
}

describe('the link parser under the browser drill\'s links', () => {
  it('reports every damaged and unknown part of 5,000 generated links, and keeps only safe values', () => {
    for (const link of generateLinks(5_000, 20261123, knownActors)) {
      const { state, ignored } = openLink(link.search);
      const reported = new Set(ignored.map((entry) => entry.param));
      for (const param of [...link.badParams, ...link.unknownParams]) expect(reported, link.search.slice(0, 200)).toContain(param);
      expect(isSafe(state), link.search.slice(0, 200)).toBe(true);
    }
  });
});

describe('link parser properties', () => {
  const encode = encodeURIComponent;
  /** One damaged part of a link: how it is written, and which param the page must report. */
  const damage = fc.oneof(
    fc.record({ param: fc.constantFrom('view', 'article', 'focus', 'metrics', 'status', 'changes'), value: fc.constantFrom(...PAYLOADS) }).map(({ param, value }) => ({ raw: `${param}=${encode(value)}`, reported: param })),
    fc.record({ param: fc.constantFrom('from', 'to'), value: fc.oneof(fc.constantFrom(...BAD_DATES), fc.string({ maxLength: 12 }).filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text))) }).map(({ param, value }) => ({ raw: `${param}=${encode(value)}`, reported: param })),
    fc.record({ param: fc.constantFrom('view', 'actors', 'article'), length: fc.integer({ min: MAX_VALUE_LENGTH + 1, max: 8_000 }) }).map(({ param, length }) => ({ raw: `${param}=${'a'.repeat(length)}`, reported: param })),
    fc.oneof(fc.constantFrom(...UNKNOWN_PARAMS), fc.stringMatching(/^[a-z_]{1,10}$/).filter((name) => !['view', 'from', 'to', 'actors', 'topics', 'metrics', 'status', 'changes', 'article', 'focus'].includes(name))).map((name) => ({ raw: `${encode(name)}=1`, reported: name })),
    fc.constantFrom(...PERCENT_GARBAGE).map((garbage) => ({ raw: `view=${garbage}`, reported: 'view' })),
    fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((id) => ({ raw: `actors=unknown-${id}`, reported: 'actors' })),
  );
  /** Damaged parts on distinct params, so none is reported as "repeated" instead. */
  const damagedLink = fc.uniqueArray(damage, { minLength: 1, maxLength: 5, selector: (part) => part.raw.split('=')[0] });

  it('reports each damaged part of any link, never throws, and keeps only safe values', () => {
    fc.assert(
      fc.property(damagedLink, (parts) => {
        const { state, ignored } = openLink(`?${parts.map((part) => part.raw).join('&')}`);
        const reported = new Set(ignored.map((entry) => entry.param));
        return parts.every((part) => reported.has(part.reported)) && isSafe(state);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('writes back a clean link: what the page keeps parses again with nothing ignored', () => {
    const anything = fc.string({ unit: fc.constantFrom(...'?&=~%+#<>"\' abz09-_.:\u202e\ud800漢', 'view=', 'from=', 'to=', 'actors=', 'article=', 'focus=', 'claims', '2025-05-15', 'ukraine'), maxLength: 120 });
    fc.assert(
      fc.property(fc.oneof(anything, damagedLink.map((parts) => `?${parts.map((part) => part.raw).join('&')}`)), (search) => {
        const { state } = openLink(search);
        const again = parseViewParams(toSearch(state));
        return again.ignored.length === 0 && JSON.stringify(again.state) === JSON.stringify(state);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

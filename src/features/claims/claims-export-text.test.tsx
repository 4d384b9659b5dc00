import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../lib/view-state.ts';
import type { ClaimRow } from './claim-rows.ts';
import { exportRange, filtersText, sourcesText } from './claims-export-text.ts';

const row = (patch: Partial<ClaimRow>) =>
  ({ articleId: 'a1', outlet: 'Reuters (reposted)', articleTitle: 'Diplomats meet', publishedAt: '2022-03-10', date: '2022-03-10', ...patch }) as ClaimRow;

describe(filtersText, () => {
  it.each([
    [{}, 'Filters: none'],
    [{ from: '2022-03-01', to: null }, 'Filters: dates 2022-03-01 to end'],
    [{ metrics: ['armoured-vehicles'], status: ['unverified' as const] }, 'Filters: metrics Armoured vehicles; status not independently verified'],
    [{ actors: ['ukraine'] }, 'Filters: actors Ukraine'],
  ])('%j → %s', (patch, expected) => {
    expect(filtersText({ ...DEFAULT_VIEW_STATE, ...patch }, (id) => (id === 'ukraine' ? 'Ukraine' : id))).toBe(expected);
  });
});

describe(sourcesText, () => {
  it('names each article once, with outlet, date and title', () => {
    expect(sourcesText([row({}), row({}), row({ articleId: 'a2', outlet: 'BBC', articleTitle: 'Offer', publishedAt: '2025-05-11' })])).toBe(
      'Sources: Reuters (reposted), 10 Mar 2022, “Diplomats meet”; BBC, 11 May 2025, “Offer”. Figures are claims as reported, not verified facts.',
    );
  });
});

describe(exportRange, () => {
  it('uses the filter dates, or else the span of the claims', () => {
    const rows = [row({ date: '2025-06-03' }), row({ date: '2022-03-10' })];
    expect(exportRange(DEFAULT_VIEW_STATE, rows)).toEqual(['2022-03-10', '2025-06-03']);
    expect(exportRange({ ...DEFAULT_VIEW_STATE, from: '2022-01-01' }, rows)).toEqual(['2022-01-01', '2025-06-03']);
  });
});

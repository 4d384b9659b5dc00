import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fixture from '../fixtures/bundle-index.json';
import { BundleIndex } from '../../src/schema/bundle.ts';
import { filterIndex } from '../../src/lib/filter-index.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view-state.ts';
import { ClaimsView, preloadClaimsView } from '../../src/features/claims/index.ts';

const index = BundleIndex.parse(fixture);

function renderClaims(patch: Partial<ViewState> = {}) {
  const view = { ...DEFAULT_VIEW_STATE, view: 'claims' as const, ...patch };
  const setView = vi.fn();
  const result = render(<ClaimsView index={index} filtered={filterIndex(index, view)} view={view} setView={setView} />);
  return { ...result, setView };
}

const rowsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLTableRowElement>('tbody tr')];

describe('ClaimsView', { timeout: 30_000 }, () => {
  // The charts are a separate module; load it once so each test sees them on first render.
  beforeAll(() => preloadClaimsView(), 30_000);

  it('lists every claim in a table naming claimant, date and verification status', () => {
    const { container } = renderClaims();
    const rows = rowsOf(container);
    expect(rows).toHaveLength(index.claims.length);
    const armyTanks = rows.find((row) => row.dataset.claimId === 'cl-2022-tanks')!;
    const cells = within(armyTanks).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(
      expect.arrayContaining(['Ukrainian armed forces', '29 Mar 2022', 'not independently verified']),
    );
    for (const row of rows) {
      expect(row.textContent).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
      expect(row.textContent).toMatch(/not independently verified|independently verified|verification not stated/);
    }
    expect(rows.find((row) => row.dataset.claimId === 'cl-2022-population')).toHaveTextContent('No source named');
  });

  it('keeps qualifiers and writes ranges as ranges', () => {
    const { container } = renderClaims();
    const rows = rowsOf(container);
    expect(rows.find((row) => row.dataset.claimId === 'cl-2022-displaced')).toHaveTextContent('more than 2 million people');
    expect(rows.find((row) => row.dataset.claimId === 'cl-2025-pow-range')).toHaveTextContent('1,000–1,200');
  });

  it('draws a bar per claim once the charts load, hatched where not independently verified', async () => {
    const { container } = renderClaims();
    expect(container.querySelectorAll('[data-bar-id]')).toHaveLength(index.claims.length);
    const killed = screen.getByRole('img', { name: /^Killed, 1 claim/ });
    expect(killed).toHaveAccessibleName(expect.stringContaining('(not independently verified) — 29 Mar 2022'));
    const bar = container.querySelector('[data-bar-id^="According to Ukrainian armed forces: 17,200"]')!;
    expect(bar.getAttribute('data-hatched')).toBe('true');
    const fill = bar.querySelector('rect')!.getAttribute('fill')!;
    expect(container.querySelector(`pattern[id="${fill.slice(5, -1)}"]`)).not.toBeNull();
    expect(screen.getByText('Hatched: not independently verified')).toBeInTheDocument();
  });

  it('opens the sentence from the table and from a bar', async () => {
    const { container, setView } = renderClaims();
    const displaced = rowsOf(container).find((row) => row.dataset.claimId === 'cl-2022-displaced')!;
    fireEvent.click(within(displaced).getByRole('button', { name: /Show sentence/ }));
    expect(setView).toHaveBeenLastCalledWith({ view: 'articles', article: '004_e4151cc778e63499', focus: 'cl-2022-displaced' });

    await waitFor(() => expect(container.querySelector('[data-bar-id] rect')).not.toBeNull());
    fireEvent.click(container.querySelector('[data-bar-id^="According to Ukrainian armed forces: 597"] rect')!);
    expect(setView).toHaveBeenLastCalledWith({ view: 'articles', article: '000_ad34c3576032ad84', focus: 'cl-2022-tanks' });
  });

  it('draws a metric claimed on several dates over time', async () => {
    const killed = index.claims.find((claim) => claim.id === 'cl-2022-killed')!;
    const later = { ...killed, id: 'cl-later-killed', value: 19_000, date: '2022-04-12', verification: 'independent' as const };
    const withLater = { ...index, claims: [...index.claims, later] };
    const view = { ...DEFAULT_VIEW_STATE, view: 'claims' as const, metrics: ['killed'] };
    const { container } = render(
      <ClaimsView index={withLater} filtered={filterIndex(withLater, view)} view={view} setView={vi.fn()} />,
    );
    await waitFor(() => expect(container.querySelectorAll('g[data-point-date]')).toHaveLength(2));
    expect(screen.getByRole('img', { name: /^Killed, 2 claims over time/ })).toBeInTheDocument();
    expect(container.querySelector('g[data-point-date="2022-04-12"]')!.getAttribute('data-hatched')).toBe('false');
    expect(rowsOf(container)).toHaveLength(2);
  });

  it('draws a claim repeated by several articles once, and lists each article in the table', () => {
    const tanks = index.claims.find((claim) => claim.id === 'cl-2022-tanks')!;
    const repeat = { ...tanks, id: 'cl-repeat-tanks', evidence: [{ ...tanks.evidence[0]!, articleId: '004_e4151cc778e63499' }] };
    const withRepeat = { ...index, claims: [...index.claims, repeat] };
    const view = { ...DEFAULT_VIEW_STATE, view: 'claims' as const, metrics: ['tanks'] };
    const { container } = render(
      <ClaimsView index={withRepeat} filtered={filterIndex(withRepeat, view)} view={view} setView={vi.fn()} />,
    );
    const bars = container.querySelectorAll('[data-bar-id]');
    expect(bars).toHaveLength(1);
    expect(bars[0]).toHaveTextContent('· reported in 2 articles');
    expect(rowsOf(container)).toHaveLength(2);
  });

  it('honours the metric and status filters', () => {
    const { container } = renderClaims({ metrics: ['tanks', 'displaced'], status: ['unverified'] });
    expect(rowsOf(container).map((row) => row.dataset.claimId)).toEqual(['cl-2022-tanks']);
  });

  it('says so when the articles hold no claims at all', () => {
    const view = { ...DEFAULT_VIEW_STATE, view: 'claims' as const };
    const empty = { ...index, claims: [] };
    render(<ClaimsView index={empty} filtered={filterIndex(empty, view)} view={view} setView={vi.fn()} />);
    expect(screen.getByText('No figures were claimed in these articles.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('offers to clear filters when nothing matches', () => {
    const { setView } = renderClaims({ metrics: ['drones'] });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(setView).toHaveBeenCalledWith({ from: null, to: null, actors: [], topics: [], metrics: [], status: [] });
    expect(screen.getByText(/No claims match these filters/)).toBeInTheDocument();
  });
});

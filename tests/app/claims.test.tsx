import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import fixture from '../fixtures/bundle-index.json';
import { BundleIndex } from '../../src/schema/bundle.ts';
import { filterIndex } from '../../src/lib/filter-index.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view-state.ts';
import { ClaimsView } from '../../src/features/claims/index.ts';

const index = BundleIndex.parse(fixture);

function renderClaims(patch: Partial<ViewState> = {}) {
  const view = { ...DEFAULT_VIEW_STATE, view: 'claims' as const, ...patch };
  const setView = vi.fn();
  const result = render(<ClaimsView index={index} filtered={filterIndex(index, view)} view={view} setView={setView} />);
  return { ...result, setView };
}

const rowsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLTableRowElement>('tbody tr')];

describe('ClaimsView', () => {
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
    await waitFor(() => expect(container.querySelectorAll('[data-bar-id]')).toHaveLength(index.claims.length));
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

  it('honours the metric and status filters', () => {
    const { container } = renderClaims({ metrics: ['tanks', 'displaced'], status: ['unverified'] });
    expect(rowsOf(container).map((row) => row.dataset.claimId)).toEqual(['cl-2022-tanks']);
  });

  it('offers to clear filters when nothing matches', () => {
    const { setView } = renderClaims({ metrics: ['drones'] });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(setView).toHaveBeenCalledWith({ from: null, to: null, actors: [], topics: [], metrics: [], status: [] });
    expect(screen.getByText(/No claims match these filters/)).toBeInTheDocument();
  });
});

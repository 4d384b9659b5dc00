import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import fixture from '../fixtures/bundle-index.json';
import { BundleIndex, type Claim } from '../../src/schema/bundle.ts';
import { filterIndex } from '../../src/lib/filter-index.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view-state.ts';
import { ClaimsView, preloadClaimsView } from '../../src/features/claims/index.ts';

const index = BundleIndex.parse(fixture);

function renderClaims(patch: Partial<ViewState> = {}, data: BundleIndex = index) {
  const view = { ...DEFAULT_VIEW_STATE, view: 'claims' as const, ...patch };
  const setView = vi.fn();
  const result = render(<ClaimsView index={data} filtered={filterIndex(data, view)} view={view} setView={setView} />);
  return { ...result, setView };
}

const rowsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const rowOf = (container: HTMLElement, id: string) => rowsOf(container).find((row) => row.dataset.claimId === id)!;
const section = (name: RegExp) => screen.getByRole('region', { name });
const chartOf = async (region: HTMLElement) => waitFor(() => within(region).getByRole('img'));
const withClaims = (...claims: Claim[]) => ({ ...index, claims: [...index.claims, ...claims] });
const killed = index.claims.find((claim) => claim.id === 'cl-2022-killed')!;

afterEach(() => vi.unstubAllGlobals());

describe('ClaimsView', { timeout: 30_000 }, () => {
  // The charts are a separate module; load it once so each test sees them on first render.
  beforeAll(() => preloadClaimsView(), 30_000);

  it('draws one chart per question, and leaves population and tariff figures off the view', async () => {
    const { container } = renderClaims();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Personnel losses: killed, wounded, captured',
      'Equipment lost, by type',
      'People displaced and refugees',
      'Prisoners exchanged and bodies repatriated',
    ]);
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(4));
    expect(rowOf(container, 'cl-2022-population')).toBeUndefined();
    expect(rowOf(container, 'cl-2025-tariff')).toBeUndefined();
    expect(container.textContent).not.toMatch(/tariff|population/i);
    // Five equipment types from one sentence share one chart, each its own claim.
    expect(within(section(/Equipment/)).getAllByRole('row')).toHaveLength(6);
  });

  it('lists every claim in a ledger naming claimant, whose losses, figure, date, as-of date and verification', () => {
    const asOf = { ...killed, id: 'cl-asof', value: 18_000, date: '2022-04-02', asOf: '2022-03-31' };
    const { container } = renderClaims({}, withClaims(asOf));
    const cells = within(rowOf(container, 'cl-2022-tanks')).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(
      expect.arrayContaining([
        'ClaimantUkrainian armed forces',
        'Whose lossesRussia',
        'Claim date29 Mar 2022',
        'As ofnot stated',
        'Verificationnot independently verified',
      ]),
    );
    expect(rowOf(container, 'cl-asof')).toHaveTextContent('As of31 Mar 2022');
    expect(rowOf(container, 'cl-2022-displaced')).toHaveTextContent('more than 2 million people');
    expect(rowOf(container, 'cl-2025-pow-range')).toHaveTextContent('1,000–1,200');
    expect(rowOf(container, 'cl-2025-pow-range')).toHaveTextContent('No source named');
  });

  it('draws each claimant as its own series in its party colour, hollow when unverified, with the talks rounds on the axis', async () => {
    const later = { ...killed, id: 'cl-later', value: 19_000, date: '2022-04-12', verification: 'independent' as const };
    const { container } = renderClaims({}, withClaims(later));
    const personnel = section(/Personnel losses/);
    const chart = await chartOf(personnel);
    expect(chart).toHaveAccessibleName(/3 claims over time by Russia, Ukrainian armed forces/);
    const marks = [...personnel.querySelectorAll('g[data-point-id]')];
    expect(marks.map((mark) => mark.getAttribute('data-point-date'))).toEqual(['2022-03-25', '2022-03-29', '2022-04-12']);
    const colourOf = (id: string) => container.querySelector(`g[data-point-id="${id}"] path:last-child`)!.getAttribute('stroke');
    expect(colourOf('cl-2022-killed')).toBe('#0072B2');
    expect(colourOf('cl-fx-russia-killed')).toBe('#D55E00');
    expect(container.querySelector('g[data-point-id="cl-2022-killed"]')!.getAttribute('data-hollow')).toBe('true');
    expect(container.querySelector('g[data-point-id="cl-later"]')!.getAttribute('data-hollow')).toBe('false');
    // Each series is named beside its last mark, so colour is never the only cue.
    expect([...personnel.querySelectorAll('text[data-series-label]')].map((label) => label.textContent).sort()).toEqual(['Russia', 'Ukrainian armed forces']);
    // One line joins Ukraine's two figures; Russia's single figure stands alone.
    expect(personnel.querySelectorAll('polyline')).toHaveLength(1);
    expect(personnel.querySelector('g[data-marker-date~="2022-03-29"] title')).toHaveTextContent('Round 1: talks on 29 Mar 2022 in Istanbul');
    expect(within(personnel).getByText('Hollow: not independently verified (or not stated)')).toBeInTheDocument();
    expect(within(personnel).getByText(/Numbered markers: talks rounds \(Round 1: talks on 29 Mar 2022 in Istanbul\)/)).toBeInTheDocument();
  });

  it('draws a stated range as a range', async () => {
    const { container } = renderClaims();
    await chartOf(section(/Prisoners exchanged/));
    const mark = container.querySelector('g[data-point-id="cl-2025-pow-range"]')!;
    expect(mark.querySelectorAll('path')[0]!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+V[\d.]+/);
  });

  it('flags a disagreement in words and lists it under the Disagreements filter', async () => {
    const { container, setView } = renderClaims();
    const summary = 'Ukrainian armed forces say 17,200; Russia says 1,351 — late March 2022';
    expect(rowOf(container, 'cl-2022-killed')).toHaveTextContent(`Disputed: ${summary}`);
    expect(rowOf(container, 'cl-fx-russia-killed')).toHaveTextContent(`Disputed: ${summary}`);
    expect(rowOf(container, 'cl-2022-tanks')).not.toHaveTextContent('Disputed');
    await chartOf(section(/Personnel losses/));
    expect(container.querySelector('g[data-point-id="cl-2022-killed"]')!.getAttribute('data-flagged')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Disagreements (1)' }));
    const list = screen.getByRole('list', { name: 'Disagreements' });
    expect(list).toHaveTextContent(`Claimants give different figures (25 Mar 2022 to 29 Mar 2022): ${summary}`);
    expect(rowsOf(container).map((row) => row.dataset.claimId)).toEqual(['cl-fx-russia-killed', 'cl-2022-killed']);
    fireEvent.click(within(list).getByRole('button', { name: /17,200 soldiers killed/ }));
    expect(setView).toHaveBeenLastCalledWith({ view: 'articles', article: '000_ad34c3576032ad84', focus: 'cl-2022-killed' });

    fireEvent.click(screen.getByRole('button', { name: /^All claims/ }));
    expect(rowsOf(container).length).toBeGreaterThan(2);
  });

  it('opens the sentence from the ledger, from a mark, and from the keyboard', async () => {
    const { container, setView } = renderClaims();
    fireEvent.click(within(rowOf(container, 'cl-2022-displaced')).getByRole('button', { name: /Show sentence/ }));
    expect(setView).toHaveBeenLastCalledWith({ view: 'articles', article: '004_e4151cc778e63499', focus: 'cl-2022-displaced' });

    const chart = await chartOf(section(/Equipment/));
    fireEvent.click(container.querySelector('g[data-point-id="cl-2022-tanks"]')!);
    expect(setView).toHaveBeenLastCalledWith({ view: 'articles', article: '000_ad34c3576032ad84', focus: 'cl-2022-tanks' });

    chart.focus();
    fireEvent.keyDown(chart, { key: 'End' });
    expect(section(/Equipment/)).toHaveTextContent('(5 of 5)');
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(setView).toHaveBeenCalledTimes(3);
  });

  it('sorts the ledger by any column, both ways', () => {
    const { container } = renderClaims();
    const equipment = section(/Equipment/);
    const figures = () => [...equipment.querySelectorAll('tbody tr')].map((row) => (row as HTMLElement).dataset.claimId);
    fireEvent.click(within(equipment).getByRole('button', { name: /^Figure/ }));
    expect(figures()).toEqual(['cl-2022-ships', 'cl-2022-aircraft', 'cl-2022-helicopters', 'cl-2022-tanks', 'cl-2022-armoured']);
    expect(within(equipment).getByRole('columnheader', { name: /Figure/ })).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(equipment).getByRole('button', { name: /^Figure/ }));
    expect(figures()[0]).toBe('cl-2022-armoured');
    expect(rowsOf(container).length).toBeGreaterThan(5);
  });

  it('copies a citation naming claimant, claim date, outlet, article date, dataset version and the sentence link', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { container } = renderClaims();
    fireEvent.click(within(rowOf(container, 'cl-2022-tanks')).getByRole('button', { name: /Copy citation/ }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const citation = String((writeText.mock.calls[0] as unknown[])[0]);
    expect(citation).toMatch(/^Ukrainian armed forces, claim of 29 Mar 2022: According to Ukrainian armed forces: 597 tanks lost/);
    expect(citation).toContain('Reported in Daily Express (reposted), 29 Mar 2022');
    expect(citation).toMatch(/Peace Talks Tracker dataset v3\.6\.2025-06-03\./);
    expect(citation).toMatch(/\?view=articles&article=000_ad34c3576032ad84&focus=cl-2022-tanks$/);
    expect(await within(rowOf(container, 'cl-2022-tanks')).findByText('Citation copied')).toBeInTheDocument();
  });

  it('draws a claim repeated by several articles once, and lists each article in the ledger', async () => {
    const tanks = index.claims.find((claim) => claim.id === 'cl-2022-tanks')!;
    const repeat = { ...tanks, id: 'cl-repeat-tanks', evidence: [{ ...tanks.evidence[0]!, articleId: '004_e4151cc778e63499' }] };
    const { container } = renderClaims({ metrics: ['tanks'] }, withClaims(repeat));
    await chartOf(section(/Equipment/));
    expect(container.querySelectorAll('g[data-point-id]')).toHaveLength(1);
    expect(rowsOf(container)).toHaveLength(2);
  });

  it('sums up thousands of claims per claimant and period, and says so', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...killed,
      id: `cl-many-${i}`,
      value: i,
      date: new Date(Date.UTC(2022, 2, 1 + (i % 700))).toISOString().slice(0, 10),
    }));
    const { container } = renderClaims({ metrics: ['killed'] }, withClaims(...many));
    await chartOf(section(/Personnel/));
    expect(container.querySelectorAll('g[data-point-id]').length).toBeLessThanOrEqual(150);
    expect(screen.getByText(/3002 claims: each mark is the highest figure one claimant gave for one count in a week/)).toBeInTheDocument();
    expect(screen.getByText(/2977 more claims not shown/)).toBeInTheDocument();
  });

  it('honours the metric and status filters', () => {
    const { container } = renderClaims({ metrics: ['tanks', 'displaced'], status: ['unverified'] });
    expect(rowsOf(container).map((row) => row.dataset.claimId)).toEqual(['cl-2022-tanks']);
  });

  it('says so when the articles hold no claims at all', () => {
    renderClaims({}, { ...index, claims: [] });
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

describe('ClaimsView for print and capture', { timeout: 30_000 }, () => {
  beforeAll(() => preloadClaimsView(), 30_000);

  it('draws every chart at once, even where nothing has scrolled into view', async () => {
    // An observer that never reports: the page is printed or captured without scrolling.
    vi.stubGlobal('IntersectionObserver', class { observe() {} unobserve() {} disconnect() {} takeRecords() { return []; } });
    renderClaims();
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(4));
    expect(screen.queryByText(/drawn when you scroll/)).toBeNull();
  });
});

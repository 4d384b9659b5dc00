import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('timeline view', () => {
  it('shows events in chapters per round of talks, with how each date was read', async () => {
    renderApp();
    const chapter2022 = await screen.findByRole('region', { name: 'Round of Mar 2022' });
    const chapter2025 = screen.getByRole('region', { name: 'Round of May – Jun 2025' });
    expect(within(chapter2022).getByRole('heading', { level: 3 })).toHaveTextContent('Round of Mar 2022 · 2 events · talks in Antalya, Istanbul');
    expect(within(chapter2025).getByRole('heading', { level: 3 })).toHaveTextContent('Round of May – Jun 2025 · 5 events');

    const istanbul2022 = screen.getByRole('article', { name: 'Istanbul talks resume' });
    expect(istanbul2022).toHaveTextContent('29 Mar 2022');
    expect(istanbul2022).toHaveTextContent('resolved from ‘today’');
    expect(istanbul2022).toHaveTextContent('Held');
    // One article is the norm; only corroboration is worth a line.
    expect(istanbul2022).not.toHaveTextContent('Reported by');
    expect(istanbul2022).toHaveTextContent('Participants: Ukraine, Russia, Türkiye');

    const ultimatum = screen.getByRole('article', { name: 'European ultimatum for a 30-day ceasefire' });
    expect(ultimatum).toHaveTextContent('exact date');
    expect(ultimatum).toHaveTextContent('Proposed');
    expect(ultimatum).toHaveTextContent('Reported by 2 articles: Bloomberg via The Malaysian Reserve, BBC News analysis (paraphrased repost)');
    expect(within(ultimatum).getAllByRole('button', { name: 'Show source' })).toHaveLength(2);
  });

  it('lists the events in date order', async () => {
    renderApp();
    const titles = (await screen.findAllByRole('article')).map((entry) => entry.getAttribute('aria-labelledby'));
    expect(titles).toEqual([
      'event-ev-2022-03-10-antalya',
      'event-ev-2022-03-29-istanbul',
      'event-ev-2025-05-12-ultimatum',
      'event-ev-2025-05-15-nato-antalya', // one day, so it ends before the two-day talks
      'event-ev-2025-05-15-istanbul',
      'event-ev-2025-06-02-istanbul',
      'event-ev-2025-06-02-pow',
    ]);
  });

  it('opens the article at the evidence when a source is asked for', async () => {
    const { user } = renderApp();
    const entry = await screen.findByRole('article', { name: 'Second Istanbul round' });
    await user.click(within(entry).getByRole('button', { name: 'Show source' }));
    expect(screen.getByRole('tab', { name: 'Articles' })).toHaveAttribute('aria-selected', 'true');
    expect(document.title).toBe('Articles · Peace Talks Tracker');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('view')).toBe('articles');
    expect(params.get('article')).toBe('002_0fce208b2550d497');
    expect(params.get('focus')).toBe('ev-2025-06-02-istanbul');
    // The keyboard lands in the new view, not back at the top of the page (once its chunk is in).
    await waitFor(() => expect(screen.getByRole('tabpanel')).toContainElement(document.activeElement as HTMLElement));
  });

  it('names the article each source button opens', async () => {
    renderApp();
    const entry = await screen.findByRole('article', { name: 'Istanbul talks resume' });
    expect(within(entry).getByRole('button', { name: 'Show source' })).toHaveAccessibleDescription(
      'Daily Express (reposted), 2022-03-29',
    );
  });

  it('marks the view as ready for the benchmarks', async () => {
    performance.clearMarks();
    renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    // The mark comes from an effect, which React may run just after the view is in the DOM.
    await waitFor(() => expect(performance.getEntriesByName('view-ready:timeline', 'mark')).toHaveLength(1));
  });
});

describe('positions view', () => {
  /** The cell of one party (column) on one proposition (row). */
  function cellAt(proposition: string, party: string): HTMLElement {
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent ?? '');
    const row = within(table).getByRole('row', { name: new RegExp(`^${proposition}`) });
    return within(row).getAllByRole('cell')[headers.findIndex((h) => h.startsWith(party)) - 1]!;
  }

  it('shows propositions as rows and parties as columns, each cell with its latest stance, date and move', async () => {
    const { user } = renderApp({ url: '/?view=positions' });
    const table = await screen.findByRole('table');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Ukraine and Russia take opposite sides on each of the 2 propositions both have stated');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent?.replace(/\d+ (people|person) spoke.*/, ''))).toEqual([
      'Proposition',
      'Ukraine',
      'Russia',
      'Türkiye',
    ]);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      expect.stringMatching(/^An immediate, unconditional ceasefire/),
      expect.stringMatching(/^Ukraine may join NATO/),
      expect.stringMatching(/^Ukraine's neutrality/),
      expect.stringMatching(/^Sanctions on Russia/),
    ]);
    const nato = cellAt('Ukraine may join NATO', 'Ukraine');
    expect(nato).toHaveTextContent('For');
    expect(nato).toHaveTextContent('2 Jun 2025');
    expect(nato).toHaveTextContent('Conditional → For, Jun 2025');
    expect(cellAt('Sanctions on Russia', 'Ukraine')).toHaveTextContent('no stated position');
    // The statement, its history and its source open on demand.
    expect(screen.queryByRole('region', { name: 'Ukraine on Ukraine may join NATO' })).not.toBeInTheDocument();
    await user.click(within(nato).getByRole('button'));
    const detail = screen.getByRole('region', { name: 'Ukraine on Ukraine may join NATO' });
    expect(detail).toHaveTextContent('Seeks a peace deal that upholds its NATO aspirations');
    expect(detail).toHaveTextContent('Moved from Conditional to For on 2 Jun 2025');
    await user.click(within(detail).getByText('How it changed (2 statements)'));
    expect(detail).toHaveTextContent(/29 Mar 2022: ◐Conditional/);
    expect(within(detail).getByRole('button', { name: 'Show source: Ukraine on Ukraine may join NATO, 2022-03-29' })).toBeInTheDocument();
  });

  it('shows the 2022 stance, and no move, when the dates stop in 2022', async () => {
    renderApp({ url: '/?view=positions&to=2022-12-31' });
    await screen.findByRole('table');
    const nato = cellAt('Ukraine may join NATO', 'Ukraine');
    expect(nato).toHaveTextContent('Conditional');
    expect(nato).not.toHaveTextContent('→');
  });

  it('files people under their party and never shows commentators', async () => {
    const { user } = renderApp({ url: '/?view=positions' });
    const table = await screen.findByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent ?? '');
    expect(headers.some((name) => /Weller|Aydin|Zelensky/.test(name.split('spoke')[0]!))).toBe(false);
    const ukraine = within(table).getAllByRole('columnheader')[1]!;
    await user.click(within(ukraine).getByText('1 person spoke'));
    expect(ukraine).toHaveTextContent('Volodymyr Zelensky (1)');
    await user.click(within(cellAt("Ukraine's neutrality", 'Ukraine')).getByRole('button'));
    expect(screen.getByRole('region', { name: "Ukraine on Ukraine's neutrality" })).toHaveTextContent('Stated by Volodymyr Zelensky, filed under Ukraine.');
  });

  it('narrows to the chosen propositions', async () => {
    const { user } = renderApp({ url: '/?view=positions' });
    await user.click(await screen.findByRole('checkbox', { name: 'Sanctions on Russia' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
    expect(new URLSearchParams(window.location.search).get('topics')).toBe('sanctions-on-russia');
  });

  it("shows what a chosen person stated, and says it is filed under the party", async () => {
    renderApp({ url: '/?view=positions&actors=putin' });
    const table = await screen.findByRole('table');
    expect(screen.getByText(/Showing what Vladimir Putin stated, filed under Russia/)).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
    expect(cellAt('An immediate, unconditional ceasefire', 'Russia')).toHaveTextContent('Against');
    expect(screen.queryByText('No positions match these filters.')).not.toBeInTheDocument();
  });

  it('lists only the moves with "Changes only", and compares the first and latest rounds with one click', async () => {
    const { user } = renderApp({ url: '/?view=positions' });
    await screen.findByRole('table');
    const search = () => new URLSearchParams(window.location.search);
    expect(search().get('changes')).toBeNull();
    await user.click(screen.getByRole('switch', { name: /Changes only/ }));
    expect(search().get('changes')).toBe('1');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const moves = screen.getByRole('list', { name: 'Changes of stance' });
    expect(within(moves).getAllByRole('listitem')).toHaveLength(1);
    expect(moves).toHaveTextContent('Ukraine · Ukraine may join NATO: ◐ Conditional → ✓ For, 2 Jun 2025');
    await user.click(screen.getByRole('switch', { name: /Changes only/ }));
    expect(search().get('changes')).toBeNull();
    expect(screen.getByRole('table')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compare 2022 with 2025' }));
    const params = new URLSearchParams(window.location.search);
    expect([params.get('from'), params.get('to'), params.get('changes')]).toEqual(['2022-01-01', '2025-12-31', '1']);
    expect(screen.getByRole('switch', { name: /Changes only/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('list', { name: 'Changes of stance' })).toHaveTextContent('Conditional → ✓ For');
  });

  it('opens a shared link on the list of moves, and Back returns to the matrix', async () => {
    const { user } = renderApp({ url: '/?view=positions&changes=1' });
    const moves = await screen.findByRole('list', { name: 'Changes of stance' });
    expect(moves).toHaveTextContent('Conditional → ✓ For');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Changes only/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.queryByText('Part of this link was ignored')).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: /Changes only/ }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    window.history.back();
    expect(await screen.findByRole('list', { name: 'Changes of stance' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('changes')).toBe('1');
  });
});

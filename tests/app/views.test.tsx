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
  it('shows the latest stance per party and topic, with its history', async () => {
    const { user } = renderApp({ url: '/?view=positions' });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'NATO membership' })).toBeInTheDocument();
    const ukraine = within(table).getByRole('row', { name: /^Ukraine/ });
    const cells = within(ukraine).getAllByRole('cell');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    const nato = cells[headers.indexOf('NATO membership') - 1]!;
    expect(nato).toHaveTextContent('For');
    expect(nato).toHaveTextContent('2 Jun 2025');
    expect(nato).toHaveTextContent('How it changed (2 statements)');
    // The history is rendered only once opened, so long corpora keep a small page.
    expect(nato).not.toHaveTextContent(/29 Mar 2022/);
    await user.click(within(nato).getByText('How it changed (2 statements)'));
    expect(nato).toHaveTextContent(/29 Mar 2022: ◐Conditional/);
    expect(within(nato).getByRole('button', { name: 'Show source: Ukraine on NATO membership, 2022-03-29' })).toBeInTheDocument();
    expect(within(nato).queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
    expect(within(ukraine).getByRole('rowheader')).toHaveTextContent('For on 2 topics');
  });

  it('shows the 2022 stance when the dates stop in 2022', async () => {
    renderApp({ url: '/?view=positions&to=2022-12-31' });
    const table = await screen.findByRole('table');
    const ukraine = within(table).getByRole('row', { name: /^Ukraine/ });
    expect(ukraine).toHaveTextContent('Conditional');
    expect(ukraine).not.toHaveTextContent('How it changed');
  });

  it('never shows commentators as parties', async () => {
    renderApp({ url: '/?view=positions' });
    const table = await screen.findByRole('table');
    const rowNames = within(table).getAllByRole('rowheader').map((th) => th.textContent ?? '');
    expect(rowNames.some((name) => name.startsWith('Volodymyr Zelensky'))).toBe(true);
    expect(rowNames.some((name) => /Weller|Aydin/.test(name))).toBe(false);
  });

  it('narrows to the chosen topics', async () => {
    const { user } = renderApp({ url: '/?view=positions' });
    await user.click(await screen.findByRole('checkbox', { name: 'Sanctions' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Party', 'Sanctions']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
    expect(new URLSearchParams(window.location.search).get('topics')).toBe('sanctions');
  });
});

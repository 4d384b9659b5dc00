import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

const eventTitles = () => screen.queryAllByRole('article').map((entry) => entry.querySelector('h4')?.textContent);
const summary = () => screen.getByTestId('summary').textContent ?? '';

describe('date filter', () => {
  it('narrows the timeline to a preset and writes it into the link', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    await user.click(screen.getByRole('button', { name: '2022 talks' }));
    expect(screen.queryByRole('region', { name: 'Round of May – Jun 2025' })).not.toBeInTheDocument();
    expect(eventTitles()).toEqual(['Lavrov and Kuleba meet in Antalya', 'Istanbul talks resume']);
    expect(window.location.search).toBe('?from=2022-02-24&to=2022-12-31');
    expect(screen.getByRole('button', { name: '2022 talks' })).toHaveAttribute('aria-pressed', 'true');
    expect(summary()).toContain('2 of 6 articles');
    expect(summary()).toContain('2 events');
    expect(summary()).toMatch(/covering 10 Mar 2022 – 29 Mar 2022/);
  });

  it('takes dates typed into the date fields', async () => {
    renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-05-16' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-05-31' } });
    // The two-day Istanbul talks overlap the range by their second day.
    expect(eventTitles()).toEqual(['Direct talks proposed in Istanbul']);
    expect(window.location.search).toBe('?from=2025-05-16&to=2025-05-31');
  });

  it('warns when the end date is before the start date', async () => {
    renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-06-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2022-03-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The end date is before the start date');
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
  });

  it('opens a link whose range ends before it starts as the sender saw it: both dates kept, nothing matches', async () => {
    renderApp({ url: '/?from=2025-06-01&to=2022-03-01' });
    expect(await screen.findByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The end date is before the start date, so nothing can match.');
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2025-06-01');
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe('2022-03-01');
    expect(screen.queryByText('Part of this link was ignored')).not.toBeInTheDocument();
    expect(window.location.search).toBe('?from=2025-06-01&to=2022-03-01');
  });

  it('says so when nothing matches, and Clear filters brings everything back', async () => {
    const { user } = renderApp({ url: '/?from=2023-01-01&to=2023-12-31' });
    const empty = await screen.findByText('No events match these filters.');
    await user.click(within(empty.parentElement!).getByRole('button', { name: 'Clear filters' }));
    expect(eventTitles()).toHaveLength(7);
    expect(window.location.search).toBe('');
  });

  it('follows Back and Forward', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    await user.click(screen.getByRole('button', { name: '2025 talks' }));
    expect(eventTitles()).toHaveLength(5);
    window.history.back();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    expect(eventTitles()).toHaveLength(7);
    window.history.forward();
    await waitFor(() => expect(eventTitles()).toHaveLength(5));
    expect(window.location.search).toBe('?from=2025-01-01&to=2025-12-31');
  });
});

describe('actor filter', () => {
  it('choosing a state includes the people who speak for it', async () => {
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    const combobox = screen.getByRole('combobox', { name: 'Actors' });
    await user.type(combobox, 'russ');
    await user.click(screen.getByRole('option', { name: /^Russia/ }));
    expect(window.location.search).toBe('?actors=russia');
    // Lavrov took part in Antalya; Russia itself is not listed there.
    expect(eventTitles()).toContain('Lavrov and Kuleba meet in Antalya');
    expect(eventTitles()).not.toContain('NATO foreign ministers meet in Antalya');
    expect(screen.getByRole('button', { name: 'Remove Russia' })).toBeInTheDocument();
    expect(screen.getByText('+ 2 speaking for it')).toBeInTheDocument(); // Putin and Lavrov
  });

  it('a chip can be removed, and Clear filters empties the filter', async () => {
    const { user } = renderApp({ url: '/?actors=united-states~kuleba' });
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    expect(eventTitles()).toEqual(['Lavrov and Kuleba meet in Antalya', 'NATO foreign ministers meet in Antalya']);
    await user.click(screen.getByRole('button', { name: 'Remove Dmytro Kuleba' }));
    expect(eventTitles()).toEqual(['NATO foreign ministers meet in Antalya']);
    expect(window.location.search).toBe('?actors=united-states');
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(eventTitles()).toHaveLength(7);
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });
});

describe('claims filters', () => {
  it('appear on the claims view and go into the link', async () => {
    const { user } = renderApp({ url: '/?view=claims' });
    await user.click(await screen.findByRole('checkbox', { name: 'Not independently verified' }));
    expect(window.location.search).toBe('?view=claims&status=unverified');
    await user.click(screen.getByRole('checkbox', { name: 'Tanks' }));
    expect(window.location.search).toBe('?view=claims&metrics=tanks&status=unverified');
    expect(summary()).toContain('1 claim in view');
  });
});

describe('filters on a narrow screen', () => {
  it('fold behind a button that names what is active', async () => {
    const { user } = renderApp({ url: '/?from=2022-02-24&to=2022-12-31&actors=ukraine~russia' });
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    const fold = screen.getByRole('button', { name: 'Filters: 2022-02-24 to 2022-12-31, 2 actors' });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    await user.click(fold);
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Remove Russia' }));
    expect(fold).toHaveAccessibleName('Filters: 2022-02-24 to 2022-12-31, 1 actor');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Disagreement, TalksEvent } from '../../src/schema/bundle.ts';
import { fixtureIndex, jsonResponse, renderApp, serveFixture } from './render-app.tsx';
import { captureDownloads, readBlob } from './capture-downloads.ts';

const params = () => new URLSearchParams(window.location.search);

/** Serves the fixture with some events or disagreements replaced. */
function withData({ events, disagreements }: { events?: TalksEvent[]; disagreements?: Disagreement[] }) {
  return (url: string) => {
    if (events && url.endsWith('/events.json')) return jsonResponse({ schemaVersion: 3, events });
    if (disagreements && url.endsWith('/disagreements.json')) return jsonResponse({ schemaVersion: 3, disagreements });
    return serveFixture(url);
  };
}

const fixtureEvent = (id: string) => fixtureIndex.events.find((event) => event.id === id)!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the overview strip', () => {
  it('draws the whole period on a time axis, with the rounds and the pause between them', async () => {
    renderApp();
    const strip = await screen.findByRole('img', { name: /Events over the whole period/ });
    expect(strip).toHaveAccessibleName(/Mar 2022; May – Jun 2025/);
    const text = strip.textContent ?? '';
    expect(text).toContain('3 years, no talks reported');
    for (const year of ['2023', '2024', '2025']) expect(text).toContain(year);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('In two rounds of talks, Mar 2022 and May – Jun 2025, 3 years apart');
  });

  it('counts only the events the chosen actors took part in, with both rounds still shaded', async () => {
    const bars = (strip: HTMLElement) => ({
      talks: strip.querySelector('path[fill="#0f172a"]')?.getAttribute('d')?.match(/M/g)?.length ?? 0,
      other: strip.querySelector('path[fill="#64748b"]') !== null,
      rounds: strip.querySelectorAll('rect[fill="#fde68a"]').length,
    });
    // The United States took part in one event, a meeting in the 2025 round.
    renderApp({ url: '/?actors=united-states' });
    const strip = await screen.findByRole('img', { name: /Events over the whole period/ });
    expect(strip).toHaveAccessibleName(/the one event the chosen actors took part in/);
    expect(bars(strip)).toEqual({ talks: 1, other: false, rounds: 2 });
    expect(strip.textContent).toContain('3 years, no talks reported');

    // Choosing no actor brings every event back, on the same axis.
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(strip).not.toHaveAccessibleName(/chosen actors/));
    expect(bars(strip)).toEqual({ talks: 4, other: true, rounds: 2 });
  });

  it('writes the dragged range into the link', async () => {
    renderApp();
    const strip = await screen.findByRole('img', { name: /Events over the whole period/ });
    const brush = within(strip.parentElement!).getByTestId('time-strip-brush');
    // Under jsdom the strip is drawn 640 px wide from x = 0; the 2022 round is at its left edge.
    fireEvent.pointerDown(brush, { clientX: 10, button: 0, pointerId: 1 });
    fireEvent.pointerMove(brush, { clientX: 60, pointerId: 1 });
    fireEvent.pointerUp(brush, { clientX: 60, pointerId: 1 });
    await waitFor(() => expect(params().get('to')).not.toBeNull());
    expect(params().get('from')).toBeNull(); // dragged from the very start: open-ended
    expect(params().get('to')! < '2023-01-01').toBe(true);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Round of May – Jun 2025' })).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Round of Mar 2022' })).toBeInTheDocument();
  });

  it('ignores a click that does not drag', async () => {
    renderApp();
    const strip = await screen.findByRole('img', { name: /Events over the whole period/ });
    const brush = within(strip.parentElement!).getByTestId('time-strip-brush');
    fireEvent.pointerDown(brush, { clientX: 300, button: 0, pointerId: 1 });
    fireEvent.pointerUp(brush, { clientX: 300, pointerId: 1 });
    expect(params().get('from')).toBeNull();
    expect(params().get('to')).toBeNull();
  });

  it('moves the range with the keyboard, writing it once the key is let go', async () => {
    renderApp();
    const end = await screen.findByRole('slider', { name: 'End of the date range' });
    expect(end).toHaveAttribute('aria-valuetext', expect.stringMatching(/2025$/));
    expect(end).toHaveAccessibleDescription(/arrow keys/);
    end.focus();
    fireEvent.keyDown(end, { key: 'Home' });
    expect(params().get('to')).toBeNull(); // not yet: still moving
    fireEvent.keyUp(end, { key: 'Home' });
    // The end handle stops at the start handle, at the very start of the period.
    await waitFor(() => expect(params().get('to')).not.toBeNull());
    expect(params().get('to')! < '2022-03-10').toBe(true);
    expect(params().get('from')).toBeNull();
    const start = screen.getByRole('slider', { name: 'Start of the date range' });
    expect(end).toHaveAttribute('aria-valuetext', start.getAttribute('aria-valuetext'));
    fireEvent.keyDown(end, { key: 'PageUp' });
    fireEvent.keyUp(end, { key: 'PageUp' });
    await waitFor(() => expect(end).toHaveAttribute('aria-valuetext', expect.stringMatching(/Mar 2022$/)));
    expect(params().get('to')).toMatch(/^2022-03-/);
  });

  it('shows one round at a press of its button, and the whole period again', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Round of Mar 2022' }));
    expect(params().get('from')).toBe('2022-02-24');
    expect(params().get('to')).toBe('2022-04-12');
    expect(screen.getByRole('button', { name: 'Round of Mar 2022' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Round of May – Jun 2025' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Whole period' }));
    expect(params().get('from')).toBeNull();
    await screen.findByRole('region', { name: 'Round of May – Jun 2025' });
  });
});

describe('timeline entries', () => {
  it('says an ultimatum was issued and a deadline before the newest article has passed', async () => {
    const ultimatum = { ...fixtureEvent('ev-2025-05-12-ultimatum'), id: 'ev-u', kind: 'ultimatum' as const, status: 'held' as const, title: 'Ultimatum made' };
    const deadline = { ...ultimatum, id: 'ev-d', kind: 'deadline' as const, title: 'Ultimatum runs out' };
    const later = { ...deadline, id: 'ev-d2', date: '2025-07-01', title: 'Later deadline' };
    renderApp({ respond: withData({ events: [...fixtureIndex.events, ultimatum, deadline, later] }) });
    const made = await screen.findByRole('article', { name: 'Ultimatum made' });
    expect(made).toHaveTextContent('Issued');
    expect(made).not.toHaveTextContent('Held');
    const passed = screen.getByRole('article', { name: 'Ultimatum runs out' });
    expect(passed).toHaveTextContent('Deadline passed');
    expect(passed).toHaveTextContent('as of the newest article, 3 Jun 2025');
    expect(screen.getByRole('article', { name: 'Later deadline' })).toHaveTextContent('Deadline ahead');
  });

  it('cuts a long quote at a word boundary', async () => {
    const quote =
      'Delegations agreed to meet again within two weeks, while negotiators on both sides said that questions of security guarantees, prisoner exchanges and humanitarian corridors remained open for now.';
    expect(quote.slice(176, 181)).toMatch(/^\w{5}$/); // the plain cut would fall inside a word
    const base = fixtureEvent('ev-2022-03-10-antalya');
    const event = { ...base, evidence: [{ ...base.evidence[0]!, quote }] };
    renderApp({ respond: withData({ events: [event] }) });
    const entry = await screen.findByRole('article', { name: base.title });
    const text = entry.querySelector('blockquote')!.textContent!.replace(/^“|”$/g, '');
    expect(text.endsWith('…')).toBe(true);
    const kept = text.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(180);
    expect(quote.startsWith(kept)).toBe(true);
    // What follows the kept words in the original is a space: no word was cut in two.
    expect(quote.slice(kept.length)).toMatch(/^\s/);
  });

  it('flags the events whose date the articles disagree on, in words', async () => {
    const disagreement: Disagreement = {
      id: 'dis-1',
      kind: 'event-date',
      items: ['ev-2025-06-02-istanbul', 'ev-2025-05-15-istanbul'],
      metric: null,
      subject: null,
      from: '2025-05-15',
      to: '2025-06-02',
      summary: 'one article dates the round 15 May, another 2 June',
    };
    renderApp({ respond: withData({ disagreements: [disagreement] }) });
    const entry = await screen.findByRole('article', { name: 'Second Istanbul round' });
    await waitFor(() => expect(entry).toHaveTextContent('Articles differ on the date: one article dates the round 15 May, another 2 June'));
    expect(screen.getByRole('article', { name: 'Istanbul talks resume' })).not.toHaveTextContent('Articles differ');
  });
});

describe('show source', () => {
  it("opens each quote's own sentence when an event was read from two sentences of one article", async () => {
    const round = fixtureEvent('ev-2025-06-02-istanbul');
    const second = fixtureEvent('ev-2025-06-02-pow').evidence[0]!;
    const event = { ...round, evidence: [round.evidence[0]!, second] };
    const events = fixtureIndex.events.map((candidate) => (candidate.id === round.id ? event : candidate));
    const respond = async (url: string) => {
      if (url.endsWith('/events.json')) return jsonResponse({ schemaVersion: 3, events });
      const response = await serveFixture(url);
      if (!url.includes('/articles/')) return response;
      const payload = await response.json();
      payload.events = payload.events.map((candidate: TalksEvent) => (candidate.id === round.id ? event : candidate));
      return jsonResponse(payload);
    };
    const { user } = renderApp({ respond });
    const entry = await screen.findByRole('article', { name: round.title });
    const buttons = within(entry).getAllByRole('button', { name: 'Show source' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(params().get('focus')).toBe(`${round.id}:${second.start}`);
    await waitFor(() => expect(document.querySelector('mark[data-focused="true"]')).toHaveTextContent(second.quote));
    // The item list still names the event as the chosen one.
    expect(screen.getByRole('button', { name: new RegExp(round.title), pressed: true })).toBeInTheDocument();
  });
});

describe('timeline downloads', () => {
  it('saves the events in view as CSV and JSON, each with the credit line', async () => {
    const saved = captureDownloads();
    const { user } = renderApp({ url: '/?from=2025-01-01&to=2025-12-31' });
    await screen.findByRole('region', { name: 'Round of May – Jun 2025' });
    await user.click(screen.getByRole('button', { name: 'Events as CSV' }));
    await user.click(screen.getByRole('button', { name: 'Events as JSON' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((file) => file.name)).toEqual([
      'peace-talks-timeline-2025-01-01_2025-12-31.csv',
      'peace-talks-timeline-2025-01-01_2025-12-31.json',
    ]);
    const csv = await readBlob(saved[0]!.blob);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,date,end_date,date_basis,kind,status,title,place,participants,articles,outlets,disagreements,quote,article_id,quote_start,quote_end,credit');
    expect(lines).toHaveLength(1 + 5); // the five 2025 events, no 2022 ones
    expect(csv).not.toContain('ev-2022-');
    expect(csv).toContain('Peace Talks Tracker dataset v3.6.2025-06-03, exported');
    expect(csv).toContain('?from=2025-01-01&to=2025-12-31');

    const json = JSON.parse(await readBlob(saved[1]!.blob));
    expect(json.title).toBe('In two rounds of talks, Mar 2022 and May – Jun 2025, 3 years apart');
    expect(json.credit).toMatch(/^In two rounds of talks.*Sources: .*Peace Talks Tracker dataset v3\.6\.2025-06-03/);
    expect(json.events).toHaveLength(5);
    const ultimatum = json.events.find((event: { id: string }) => event.id === 'ev-2025-05-12-ultimatum');
    expect(ultimatum).toMatchObject({ status: 'Proposed', articles: 2, participants: 'Russia' });
    expect(ultimatum.evidence).toEqual(fixtureEvent('ev-2025-05-12-ultimatum').evidence);
  });

  it('saves the strip as a standalone SVG with the credit line under it', async () => {
    const saved = captureDownloads();
    const { user } = renderApp();
    await screen.findByRole('img', { name: /Events over the whole period/ });
    await user.click(screen.getByRole('button', { name: 'Strip as SVG' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('peace-talks-timeline.svg');
    const svg = await readBlob(saved[0]!.blob);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(svg).toContain('3 years, no talks reported');
    expect(svg).toContain('Peace Talks Tracker dataset');
    expect(svg).not.toContain('tabindex');
  });
});

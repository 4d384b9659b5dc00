import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TalksEvent } from '../../src/schema/bundle.ts';
import { fixtureIndex, jsonResponse, renderApp, serveFixture } from './render-app.tsx';

/** 300 events spread over 2022 and 2025, each backed by a real fixture quote. */
function manyEvents(count: number): TalksEvent[] {
  const template = fixtureIndex.events[1]!;
  return Array.from({ length: count }, (_, i) => {
    const year = i % 2 === 0 ? 2022 : 2025;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    return { ...template, id: `ev-many-${i}`, title: `Round ${i}`, date: `${year}-${month}-${day}`, endDate: null };
  });
}

describe('a long timeline', () => {
  it('renders only part of the list at a time, yet counts every event', async () => {
    const events = { schemaVersion: 3, events: manyEvents(300) };
    renderApp({ respond: (url) => (url.endsWith('/events.json') ? jsonResponse(events) : serveFixture(url)) });
    expect(await screen.findByText(/^300 events reported/)).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Events, scrollable' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryAllByRole('article').length).toBeLessThan(60);
  });

  it('draws 10,000 events on the strip as a few aggregated marks', async () => {
    const events = { schemaVersion: 3, events: manyEvents(10_000) };
    renderApp({ respond: (url) => (url.endsWith('/events.json') ? jsonResponse(events) : serveFixture(url)) });
    const strip = await screen.findByRole('img', { name: /Events over the whole period/ }, { timeout: 10_000 });
    // The bars are drawn as a few paths, however many events there are.
    expect(strip.querySelectorAll('rect, path, line, text').length).toBeLessThan(60);
    expect(strip.querySelector('path')!.getAttribute('d')!.length).toBeGreaterThan(1000);
    expect(screen.queryAllByRole('article').length).toBeLessThan(120);
  });

  it('keeps short lists as plain lists', async () => {
    renderApp();
    await screen.findByRole('region', { name: 'Round of Mar 2022' });
    expect(screen.queryByRole('region', { name: 'Events, scrollable' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(7);
  });
});

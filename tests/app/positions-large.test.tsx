// A large corpus gives each party hundreds of statements per topic. The matrix must stay
// small in the DOM (latest stance only) while the whole history stays one click away.
import axe from 'axe-core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PositionsView } from '../../src/features/positions/index.ts';
import { filterIndex } from '../../src/lib/filter-index.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view-state.ts';
import type { BundleIndex, Position, Stance } from '../../src/schema/bundle.ts';
import { fixtureIndex } from './render-app.tsx';

const ACTORS = ['ukraine', 'russia', 'turkey', 'united-states', 'zelensky'];
const TOPICS = ['ceasefire', 'nato-membership', 'sanctions', 'neutrality', 'territory'];
const STANCES: Stance[] = ['for', 'against', 'conditional'];

/** `count` positions spread evenly over ACTORS × TOPICS, one a day from 2020 on. */
function manyPositions(count: number): Position[] {
  const template = fixtureIndex.positions[0]!;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return {
      ...template,
      id: `pos-many-${i}`,
      actor: ACTORS[i % ACTORS.length]!,
      topic: TOPICS[Math.floor(i / ACTORS.length) % TOPICS.length]!,
      stance: STANCES[i % STANCES.length]!,
      summary: `Statement number ${i}`,
      date: day,
    };
  });
}

function renderPositions(count: number, patch: Partial<ViewState> = {}) {
  const index: BundleIndex = { ...fixtureIndex, positions: manyPositions(count) };
  const view = { ...DEFAULT_VIEW_STATE, view: 'positions' as const, ...patch };
  const setView = vi.fn();
  const result = render(<PositionsView index={index} filtered={filterIndex(index, view)} view={view} setView={setView} />);
  return { ...result, setView, user: userEvent.setup() };
}

/** The cell for one actor (by row name) and topic (by column name). */
function cellAt(rowName: RegExp, topic: string): HTMLElement {
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
  const row = within(table).getByRole('row', { name: rowName });
  return within(row).getAllByRole('cell')[headers.indexOf(topic) - 1]!;
}

describe('positions on a large corpus', () => {
  it('keeps the DOM small however many statements there are', () => {
    const { container } = renderPositions(5000);
    const nodes = container.querySelectorAll('*').length;
    // 5 × 5 cells of ~15 elements each, plus the table around them. Rendering every
    // statement of every history (5,000 of them) put this above 25,000.
    expect(nodes).toBeLessThan(1500);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows the latest stance, its date and its source in each cell', async () => {
    const { user, setView } = renderPositions(5000);
    // Ukraine (actor 0) on ceasefire (topic 0): positions 0, 25, 50, … 4975; the last is 4975.
    const cell = cellAt(/^Ukraine/, 'Ceasefire');
    expect(cell).toHaveTextContent('Statement number 4975');
    expect(cell).toHaveTextContent('How it changed (200 statements)');
    await user.click(within(cell).getByRole('button', { name: /^Show source: Ukraine on Ceasefire/ }));
    expect(setView).toHaveBeenCalledWith({ view: 'articles', article: fixtureIndex.positions[0]!.evidence[0]!.articleId, focus: 'pos-many-4975' });
  });

  it('lists the most recent statements when opened, and all of them on request', async () => {
    const { user } = renderPositions(5000);
    const cell = cellAt(/^Ukraine/, 'Ceasefire');
    await user.click(within(cell).getByText('How it changed (200 statements)'));
    const list = within(cell).getByRole('list', { name: /Ukraine on Ceasefire/ });
    const recent = within(list).getAllByRole('listitem');
    expect(recent.length).toBeGreaterThan(1);
    expect(recent.length).toBeLessThan(20);
    // Oldest first, as on a short history, ending with the statement the cell shows.
    expect(recent.at(-1)).toHaveTextContent('Statement number 4975');
    expect(recent.at(-1)).toHaveTextContent(/\d+ \w+ \d{4}: [✓✗◐](For|Against|Conditional)/);

    await user.click(within(cell).getByRole('button', { name: 'Show all 200 statements' }));
    const all = within(cell).getAllByRole('listitem');
    expect(all).toHaveLength(200);
    expect(all[0]).toHaveTextContent('Statement number 0');
    // The button is gone, so the keyboard lands on the list it opened.
    expect(within(cell).getByRole('list')).toHaveFocus();
  });

  it('opens with the linked statement in view when the link points into a history', async () => {
    const { user } = renderPositions(5000, { focus: 'pos-many-25' });
    const cell = cellAt(/^Ukraine/, 'Ceasefire');
    await user.click(within(cell).getByText('How it changed (200 statements)'));
    expect(within(cell).getByText(/Statement number 25$/)).toBeInTheDocument();
  });

  it('keeps the opened history in the Tab order', async () => {
    // jsdom does not open <details> from the keyboard (browsers do), so open it with a click.
    const { user } = renderPositions(5000);
    const cell = cellAt(/^Ukraine/, 'Ceasefire');
    const summary = within(cell).getByText('How it changed (200 statements)');
    await user.click(summary);
    await user.tab();
    expect(within(cell).getByRole('button', { name: 'Show all 200 statements' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(cell).getByRole('list')).toHaveFocus();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^Show source: Ukraine on Ceasefire, 2020-01-01$/);

    await user.click(summary);
    expect(within(cell).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('has no axe violations with a long history open and the linked statement marked', async () => {
    const { user, container } = renderPositions(1000, { focus: 'pos-many-25' });
    const cell = cellAt(/^Ukraine/, 'Ceasefire');
    await user.click(within(cell).getByText('How it changed (40 statements)'));
    expect(within(cell).getByRole('button', { name: 'Show all 40 statements' })).toBeInTheDocument();
    expect(within(cell).getByText(/Statement number 25$/).closest('li')).toHaveAttribute('aria-current', 'true');
    // jsdom does no layout, so colour contrast is checked in the browser instead.
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  }, 30_000);
});

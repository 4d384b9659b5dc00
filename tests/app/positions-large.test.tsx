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

const ACTORS = ['ukraine', 'russia', 'turkey', 'united-states', 'united-nations'];
const TOPICS = ['ceasefire', 'ukraine-joins-nato', 'sanctions-on-russia', 'ukraine-neutral', 'russia-keeps-annexed-land'];
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

/** The cell for one party (by column name) on one proposition (by row name), opened. */
async function openCell(user: ReturnType<typeof userEvent.setup>, party: string, proposition: RegExp): Promise<HTMLElement> {
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent ?? '');
  const row = within(table).getByRole('row', { name: proposition });
  const cell = within(row).getAllByRole('cell')[headers.findIndex((h) => h.startsWith(party)) - 1]!;
  await user.click(within(cell).getByRole('button'));
  return screen.getByRole('region', { name: new RegExp(`^${party} on `) });
}

const CEASEFIRE = /^An immediate, unconditional ceasefire/;

describe('positions on a large corpus', () => {
  it('keeps the DOM small however many statements there are', () => {
    const { container } = renderPositions(5000);
    const nodes = container.querySelectorAll('*').length;
    // 5 × 5 cells of ~10 elements each, the table around them and the drawing for the image
    // downloads. Rendering every statement of every history (5,000 of them) put this above 25,000.
    expect(nodes).toBeLessThan(1500);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows the latest stance and its date in each cell, the statement and its source on demand', async () => {
    const { user, setView } = renderPositions(5000);
    // Ukraine (actor 0) on the ceasefire (topic 0): positions 0, 25, 50, … 4975; the last is 4975 (against).
    const row = within(screen.getByRole('table')).getByRole('row', { name: CEASEFIRE });
    expect(within(row).getByRole('button', { name: /^An immediate, unconditional ceasefire — Ukraine: Against 15 Aug 2033/ })).toBeInTheDocument();
    const detail = await openCell(user, 'Ukraine', CEASEFIRE);
    expect(detail).toHaveTextContent('Statement number 4975');
    expect(detail).toHaveTextContent('How it changed (200 statements)');
    await user.click(within(detail).getAllByRole('button', { name: /^Show source: Ukraine on An immediate, unconditional ceasefire/ })[0]!);
    expect(setView).toHaveBeenCalledWith({ view: 'articles', article: fixtureIndex.positions[0]!.evidence[0]!.articleId, focus: 'pos-many-4975' });
  });

  it('lists the most recent statements when opened, and all of them on request', async () => {
    const { user } = renderPositions(5000);
    const detail = await openCell(user, 'Ukraine', CEASEFIRE);
    await user.click(within(detail).getByText('How it changed (200 statements)'));
    const list = within(detail).getByRole('list', { name: /Ukraine on An immediate, unconditional ceasefire/ });
    const recent = within(list).getAllByRole('listitem');
    expect(recent.length).toBeGreaterThan(1);
    expect(recent.length).toBeLessThan(20);
    // Oldest first, ending with the statement the cell shows.
    expect(recent.at(-1)).toHaveTextContent('Statement number 4975');
    expect(recent.at(-1)).toHaveTextContent(/\d+ \w+ \d{4}: [✓✗◐](For|Against|Conditional)/);

    await user.click(within(detail).getByRole('button', { name: 'Show all 200 statements' }));
    const all = within(detail).getAllByRole('listitem');
    expect(all).toHaveLength(200);
    expect(all[0]).toHaveTextContent('Statement number 0');
    // The button is gone, so the keyboard lands on the list it opened.
    expect(within(detail).getByRole('list')).toHaveFocus();
  });

  it('opens the linked cell, with the linked statement in its history', async () => {
    const { user } = renderPositions(5000, { focus: 'pos-many-25' });
    const detail = screen.getByRole('region', { name: /^Ukraine on An immediate, unconditional ceasefire/ });
    await user.click(within(detail).getByText('How it changed (200 statements)'));
    expect(within(detail).getByText(/Statement number 25$/)).toBeInTheDocument();
  });

  it('keeps the opened cell and its history in the Tab order', async () => {
    // jsdom does not open <details> from the keyboard (browsers do), so open it with a click.
    const { user } = renderPositions(5000);
    const detail = await openCell(user, 'Ukraine', CEASEFIRE);
    // The keyboard moves into the statement opened below the row.
    expect(detail).toHaveFocus();
    await user.tab();
    expect(within(detail).getByRole('button', { name: 'Close' })).toHaveFocus();
    const summary = within(detail).getByText('How it changed (200 statements)');
    await user.click(summary);
    await user.tab();
    expect(within(detail).getByRole('button', { name: 'Show all 200 statements' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(detail).getByRole('list')).toHaveFocus();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^Show source: Ukraine on An immediate, unconditional ceasefire, 2020-01-01$/);

    await user.click(summary);
    expect(within(detail).queryAllByRole('listitem')).toHaveLength(0);
    await user.click(within(detail).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /^Ukraine on / })).not.toBeInTheDocument();
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toHaveAccessibleName('An immediate, unconditional ceasefire — Ukraine: Against 15 Aug 2033 For → Against, Aug 2033');
  });

  it('has no axe violations with a long history open and the linked statement marked', async () => {
    const { user, container } = renderPositions(1000, { focus: 'pos-many-25' });
    const detail = screen.getByRole('region', { name: /^Ukraine on An immediate, unconditional ceasefire/ });
    await user.click(within(detail).getByText('How it changed (40 statements)'));
    expect(within(detail).getByRole('button', { name: 'Show all 40 statements' })).toBeInTheDocument();
    expect(within(detail).getByText(/Statement number 25$/).closest('li')).toHaveAttribute('aria-current', 'true');
    // jsdom does no layout, so colour contrast is checked in the browser instead.
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  }, 30_000);
});
